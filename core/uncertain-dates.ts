/**
 * Policy documents give dates in uncertain wording ("våren 2026", "innen utgangen av 2025").
 * We keep the wording with the period it can fall in, and sort and warn by the earliest date.
 * All arithmetic is on calendar dates in UTC, so the local time zone never shifts a day.
 */

/** A date as worded, with the period it can fall in (ISO YYYY-MM-DD, inclusive). */
export type UncertainDate = { text: string; from: string; to: string };

type Period = { from: string; to: string };
type Reader = { pattern: RegExp; read: (m: RegExpMatchArray, today: string) => Period | null };

const DAY_MS = 86_400_000;
const L = 'a-zæøå';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];
// Full names before abbreviations; nynorsk month names are the same as bokmål.
const MONTH = String.raw`(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|des)\.?(?![${L}])`;
const ORDINALS: Record<string, number> = { første: 1, fyrste: 1, andre: 2, tredje: 3, fjerde: 4 };
/** First and last month of each season, keyed by the word's first two letters. */
const SEASONS: Record<string, [number, number]> = {
  vå: [1, 6], // the spring session, as the government uses "våren"
  so: [6, 8],
  hø: [8, 12],
  ha: [8, 12],
  vi: [1, 2],
};
const PARTS: Record<string, [number, number]> = {
  starten: [1, 3],
  begynnelsen: [1, 3],
  byrjinga: [1, 3],
  midten: [5, 8],
  slutten: [10, 12],
  utgangen: [10, 12],
};
/** A word just before the expression that turns it into a deadline or a lower bound. */
const MODIFIER = new RegExp(
  `(?:^|[^${L}])(innen|innan|senest|seinast|før|fra|frå|etter)(?: den| i)? $`,
);

const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const addDays = (iso: string, days: number) => isoOf(msOf(iso) + days * DAY_MS);
const spanDays = (p: Period) => (msOf(p.to) - msOf(p.from)) / DAY_MS;
const inRange = (year: number) => year >= 1990 && year <= 2100;
/** Two-digit years are this century: "16.9.25" is 2025. */
const yearOf = (text: string) => (text.length === 2 ? 2000 : 0) + Number(text);
const ordinal = (word: string) => ORDINALS[word] ?? Number.parseInt(word, 10);

/** A single day, or null when it is not on the calendar (31.2) or the year is implausible. */
function exactDay(year: number, month: number, day: number): Period | null {
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (!inRange(year) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { from: isoOf(ms), to: isoOf(ms) };
}

/** Whole months from `first` in `year` to `last` in `lastYear`. */
function months(year: number, first: number, last: number, lastYear = year): Period {
  return { from: isoOf(Date.UTC(year, first - 1, 1)), to: isoOf(Date.UTC(lastYear, last, 0)) };
}

/** A period in the given year; without one, this year's, or next year's when it is over. */
function yearly(year: string | undefined, today: string, build: (y: number) => Period) {
  if (year) return inRange(Number(year)) ? build(Number(year)) : null;
  const period = build(Number(today.slice(0, 4)));
  return period.to < today ? build(Number(today.slice(0, 4)) + 1) : period;
}

/** Day and month without a year: this year's, unless more than half a year past, then next year's. */
function nearestDay(day: number, month: number, today: string): Period | null {
  const year = Number(today.slice(0, 4));
  const thisYear = exactDay(year, month, day);
  if (thisYear && thisYear.from >= addDays(today, -183)) return thisYear;
  return exactDay(year + 1, month, day);
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3)) + 1;

const READERS: Reader[] = [
  {
    pattern: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
    read: (m) => exactDay(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/g,
    read: (m) => exactDay(yearOf(m[3] ?? ''), Number(m[2]), Number(m[1])),
  },
  {
    pattern: new RegExp(String.raw`(?<![\d.])(\d{1,2})\.? ?${MONTH}(?: (\d{4})(?!\d))?`, 'g'),
    read: (m, today) => {
      const [day, month] = [Number(m[1]), monthNumber(m[2] ?? '')];
      return m[3] ? exactDay(Number(m[3]), month, day) : nearestDay(day, month, today);
    },
  },
  {
    pattern: new RegExp(String.raw`(?<![${L}])${MONTH} (\d{4})(?!\d)`, 'g'),
    read: (m) => {
      // "før jul 2026" is Christmas, not July.
      if (m[0].startsWith('jul ') || !inRange(Number(m[2]))) return null;
      const month = monthNumber(m[1] ?? '');
      return months(Number(m[2]), month, month);
    },
  },
  {
    pattern: new RegExp(
      String.raw`(?<![${L}])(våren|sommeren|sommaren|høsten|hausten|vinteren|vår|sommer|sommar|høst|haust|vinter)(?![${L}])(?: (\d{4})(?:\/(\d{4}|\d{2}))?(?!\d))?`,
      'g',
    ),
    read: (m, today) => {
      const word = m[1] ?? '';
      const [first, last] = SEASONS[word.slice(0, 2)] ?? [1, 12];
      // "vår" alone is also "our"; only the definite form stands without a year.
      if (!m[2] && !word.endsWith('en')) return null;
      if (!m[3]) return yearly(m[2], today, (y) => months(y, first, last));
      const [from, to] = [Number(m[2]), yearOf(m[3])];
      return word.startsWith('vi') && to === from + 1 && inRange(from)
        ? months(from, 12, 2, to)
        : null;
    },
  },
  {
    pattern: new RegExp(
      String.raw`(?<![\d.${L}])(første|fyrste|andre|[12]\.) ?halvår(?:et)?(?![${L}])(?: (\d{4})(?!\d))?`,
      'g',
    ),
    read: (m, today) =>
      yearly(m[2], today, (y) => (ordinal(m[1] ?? '') === 1 ? months(y, 1, 6) : months(y, 7, 12))),
  },
  {
    pattern: new RegExp(
      String.raw`(?<![\d.${L}])(første|fyrste|andre|tredje|fjerde|[1-4]\.) ?kvartal(?:et)?(?![${L}])(?: (\d{4})(?!\d))?`,
      'g',
    ),
    read: (m, today) => {
      const quarter = ordinal(m[1] ?? '');
      return yearly(m[2], today, (y) => months(y, quarter * 3 - 2, quarter * 3));
    },
  },
  {
    pattern: new RegExp(
      String.raw`(?<![${L}])(starten|begynnelsen|byrjinga|midten|slutten|utgangen) (?:av|på) (\d{4})(?!\d)`,
      'g',
    ),
    read: (m, today) => {
      const [first, last] = PARTS[m[1] ?? ''] ?? [1, 12];
      return yearly(m[2], today, (y) => months(y, first, last));
    },
  },
  {
    pattern: /(?<!\d)(\d{4})(?!\d)/g,
    read: (m) => (inRange(Number(m[1])) ? months(Number(m[1]), 1, 12) : null),
  },
];

/** "innen X" runs from today (at latest X's end) to X's end; "etter X" is the year after X. */
function applyModifier(before: string, period: Period, today: string): Period {
  const word = MODIFIER.exec(before)?.[1];
  if (word === 'etter') return { from: addDays(period.to, 1), to: addDays(period.to, 365) };
  if (!word || word === 'fra' || word === 'frå') return period;
  return { from: today < period.to ? today : period.to, to: period.to };
}

/** Reads a Norwegian date expression; null when no date can be read from it. `today` (ISO) is the reference for "innen …" and for day-month without year. */
export function parseUncertainDate(text: string, today: string): UncertainDate | null {
  const clean = text.trim().replace(/\s+/g, ' ');
  const lower = clean.toLowerCase();
  const found = READERS.flatMap(({ pattern, read }) =>
    [...lower.matchAll(pattern)].map((m) => {
      const [start, period] = [m.index ?? 0, read(m, today)];
      return { start, end: start + m[0].length, period, span: period ? spanDays(period) : 0 };
    }),
  );
  // Something that looks like a date but is not ("31.2.2025") hides its parts ("2025").
  const rejected = found.filter((f) => !f.period);
  let best: (typeof found)[number] | undefined;
  for (const f of found) {
    if (!f.period || rejected.some((r) => r.start <= f.start && f.end <= r.end)) continue;
    // The most precise expression wins; among equally precise ones, the first.
    if (!best || f.span < best.span || (f.span === best.span && f.start < best.start)) best = f;
  }
  if (!best?.period) return null;
  return { text: clean, ...applyModifier(lower.slice(0, best.start), best.period, today) };
}

/** The earliest possible date, for sorting and warnings. */
export function earliestDate(d: UncertainDate): string {
  return d.from;
}

/** True when the period is a single day. */
export function isExactDate(d: UncertainDate): boolean {
  return d.from === d.to;
}

/** "22.12.2025" style short Norwegian date for an ISO date (no leading zeros). */
export function formatShortDate(iso: string): string {
  return `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Compare for sorting: by from, then to, then text. */
export function compareUncertainDates(a: UncertainDate, b: UncertainDate): number {
  return order(a.from, b.from) || order(a.to, b.to) || a.text.localeCompare(b.text, 'nb');
}
