import { daysBetween } from './deadlines.ts';
import { formatShortDate } from './uncertain-dates.ts';

/**
 * The register of policy documents the council follows (white papers, strategies, official
 * reports, regulations, consultations) and the council's own statements.
 */
export const POLICY_KINDS = [
  'white_paper',
  'strategy',
  'official_report',
  'regulation',
  'consultation',
  'action_plan',
  'other',
] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

export const POLICY_KIND_LABELS: Record<PolicyKind, string> = {
  white_paper: 'Stortingsmelding',
  strategy: 'Strategi',
  official_report: 'NOU',
  regulation: 'Lov eller forskrift',
  consultation: 'Høring',
  action_plan: 'Handlingsplan',
  other: 'Annet',
};

/** What the council has given: nothing yet, input to the work, or a consultation response. */
export const COUNCIL_INPUTS = ['none', 'input', 'consultation_response'] as const;
export type CouncilInput = (typeof COUNCIL_INPUTS)[number];

export const COUNCIL_INPUT_LABELS: Record<CouncilInput, string> = {
  none: 'Ingen',
  input: 'Innspill',
  consultation_response: 'Høringssvar',
};

export const STATEMENT_KINDS = ['consultation_response', 'input', 'letter', 'op_ed'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const STATEMENT_KIND_LABELS: Record<StatementKind, string> = {
  consultation_response: 'Høringssvar',
  input: 'Innspill',
  letter: 'Brev',
  op_ed: 'Kronikk',
};

/** Days before a consultation deadline that reminders go out, unless the entry says otherwise. */
export const DEFAULT_REMINDER_DAYS = 14;

type DatedEntry = {
  councilInput: CouncilInput;
  inputDate: string | null;
  launchText: string;
  launchTo: string | null;
  deadlineText: string;
  deadlineFrom: string | null;
  deadlineTo: string | null;
  reminderDays: number;
};

/** Whole days from today to the deadline (its last possible day); negative once passed. */
export function daysToDeadline(entry: DatedEntry, today: string): number | null {
  return entry.deadlineTo ? daysBetween(today, entry.deadlineTo) : null;
}

/** A consultation deadline that passed with nothing from the council: flagged everywhere. */
export function hasMissedDeadline(entry: DatedEntry, today: string): boolean {
  return entry.councilInput === 'none' && !!entry.deadlineTo && entry.deadlineTo < today;
}

/**
 * Reminders go out from `reminderDays` before the earliest day the deadline can be (an
 * uncertain "desember 2026" warns as if it were 1 December) until the deadline has passed.
 */
export function isReminderDue(entry: DatedEntry, today: string): boolean {
  if (!entry.deadlineFrom || !entry.deadlineTo || entry.deadlineTo < today) return false;
  return daysBetween(today, entry.deadlineFrom) <= entry.reminderDays;
}

/** "Høringsfrist 22.12.2025", whether the wording already says "frist" or not. */
export const deadlineLabel = (text: string) =>
  /^(høy?ringsfrist|frist)\b/i.test(text) ? text : `Høringsfrist ${text}`;

/** The council's input as the overviews write it: "Høringssvar, 2.5.2025"; empty for none. */
export function councilInputText(entry: Pick<DatedEntry, 'councilInput' | 'inputDate'>): string {
  if (entry.councilInput === 'none') return '';
  const label = COUNCIL_INPUT_LABELS[entry.councilInput];
  return entry.inputDate ? `${label}, ${formatShortDate(entry.inputDate)}` : label;
}

/** One line on where an entry stands: "Høringsfrist 22.12.2025", "Høringssvar, 2.5.2025" … */
export function policyStatusLabel(entry: DatedEntry, today: string): string {
  if (hasMissedDeadline(entry, today))
    return `Ikke levert innspill (fristen var ${entry.deadlineText})`;
  if (entry.deadlineTo && entry.deadlineTo >= today && entry.councilInput === 'none')
    return deadlineLabel(entry.deadlineText);
  if (entry.councilInput !== 'none') return councilInputText(entry);
  if (entry.launchText) {
    const launched = entry.launchTo !== null && entry.launchTo < today;
    return `${launched ? 'Lansert' : 'Lansering'} ${entry.launchText}`;
  }
  return 'Ingen dato kjent';
}
