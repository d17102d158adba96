/**
 * Line access shared by the case paper readers: the text of line i, blank lines, the case
 * number that opens a header line, and the length limits that keep regexes cheap.
 */
import { type CaseNumber, parseCaseNumberAt } from './case-numbers.ts';
import { isBlank } from './source-text.ts';
import type { SourceLine } from './types.ts';

export const MAX_HEADER_LINE = 250;
export const MAX_NAME_LINE = 100;

export const text = (lines: readonly SourceLine[], i: number): string => lines[i]?.text ?? '';
export const blankAt = (lines: readonly SourceLine[], i: number): boolean =>
  isBlank(text(lines, i));

/** A case number with "Sak" in front (or in full N/M/Y form) at the start of the line. */
export function caseNumberLine(t: string): CaseNumber | null {
  if (t.length > MAX_HEADER_LINE || !/^\s*(?:sak|\d)/i.test(t)) return null;
  return parseCaseNumberAt(t);
}

export const isPrefixed = (n: CaseNumber): boolean => /^sak/i.test(n.raw);

/** The first non-blank line among the `limit` lines from `from`, or -1. */
export function nextNonBlank(lines: readonly SourceLine[], from: number, limit: number): number {
  let k = from;
  while (k < lines.length && k - from < limit && blankAt(lines, k)) k++;
  return k < lines.length && !blankAt(lines, k) ? k : -1;
}

/** Short, and no sentence: a line that can be a list of names or a title. */
export const looksLikeNames = (t: string): boolean =>
  t.length <= MAX_NAME_LINE && t.split(/\s+/).length <= 12 && !/[.!?]\s*$/.test(t.trim());
