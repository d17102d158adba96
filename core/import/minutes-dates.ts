/**
 * Norwegian date and time lines in minutes: "Onsdag 24. februar 2021, kl. 09:00 – 12.00",
 * "Dato Onsdag 21. mai 2025", "KL. 10 - 15", nynorsk weekdays ("måndag", "tysdag", "laurdag").
 * Every pattern is linear (no nested quantifiers), and callers pass bounded text.
 */
import { isValidIsoDate } from '../dates.ts';

const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  desember: 12,
  des: 12,
};

/** Weekday names in bokmål and nynorsk, as getUTCDay() numbers. */
const WEEKDAYS: Record<string, number> = {
  søndag: 0,
  sundag: 0,
  mandag: 1,
  måndag: 1,
  tirsdag: 2,
  tysdag: 2,
  onsdag: 3,
  torsdag: 4,
  fredag: 5,
  lørdag: 6,
  laurdag: 6,
};

const MONTH_NAMES = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
const WEEKDAY_NAMES = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

// Longer alternatives first so "sept" wins over "sep".
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const WEEKDAY_ALT = Object.keys(WEEKDAYS).join('|');

const WRITTEN_DATE = new RegExp(
  `(?<![\\p{L}\\d])(?:(${WEEKDAY_ALT})\\s*,?\\s*(?:den\\s+)?)?(\\d{1,2})\\s*\\.?\\s*(${MONTH_ALT})\\.?\\s+(\\d{4})(?!\\d)`,
  'iu',
);
const NUMERIC_DATE = new RegExp(
  `(?<![\\p{L}\\d.])(?:(${WEEKDAY_ALT})\\s*,?\\s*(?:den\\s+)?)?(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?![\\d.]\\d)`,
  'iu',
);
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** Longest text searched for a date or time; date lines are short, a 10 MB line is not one. */
const MAX_SEARCH = 2000;

export type FoundDate = {
  /** "YYYY-MM-DD" */
  date: string;
  /** The weekday as written, lower case, or null. */
  weekday: string | null;
  /** Where the date text starts and ends in the searched string. */
  index: number;
  end: number;
  /** Norwegian description of what is wrong (weekday does not match), or null. */
  problem: string | null;
};

const pad = (n: number) => String(n).padStart(2, '0');

function toIso(year: number, month: number, day: number): string | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isValidIsoDate(iso) ? iso : null;
}

function fullYear(written: string): number {
  const y = Number(written);
  return written.length === 2 ? 2000 + y : y;
}

function weekdayProblem(iso: string, weekday: string | null): string | null {
  if (!weekday) return null;
  const expected = WEEKDAYS[weekday.toLowerCase()];
  const actual = new Date(`${iso}T00:00:00Z`).getUTCDay();
  if (expected === undefined || expected === actual) return null;
  const [y, m, d] = iso.split('-').map(Number);
  const written = `${d}. ${MONTH_NAMES[(m ?? 1) - 1]} ${y}`;
  return `Ukedagen «${weekday}» stemmer ikke med datoen ${written}, som er en ${WEEKDAY_NAMES[actual]}.`;
}

/**
 * The first date in the text: "Onsdag 24. februar 2021", "måndag 3. mars 2025", "24.02.2021",
 * "2021-02-24". Impossible dates ("31. februar 2021") are skipped.
 */
export function findNorwegianDate(text: string): FoundDate | null {
  const s = text.length > MAX_SEARCH ? text.slice(0, MAX_SEARCH) : text;
  const candidates: FoundDate[] = [];
  const written = WRITTEN_DATE.exec(s);
  if (written) {
    const month = MONTHS[(written[3] ?? '').toLowerCase()];
    const iso = month ? toIso(Number(written[4]), month, Number(written[2])) : null;
    if (iso) candidates.push(found(iso, written[1] ?? null, written.index, written[0].length));
  }
  const numeric = NUMERIC_DATE.exec(s);
  if (numeric) {
    const iso = toIso(fullYear(numeric[4] ?? ''), Number(numeric[3]), Number(numeric[2]));
    if (iso) candidates.push(found(iso, numeric[1] ?? null, numeric.index, numeric[0].length));
  }
  const isoMatch = ISO_DATE.exec(s);
  if (isoMatch) {
    const iso = toIso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
    if (iso) candidates.push(found(iso, null, isoMatch.index, isoMatch[0].length));
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

function found(iso: string, weekday: string | null, index: number, length: number): FoundDate {
  return {
    date: iso,
    weekday: weekday ? weekday.toLowerCase() : null,
    index,
    end: index + length,
    problem: weekdayProblem(iso, weekday),
  };
}

export type FoundTimes = { start: string; end: string | null; problem: string | null };

const HOUR = '([01]?\\d|2[0-4])';
const MINUTE = '(?:\\s*[.:]\\s*([0-5]\\d))?';
const DASH = '\\s*(?:-|–|—|til)\\s*';
// "kl. 09:00 – 12.00", "KL. 10 - 15", "kl 10", "fra kl. 10 til kl. 15"
const KL_RANGE = new RegExp(
  `(?<![\\p{L}])kl(?:okka|okken)?\\s*\\.?\\s*${HOUR}${MINUTE}(?:${DASH}(?:kl\\s*\\.?\\s*)?${HOUR}${MINUTE})?(?!\\d)`,
  'iu',
);
// "10:00–13:45", "09.00 - 12.00" without "kl.": both ends need minutes to count.
const BARE_RANGE = new RegExp(
  `(?<![\\d.:])${HOUR}\\s*[.:]\\s*([0-5]\\d)${DASH}${HOUR}\\s*[.:]\\s*([0-5]\\d)(?![\\d])`,
  'iu',
);

function hhmm(hour: string | undefined, minute: string | undefined): string | null {
  if (hour === undefined) return null;
  const h = Number(hour);
  if (h > 24 || (h === 24 && minute && minute !== '00')) return null;
  return `${pad(h === 24 ? 0 : h)}:${minute ?? '00'}`;
}

/** Start and end time of a meeting: "kl. 09:00 – 12.00", "KL. 10 - 15", "10:00–13:45". */
export function findTimeRange(text: string): FoundTimes | null {
  const s = text.length > MAX_SEARCH ? text.slice(0, MAX_SEARCH) : text;
  const kl = KL_RANGE.exec(s);
  let start: string | null = null;
  let end: string | null = null;
  if (kl) {
    start = hhmm(kl[1], kl[2]);
    end = hhmm(kl[3], kl[4]);
  } else {
    const bare = BARE_RANGE.exec(s);
    if (bare) {
      start = hhmm(bare[1], bare[2]);
      end = hhmm(bare[3], bare[4]);
    }
  }
  if (!start) return null;
  const problem =
    end && end <= start ? `Sluttiden ${end} er ikke etter starttiden ${start}.` : null;
  return { start, end, problem };
}

export type DateTimeLine = {
  date: string | null;
  start: string | null;
  end: string | null;
  /** Norwegian descriptions of what looked wrong. */
  problems: string[];
};

/**
 * Date and times on one line, as minutes write them:
 * "Mandag 14. september 2020, kl. 10:00 – 13:45". Times are looked for after the date so that
 * "24.02.2021" is not read as a time.
 */
export function parseDateTimeLine(text: string): DateTimeLine {
  const s = text.length > MAX_SEARCH ? text.slice(0, MAX_SEARCH) : text;
  const date = findNorwegianDate(s);
  const rest = date ? `${s.slice(0, date.index)} ${s.slice(date.end)}` : s;
  const times = findTimeRange(rest);
  const problems: string[] = [];
  if (date?.problem) problems.push(date.problem);
  if (times?.problem) problems.push(times.problem);
  return {
    date: date?.date ?? null,
    start: times?.start ?? null,
    end: times?.end ?? null,
    problems,
  };
}
