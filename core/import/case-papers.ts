/**
 * Case papers (saksframlegg): the header block (number, title, "Type sak", "Til", "Fra",
 * "Saksbehandler", "Vedlegg", "Tidligere behandlet") and the sections (Bakgrunn, Hvorfor saken
 * fremmes, Hovedpunkter, Forslag til vedtak), in whatever order PDF extraction left them.
 *
 * A region of case papers is read line by line into "papers". A paper ends when the next one
 * evidently starts: a second header, a section that comes again after "Forslag til vedtak",
 * the case paper title after a finished paper, or the end of the region. A header may come
 * before its body (the usual layout) or in the middle of it (body first, as in table layouts
 * where the extractor emits the right column first).
 */
import type { CaseType } from '../case-types.ts';
import {
  type CaseNumber,
  canonicalCaseNumber,
  findCaseNumbers,
  judgeCaseNumber,
  type MeetingRef,
  parseBareCaseNumber,
  parseCaseNumberAt,
} from './case-numbers.ts';
import {
  HEADER_LABELS,
  type HeaderKey,
  type LabelMatch,
  matchLabel,
  parseCaseTypes,
  SECTION_LABELS,
  SECTION_RANK,
  type SectionKey,
} from './labels.ts';
import { isBlank, joinText, textOrNull, warning } from './source-text.ts';
import type { ImportedCase, ImportWarning, SourceLine } from './types.ts';

export type HeaderFields = {
  types: CaseType[];
  unknownTypes: string[];
  to: string | null;
  from: string | null;
  officers: string[];
  attachments: string[];
  previous: string[];
  labels: Set<HeaderKey>;
};

export type CaseHeader = {
  caseNumber: CaseNumber;
  /** Line number of the case number. */
  line: number;
  title: string;
  fields: HeaderFields;
  /** Index (in the given lines) just after the header block. */
  endIndex: number;
};

export type AttachmentMarker = {
  caseNumber: CaseNumber;
  attachmentNo: number | null;
  title: string | null;
  /** The first line of the attachment, a fallback title when the marker has none. */
  nextLineTitle: string | null;
  line: number;
};

export type Layout = 'header-first' | 'body-first';

const emptyFields = (): HeaderFields => ({
  types: [],
  unknownTypes: [],
  to: null,
  from: null,
  officers: [],
  attachments: [],
  previous: [],
  labels: new Set(),
});

const MAX_HEADER_LINE = 250;
const MAX_NAME_LINE = 100;

/** Labels that can stand outside a header block and still mean "this is a case paper". */
const ORPHAN_LABELS = HEADER_LABELS.filter(
  (l) => l.key === 'type' || l.key === 'officers' || l.key === 'previous',
);

const text = (lines: readonly SourceLine[], i: number): string => lines[i]?.text ?? '';
const blankAt = (lines: readonly SourceLine[], i: number): boolean => isBlank(text(lines, i));

/** A case number with "Sak" in front (or in full N/M/Y form) at the start of the line. */
function caseNumberLine(t: string): CaseNumber | null {
  if (t.length > MAX_HEADER_LINE || !/^\s*(?:sak|\d)/i.test(t)) return null;
  return parseCaseNumberAt(t);
}

const isPrefixed = (n: CaseNumber): boolean => /^sak/i.test(n.raw);

/** "Sak 21-3-2021 Vedlegg 1", "Sak 34/3/2025 Vedlegg 1 Oversikt …", "Vedlegg 2 til sak 23/3/2021". */
export function parseAttachmentMarker(
  line: string,
): Pick<AttachmentMarker, 'caseNumber' | 'attachmentNo' | 'title'> | null {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_HEADER_LINE || !/^(?:sak|vedlegg|\d)/i.test(t)) return null;
  const n = parseCaseNumberAt(t);
  if (n) {
    const m =
      /^[\s:–-]{0,5}vedlegg(?!\p{L})[ \t]{0,3}(?:nr\.?[ \t]{0,2})?(\d{1,2})?[\s:.)–-]{0,5}(.*)$/iu.exec(
        t.slice(n.end),
      );
    if (!m) return null;
    return {
      caseNumber: n,
      attachmentNo: m[1] ? Number(m[1]) : null,
      title: m[2]?.trim() || null,
    };
  }
  const v = /^vedlegg[ \t]{1,3}(\d{1,2})[ \t]{1,3}til[ \t]{1,3}(.*)$/iu.exec(t);
  if (!v) return null;
  const target = v[2] ?? '';
  const n2 = parseCaseNumberAt(target);
  if (!n2 || !isPrefixed(n2)) return null;
  return {
    caseNumber: n2,
    attachmentNo: Number(v[1]),
    title: target.slice(n2.end).replace(/^[\s:–-]+/, '') || null,
  };
}

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

function nextNonBlank(lines: readonly SourceLine[], from: number, limit: number): number {
  let k = from;
  while (k < lines.length && k - from < limit && blankAt(lines, k)) k++;
  return k < lines.length && !blankAt(lines, k) ? k : -1;
}

const looksLikeNames = (t: string): boolean =>
  t.length <= MAX_NAME_LINE && t.split(/\s+/).length <= 12 && !/[.!?]\s*$/.test(t.trim());

export function splitNames(value: string): string[] {
  return value
    .split(/\s*(?:,|;|\/|&|\s+og\s+|\s+and\s+)\s*/i)
    .map((n) =>
      n
        .replace(/\s+/g, ' ')
        .replace(/[.;,]+$/, '')
        .trim(),
    )
    .filter((n) => n !== '' && !/^[-–—]$/.test(n) && !/^(?:ingen|n\/a)$/i.test(n));
}

/** Splits on commas, semicolons and "og" outside parentheses. */
function splitTopLevel(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? '';
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (c === ',' || c === ';')) {
      out.push(current);
      current = '';
      continue;
    }
    if (depth === 0 && c === ' ' && value.slice(i, i + 4).toLowerCase() === ' og ') {
      out.push(current);
      current = '';
      i += 3;
      continue;
    }
    current += c;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** "Sak 29/3/2020, Sak 42/20 (møte 4/2020), 15/2/2021" → canonical numbers; other text kept. */
export function parsePreviouslyHandled(value: string): string[] {
  const out: string[] = [];
  for (const item of splitTopLevel(value)) {
    if (/^(?:ingen|nei|-|–)\.?$/i.test(item)) continue;
    const found = findCaseNumbers(item);
    const numbers =
      found.length > 0 ? found : [parseBareCaseNumber(item)].filter((n) => n !== null);
    if (numbers.length > 0) {
      for (const n of numbers) out.push(canonicalCaseNumber(n));
    } else out.push(joinText([item]));
  }
  return [...new Set(out)];
}

/**
 * Does a header start at line k: a case number followed closely by a field label? A cheap look
 * ahead that, unlike parseCaseHeader, never recurses into reading fields.
 */
function startsHeader(index: LineIndex, k: number): boolean {
  const n = caseNumberLine(text(index.lines, k));
  if (!n || !isPrefixed(n)) return false;
  for (let j = k + 1, seen = 0; j < index.lines.length && seen < 3; j++) {
    if (blankAt(index.lines, j)) continue;
    seen++;
    if (index.header(j)) return true;
  }
  return false;
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

/** Another field on the same line: "Til: Rådet   Fra: Anne Leder". */
const INLINE_FIELD =
  /\s(?:til|fra|frå|saksbehandlere?|saksbehandlar(?:ar)?|type sak|sakstype|vedlegg|tidligere behandlet|tidlegare behandla)\s?:\s*/i;

const ITEM_NUMBER = /^\s*\d{1,2}[.)]\s+(?=\S)/;
const BULLET = /^\s*[•▪·*–-]\s+(?=\S)/;

type FieldRead = { next: number };

/** Reads the value of one header field, starting from the label match. */
function readField(
  index: LineIndex,
  found: LabelMatch<HeaderKey>,
  fields: HeaderFields,
): FieldRead {
  let match = found;
  const { lines } = index;
  const after = match.endIndex + 1;
  fields.labels.add(match.key);
  const inline = INLINE_FIELD.exec(match.rest);
  if (inline && inline.index > 0) {
    // Read the other field from the rest of the line on its own, then this one without it.
    const restLine: SourceLine = {
      text: match.rest.slice(inline.index).trim(),
      line: lines[match.endIndex]?.line ?? 0,
    };
    const other = new LineIndex([restLine]);
    const otherMatch = other.header(0);
    if (otherMatch) readField(other, otherMatch, fields);
    match = { ...match, rest: match.rest.slice(0, inline.index).trim() };
  }
  const nextValueLine = (accept: (t: string) => boolean): number => {
    const k = nextNonBlank(lines, after, 4);
    return k >= 0 && !index.structural(k) && accept(text(lines, k).trim()) ? k : -1;
  };

  switch (match.key) {
    case 'type': {
      let value = match.rest;
      let next = after;
      if (value === '') {
        const k = nextValueLine((t) => {
          const parsed = parseCaseTypes(t);
          return parsed.types.length > 0 && parsed.unknown.length === 0;
        });
        if (k >= 0) {
          value = text(lines, k);
          next = k + 1;
        }
      }
      const parsed = parseCaseTypes(value);
      for (const t of parsed.types) if (!fields.types.includes(t)) fields.types.push(t);
      fields.unknownTypes.push(...parsed.unknown);
      return { next };
    }
    case 'to':
    case 'from': {
      let value = match.rest;
      let next = after;
      if (value === '') {
        const k = nextValueLine(looksLikeNames);
        if (k >= 0) {
          value = text(lines, k);
          next = k + 1;
        }
      }
      const clean = /^[-–—]$/.test(value.trim()) ? null : textOrNull([value]);
      if (match.key === 'to') fields.to ??= clean;
      else fields.from ??= clean;
      return { next };
    }
    case 'officers': {
      const parts: string[] = [];
      let last = match.endIndex;
      if (match.rest !== '') parts.push(match.rest);
      else {
        const k = nextValueLine(looksLikeNames);
        if (k >= 0) {
          parts.push(text(lines, k));
          last = k;
        }
      }
      // Names broken over lines ("Karianne Solaas og Henrietta" / "Blankson") follow directly,
      // or after a blank line when the list is unfinished ("… og") or a field label follows.
      while (parts.length > 0) {
        const k = nextNonBlank(lines, last + 1, 3);
        if (k < 0 || index.structural(k)) break;
        const t = text(lines, k).trim();
        if (!looksLikeNames(t) || t.split(/\s+/).length > 6) break;
        const direct = k === last + 1;
        const unfinished = /(?:,|&|\s og|\s and)$/i.test(joinText(parts));
        const after = nextNonBlank(lines, k + 1, 3);
        const labelNext = after >= 0 && index.header(after) !== null;
        if (!direct && !unfinished && !(labelNext && t.split(/\s+/).length <= 2)) break;
        last = k;
        parts.push(t);
      }
      for (const name of splitNames(joinText(parts)))
        if (!fields.officers.includes(name)) fields.officers.push(name);
      return { next: last + 1 };
    }
    case 'attachments': {
      const items: string[][] = [];
      const add = (t: string, fresh: boolean) => {
        const last = items[items.length - 1];
        if (fresh || !last) items.push([t]);
        else last.push(t);
      };
      if (match.rest !== '' && !/^(?:ingen|nei|-|–)\.?$/i.test(match.rest)) {
        add(match.rest.replace(ITEM_NUMBER, '').replace(BULLET, ''), true);
      }
      let k = after;
      let blankSeen = false;
      let lastUsed = match.endIndex;
      while (k < lines.length && k - lastUsed <= 4) {
        const t = text(lines, k);
        if (isBlank(t)) {
          blankSeen = true;
          k++;
          continue;
        }
        if (index.structural(k) || parseAttachmentMarker(t)) break;
        const trimmed = t.trim();
        if (/^[-–—]$/.test(trimmed)) {
          // "–": printed for no attachments.
          lastUsed = k;
          k++;
          continue;
        }
        if (ITEM_NUMBER.test(t) || BULLET.test(t)) {
          add(trimmed.replace(ITEM_NUMBER, '').replace(BULLET, ''), true);
        } else if (/^[\p{Ll}\d(]/u.test(trimmed) && items.length > 0) {
          add(trimmed, false);
        } else if (!blankSeen && items.length > 0 && trimmed.length <= MAX_HEADER_LINE) {
          add(trimmed, false);
        } else if (items.length === 0 && looksLikeNames(trimmed) && k - match.endIndex <= 4) {
          // One unnumbered attachment on the line after the label.
          add(trimmed, true);
        } else break;
        blankSeen = false;
        lastUsed = k;
        k++;
      }
      for (const item of items) {
        const title = joinText(item);
        if (title !== '' && !fields.attachments.includes(title)) fields.attachments.push(title);
      }
      return { next: lastUsed + 1 };
    }
    case 'previous': {
      const parts: string[] = [];
      if (match.rest !== '') parts.push(match.rest);
      let last = match.endIndex;
      for (let k = after; k < lines.length && k - last <= 3; k++) {
        const t = text(lines, k);
        if (isBlank(t)) continue;
        // "Sak 28/3/2025 (møte 3/2025)" on its own line is an item, unless a header starts there.
        if (index.header(k) || index.section(k) || startsHeader(index, k)) break;
        const consecutive = k === last + 1;
        const listy = /^(?:sak\s|\d)/i.test(t.trim());
        if (!(consecutive && parts.length > 0 && t.length <= MAX_HEADER_LINE) && !listy) break;
        parts.push(t);
        last = k;
      }
      for (const item of parsePreviouslyHandled(joinText(parts)))
        if (!fields.previous.includes(item)) fields.previous.push(item);
      return { next: last + 1 };
    }
  }
}

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
    if (k >= 0 && !index.structural(k) && t.length <= MAX_HEADER_LINE && !unknownField(t)) {
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

type Paper = {
  startLine: number;
  header: CaseHeader | null;
  /** Header fields found without a case number line ("Tidligere behandlet" alone). */
  orphan: HeaderFields;
  markerNumber: CaseNumber | null;
  markerNumberLine: number;
  markers: AttachmentMarker[];
  preamble: string[];
  sections: Record<SectionKey, string[]>;
  sectionSeen: Set<SectionKey>;
  current: SectionKey | null;
  maxRank: number;
  /** Inside an attachment: text is not read as the case's own. */
  attachmentMode: boolean;
  /** Lines of unmarked text after "Forslag til vedtak", taken for an attachment. */
  trailingLines: number;
  trailingStart: number | null;
  /** The meeting named by the last case paper title before this paper. */
  titleMeeting: MeetingRef | null;
};

const newPaper = (startLine: number, titleMeeting: MeetingRef | null): Paper => ({
  startLine,
  header: null,
  orphan: emptyFields(),
  markerNumber: null,
  markerNumberLine: startLine,
  markers: [],
  preamble: [],
  sections: { background: [], reason: [], mainPoints: [], proposedDecision: [] },
  sectionSeen: new Set(),
  current: null,
  maxRank: -1,
  attachmentMode: false,
  trailingLines: 0,
  trailingStart: null,
  titleMeeting,
});

const hasBody = (p: Paper): boolean => p.maxRank >= 0 || p.preamble.length > 0;
const paperNumber = (p: Paper): CaseNumber | null => p.header?.caseNumber ?? p.markerNumber;
const sameCase = (a: CaseNumber, b: CaseNumber): boolean =>
  a.number === b.number &&
  a.year === b.year &&
  (a.meeting === null || b.meeting === null || a.meeting === b.meeting);

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

export type PapersResult = {
  cases: { imported: ImportedCase; line: number; meeting: MeetingRef | null; to: string | null }[];
  warnings: ImportWarning[];
};

/** Reads case papers from regions of the document (everything outside the minutes). */
export function parseCasePapers(
  index: LineIndex,
  regions: readonly Region[],
  titles: readonly TitleMark[],
  file: string,
): PapersResult {
  const { lines } = index;
  const warnings: ImportWarning[] = [];
  const papers: Paper[] = [];
  const foreignMarkers: AttachmentMarker[] = [];
  const layout = detectLayout(index, regions);
  let titleAt = 0;
  let lastTitleMeeting: MeetingRef | null = null;
  let cur: Paper | null = null;

  const close = () => {
    if (cur) papers.push(cur);
    cur = null;
  };
  const open = (line: number): Paper => {
    close();
    const p = newPaper(line, lastTitleMeeting);
    cur = p;
    return p;
  };

  /**
   * Does a body start here after all? Only if "Hvorfor"/"Forslag til vedtak" follows before the
   * next attachment, case paper title or (when headers come first) the next header. Answers are
   * memoised for every line scanned, so attachments full of "Bakgrunn" stay linear.
   */
  const aheadMemo = new Map<number, boolean>();
  const strongAhead = (from: number, end: number): boolean => {
    const visited: number[] = [];
    let result = false;
    for (let k = from; k < end; k++) {
      const memo = aheadMemo.get(k);
      if (memo !== undefined) {
        result = memo;
        break;
      }
      if (k > from && titleBetween(titles, lines[k - 1]?.line ?? 0, lines[k]?.line ?? 0)) break;
      visited.push(k);
      if (blankAt(lines, k)) continue;
      const s = index.section(k);
      if (s && (s.key === 'reason' || s.key === 'proposedDecision')) {
        result = true;
        break;
      }
      if (parseAttachmentMarker(text(lines, k))) break;
      if (index.caseHeader(k)) {
        result = layout === 'body-first';
        break;
      }
    }
    for (const v of visited) aheadMemo.set(v, result);
    return result;
  };

  for (const region of regions) {
    close();
    let prevLine = lines[region.start - 1]?.line ?? 0;
    let i = region.start;
    while (i < region.end) {
      const l = lines[i];
      if (!l) break;
      // Case paper titles removed as furniture mark where a new paper may begin.
      while (titleAt < titles.length && (titles[titleAt]?.line ?? Infinity) < l.line) {
        const title = titles[titleAt];
        titleAt++;
        if (!title) continue;
        if (title.meeting) lastTitleMeeting = title.meeting;
        const p = cur as Paper | null;
        // A finished paper ends here; a body still waiting for its header (body first) does not.
        const waiting = !p?.header && layout === 'body-first' && p !== null && hasBody(p);
        if (
          p &&
          (p.attachmentMode ||
            p.maxRank === SECTION_RANK.proposedDecision ||
            (!p.header && !waiting))
        ) {
          close();
        }
      }
      if (isBlank(l.text)) {
        i++;
        continue;
      }
      const gap = l.line - prevLine - 1;
      prevLine = l.line;
      const p0 = cur as Paper | null;
      if (
        p0 &&
        !p0.attachmentMode &&
        p0.current === 'proposedDecision' &&
        p0.sections.proposedDecision.length > 0 &&
        gap >= 3
      ) {
        // A page break after the proposed decision: what follows is an attachment.
        p0.attachmentMode = true;
        p0.trailingStart = l.line;
      }

      const marker = parseAttachmentMarker(l.text);
      if (marker) {
        const next = nextNonBlank(lines, i + 1, 4);
        const nextText = next >= 0 && next < region.end ? text(lines, next).trim() : '';
        const full: AttachmentMarker = {
          ...marker,
          line: l.line,
          nextLineTitle:
            nextText !== '' &&
            nextText.length <= 120 &&
            !index.structural(next) &&
            !parseAttachmentMarker(nextText)
              ? joinText([nextText])
              : null,
        };
        const p = (cur as Paper | null) ?? open(l.line);
        const own = paperNumber(p);
        if (own === null && (hasBody(p) || p.orphan.labels.size > 0)) {
          p.markerNumber = marker.caseNumber;
          p.markerNumberLine = l.line;
          p.markers.push(full);
        } else if (own !== null && sameCase(own, marker.caseNumber)) p.markers.push(full);
        else foreignMarkers.push(full);
        if (p.trailingStart === null) p.trailingStart = l.line;
        p.attachmentMode = true;
        i++;
        continue;
      }

      const header = index.caseHeader(i);
      if (header) {
        const p = cur as Paper | null;
        if (
          !p ||
          p.header ||
          (p.markerNumber && !sameCase(p.markerNumber, header.caseNumber)) ||
          (layout === 'header-first' && (hasBody(p) || p.attachmentMode))
        ) {
          open(l.line).header = header;
        } else {
          p.header = header;
          p.attachmentMode = false;
          p.trailingStart = null;
          p.trailingLines = 0;
        }
        prevLine = lines[header.endIndex - 1]?.line ?? prevLine;
        i = header.endIndex;
        continue;
      }

      const section = index.section(i);
      if (section) {
        const rank = SECTION_RANK[section.key];
        let p = cur as Paper | null;
        if (!p) p = open(l.line);
        else if (p.attachmentMode) {
          const strong =
            section.key === 'reason' ||
            section.key === 'proposedDecision' ||
            strongAhead(section.endIndex + 1, region.end);
          if (!strong) {
            if (p.trailingStart !== null && p.markers.length === 0) p.trailingLines++;
            i++;
            continue;
          }
          p = open(l.line);
        } else if (
          rank <= p.maxRank &&
          (p.maxRank === SECTION_RANK.proposedDecision || section.key === 'reason')
        ) {
          p = open(l.line);
        }
        if (rank >= p.maxRank) {
          p.current = section.key;
          p.maxRank = rank;
          p.sectionSeen.add(section.key);
          if (section.rest !== '') p.sections[section.key].push(section.rest);
        } else if (p.current) {
          // An earlier label inside a later section is a sub-heading, kept as text.
          p.sections[p.current].push(l.text);
        }
        prevLine = lines[section.endIndex]?.line ?? prevLine;
        i = section.endIndex + 1;
        continue;
      }

      const orphan = matchLabel(lines, i, ORPHAN_LABELS, { maxLines: 2 });
      if (orphan) {
        let p = cur as Paper | null;
        if (!p || p.attachmentMode || p.maxRank === SECTION_RANK.proposedDecision) p = open(l.line);
        if (p.maxRank < 0) {
          const next = readField(index, orphan, p.orphan).next;
          prevLine = lines[next - 1]?.line ?? prevLine;
          i = next;
          continue;
        }
      }

      const p = (cur as Paper | null) ?? open(l.line);
      if (p.header && isRunningCaseLabel(l.text, p.header)) {
        i++;
        continue;
      }
      if (p.attachmentMode) {
        if (p.trailingStart !== null && p.markers.length === 0) p.trailingLines++;
      } else if (p.current) p.sections[p.current].push(l.text);
      else p.preamble.push(l.text);
      i++;
    }
    close();
  }

  return finish(papers, foreignMarkers, file, warnings);
}

/** The running header on later pages: "Sak 19/3/2021 Spørsmål om habilitet" (maybe cut with "…"). */
function isRunningCaseLabel(line: string, header: CaseHeader): boolean {
  const t = joinText([line]);
  const label = joinText([header.caseNumber.raw, header.title]);
  if (t === header.caseNumber.raw || t === label) return true;
  const cut = t.replace(/(?:…|\.\.\.)$/, '').trim();
  return cut !== t && cut.length > header.caseNumber.raw.length && label.startsWith(cut);
}

/** Numbers for papers whose header was lost, from the numbers around them. */
function inferMissingNumbers(papers: Paper[], file: string, warnings: ImportWarning[]) {
  // The next numbered paper after each position, found in one backward pass.
  const nextNumber: (CaseNumber | null)[] = new Array(papers.length).fill(null);
  for (let k = papers.length - 2; k >= 0; k--) {
    const after = papers[k + 1];
    nextNumber[k] = (after && paperNumber(after)) ?? nextNumber[k + 1] ?? null;
  }
  let prev: CaseNumber | null = null;
  for (let k = 0; k < papers.length; k++) {
    const p = papers[k];
    if (!p) continue;
    const own = paperNumber(p);
    if (own || !(p.maxRank >= 0 || p.orphan.labels.size > 0)) {
      if (own) prev = own;
      continue;
    }
    const next = nextNumber[k] ?? null;
    const before = prev as CaseNumber | null;
    let guess: CaseNumber | null = null;
    if (before && next && next.number === before.number + 2 && next.year === before.year) {
      guess = { ...before, number: before.number + 1, raw: '' };
    } else if (before && !next) guess = { ...before, number: before.number + 1, raw: '' };
    else if (next && !before && next.number > 1)
      guess = { ...next, number: next.number - 1, raw: '' };
    if (!guess) continue;
    p.markerNumber = guess;
    p.markerNumberLine = p.startLine;
    prev = guess;
    warnings.push(
      warning(
        file,
        `Fant et saksframlegg uten saksnummer; antar sak ${canonicalCaseNumber(guess)} ut fra sakene rundt`,
        p.startLine,
      ),
    );
  }
}

const numberKey = (n: Pick<CaseNumber, 'number' | 'year'>): string => `${n.number}/${n.year}`;

function finish(
  papers: Paper[],
  foreignMarkers: AttachmentMarker[],
  file: string,
  warnings: ImportWarning[],
): PapersResult {
  inferMissingNumbers(papers, file, warnings);
  const kept = papers.filter((p) => {
    if (paperNumber(p)) return true;
    if (hasBody(p) || p.orphan.labels.size > 0) {
      warnings.push(
        warning(file, 'Tekst som ikke hører til noe saksnummer ble ikke lest inn', p.startLine),
      );
    }
    return false;
  });

  const numbered = kept.map((p) => ({
    caseNumber: paperNumber(p) as CaseNumber,
    line: p.header?.line ?? p.markerNumberLine,
    expected: p.titleMeeting,
  }));
  const numbers = reconcileNumbersWithTitles(numbered, file, warnings);

  // Markers of attachments to other cases, by case number, so each case finds its own at once.
  const markersByNumber = new Map<string, AttachmentMarker[]>();
  for (const m of foreignMarkers) {
    const key = numberKey(m.caseNumber);
    const list = markersByNumber.get(key) ?? [];
    list.push(m);
    markersByNumber.set(key, list);
  }
  const found: CaseNumber[] = [];
  const cases: PapersResult['cases'] = [];
  const seen = new Map<string, number>();
  kept.forEach((p, k) => {
    const caseNumber = numbers[k] as CaseNumber;
    const number = canonicalCaseNumber(caseNumber);
    const line = numbered[k]?.line ?? p.startLine;
    if (seen.has(number)) {
      warnings.push(
        warning(
          file,
          `Sak ${number} forekommer flere ganger (også på linje ${seen.get(number)})`,
          line,
        ),
      );
    } else seen.set(number, line);
    found.push(caseNumber);
    const theirs = (markersByNumber.get(numberKey(caseNumber)) ?? []).filter((m) =>
      sameCase(m.caseNumber, caseNumber),
    );
    cases.push({
      imported: toImportedCase(p, caseNumber, theirs, file, warnings),
      line,
      meeting:
        caseNumber.meeting !== null ? { number: caseNumber.meeting, year: caseNumber.year } : null,
      to: p.header?.fields.to ?? p.orphan.to,
    });
  });
  const byNumber = new Map<string, CaseNumber[]>();
  for (const n of found) {
    const list = byNumber.get(numberKey(n)) ?? [];
    list.push(n);
    byNumber.set(numberKey(n), list);
  }
  for (const m of foreignMarkers) {
    if (!(byNumber.get(numberKey(m.caseNumber)) ?? []).some((n) => sameCase(n, m.caseNumber))) {
      warnings.push(
        warning(
          file,
          `Vedlegg til sak ${canonicalCaseNumber(m.caseNumber)}, men saken ble ikke funnet i dokumentet`,
          m.line,
        ),
      );
    }
  }
  return { cases, warnings };
}

/**
 * The meeting a paper belongs to: the case paper title before it ("Saksframlegg Møte 3/2021")
 * when there is one, otherwise what its neighbours agree on. Numbers that do not fit are
 * corrected when the neighbours fit, with a warning.
 */
function reconcileNumbersWithTitles(
  items: { caseNumber: CaseNumber; line: number; expected: MeetingRef | null }[],
  file: string,
  warnings: ImportWarning[],
): CaseNumber[] {
  return items.map((item, k) => {
    const neighbours = [items[k - 1], items[k + 1]]
      .filter((n) => n !== undefined)
      .map((n) => n.caseNumber);
    let expected = item.expected;
    if (!expected) {
      const refs = neighbours.filter((n) => n.meeting !== null);
      const first = refs[0];
      if (first && refs.every((r) => r.meeting === first.meeting && r.year === first.year)) {
        expected = { number: first.meeting as number, year: first.year };
      }
    }
    if (!expected) return item.caseNumber;
    const judged = judgeCaseNumber(item, expected, neighbours, file);
    if (judged.warning) warnings.push(judged.warning);
    return judged.caseNumber;
  });
}

function markerAttachments(attachments: string[], markers: readonly AttachmentMarker[]): string[] {
  const out = [...attachments];
  const listed = (t: string) => out.some((a) => a.toLowerCase() === t.toLowerCase());
  for (const m of markers) {
    if (m.attachmentNo !== null && out.length >= m.attachmentNo) continue;
    const title = m.title ?? m.nextLineTitle;
    if (title && !listed(title)) out.push(title);
  }
  return out;
}

function toImportedCase(
  p: Paper,
  caseNumber: CaseNumber,
  foreignMarkers: readonly AttachmentMarker[],
  file: string,
  warnings: ImportWarning[],
): ImportedCase {
  const header = p.header;
  const fields = header?.fields ?? p.orphan;
  const orphan = p.orphan;
  const merge = <T>(a: T[], b: T[]) => [...new Set([...a, ...b])];
  const number = canonicalCaseNumber(caseNumber);
  const line = header?.line ?? p.markerNumberLine;
  const markers = [...p.markers, ...foreignMarkers];

  if (!header) {
    warnings.push(
      warning(
        file,
        `Fant ikke overskriften (saksnummer og tittel) til sak ${number}; saksnummeret er hentet fra ${p.markerNumber?.raw ? `«${p.markerNumber.raw}»` : 'sakene rundt'}`,
        line,
      ),
    );
  }
  const title = header?.title ?? '';
  if (header && title === '') warnings.push(warning(file, `Sak ${number} mangler tittel`, line));
  for (const unknown of merge(fields.unknownTypes, header ? orphan.unknownTypes : [])) {
    warnings.push(warning(file, `Ukjent sakstype «${unknown}» i sak ${number}`, line));
  }
  if (p.trailingLines > 0 && p.trailingStart !== null) {
    warnings.push(
      warning(
        file,
        `Teksten etter «Forslag til vedtak» i sak ${number} er tolket som vedlegg og ikke lest inn`,
        p.trailingStart,
      ),
    );
  }

  const background = p.sectionSeen.has('background')
    ? textOrNull([...p.preamble, ...p.sections.background])
    : textOrNull(p.preamble);
  return {
    number,
    rawNumber: caseNumber.raw,
    title,
    types: merge(fields.types, header ? orphan.types : []),
    sender: fields.from ?? orphan.from,
    caseOfficers: merge(fields.officers, header ? orphan.officers : []),
    attachments: markerAttachments(
      merge(fields.attachments, header ? orphan.attachments : []),
      markers,
    ),
    previouslyHandled: merge(fields.previous, header ? orphan.previous : []),
    background,
    reason: textOrNull(p.sections.reason),
    mainPoints: textOrNull(p.sections.mainPoints),
    proposedDecision: textOrNull(p.sections.proposedDecision),
    decision: null,
    minutesText: null,
  };
}
