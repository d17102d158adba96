import { COUNCIL_INPUT_LABELS, POLICY_KIND_LABELS } from '../../../core/policy.ts';
import { formatShortDate } from '../../format.ts';
import type { TPolicyDocument } from '../../types.ts';

/** The warning a past deadline without the council's input carries, as text. */
export const MISSED_DEADLINE = 'Fristen er passert uten innspill';

/** "Frist om 12 dager", "Frist i dag", "Fristen gikk ut for 3 dager siden"; empty without one. */
export function daysLeftText(days: number | null): string {
  if (days === null) return '';
  if (days === 0) return 'Frist i dag';
  if (days === 1) return 'Frist i morgen';
  if (days > 1) return `Frist om ${days} dager`;
  if (days === -1) return 'Fristen gikk ut i går';
  return `Fristen gikk ut for ${-days} dager siden`;
}

/** "Stortingsmelding · Helse- og omsorgsdepartementet" */
export function kindAndMinistry(doc: Pick<TPolicyDocument, 'kind' | 'ministry'>): string {
  return [POLICY_KIND_LABELS[doc.kind], doc.ministry.trim()].filter(Boolean).join(' · ');
}

/** "Høringssvar, 2.5.2025", "Innspill" or "Ingen". */
export function councilInputText(doc: Pick<TPolicyDocument, 'councilInput' | 'inputDate'>) {
  const label = COUNCIL_INPUT_LABELS[doc.councilInput];
  return doc.councilInput !== 'none' && doc.inputDate
    ? `${label}, ${formatShortDate(doc.inputDate)}`
    : label;
}

/** "Meld. St. 21 (2024–2025) Helse for alle", or the title alone. */
export function referenceAndTitle(doc: { reference: string; title: string }): string {
  return [doc.reference.trim(), doc.title.trim()].filter(Boolean).join(' ');
}

/** The upcoming deadlines, nearest first, and those passed without the council's input. */
export function deadlinesOf(docs: TPolicyDocument[]) {
  const upcoming = docs
    .filter((d) => d.daysToDeadline !== null && d.daysToDeadline >= 0)
    .sort((a, b) => (a.daysToDeadline ?? 0) - (b.daysToDeadline ?? 0));
  const missed = docs
    .filter((d) => d.missedDeadline)
    .sort((a, b) => (b.daysToDeadline ?? 0) - (a.daysToDeadline ?? 0));
  return { upcoming, missed };
}

/** Shortens a long text to about `max` characters at a word boundary. */
export function shorten(text: string, max = 160): string {
  const clean = text.trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()} …`;
}
