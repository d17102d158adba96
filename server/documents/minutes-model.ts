import { formatLongDate, formatTimeRange } from '../../core/dates.ts';
import { caseLabel, meetingLabel } from './case-paper-model.ts';
import { type Block, parseHtmlBlocks } from './html-blocks.ts';
import type { AttendanceBlocks, AttendanceLine, MinutesInput } from './minutes-input.ts';
import { capitalize, placeLines } from './pdf-front-matter.ts';

/** What the minutes say, in the order the council's minutes say it; shared by PDF and DOCX. */

export const MINUTES_LABEL = 'Referat';
export const DRAFT_LABEL = 'Utkast';
export const DECISION_LABEL = 'Vedtak';
export const POSTPONED_TEXT = 'Saken ble utsatt.';

/** The attendance blocks in the order the minutes list them, with the council's headings. */
export const ATTENDANCE_HEADINGS: ReadonlyArray<[keyof AttendanceBlocks, string]> = [
  ['present', 'Til stede'],
  ['absent', 'Forfall'],
  ['substitutes', 'Møtende vara'],
  ['observers', 'Observatører'],
  ['secretariat', 'Til stede fra sekretariatet'],
  ['guests', 'Gjester'],
];

export type FactRow = { label: string; lines: string[] };
export type AttendanceGroup = { heading: string; lines: string[] };
export type MinutesCase = {
  label: string; // "Sak 19/3/2021"
  title: string;
  discussion: Block[];
  postponed: boolean;
  decision: Block[];
  notParticipating: string[];
};

export function isDraft(input: Pick<MinutesInput, 'status'>): boolean {
  return input.status !== 'approved';
}

/** "Referat møte 3/2025", for running headers, footers and file titles. */
export function minutesTitle(input: Pick<MinutesInput, 'meeting'>): string {
  return `${MINUTES_LABEL} ${meetingLabel(input.meeting).toLocaleLowerCase('nb-NO')}`;
}

/** "Utkast, versjon 2" on drafts, null on approved minutes. */
export function draftMark(input: Pick<MinutesInput, 'status' | 'versionNumber'>): string | null {
  return isDraft(input) ? `${DRAFT_LABEL}, versjon ${input.versionNumber}` : null;
}

/** "Per Hansen (leder), Helse Vest, digitalt, til kl. 12.00" */
export function attendanceText(line: AttendanceLine): string {
  const name = line.isChair ? `${line.name} (leder)` : line.name;
  return [name, line.affiliation, ...line.notes]
    .map((part) => part?.trim())
    .filter((part): part is string => !!part)
    .join(', ');
}

/** Non-empty attendance blocks, each with its heading and one line per person. */
export function attendanceGroups(attendance: AttendanceBlocks): AttendanceGroup[] {
  return ATTENDANCE_HEADINGS.filter(([key]) => attendance[key].length > 0).map(
    ([key, heading]) => ({ heading, lines: attendance[key].map(attendanceText) }),
  );
}

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Norwegians read it: "tirsdag 10. juni 2025 kl. 12:00" (Europe/Oslo). */
export function formatOsloDateTime(iso: string): string {
  const parts = Object.fromEntries(
    osloParts.formatToParts(new Date(iso)).map((p) => [p.type, p.value]),
  );
  return `${formatLongDate(`${parts.year}-${parts.month}-${parts.day}`)} kl. ${parts.hour}:${parts.minute}`;
}

/** The facts under the title: date, time, place, then the draft status or the approval. */
export function factRows(input: MinutesInput): FactRow[] {
  const { meeting } = input;
  const rows: FactRow[] = [
    { label: 'Dato', lines: [capitalize(formatLongDate(meeting.date))] },
    { label: 'Tid', lines: [formatTimeRange(meeting.startTime, meeting.endTime)] },
    { label: 'Sted', lines: placeLines(meeting) },
  ];
  const mark = draftMark(input);
  if (mark) {
    rows.push({ label: 'Status', lines: [mark] });
    if (input.commentDeadline) {
      rows.push({
        label: 'Merknadsfrist',
        lines: [capitalize(formatOsloDateTime(input.commentDeadline))],
      });
    }
  } else if (input.approval) {
    const note = input.approval.note.trim();
    rows.push({
      label: 'Godkjent',
      lines: [capitalize(formatLongDate(input.approval.date)), ...(note ? [note] : [])],
    });
  }
  return rows;
}

export function minutesCases(input: MinutesInput): MinutesCase[] {
  return input.cases.map((entry) => ({
    label: caseLabel(entry),
    title: entry.title,
    discussion: parseHtmlBlocks(entry.discussion),
    postponed: entry.postponed,
    decision: parseHtmlBlocks(entry.decision),
    notParticipating: entry.notParticipating ?? [],
  }));
}
