/**
 * The cases of the minutes: the "Sak …" headers that start them, the lines that belong to each
 * up to the closing lines, and each case's number in canonical form.
 */
import {
  canonicalCaseNumber,
  formatMeetingRef,
  inferMeeting,
  type MeetingRef,
  parseCaseNumberAt,
} from './case-numbers.ts';
import {
  type Item,
  isFurniture,
  isHeadingLine,
  MAX_STRUCTURED_LINE,
  MEETING_NUMBER,
  quote,
  type Warn,
} from './minutes-text.ts';
import { collapseSpaces } from './source-text.ts';

/** A case number as the minutes write it: the year may be missing ("Sak 3: Eventuelt"). */
type DraftNumber = { n: number; meeting: number | null; year: number | null };

export type CaseDraft = {
  raw: string;
  number: DraftNumber;
  headerLine: number;
  inlineTitle: string;
  body: Item[];
};

// Minutes without years in their numbers ("Sak 3: Eventuelt") still have cases.
const SAK_ONLY = /^(?:Sak|SAK)\s+(\d{1,3})(?=\s*[:.–—-]|\s+\p{Lu}|$)/u;

/** "Sak HO21-rådet 10/2/21 Godkjenning …" → number and the title after it. */
export function matchCaseHeader(
  text: string,
): { raw: string; number: DraftNumber; rest: string; bare: boolean } | null {
  if (text.length > MAX_STRUCTURED_LINE) return null;
  // Running text can start a line with "sak 8/1/2025 …"; headers write "Sak".
  const prefixed = /^(?:Sak|SAK)(?![\p{L}])/u.test(text);
  if (!prefixed && !/^\d/u.test(text)) return null;
  const found = parseCaseNumberAt(text);
  if (found) {
    const rest = text.slice(found.end);
    if (rest !== '' && !/^[\s:.–—-]/u.test(rest)) return null;
    return {
      raw: found.raw,
      number: { n: found.number, meeting: found.meeting, year: found.year },
      rest: stripLead(rest),
      bare: !prefixed,
    };
  }
  const only = prefixed ? SAK_ONLY.exec(text) : null;
  if (!only) return null;
  return {
    raw: only[0],
    number: { n: Number(only[1]), meeting: null, year: null },
    rest: stripLead(text.slice(only[0].length)),
    bare: false,
  };
}

const stripLead = (s: string) => collapseSpaces(s.replace(/^[\s:.–—-]+/u, ''));

const CLOSING = /^(?:referent|referatført av|ref\.?|neste møte|møtet hevet)\s*:/iu;

/** The meeting most "Sak N/M/Y" headers point at, for minutes whose heading has no number. */
export function meetingFromCases(items: readonly Item[]): MeetingRef | null {
  const numbers: { meeting: number; year: number }[] = [];
  for (const it of items) {
    const h = matchCaseHeader(it.text);
    if (!h || h.bare || h.number.meeting === null || h.number.year === null) continue;
    numbers.push({ meeting: h.number.meeting, year: h.number.year });
  }
  return inferMeeting(numbers);
}

/** The lines of each case, from its "Sak" header to the next header or a closing line. */
export function collectCases(
  items: readonly Item[],
  meetingNo: MeetingRef | null,
  warn: Warn,
): CaseDraft[] {
  const drafts: CaseDraft[] = [];
  let current: CaseDraft | null = null;
  let closed = false;
  for (const item of items) {
    const t = item.text;
    if (t !== '' && t.length <= MAX_STRUCTURED_LINE && isFurniture(t)) continue;
    const header = t === '' ? null : matchCaseHeader(t);
    if (header && acceptHeader(header, current, meetingNo)) {
      current = {
        raw: header.raw,
        number: header.number,
        headerLine: item.line,
        inlineTitle: header.rest,
        body: [],
      };
      drafts.push(current);
      closed = false;
      continue;
    }
    if (!current || closed) continue;
    // A running heading repeated on each page is furniture inside the cases.
    if (t !== '' && isHeadingLine(t) && MEETING_NUMBER.test(t) && t.length <= 100) continue;
    if (t !== '' && CLOSING.test(t)) {
      closed = true;
      continue;
    }
    current.body.push(item);
  }
  if (drafts.length === 0 && items.some((it) => it.text !== '')) {
    warn('Fant ingen saksoverskrift («Sak 12/2/2021 …»).', items.find((it) => it.text)?.line ?? 1);
  }
  return drafts;
}

/** "Sak …" lines are headers; a bare "24/2/25" only when it fits the meeting and follows the last case. */
function acceptHeader(
  header: NonNullable<ReturnType<typeof matchCaseHeader>>,
  current: CaseDraft | null,
  meetingNo: MeetingRef | null,
): boolean {
  const { n, meeting, year } = header.number;
  const follows = !current || n > current.number.n;
  if (!header.bare) {
    if (!meetingNo || meeting === null || meeting === meetingNo.number) return true;
    return follows && (year === null || year === meetingNo.year);
  }
  return (
    meetingNo !== null &&
    meeting === meetingNo.number &&
    year === meetingNo.year &&
    follows &&
    current !== null
  );
}

/** N/M/YYYY, the meeting and year taken from the minutes where the header lacks or mistakes them. */
export function canonicalNumber(
  draft: CaseDraft,
  meetingNo: MeetingRef | null,
  date: string | null,
  warn: Warn,
): string {
  const { n, meeting, year } = draft.number;
  if (meetingNo) {
    if (year !== null && year !== meetingNo.year) {
      warn(
        `Saksnummeret ${quote(draft.raw)} har år ${year}, men møtet er ${formatMeetingRef(meetingNo)}; året er rettet.`,
        draft.headerLine,
      );
    }
    if (meeting !== null && meeting !== meetingNo.number) {
      warn(
        `Saksnummeret ${quote(draft.raw)} viser til møte ${meeting}, men referatet gjelder møte ${formatMeetingRef(meetingNo)}.`,
        draft.headerLine,
      );
      return `${n}/${meeting}/${meetingNo.year}`;
    }
    return `${n}/${formatMeetingRef(meetingNo)}`;
  }
  const y = year ?? (date ? Number(date.slice(0, 4)) : null);
  if (y === null) {
    warn(`Saksnummeret ${quote(draft.raw)} mangler år.`, draft.headerLine);
    return String(n);
  }
  return canonicalCaseNumber({ number: n, meeting, year: y });
}
