/**
 * Case numbers as the council has written them over the years: "Sak 19/3/2021", "Sak 16/2/25",
 * "Sak HO21-rådet 10/2/21", "Sak HO21-rådet 35/20", "24/2/25", "Sak 21-3-2021 Vedlegg 1",
 * "sak 8/1/2025" in running text, "Sak 42/20 (møte 4/2020)".
 * Canonical form is N/M/YYYY when the meeting is known and N/YYYY when it is not.
 */
import type { ImportWarning } from './types.ts';

export type CaseNumber = {
  /** Running number within the year. */
  number: number;
  /** Meeting number M, null when written without it ("35/20"). */
  meeting: number | null;
  year: number;
  /** As written, with "Sak" and the council when present: "Sak HO21-rådet 10/2/21". */
  raw: string;
  /** Where the match starts and ends in the searched text. */
  index: number;
  end: number;
};

export type MeetingRef = { number: number; year: number };

// N/M/Y or N/Y, separators "/" or "-"; two-digit years allowed. Bounded, no nesting.
const CORE_SOURCE = String.raw`(\d{1,3})[/-](?:(\d{1,2})[/-](\d{4}|\d{2})|(\d{4}|\d{2}))(?![\d/])`;
const PREFIX_SOURCE = String.raw`(sak(?:snr\.?|snummer|nr\.?)?(?!\p{L})[ \t]{0,3}(?:nr\.?[ \t]{0,3})?:?[ \t]{0,3})`;
// "HO21-rådet", "HelseOmsorg21-rådet": one token between "Sak" and the number.
const COUNCIL_SOURCE = String.raw`(?:[\p{L}][\p{L}\d]{0,29}(?:-[\p{L}\d]{1,20}){0,2}[ \t]{1,3})`;
const AT_START = new RegExp(
  String.raw`^\s*(?:${PREFIX_SOURCE}${COUNCIL_SOURCE}?)?(?<!\d)${CORE_SOURCE}`,
  'iu',
);
const IN_TEXT = new RegExp(
  String.raw`(?<![\p{L}\d])${PREFIX_SOURCE}${COUNCIL_SOURCE}?${CORE_SOURCE}`,
  'giu',
);
const MEETING_NOTE = /^\s*\((?:i\s+|på\s+)?(?:råds)?møte\s+(\d{1,2})\s*\/\s*(\d{4}|\d{2})\s*\)/iu;
const MEETING =
  /(?<![\p{L}\d])(?:råds)?møte[ \t]{0,3}(?:nr\.?[ \t]{0,3})?(\d{1,2})[ \t]{0,2}\/[ \t]{0,2}(\d{4}|\d{2})(?!\d)/iu;

/** Cap on how much of a text the finders look at; case numbers sit in headers and sentences. */
const MAX_SCAN = 20_000;

export function fullYear(digits: string): number | null {
  const value = Number(digits);
  if (digits.length === 2) return 2000 + value;
  return value >= 1990 && value <= 2100 ? value : null;
}

function fromMatch(m: RegExpExecArray, rawStart: number): CaseNumber | null {
  const hasMeeting = m[3] !== undefined;
  // Groups are offset by the prefix group: [1] prefix, [2] N, [3] M, [4] Y (with M), [5] Y.
  const n = Number(m[2]);
  const meeting = hasMeeting ? Number(m[3]) : null;
  const year = fullYear((hasMeeting ? m[4] : m[5]) ?? '');
  if (year === null || n < 1 || (meeting !== null && (meeting < 1 || meeting > 30))) return null;
  const end = m.index + m[0].length;
  return { number: n, meeting, year, raw: '', index: rawStart, end };
}

function withMeetingNote(text: string, found: CaseNumber): CaseNumber {
  const note = MEETING_NOTE.exec(text.slice(found.end, found.end + 40));
  if (!note || found.meeting !== null) return found;
  const year = fullYear(note[2] ?? '');
  if (year !== found.year) return found;
  return { ...found, meeting: Number(note[1]) };
}

/**
 * A case number at the start of a text (a header or an agenda line). Without a "Sak" prefix
 * only the full N/M/Y form counts, so a lone "3/2021" is not taken for a case.
 */
export function parseCaseNumberAt(text: string): CaseNumber | null {
  const head = text.length > 300 ? text.slice(0, 300) : text;
  const m = AT_START.exec(head);
  if (!m) return null;
  const prefixed = m[1] !== undefined;
  if (!prefixed && m[3] === undefined) return null;
  const found = fromMatch(m, 0);
  if (!found) return null;
  const rawStart = head.length - head.trimStart().length;
  return { ...found, index: rawStart, raw: head.slice(rawStart, found.end).trim() };
}

/** Every "sak N/M/YYYY" in running text, with "(møte M/YYYY)" filling in a missing meeting. */
export function findCaseNumbers(text: string): CaseNumber[] {
  const scan = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const out: CaseNumber[] = [];
  IN_TEXT.lastIndex = 0;
  for (let m = IN_TEXT.exec(scan); m !== null; m = IN_TEXT.exec(scan)) {
    const found = fromMatch(m, m.index);
    if (!found) continue;
    out.push(withMeetingNote(scan, { ...found, raw: scan.slice(m.index, found.end).trim() }));
  }
  return out;
}

/** A bare number without "Sak" ("29/3/2020", "15/2/21") at the start of a list item. */
export function parseBareCaseNumber(text: string): CaseNumber | null {
  const m = new RegExp(String.raw`^\s*${CORE_SOURCE}`, 'u').exec(text.slice(0, 200));
  if (!m) return null;
  const n = Number(m[1]);
  const meeting = m[2] !== undefined ? Number(m[2]) : null;
  const year = fullYear((m[2] !== undefined ? m[3] : m[4]) ?? '');
  if (year === null || n < 1) return null;
  const end = m[0].length;
  const index = text.length - text.trimStart().length;
  return withMeetingNote(text, {
    number: n,
    meeting,
    year,
    raw: text.slice(index, end).trim(),
    index,
    end,
  });
}

/** "Møte 3/2021", "møte 2/2025" anywhere in a short text. */
export function findMeetingNumber(text: string): MeetingRef | null {
  const m = MEETING.exec(text.length > 400 ? text.slice(0, 400) : text);
  if (!m) return null;
  const year = fullYear(m[2] ?? '');
  const number = Number(m[1]);
  return year === null || number < 1 ? null : { number, year };
}

export function canonicalCaseNumber(n: Pick<CaseNumber, 'number' | 'meeting' | 'year'>): string {
  return n.meeting === null ? `${n.number}/${n.year}` : `${n.number}/${n.meeting}/${n.year}`;
}

export const formatMeetingRef = (m: MeetingRef): string => `${m.number}/${m.year}`;

/** A number written without meeting ("35/20") gets the meeting it was treated in, when known. */
export function withMeeting(n: CaseNumber, meeting: MeetingRef | null): CaseNumber {
  if (n.meeting !== null || meeting === null || meeting.year !== n.year) return n;
  return { ...n, meeting: meeting.number };
}

export function fitsMeeting(n: CaseNumber, meeting: MeetingRef): boolean {
  return n.year === meeting.year && (n.meeting === null || n.meeting === meeting.number);
}

/** The meeting most numbers point at; ties go to the one seen first. */
export function inferMeeting(
  numbers: readonly Pick<CaseNumber, 'meeting' | 'year'>[],
): MeetingRef | null {
  const counts = new Map<string, { ref: MeetingRef; count: number }>();
  for (const n of numbers) {
    if (n.meeting === null) continue;
    const key = `${n.meeting}/${n.year}`;
    const entry = counts.get(key) ?? { ref: { number: n.meeting, year: n.year }, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  let best: { ref: MeetingRef; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.ref ?? null;
}

/** The same case: a number written without its meeting matches the number in any meeting. */
export const sameCase = (a: CaseNumber, b: CaseNumber): boolean =>
  a.number === b.number &&
  a.year === b.year &&
  (a.meeting === null || b.meeting === null || a.meeting === b.meeting);

export type NumberedItem = { caseNumber: CaseNumber; line: number };

/** The numbers of the items just before and after item i, in document order. */
export function neighbourNumbers(
  items: readonly { caseNumber: CaseNumber }[],
  i: number,
): CaseNumber[] {
  return [items[i - 1], items[i + 1]].filter((n) => n !== undefined).map((n) => n.caseNumber);
}

/**
 * One case number judged against the meeting it should belong to. When it does not fit and
 * its neighbours do (a typo such as "25/3/2020" among 3/2021 cases), it is corrected; either
 * way the user is warned.
 */
export function judgeCaseNumber(
  item: NumberedItem,
  meeting: MeetingRef,
  neighbours: readonly CaseNumber[],
  file: string,
): { caseNumber: CaseNumber; warning: ImportWarning | null } {
  const n = item.caseNumber;
  if (fitsMeeting(n, meeting)) return { caseNumber: withMeeting(n, meeting), warning: null };
  const at = `linje ${item.line}`;
  const written = n.raw || canonicalCaseNumber(n);
  if (neighbours.every((nb) => fitsMeeting(nb, meeting))) {
    const corrected = { ...n, meeting: meeting.number, year: meeting.year };
    return {
      caseNumber: corrected,
      warning: {
        file,
        message: `Saksnummeret «${written}» passer ikke med møte ${formatMeetingRef(meeting)}; rettet til ${canonicalCaseNumber(corrected)} ut fra nabosakene`,
        at,
      },
    };
  }
  return {
    caseNumber: n,
    warning: {
      file,
      message: `Saksnummeret «${written}» passer ikke med møte ${formatMeetingRef(meeting)}; kontroller nummeret`,
      at,
    },
  };
}

/** Numbers of one meeting's cases, in document order, judged against the meeting. */
export function reconcileCaseNumbers(
  items: readonly NumberedItem[],
  meeting: MeetingRef | null,
  file: string,
): { numbers: CaseNumber[]; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const expected = meeting ?? inferMeeting(items.map((i) => i.caseNumber));
  if (expected === null) return { numbers: items.map((i) => i.caseNumber), warnings };
  const numbers = items.map((item, i) => {
    const neighbours = neighbourNumbers(items, i);
    const judged = judgeCaseNumber(item, expected, neighbours, file);
    if (judged.warning) warnings.push(judged.warning);
    return judged.caseNumber;
  });
  return { numbers, warnings };
}
