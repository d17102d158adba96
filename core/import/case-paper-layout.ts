/**
 * Where case papers lie in a document and how they are laid out: the regions read as case
 * papers, the case paper titles between them, and whether bodies come before their headers.
 */
import type { MeetingRef } from './case-numbers.ts';
import type { LineIndex } from './case-paper-header.ts';
import { blankAt } from './case-paper-lines.ts';

export type Layout = 'header-first' | 'body-first';

/** A case paper title line ("Saksframlegg Møte 3/2021") between two content lines. */
export type TitleMark = { line: number; meeting: MeetingRef | null };

/** Is there a case paper title between source lines a and b (exclusive)? Titles are sorted. */
export function titleBetween(titles: readonly TitleMark[], a: number, b: number): boolean {
  let lo = 0;
  let hi = titles.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((titles[mid]?.line ?? 0) <= a) lo = mid + 1;
    else hi = mid;
  }
  const found = titles[lo];
  return found !== undefined && found.line < b;
}

/** A stretch of content lines (indexes into the document's lines) read as case papers. */
export type Region = { start: number; end: number };

/** Whether bodies come before their headers: the first section label precedes the first header. */
export function detectLayout(index: LineIndex, regions: readonly Region[]): Layout {
  for (const r of regions) {
    for (let i = r.start; i < r.end; i++) {
      if (blankAt(index.lines, i)) continue;
      if (index.caseHeader(i)) return 'header-first';
      if (index.section(i)) return 'body-first';
    }
  }
  return 'header-first';
}
