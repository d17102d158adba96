/**
 * The header block of a case paper: the case number line, the title and the labelled fields
 * after it; and LineIndex, the memoised per-line lookups (header blocks, labels) the readers
 * share.
 */
import type { CaseNumber } from './case-numbers.ts';
import { emptyFields, type HeaderFields, readField } from './case-paper-fields.ts';
import {
  blankAt,
  caseNumberLine,
  isPrefixed,
  looksLikeNames,
  MAX_HEADER_LINE,
  nextNonBlank,
  text,
} from './case-paper-lines.ts';
import { parsePreviouslyHandled, splitNames } from './case-paper-values.ts';
import {
  HEADER_LABELS,
  type HeaderKey,
  type LabelMatch,
  matchLabel,
  SECTION_LABELS,
  type SectionKey,
} from './labels.ts';
import { isBlank, joinText } from './source-text.ts';
import type { SourceLine } from './types.ts';

export type CaseHeader = {
  caseNumber: CaseNumber;
  /** Line number of the case number. */
  line: number;
  title: string;
  fields: HeaderFields;
  /** Index (in the given lines) just after the header block. */
  endIndex: number;
};

/** Memoised label lookups: regions are scanned ahead, and each line is matched once. */
export class LineIndex {
  // Arrays rather than maps: one slot per line, filled on first use (undefined = not yet).
  private readonly sections: (LabelMatch<SectionKey> | null | undefined)[];
  private readonly headers: (LabelMatch<HeaderKey> | null | undefined)[];
  private readonly caseHeaders: (CaseHeader | null | undefined)[];
  private readonly structurals: (boolean | undefined)[];
  constructor(readonly lines: readonly SourceLine[]) {
    this.sections = new Array(lines.length);
    this.headers = new Array(lines.length);
    this.caseHeaders = new Array(lines.length);
    this.structurals = new Array(lines.length);
  }

  /** A fresh index over other lines: a field found inside a line is read on its own. */
  over(lines: readonly SourceLine[]): LineIndex {
    return new LineIndex(lines);
  }

  /** The header block starting at line i (see parseCaseHeader). */
  caseHeader(i: number): CaseHeader | null {
    let found = this.caseHeaders[i];
    if (found === undefined) {
      found = caseNumberLine(text(this.lines, i)) ? parseCaseHeader(this, i) : null;
      this.caseHeaders[i] = found;
    }
    return found;
  }

  section(i: number): LabelMatch<SectionKey> | null {
    let found = this.sections[i];
    if (found === undefined) {
      found = blankAt(this.lines, i) ? null : matchLabel(this.lines, i, SECTION_LABELS);
      this.sections[i] = found;
    }
    return found;
  }

  header(i: number): LabelMatch<HeaderKey> | null {
    let found = this.headers[i];
    if (found === undefined) {
      found = blankAt(this.lines, i)
        ? null
        : matchLabel(this.lines, i, HEADER_LABELS, { allowLowercaseRest: true, maxLines: 2 });
      this.headers[i] = found;
    }
    return found;
  }

  /** A line that belongs to the structure of a case paper rather than to a text. */
  structural(i: number): boolean {
    let found = this.structurals[i];
    if (found === undefined) {
      const t = text(this.lines, i);
      if (isBlank(t)) found = false;
      else if (this.header(i) || this.section(i)) found = true;
      else {
        const n = caseNumberLine(t);
        found = n !== null && isPrefixed(n);
      }
      this.structurals[i] = found;
    }
    return found;
  }
}

/** Is there a header field label among the next few non-blank lines? */
function labelWithin(index: LineIndex, from: number, count: number): boolean {
  for (let j = from, seen = 0; j < index.lines.length && seen < count; j++) {
    if (blankAt(index.lines, j)) continue;
    seen++;
    if (index.header(j)) return true;
  }
  return false;
}

/** "Tittel: …" in templates that label the title. */
const TITLE_LABEL = /^(?:tittel|sakstittel|saksnavn|overskrift|sak)\s{0,2}:\s*/i;

/**
 * A field this reader does not know ("Møtedato: 24.03.2021", "Arkivsak: 21/123"): a short label
 * and a colon. Inside a header block it is skipped rather than taken for text.
 */
const UNKNOWN_FIELD = /^\s*[\p{L}][\p{L}\d ()/.-]{0,30}:(?:\s|$)/u;
const unknownField = (t: string): boolean =>
  t.length <= MAX_HEADER_LINE && UNKNOWN_FIELD.test(t) && !TITLE_LABEL.test(t.trim());
/** "Tema 3: oppfølging av planen" is a title with a colon; a field's value rarely starts lowercase. */
const titleWithColon = (t: string): boolean => /^[^:]{1,60}:\s+\p{Ll}/u.test(t);

/**
 * The header block whose case number stands at line i, or null. It takes the title (on the
 * number's line or the next one or two) and the labelled fields up to the first line that is
 * none of them. At least two field labels (or one of "Type sak", "Saksbehandler",
 * "Tidligere behandlet") must follow, so a sentence starting with "Sak 12/2/2021" is no header.
 */
export function parseCaseHeader(index: LineIndex, i: number): CaseHeader | null {
  const { lines } = index;
  const first = text(lines, i);
  const caseNumber = caseNumberLine(first);
  if (!caseNumber || !(isPrefixed(caseNumber) || caseNumber.meeting !== null)) return null;
  const rest = first
    .slice(caseNumber.end)
    .replace(/^[\s:.–-]+/, '')
    .trim();
  if (/^vedlegg(?!\p{L})/iu.test(rest)) return null;
  // A number inside a sentence ("Sak 24/3/2021. Det legges …") is not a header.
  if (/^[.,;)]/.test(first.slice(caseNumber.end).trim()) && rest.length > 0) return null;

  const titleParts: string[] = rest === '' ? [] : [rest];
  let j = i + 1;
  if (titleParts.length === 0) {
    const k = nextNonBlank(lines, j, 5);
    const t = k >= 0 ? text(lines, k).trim() : '';
    const title = !unknownField(t) || titleWithColon(t);
    if (k >= 0 && !index.structural(k) && t.length <= MAX_HEADER_LINE && title) {
      titleParts.push(text(lines, k));
      j = k + 1;
    }
  }
  while (titleParts.length > 0 && titleParts.length < 3 && j < lines.length) {
    if (!blankAt(lines, j)) {
      const t = text(lines, j).trim();
      if (index.structural(j) || t.length > 120 || unknownField(t)) break;
      titleParts.push(t);
      j++;
      continue;
    }
    // After a blank line, only a lowercase start continues the title ("… om KI i" / "helsetjenesten").
    const k = nextNonBlank(lines, j, 3);
    if (k < 0 || index.structural(k) || !/^\p{Ll}/u.test(text(lines, k).trim())) break;
    titleParts.push(text(lines, k));
    j = k + 1;
  }

  const fields = emptyFields();
  let firstLabel = true;
  let lastKey: HeaderKey | null = null;
  while (j < lines.length) {
    // A lone dash is how an empty field is printed ("Tidligere behandlet" / "–").
    if (blankAt(lines, j) || (lastKey !== null && /^\s*[-–—]\s*$/.test(text(lines, j)))) {
      j++;
      continue;
    }
    const match = index.header(j);
    if (!match && unknownField(text(lines, j)) && j - i <= 14 && labelWithin(index, j + 1, 3)) {
      j++;
      continue;
    }
    if (!match) {
      // A stray piece of a list field (a name or title broken off by extraction) between two
      // field labels still belongs to that field.
      const k = nextNonBlank(lines, j + 1, 3);
      const t = text(lines, j).trim();
      if (lastKey === null || k < 0 || !index.header(k) || !looksLikeNames(t)) break;
      if (index.structural(j)) break;
      if (lastKey === 'officers') fields.officers.push(...splitNames(t));
      else if (lastKey === 'attachments' && fields.attachments.length > 0) {
        const last = fields.attachments.length - 1;
        fields.attachments[last] = joinText([fields.attachments[last] ?? '', t]);
      } else if (lastKey === 'previous') fields.previous.push(...parsePreviouslyHandled(t));
      else break;
      j = k;
      continue;
    }
    if (firstLabel && j - i > 12) break;
    firstLabel = false;
    lastKey = match.key;
    j = readField(index, match, fields).next;
  }
  const strong =
    fields.labels.has('type') || fields.labels.has('officers') || fields.labels.has('previous');
  if (fields.labels.size < 2 && !strong) return null;
  return {
    caseNumber,
    line: lines[i]?.line ?? 0,
    title: joinText(titleParts).replace(TITLE_LABEL, ''),
    fields,
    endIndex: j,
  };
}
