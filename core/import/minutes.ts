/**
 * The minutes (referat) of one meeting, from text extracted from PDF or Word: heading, date,
 * time, place, attendance by block, and per case its title, text and decision (vedtak).
 *
 * PDF extraction breaks the order: attendance can come before the heading, a two-column table
 * can put the "Vedtak" label before the case title or in the middle of a sentence, and every
 * line can be followed by a blank line. The parser never throws; what it cannot place becomes a
 * warning pointing at the line.
 */
import {
  type AttendanceBlock,
  continuesEntry,
  DEFAULT_SECRETARIAT_ORGANISATIONS,
  looksLikeEntry,
  matchAttendanceLabel,
  organisationBlock,
  parsePerson,
  splitEntries,
} from './attendance.ts';
import { findMeetingNumber, parseCaseNumberAt } from './case-numbers.ts';
import { findNorwegianDate, findTimeRange, parseDateTimeLine } from './minutes-dates.ts';
import { classifyFurniture } from './page-furniture.ts';
import {
  emptyAttendance,
  type ImportedCase,
  type ImportedMeeting,
  type ImportWarning,
  type SourceLine,
} from './types.ts';

export type MinutesContext = {
  file: string;
  /** Organisations whose staff count as secretariat ("Tilstede fra Forskningsrådet"). */
  secretariatOrganisations?: readonly string[];
};

/** Lines longer than this are kept as case text but never read as labels, names or dates. */
const MAX_STRUCTURED_LINE = 2000;

type Item = { text: string; line: number };

type CaseNumber = { n: number; meeting: number | null; year: number | null };

type CaseDraft = {
  raw: string;
  number: CaseNumber;
  headerLine: number;
  inlineTitle: string;
  body: Item[];
};

const at = (line: number) => `linje ${line}`;
// Only runs that need it are replaced: replacing every single space is slow on a 10 MB line.
const clean = (s: string) => s.replace(/\s{2,}|[^\S ]/g, ' ').trim();
const quote = (s: string) => `«${s.length > 60 ? `${s.slice(0, 57)}…` : s}»`;

function normalise(raw: string): string {
  // PDF text carries no-break spaces, tabs and Symbol-font bullets (U+F0B7).
  return raw
    .replace(/[\u00a0\u2000-\u200b\u202f\t\f\v\r]/gu, ' ')
    .replace(/[\uf0b7\uf0a7\uf076]/gu, '•')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Case numbers

// Minutes without years in their numbers ("Sak 3: Eventuelt") still have cases.
const SAK_ONLY = /^(?:Sak|SAK)\s+(\d{1,3})(?=\s*[:.–—-]|\s+\p{Lu}|$)/u;

/** "Sak HO21-rådet 10/2/21 Godkjenning …" → number and the title after it. */
function matchCaseHeader(
  text: string,
): { raw: string; number: CaseNumber; rest: string; bare: boolean } | null {
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

const stripLead = (s: string) => clean(s.replace(/^[\s:.–—-]+/u, ''));

// ---------------------------------------------------------------------------------------------
// Header lines: heading, council, date, time, place

const MEETING_NUMBER = /møte(?:t)?\s*(?:nr\.?\s*)?(\d{1,2})\s*\/\s*(\d{4}|\d{2})(?!\d)/iu;
// "Referat Møte 2/2021", "Utkast til referat fra møte …", "HelseOmsorg21-rådet, referat møte 2/2025".
const HEADING =
  /^(?:(?:utkast\s+(?:til\s+)?)?(?:referat|protokoll|møtereferat|møteprotokoll)(?![\p{L}])|[^,.:]{2,80}[,–—-]\s*(?:utkast\s+(?:til\s+)?)?(?:referat|protokoll)(?![\p{L}]))/iu;
const COUNCIL =
  /(?<![\p{L}\d])(\p{Lu}[\p{L}\d]*(?:[ -][\p{L}\d]+){0,4}?[ -]?(?:rådet|utvalget|utvalet|styret|forumet|nemnda|komiteen)(?:[ \t](?:for|i|om|til)[ \t]\p{L}+(?:[ \t-]\p{L}+){0,3})?)(?![\p{L}\d])/u;
const META_LABEL =
  /^(dato\s*(?:og|\/)\s*(?:tid|klokkeslett)|tid\s*og\s*(?:sted|stad)|dato|møtedato|tid|tidspunkt|klokkeslett|møtetid|sted|stad|møtested|møtestad|møtelokale|lokale)(?![\p{L}])\s*:?\s*(.*)$/iu;
const PLACE_WORDS = /^(?:zoom|teams|skype|digitalt(?:\s+møte)?|videomøte|fjernmøte|nettmøte)$/iu;
const CLOSING = /^(?:referent|referatført av|ref\.?|neste møte|møtet hevet)\s*:/iu;

function isHeadingLine(text: string): boolean {
  return text.length <= 200 && HEADING.test(text);
}

function isFurniture(text: string): boolean {
  return classifyFurniture(text) !== null;
}

// Only the end of a line is looked at: a 10 MB line must not be rescanned.
const endsSentence = (text: string) => /[.!?…]["»”')\]]{0,3}$/u.test(text.slice(-8));
const startsSentence = (text: string) => /^[\p{Lu}\d•«"–—-]/u.test(text);
const startsLower = (text: string) => /^\p{Ll}/u.test(text);

/** Join extracted lines into one whitespace-normalised text, mending words hyphenated at a line end. */
function joinText(lines: readonly string[]): string | null {
  let out = '';
  for (const raw of lines) {
    const line = clean(raw);
    if (line === '') continue;
    if (out === '') out = line;
    else if (
      /[\p{L}\d.]-$/u.test(out.slice(-2)) &&
      /^\p{Ll}/u.test(line) &&
      !/^(?:og|eller|enn|samt|til)\b/u.test(line)
    ) {
      out += line; // "HelseOmsorg21-" + "monitor", "ph.d.-" + "kandidater"
    } else out += ` ${line}`;
  }
  return out === '' ? null : out;
}

// ---------------------------------------------------------------------------------------------
// Vedtak

const VEDTAK =
  /^(?:vedtak|rådets vedtak|vedtak i saken|konklusjon|beslutning|avgjerd)(?![\p{L}])\s*(:?)\s*(.*)$/iu;

function matchVedtak(text: string): { rest: string } | null {
  if (text.length > MAX_STRUCTURED_LINE) return null;
  const m = VEDTAK.exec(text);
  if (!m) return null;
  const colon = m[1] === ':';
  const rest = m[2] ?? '';
  // "Vedtak om …" is a sentence; "Vedtak Rådet ber …" (no colon) is the label and its text.
  if (!colon && rest !== '' && !/^[\p{Lu}\d«"]/u.test(rest)) return null;
  return { rest: clean(rest) };
}

// ---------------------------------------------------------------------------------------------

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
    warnings.push({
      file: ctx.file,
      message: `Referatet kunne ikke tolkes (${error instanceof Error ? error.message : String(error)}).`,
      at: at(Number.isFinite(lines?.[0]?.line) ? (lines[0]?.line ?? 1) : 1),
    });
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
  const warn = (message: string, line: number) =>
    warnings.push({ file: ctx.file, message, at: at(line) });
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
  let meetingNo: { m: number; y: number } | null = null;
  for (const it of items) {
    const ref = isHeadingLine(it.text) ? findMeetingNumber(it.text) : null;
    if (ref) {
      meetingNo = { m: ref.number, y: ref.year };
      break;
    }
  }
  if (!meetingNo) meetingNo = meetingFromCases(items);
  // Cases start at the first "Sak" header of this meeting; a stray header of another meeting
  // before it (the case paper the minutes are attached to) is not a case of these minutes.
  const firstCase = items.findIndex((it) => {
    const h = matchCaseHeader(it.text);
    if (h === null || h.bare) return false;
    return !meetingNo || h.number.meeting === null || h.number.meeting === meetingNo.m;
  });
  const headerEnd = firstCase < 0 ? items.length : firstCase;

  readHeader(items.slice(0, headerEnd), meeting, ctx, doubleSpaced, warn);
  if (meetingNo) meeting.number = `${meetingNo.m}/${meetingNo.y}`;

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

function meetingFromCases(items: readonly Item[]): { m: number; y: number } | null {
  const counts = new Map<string, number>();
  for (const it of items) {
    const h = matchCaseHeader(it.text);
    if (!h || h.bare || h.number.meeting === null || h.number.year === null) continue;
    const key = `${h.number.meeting}/${h.number.year}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [key, count] of counts) if (!best || count > (counts.get(best) ?? 0)) best = key;
  if (!best) return null;
  const [m, y] = best.split('/').map(Number);
  return m !== undefined && y !== undefined ? { m, y } : null;
}

// ---------------------------------------------------------------------------------------------
// Header zone: everything before the first case

type Warn = (message: string, line: number) => void;

function readHeader(
  items: readonly Item[],
  meeting: ImportedMeeting,
  ctx: MinutesContext,
  doubleSpaced: boolean,
  warn: Warn,
): void {
  const hosts = ctx.secretariatOrganisations ?? DEFAULT_SECRETARIAT_ORGANISATIONS;
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
    const t = clean(text.replace(/^[,;:–-]+|[,;]+$/gu, ''));
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
          .map(clean)
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
    if (council?.[1] && clean(t.replace(/[,.:]+$/u, '')) === council[1]) {
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

// ---------------------------------------------------------------------------------------------
// Cases

function collectCases(
  items: readonly Item[],
  meetingNo: { m: number; y: number } | null,
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
  meetingNo: { m: number; y: number } | null,
): boolean {
  const { n, meeting, year } = header.number;
  const follows = !current || n > current.number.n;
  if (!header.bare) {
    if (!meetingNo || meeting === null || meeting === meetingNo.m) return true;
    return follows && (year === null || year === meetingNo.y);
  }
  return (
    meetingNo !== null &&
    meeting === meetingNo.m &&
    year === meetingNo.y &&
    follows &&
    current !== null
  );
}

function canonicalNumber(
  draft: CaseDraft,
  meetingNo: { m: number; y: number } | null,
  date: string | null,
  warn: Warn,
): string {
  const { n, meeting, year } = draft.number;
  if (meetingNo) {
    if (year !== null && year !== meetingNo.y) {
      warn(
        `Saksnummeret ${quote(draft.raw)} har år ${year}, men møtet er ${meetingNo.m}/${meetingNo.y}; året er rettet.`,
        draft.headerLine,
      );
    }
    if (meeting !== null && meeting !== meetingNo.m) {
      warn(
        `Saksnummeret ${quote(draft.raw)} viser til møte ${meeting}, men referatet gjelder møte ${meetingNo.m}/${meetingNo.y}.`,
        draft.headerLine,
      );
      return `${n}/${meeting}/${meetingNo.y}`;
    }
    return `${n}/${meetingNo.m}/${meetingNo.y}`;
  }
  const y = year ?? (date ? Number(date.slice(0, 4)) : null);
  if (y === null) {
    warn(`Saksnummeret ${quote(draft.raw)} mangler år.`, draft.headerLine);
    return String(n);
  }
  return meeting !== null ? `${n}/${meeting}/${y}` : `${n}/${y}`;
}

function buildCase(
  draft: CaseDraft,
  meetingNo: { m: number; y: number } | null,
  date: string | null,
  doubleSpaced: boolean,
  warn: Warn,
): ImportedCase {
  const number = canonicalNumber(draft, meetingNo, date, warn);
  const body = [...draft.body];

  // Title: on the header line, else the first line of text that is not a "Vedtak" label.
  let title = draft.inlineTitle;
  let labelBeforeTitle = false;
  let labelBeforeTitleLine = draft.headerLine;
  if (title === '') {
    const idx = body.findIndex((it) => it.text !== '' && !matchVedtakStandalone(it.text));
    const early = body.slice(0, Math.max(idx, 0)).find((it) => isLabelOnly(it.text));
    labelBeforeTitle = early !== undefined;
    if (early) labelBeforeTitleLine = early.line;
    if (idx >= 0) {
      title = body[idx]?.text ?? '';
      body.splice(0, idx + 1);
    }
  }
  // A title wrapped onto the next line (single-spaced text only).
  while (!doubleSpaced && title && !endsSentence(title) && body[0] && startsLower(body[0].text)) {
    title = `${title} ${body.shift()?.text ?? ''}`;
  }
  title = joinText([title]) ?? '';
  if (title === '') warn(`Sak ${number} mangler tittel.`, draft.headerLine);

  const labels: number[] = [];
  body.forEach((it, i) => {
    if (it.text !== '' && matchVedtak(it.text)) labels.push(i);
  });

  let proper = -1;
  for (const i of labels) {
    const rest = matchVedtak(body[i]?.text ?? '')?.rest ?? '';
    if (rest !== '') {
      proper = i;
      break;
    }
    const prev = lastContent(body, i);
    const next = firstContent(body, i + 1);
    if (!next) continue;
    if (prev && !endsSentence(prev.text) && startsLower(next.text)) continue; // mid-sentence
    proper = i;
    break;
  }

  const texts = (from: Item[]) => from.filter((it) => it.text !== '').map((it) => it.text);
  let decision: string | null;
  let minutesText: string | null;
  if (proper >= 0) {
    const rest = matchVedtak(body[proper]?.text ?? '')?.rest ?? '';
    const before = body.slice(0, proper).filter((it) => !isLabelOnly(it.text));
    const after = body.slice(proper + 1).filter((it) => !isLabelOnly(it.text));
    minutesText = joinText(texts(before));
    decision = joinText([rest, ...texts(after)]);
  } else if (labels.length > 0 || labelBeforeTitle) {
    // The label sits outside the text (table layout): the decision is the last paragraph.
    const rest = body.filter((it) => !isLabelOnly(it.text));
    const start = lastParagraphStart(rest, doubleSpaced);
    minutesText = joinText(texts(rest.slice(0, start)));
    decision = joinText(texts(rest.slice(start)));
    const labelLine =
      labels[0] !== undefined && !labelBeforeTitle
        ? (body[labels[0]]?.line ?? draft.headerLine)
        : labelBeforeTitleLine;
    warn(
      `«Vedtak» i sak ${number} står utenfor teksten; vedtaket er tolket som sakens siste avsnitt.`,
      labelLine,
    );
  } else {
    minutesText = joinText(texts(body));
    decision = null;
    warn(`Fant ikke vedtak i sak ${number}.`, draft.headerLine);
  }
  if ((labels.length > 0 || labelBeforeTitle) && decision === null)
    warn(`Vedtaket i sak ${number} er tomt.`, draft.headerLine);

  return {
    number,
    rawNumber: draft.raw,
    title,
    types: [],
    sender: null,
    caseOfficers: [],
    attachments: [],
    previouslyHandled: [],
    background: null,
    reason: null,
    mainPoints: null,
    proposedDecision: null,
    decision,
    minutesText,
  };
}

function matchVedtakStandalone(text: string): boolean {
  return matchVedtak(text)?.rest === '';
}
const isLabelOnly = (text: string) => text !== '' && matchVedtakStandalone(text);

function lastContent(items: readonly Item[], before: number): Item | null {
  for (let i = before - 1; i >= 0; i--) {
    const it = items[i];
    if (it && it.text !== '') return it;
  }
  return null;
}

function firstContent(items: readonly Item[], from: number): Item | null {
  for (let i = from; i < items.length; i++) {
    const it = items[i];
    if (it && it.text !== '') return it;
  }
  return null;
}

/**
 * Where the last paragraph starts. A paragraph ends with a sentence and a blank line (two in
 * double-spaced text); without such a break, the last run of lines that starts a sentence.
 */
function lastParagraphStart(items: readonly Item[], doubleSpaced: boolean): number {
  const content: number[] = [];
  items.forEach((it, i) => {
    if (it.text !== '') content.push(i);
  });
  let strong = -1;
  let sentence = -1;
  for (let k = 1; k < content.length; k++) {
    const a = content[k - 1] ?? 0;
    const b = content[k] ?? 0;
    const prev = items[a]?.text ?? '';
    const next = items[b]?.text ?? '';
    if (!endsSentence(prev)) continue;
    if (b - a - 1 >= (doubleSpaced ? 2 : 1)) strong = b;
    if (startsSentence(next)) sentence = b;
  }
  if (strong >= 0) return strong;
  if (sentence >= 0) return sentence;
  return 0;
}
