/**
 * Page furniture that PDF extraction mixes into the text: page numbers, running headers and
 * footers ("HO21 møte 3/2025", "Saksframlegg Møte 3/2021", "[Type møte X/20XX]", "Side 3 av 12"),
 * and the link lists a PDF leaves after a page. Furniture is short, so only short lines are
 * looked at, and every pattern is anchored and bounded.
 */
import { findMeetingNumber, type MeetingRef } from './case-numbers.ts';
import type { SourceLine } from './types.ts';

export type FurnitureKind =
  | 'page-number'
  | 'running-header'
  /** "Saksframlegg" / "Saksfremlegg Møte 3/2021": the title on a case paper's first page. */
  | 'case-paper-title'
  | 'placeholder'
  | 'link';

export type RemovedLine = { line: number; text: string; kind: FurnitureKind };

const MAX_FURNITURE_CHARS = 160;

/** Accepted spellings of the case paper title, lowercased. */
export const CASE_PAPER_TITLES = [
  'saksframlegg',
  'saksfremlegg',
  'sakframlegg',
  'sakfremlegg',
  'saksframlegg/saksfremlegg',
  'saksframstilling',
  'saksfremstilling',
];

const PAGE_NUMBER = [
  /^\d{1,4}$/,
  /^(?:side|s\.|page|sida)\s{0,3}\d{1,4}(?:\s{0,3}(?:av|\/|of|til)\s{0,3}\d{1,4})?$/i,
  /^\d{1,4}\s{0,3}(?:av|of)\s{0,3}\d{1,4}$/i,
  /^[-–—]\s{0,3}\d{1,4}\s{0,3}[-–—]$/,
];
// "HO21 møte 3/2025", "HelseOmsorg21-rådet møte 3/2025 2": one or two name-like words, then the
// meeting, then maybe a page number. Minutes headings ("Referat møte 2/2021") are not furniture.
const RUNNING_HEADER =
  /^([\p{L}\d][\p{L}\d.-]{0,40})(?:\s{1,3}([\p{L}\d][\p{L}\d.-]{0,40}))?[,\s–·|-]{1,5}(?:råds)?møte\s{0,3}(?:nr\.?\s{0,2})?\d{1,2}\s{0,2}\/\s{0,2}\d{2,4}(?:\s{1,6}\d{1,4})?$/iu;
// A council or body name: "HO21", "HelseOmsorg21-rådet", "Rådet", "KS-styret"; not "På" or "vedtatt".
const nameLike = (word: string): boolean =>
  /\d|\p{Lu}.*\p{Lu}/u.test(word) || /(?:rådet|utvalget|styret|rådsmøte)$/iu.test(word);

function isRunningHeader(text: string): boolean {
  if (!/møte/i.test(text)) return false;
  const m = RUNNING_HEADER.exec(text);
  if (!m || /^(?:referat|protokoll|møtereferat)/i.test(text)) return false;
  return nameLike(m[1] ?? '') && (m[2] === undefined || nameLike(m[2]));
}
// A footer that ends in the page: "Sak 19/3/2021 · Side 2 av 4".
const FOOTER_PAGE =
  /[·|•–-]\s{0,3}(?:side|sida|page)\s{1,3}\d{1,4}(?:\s{1,3}(?:av|of|\/)\s{1,3}\d{1,4})?$/i;
// A running header ending in the meeting: "Sak 19/3/2021 Spørsmål om habilitet HO21 · Møte 3/2021".
const HEADER_MEETING =
  /[·|•]\s{0,3}(?:råds)?møte\s{1,3}\d{1,2}\s{0,2}\/\s{0,2}\d{4}(?:\s{1,6}\d{1,4})?$/i;
// The minutes' own running header: "HO21-rådet · Referat møte 3/2025 Utkast, versjon 2".
const HEADER_MINUTES =
  /[·|•]\s{0,3}(?:referat|protokoll)\s{1,3}(?:fra\s{1,3})?(?:råds)?møte\s{1,3}\d{1,2}\s{0,2}\/\s{0,2}\d{4}(?:\s{1,3}utkast(?:,\s{0,3}versjon\s{0,3}\d{1,3})?)?(?:\s{1,6}\d{1,4})?$/i;
const MEETING_ALONE = /^(?:råds)?møte\s{1,3}(?:nr\.?\s{0,2})?\d{1,2}\s{0,2}\/\s{0,2}\d{4}$/i;
const PLACEHOLDER = /^\[[^\]]{1,60}\](?:\s{1,6}\d{1,4})?$/;
const LINK = /^(?:https?:\/\/|www\.)\S+$/i;

/** When the line is the case paper title, the meeting it names (or null without one). */
export function casePaperTitle(text: string): { meeting: MeetingRef | null } | null {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_FURNITURE_CHARS || (t[0] !== 's' && t[0] !== 'S'))
    return null;
  const lower = t.toLowerCase();
  const title = CASE_PAPER_TITLES.find((w) => lower.startsWith(w));
  if (!title) return null;
  const rest = lower.slice(title.length);
  // Nothing after the title but the meeting ("Møte 3/2021", "til møte 3/2021", "– HO21 møte 3/2021").
  if (rest.trim() === '') return { meeting: null };
  if (/^[\p{L}]/u.test(rest)) return null;
  const meeting = findMeetingNumber(rest);
  if (!meeting || rest.length > 60) return null;
  return { meeting };
}

export function classifyFurniture(text: string): FurnitureKind | null {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_FURNITURE_CHARS) return null;
  if (PAGE_NUMBER.some((re) => re.test(t)) || FOOTER_PAGE.test(t)) return 'page-number';
  if (LINK.test(t)) return 'link';
  if (casePaperTitle(t)) return 'case-paper-title';
  if (PLACEHOLDER.test(t) && /møte|x{2}|\bx\b/i.test(t)) return 'placeholder';
  if (isRunningHeader(t) || HEADER_MEETING.test(t) || HEADER_MINUTES.test(t)) {
    return 'running-header';
  }
  return null;
}

/** The lines without furniture (blank lines stay), and what was taken out. */
export function stripPageFurniture(lines: readonly SourceLine[]): {
  lines: SourceLine[];
  removed: RemovedLine[];
} {
  const kept: SourceLine[] = [];
  const removed: RemovedLine[] = [];
  // "Saksframlegg" and "Møte 3/2021" on separate lines are one title.
  let titleWithoutMeeting = false;
  for (const l of lines) {
    const t = l.text.trim();
    const previous = removed[removed.length - 1];
    if (titleWithoutMeeting && previous && MEETING_ALONE.test(t)) {
      removed[removed.length - 1] = { ...previous, text: `${previous.text} ${t}` };
      titleWithoutMeeting = false;
      continue;
    }
    const kind = classifyFurniture(l.text);
    if (kind) removed.push({ line: l.line, text: t, kind });
    else kept.push(l);
    if (t !== '') titleWithoutMeeting = kind === 'case-paper-title' && !casePaperTitle(t)?.meeting;
  }
  return { lines: kept, removed };
}
