/**
 * The header zone of the minutes, everything before the first case: heading, council, date,
 * time, place, and the attendance blocks ("Til stede", "Forfall", "Til stede fra …").
 */
import {
  type AttendanceBlock,
  continuesEntry,
  looksLikeEntry,
  matchAttendanceLabel,
  organisationBlock,
  parsePerson,
  splitEntries,
} from './attendance.ts';
import { findNorwegianDate, findTimeRange, parseDateTimeLine } from './minutes-dates.ts';
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
import type { ImportedMeeting } from './types.ts';

const COUNCIL =
  /(?<![\p{L}\d])(\p{Lu}[\p{L}\d]*(?:[ -][\p{L}\d]+){0,4}?[ -]?(?:rådet|utvalget|utvalet|styret|forumet|nemnda|komiteen)(?:[ \t](?:for|i|om|til)[ \t]\p{L}+(?:[ \t-]\p{L}+){0,3})?)(?![\p{L}\d])/u;
const META_LABEL =
  /^(dato\s*(?:og|\/)\s*(?:tid|klokkeslett)|tid\s*og\s*(?:sted|stad)|dato|møtedato|tid|tidspunkt|klokkeslett|møtetid|sted|stad|møtested|møtestad|møtelokale|lokale)(?![\p{L}])\s*:?\s*(.*)$/iu;
const PLACE_WORDS = /^(?:zoom|teams|skype|digitalt(?:\s+møte)?|videomøte|fjernmøte|nettmøte)$/iu;

/** Reads the lines before the first case into the meeting; what it cannot place is warned of. */
export function readHeader(
  items: readonly Item[],
  meeting: ImportedMeeting,
  /** Organisations whose staff count as secretariat ("Tilstede fra Forskningsrådet"). */
  hosts: readonly string[],
  doubleSpaced: boolean,
  warn: Warn,
): void {
  let block: { block: AttendanceBlock; organisation: string | null } | null = null;
  let entry: Item | null = null;
  let pendingOrg: { text: string; fallback: AttendanceBlock; line: number } | null = null;
  let pendingMeta: { kind: 'date' | 'time' | 'place'; lines: number; blanks: number } | null = null;
  let blanks = 0;

  const flushEntry = () => {
    if (!entry || !block) {
      entry = null;
      return;
    }
    for (const text of splitEntries(entry.text)) {
      const parsed = parsePerson(text, block.organisation);
      if (!parsed) continue;
      meeting.attendance[block.block].push(parsed.person);
      for (const p of parsed.problems) warn(p, entry.line);
    }
    entry = null;
  };
  const endBlock = () => {
    flushEntry();
    block = null;
  };
  const finishOrg = () => {
    if (!pendingOrg) return;
    block = organisationBlock(pendingOrg.text, pendingOrg.fallback, hosts);
    if (!block.organisation)
      warn('Fant ikke organisasjonen etter «Til stede fra».', pendingOrg.line);
    pendingOrg = null;
  };
  const setDateTime = (text: string, line: number) => {
    const dt = parseDateTimeLine(text);
    if (dt.date && !meeting.date) meeting.date = dt.date;
    if (dt.start && !meeting.start) {
      meeting.start = dt.start;
      meeting.end = dt.end;
    }
    for (const p of dt.problems) warn(p, line);
    return dt.date !== null || dt.start !== null;
  };
  const addPlace = (text: string) => {
    const t = collapseSpaces(text.replace(/^[,;:–-]+|[,;]+$/gu, ''));
    if (t === '') return;
    meeting.place = meeting.place ? `${meeting.place}, ${t}` : t;
  };

  for (const item of items) {
    const t = item.text;
    if (t === '') {
      blanks++;
      continue;
    }
    const blanksBefore = blanks;
    blanks = 0;
    if (isFurniture(t) || t.length > MAX_STRUCTURED_LINE) continue;

    if (pendingOrg) {
      // "Til stede fra" / "Sekretariatet/" / "Forskningsrådet": the organisation runs on.
      if (looksLikeEntry(t) && t.includes(',')) finishOrg();
      else {
        const colon = t.endsWith(':');
        const part = colon ? t.slice(0, -1) : t;
        pendingOrg.text = /[/-]$/u.test(pendingOrg.text.trim())
          ? `${pendingOrg.text.trim()}${part}`
          : `${pendingOrg.text} ${part}`;
        if (colon || !/[/,-]$|\s(?:og|and)$/iu.test(pendingOrg.text.trim())) finishOrg();
        continue;
      }
    }

    const label = matchAttendanceLabel(t, hosts);
    if (label) {
      endBlock();
      pendingMeta = null;
      if (label.organisationPending) {
        pendingOrg = { text: label.organisation ?? '', fallback: label.block, line: item.line };
        continue;
      }
      block = { block: label.block, organisation: label.organisation };
      if (label.rest) entry = { text: label.rest, line: item.line };
      continue;
    }

    const meta = META_LABEL.exec(t);
    if (meta) {
      endBlock();
      const kindWord = (meta[1] ?? '').toLowerCase();
      const value = meta[2] ?? '';
      const kind: 'date' | 'time' | 'place' =
        /^(?:sted|stad|møtested|møtestad|møtelokale|lokale)$/u.test(kindWord)
          ? 'place'
          : /^tid\s*og/u.test(kindWord)
            ? 'place'
            : /^(?:tid|tidspunkt|klokkeslett|møtetid)$/u.test(kindWord)
              ? 'time'
              : 'date';
      if (/^tid\s*og/u.test(kindWord)) {
        // "Tid og sted: kl. 10–15, Zoom"
        setDateTime(value, item.line);
        const times = findTimeRange(value);
        const date = findNorwegianDate(value);
        const place = value
          .split(',')
          .map(collapseSpaces)
          .filter((p) => p && !findTimeRange(p) && !findNorwegianDate(p));
        if (place.length) addPlace(place.join(', '));
        pendingMeta = place.length || times || date ? null : { kind, lines: 0, blanks: 0 };
        continue;
      }
      if (value === '') {
        pendingMeta = { kind, lines: 0, blanks: 0 };
        continue;
      }
      if (kind === 'place') {
        addPlace(value);
        pendingMeta = { kind, lines: 1, blanks: 0 };
      } else {
        if (!setDateTime(value, item.line))
          warn(
            `Kunne ikke lese ${kind === 'date' ? 'datoen' : 'klokkeslettet'} ${quote(value)}.`,
            item.line,
          );
        pendingMeta = null;
      }
      continue;
    }

    if (isHeadingLine(t)) {
      endBlock();
      pendingMeta = null;
      readHeading(t, meeting, item.line, setDateTime);
      continue;
    }

    if (pendingMeta) {
      const meta = pendingMeta;
      const gapOk = meta.lines === 0 || blanksBefore <= (doubleSpaced ? 1 : 0);
      if (
        meta.kind === 'place' &&
        gapOk &&
        meta.lines < 3 &&
        t.length <= 80 &&
        !findNorwegianDate(t)
      ) {
        addPlace(t);
        meta.lines++;
        continue;
      }
      pendingMeta = null;
      if (meta.lines === 0 && meta.kind !== 'place') {
        if (setDateTime(t, item.line)) continue;
        warn(
          `Kunne ikke lese ${meta.kind === 'date' ? 'datoen' : 'klokkeslettet'} ${quote(t)}.`,
          item.line,
        );
        continue;
      }
    }

    if (block) {
      if (entry && continuesEntry(entry.text, t)) {
        entry.text = /[/-]$/u.test(entry.text) ? `${entry.text}${t}` : `${entry.text} ${t}`;
        continue;
      }
      if (looksLikeEntry(t)) {
        flushEntry();
        entry = { text: t, line: item.line };
        continue;
      }
      endBlock();
    }

    if (t.length <= 120 && findNorwegianDate(t) && !meeting.date) {
      setDateTime(t, item.line);
      continue;
    }
    if (t.length <= 40 && /^(?:kl|fra kl)/iu.test(t) && findTimeRange(t)) {
      setDateTime(t, item.line);
      continue;
    }
    const council = t.length <= 80 ? COUNCIL.exec(t) : null;
    if (council?.[1] && collapseSpaces(t.replace(/[,.:]+$/u, '')) === council[1]) {
      if (!meeting.council) meeting.council = council[1];
      continue;
    }
    if (PLACE_WORDS.test(t)) {
      if (!meeting.place) meeting.place = t;
      continue;
    }
    warn(`Linjen ble ikke tolket: ${quote(t)}.`, item.line);
  }
  if (pendingOrg) finishOrg();
  endBlock();
}

/** The heading line: the council, and a date or time that rides along. */
function readHeading(
  text: string,
  meeting: ImportedMeeting,
  line: number,
  setDateTime: (text: string, line: number) => boolean,
): void {
  const council = COUNCIL.exec(text);
  if (council?.[1] && !meeting.council) meeting.council = council[1];
  // The date may ride along: "Referat fra møte 3/2019, 12. mars 2019, kl. 10–14".
  const withoutNumber = text.replace(MEETING_NUMBER, ' ');
  if (findNorwegianDate(withoutNumber) || /\bkl\.?\s*\d/iu.test(withoutNumber)) {
    setDateTime(withoutNumber, line);
  }
}
