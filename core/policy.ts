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
