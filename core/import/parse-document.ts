/**
 * The importer's entry point for one document's text: split into numbered lines, strip page
 * furniture, find the minutes segments (heading, extended back over attendance blocks that
 * extraction put before it), read everything else as case papers, and group the cases by
 * meeting. One file may hold several meetings (case papers with the previous minutes attached).
 * Total: it never throws; what is unclear becomes a warning pointing at a line.
 */
import {
  findMeetingNumber,
  formatMeetingRef,
  type MeetingRef,
  parseCaseNumberAt,
} from './case-numbers.ts';
import {
  LineIndex,
  parseAttachmentMarker,
  parseCasePapers,
  type Region,
  type TitleMark,
  titleBetween,
} from './case-papers.ts';
import { parseMinutes } from './minutes.ts';
import { casePaperTitle, stripPageFurniture } from './page-furniture.ts';
import { isBlank, splitLines, warning } from './source-text.ts';
import {
  emptyAttendance,
  type ImportedCase,
  type ImportedMeeting,
  type ImportResult,
  type ImportWarning,
  type SourceLine,
} from './types.ts';

const MAX_HEADING_CHARS = 120;
/** How far back from a minutes heading its attendance blocks may start. */
const MAX_LOOKBACK_LINES = 250;

const MINUTES_WORD = /^(?:referat|møtereferat|protokoll|møteprotokoll)(?!\p{L})/iu;
// "HelseOmsorg21-rådet, referat møte 2/2025": a council name and a comma before the word.
const COUNCIL_BEFORE = /^[^,]{1,60},\s{0,3}/u;
const ATTENDANCE_START =
  /^(?:til\s{0,2}stede|tilstede|forfall|meldt\s+forfall|frafall|fråvær|fraværende|observatør|møtende\s+vara|vara(?:medlem)?|dato|sted|stad|tid(?:spunkt)?|møteleder|møteleiar|referent|deltakere|deltagere)(?!\p{L})/iu;

type MinutesHeading = { index: number; meeting: MeetingRef | null };

/** "Referat Møte 2/2021", "Referat fra rådsmøte 2/2021", "Referat" + "Møte 2/2021" below it. */
export function minutesHeadingAt(lines: readonly SourceLine[], i: number): MinutesHeading | null {
  const raw = lines[i]?.text.trim() ?? '';
  if (raw === '' || raw.length > MAX_HEADING_CHARS) return null;
  if (!/referat|protokoll/iu.test(raw)) return null;
  const withoutCouncil = MINUTES_WORD.test(raw) ? raw : raw.replace(COUNCIL_BEFORE, '');
  const m = MINUTES_WORD.exec(withoutCouncil);
  if (!m) return null;
  const rest = withoutCouncil.slice(m[0].length).trim();
  if (rest === '') {
    // The word alone; the meeting on one of the next lines.
    for (let k = i + 1, seen = 0; k < lines.length && seen < 3; k++) {
      const t = lines[k]?.text.trim() ?? '';
      if (t === '') continue;
      seen++;
      if (/^(?:råds)?møte(?!\p{L})/iu.test(t)) return { index: i, meeting: findMeetingNumber(t) };
    }
    return null;
  }
  // "fra møte 2/2021", "Møte 2/2021", "fra rådsmøte 14. september 2020", "fra møtet i rådet".
  if (!/^(?:(?:fra|frå)\s+(?:det\s+)?)?(?:\d{1,2}\.\s*)?(?:råds)?møte/iu.test(rest)) return null;
  return { index: i, meeting: findMeetingNumber(rest) };
}

function attendanceNear(lines: readonly SourceLine[], i: number): boolean {
  for (let k = Math.max(0, i - 40), seen = 0; k < lines.length && seen < 60; k++) {
    const t = lines[k]?.text.trim() ?? '';
    if (t === '') continue;
    seen++;
    if (k !== i && ATTENDANCE_START.test(t)) return true;
  }
  return false;
}

type Segment = { start: number; end: number; heading: MinutesHeading };

/** A line that belongs to a case paper: header, section label, "Type sak", attachment marker. */
function casePaperLine(index: LineIndex, i: number): boolean {
  const t = index.lines[i]?.text ?? '';
  if (isBlank(t)) return false;
  const startsLikeNumber = /^\s*(?:sak|vedlegg|\d)/i.test(t);
  if (startsLikeNumber && parseAttachmentMarker(t)) return true;
  const section = index.section(i);
  if (section && (section.key === 'reason' || section.key === 'proposedDecision')) return true;
  const header = index.header(i);
  if (header && (header.key === 'type' || header.key === 'officers' || header.key === 'previous'))
    return true;
  if (!startsLikeNumber) return false;
  const n = parseCaseNumberAt(t);
  return n !== null && /^sak/i.test(n.raw) && index.caseHeader(i) !== null;
}

function findMinutesSegments(index: LineIndex, titles: readonly TitleMark[]): Segment[] {
  const { lines } = index;
  const headings: MinutesHeading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = minutesHeadingAt(lines, i);
    // Without a meeting number, only minutes with a date or attendance near the heading count
    // ("Referat fra møte i arbeidsgruppen" inside an attachment does not).
    if (h && (h.meeting || attendanceNear(lines, i))) headings.push(h);
  }
  const segments: Segment[] = [];
  let k = 0;
  while (k < headings.length) {
    const heading = headings[k] as MinutesHeading;
    const floor = segments[segments.length - 1]?.end ?? 0;
    // Attendance blocks extraction put before the heading belong to the minutes.
    let start = heading.index;
    for (let j = heading.index - 1; j >= floor && heading.index - j <= MAX_LOOKBACK_LINES; j--) {
      const t = lines[j]?.text.trim() ?? '';
      if (t === '') continue;
      if (titleBetween(titles, lines[j]?.line ?? 0, lines[j + 1]?.line ?? 0)) break;
      if (casePaperLine(index, j) || index.header(j) || index.section(j)) break;
      if (ATTENDANCE_START.test(t)) start = j;
    }
    // The minutes run to the next case paper, attachment marker or other minutes.
    let end = lines.length;
    let next = k + 1;
    for (let j = heading.index + 1; j < lines.length; j++) {
      const nextHeading = headings[next];
      if (nextHeading && nextHeading.index === j) {
        const sameMeeting =
          nextHeading.meeting === null ||
          (heading.meeting !== null &&
            formatMeetingRef(nextHeading.meeting) === formatMeetingRef(heading.meeting));
        // A repeated heading of the same meeting is a running header, not new minutes.
        if (!sameMeeting) {
          end = j;
          break;
        }
        next++;
        continue;
      }
      if (titleBetween(titles, lines[j - 1]?.line ?? 0, lines[j]?.line ?? 0)) {
        end = j;
        break;
      }
      if (casePaperLine(index, j)) {
        end = j;
        break;
      }
    }
    segments.push({ start, end, heading });
    while (next < headings.length && (headings[next]?.index ?? 0) < end) next++;
    k = next;
  }
  return segments;
}

function emptyCasePapersMeeting(number: string | null, council: string | null): ImportedMeeting {
  return {
    council,
    number,
    date: null,
    start: null,
    end: null,
    place: null,
    kind: 'case-papers',
    attendance: emptyAttendance(),
    cases: [],
  };
}

const mostCommon = (values: readonly (string | null)[]): string | null => {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
};

/** A surname alone ("Blankson") where the document names the person in full elsewhere. */
function completeOfficerNames(
  cases: { imported: ImportedCase; line: number }[],
  file: string,
  warnings: ImportWarning[],
) {
  const fullNames = new Set<string>();
  for (const { imported } of cases) {
    for (const n of [...imported.caseOfficers, imported.sender ?? ''])
      if (n.includes(' ')) fullNames.add(n);
  }
  for (const { imported, line } of cases) {
    imported.caseOfficers = imported.caseOfficers.map((name) => {
      if (name.includes(' ')) return name;
      const matches = [...fullNames].filter((f) => f.endsWith(` ${name}`));
      const only = matches[0];
      if (matches.length !== 1 || !only || imported.caseOfficers.includes(only)) return name;
      warnings.push(
        warning(
          file,
          `Saksbehandler «${name}» i sak ${imported.number} er tolket som «${only}»`,
          line,
        ),
      );
      return only;
    });
  }
}

function parse(text: string, file: string): ImportResult {
  const warnings: ImportWarning[] = [];
  const split = splitLines(text, file);
  warnings.push(...split.warnings);
  if (text.trim() === '') {
    return { meetings: [], warnings: [...warnings, warning(file, 'Dokumentet er tomt', 1)] };
  }
  if (split.controlChars > Math.max(8, text.length / 50)) {
    warnings.push(
      warning(
        file,
        'Dokumentet inneholder mange tegn som ikke er tekst; det kan være et binært eller skadet dokument',
        1,
      ),
    );
  }

  const { lines, removed } = stripPageFurniture(split.lines);
  const titles: TitleMark[] = [];
  for (const r of removed) {
    if (r.kind !== 'case-paper-title') continue;
    titles.push({ line: r.line, meeting: casePaperTitle(r.text)?.meeting ?? null });
  }
  const index = new LineIndex(lines);

  const segments = findMinutesSegments(index, titles);
  const regions: Region[] = [];
  let from = 0;
  for (const s of segments) {
    if (s.start > from) regions.push({ start: from, end: s.start });
    from = s.end;
  }
  if (from < lines.length) regions.push({ start: from, end: lines.length });

  const papers = parseCasePapers(index, regions, titles, file);
  warnings.push(...papers.warnings);
  completeOfficerNames(papers.cases, file, warnings);

  // Meetings in the order they first appear: case papers grouped by meeting, and minutes.
  type Placed = { line: number; meeting: ImportedMeeting };
  const placed: Placed[] = [];
  const titleMeeting = titles.find((t) => t.meeting)?.meeting ?? null;
  const groups = new Map<string, { line: number; cases: typeof papers.cases }>();
  for (const c of papers.cases) {
    const ref = c.meeting ?? titleMeeting;
    const key = ref ? formatMeetingRef(ref) : '';
    const group = groups.get(key) ?? { line: c.line, cases: [] };
    group.cases.push(c);
    groups.set(key, group);
  }
  for (const [key, group] of groups) {
    const meeting = emptyCasePapersMeeting(
      key === '' ? null : key,
      mostCommon(group.cases.map((c) => c.to)),
    );
    meeting.cases = group.cases.map((c) => c.imported);
    placed.push({ line: group.line, meeting });
  }

  for (const s of segments) {
    const segmentLines = lines.slice(s.start, s.end);
    const found = parseMinutes(segmentLines, { file });
    warnings.push(...found.warnings);
    if (!found.meeting.number && s.heading.meeting) {
      found.meeting.number = formatMeetingRef(s.heading.meeting);
    }
    placed.push({ line: segmentLines[0]?.line ?? 1, meeting: found.meeting });
  }
  placed.sort((a, b) => a.line - b.line);

  if (placed.length === 0) {
    warnings.push(
      warning(file, 'Fant verken saksframlegg eller referat i dokumentet', lines[0]?.line ?? 1),
    );
  }
  return { meetings: placed.map((p) => p.meeting), warnings };
}

/** Of each kind of warning (numbers aside) only so many are kept; junk must not flood the review. */
const MAX_WARNINGS_OF_A_KIND = 25;
const MAX_WARNINGS = 300;

function capWarnings(warnings: ImportWarning[], file: string): ImportWarning[] {
  const perKind = new Map<string, number>();
  const kept: ImportWarning[] = [];
  let dropped = 0;
  for (const w of warnings) {
    const kind = w.message.replace(/\d+/g, '#').replace(/«[^»]*»/g, '«»');
    const count = (perKind.get(kind) ?? 0) + 1;
    perKind.set(kind, count);
    if (count > MAX_WARNINGS_OF_A_KIND || kept.length >= MAX_WARNINGS) dropped++;
    else kept.push(w);
  }
  if (dropped > 0) {
    kept.push({
      file,
      message: `${dropped} advarsler til er utelatt; de ligner advarslene over`,
      at: kept[kept.length - 1]?.at ?? 'linje 1',
    });
  }
  return kept;
}

/** Reads one document's text (PDF or DOCX already turned into text). Never throws. */
export function parseDocument(text: string, file: string): ImportResult {
  try {
    const result = parse(typeof text === 'string' ? text : '', file);
    return { meetings: result.meetings, warnings: capWarnings(result.warnings, file) };
  } catch (error) {
    return {
      meetings: [],
      warnings: [
        warning(
          file,
          `Dokumentet kunne ikke leses (${error instanceof Error ? error.message : String(error)})`,
          1,
        ),
      ],
    };
  }
}
