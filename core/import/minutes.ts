/**
 * The minutes (referat) of one meeting, from text extracted from PDF or Word: heading, date,
 * time, place, attendance by block, and per case its title, text and decision (vedtak).
 *
 * PDF extraction breaks the order: attendance can come before the heading, a two-column table
 * can put the "Vedtak" label before the case title or in the middle of a sentence, and every
 * line can be followed by a blank line. The parser never throws; what it cannot place becomes a
 * warning pointing at the line.
 *
 * This module finds the meeting number and where the cases start, and checks the result. The
 * header zone is read in minutes-header.ts, the cases are cut out in minutes-cases.ts and read
 * (title, text, decision) in minutes-decisions.ts; minutes-text.ts holds what they share.
 */
import { DEFAULT_SECRETARIAT_ORGANISATIONS } from './attendance.ts';
import { findMeetingNumber, formatMeetingRef, type MeetingRef } from './case-numbers.ts';
import { collectCases, matchCaseHeader, meetingFromCases } from './minutes-cases.ts';
import { buildCase } from './minutes-decisions.ts';
import { readHeader } from './minutes-header.ts';
import {
  type Item,
  isFurniture,
  isHeadingLine,
  MAX_STRUCTURED_LINE,
  normalise,
} from './minutes-text.ts';
import { warning } from './source-text.ts';
import {
  emptyAttendance,
  type ImportedMeeting,
  type ImportWarning,
  type SourceLine,
} from './types.ts';

export type MinutesContext = {
  file: string;
  /** Organisations whose staff count as secretariat ("Tilstede fra Forskningsrådet"). */
  secretariatOrganisations?: readonly string[];
};

/**
 * One minutes segment → a meeting of kind "minutes" with its attendance and cases. `lines` run
 * from the minutes' heading (or their first attendance block) to their end, with their line
 * numbers in the file; page furniture may still be there.
 */
export function parseMinutes(
  lines: SourceLine[],
  ctx: MinutesContext,
): { meeting: ImportedMeeting; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  try {
    return parse(lines, ctx, warnings);
  } catch (error) {
    // A bug must not cost the user the whole import: report it and return what is certain.
    warnings.push(
      warning(
        ctx.file,
        `Referatet kunne ikke tolkes (${error instanceof Error ? error.message : String(error)}).`,
        Number.isFinite(lines?.[0]?.line) ? (lines[0]?.line ?? 1) : 1,
      ),
    );
    return { meeting: emptyMeeting(), warnings };
  }
}

function emptyMeeting(): ImportedMeeting {
  return {
    council: null,
    number: null,
    date: null,
    start: null,
    end: null,
    place: null,
    kind: 'minutes',
    attendance: emptyAttendance(),
    cases: [],
  };
}

function parse(
  lines: SourceLine[],
  ctx: MinutesContext,
  warnings: ImportWarning[],
): { meeting: ImportedMeeting; warnings: ImportWarning[] } {
  const warn = (message: string, line: number) => warnings.push(warning(ctx.file, message, line));
  const meeting = emptyMeeting();

  const items: Item[] = [];
  let longWarned = false;
  for (const l of Array.isArray(lines) ? lines : []) {
    const text = normalise(typeof l?.text === 'string' ? l.text : '');
    const line = Number.isFinite(l?.line) ? l.line : (items[items.length - 1]?.line ?? 0) + 1;
    if (text.length > MAX_STRUCTURED_LINE && !longWarned) {
      longWarned = true;
      warn(`Svært lang linje (${text.length} tegn) er bare lest som tekst.`, line);
    }
    items.push({ text, line });
  }

  const firstLine = items[0]?.line ?? 1;
  const doubleSpaced = isDoubleSpaced(items);

  // Meeting number from the heading (which PDF order may put after the attendance), else from
  // the case headers ("Sak 16/2/25" → 2/2025).
  let meetingNo: MeetingRef | null = null;
  for (const it of items) {
    const ref = isHeadingLine(it.text) ? findMeetingNumber(it.text) : null;
    if (ref) {
      meetingNo = ref;
      break;
    }
  }
  if (!meetingNo) meetingNo = meetingFromCases(items);
  // Cases start at the first "Sak" header of this meeting; a stray header of another meeting
  // before it (the case paper the minutes are attached to) is not a case of these minutes.
  const firstCase = items.findIndex((it) => {
    const h = matchCaseHeader(it.text);
    if (h === null || h.bare) return false;
    return !meetingNo || h.number.meeting === null || h.number.meeting === meetingNo.number;
  });
  const headerEnd = firstCase < 0 ? items.length : firstCase;

  const hosts = ctx.secretariatOrganisations ?? DEFAULT_SECRETARIAT_ORGANISATIONS;
  readHeader(items.slice(0, headerEnd), meeting, hosts, doubleSpaced, warn);
  if (meetingNo) meeting.number = formatMeetingRef(meetingNo);

  const drafts = collectCases(items.slice(headerEnd), meetingNo, warn);
  meeting.cases = drafts.map((d) => buildCase(d, meetingNo, meeting.date, doubleSpaced, warn));

  if (items.every((it) => it.text === '')) {
    warn('Referatet er tomt.', firstLine);
    return { meeting, warnings };
  }
  if (!meeting.number) warn('Fant ikke møtenummer i referatet.', firstLine);
  if (!meeting.date) warn('Fant ikke møtedato i referatet.', firstLine);
  const a = meeting.attendance;
  if (a.present.length + a.absent.length + a.substitutes.length === 0) {
    warn('Fant ingen deltakerliste («Til stede», «Forfall») i referatet.', firstLine);
  }
  if (meeting.cases.length === 0) warn('Fant ingen saker i referatet.', firstLine);
  return { meeting, warnings };
}

/** Extraction that puts a blank line after every line: blank lines then do not end paragraphs. */
function isDoubleSpaced(items: readonly Item[]): boolean {
  let content = 0;
  let followedByBlank = 0;
  for (let i = 0; i < items.length - 1; i++) {
    if (items[i]?.text === '' || isFurniture(items[i]?.text ?? '')) continue;
    content++;
    if (items[i + 1]?.text === '') followedByBlank++;
  }
  return content >= 6 && followedByBlank / content >= 0.75;
}
