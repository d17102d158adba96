import { addDays, daysBetween } from './deadlines.ts';
/**
 * The single expressions a date text is read from ("22.12.2025", "mars 2026", "våren",
 * "uke 12 2026"), each with the period it stands for. `uncertain-dates.ts` joins them into
 * ranges and picks one. All arithmetic is on calendar dates in UTC.
 */

/** ISO YYYY-MM-DD, inclusive. */
export type Period = { from: string; to: string };

/**
 * What one expression stands for. `period` is null for a part that is read only as the start
 * of a range ("mars" in "mars–april 2026", "1." in "1.–15. desember 2025"). A part without a
 * year has `before`: its period when the part after a range separator gives the year.
 */
export type Reading = { period: Period | null; before?: (next: Period) => Period | null };

/** One expression found in a text; `reading` is null when it looks like a date but is none. */
export type Part = { start: number; end: number; reading: Reading | null };

type Reader = { pattern: RegExp; read: (m: RegExpMatchArray, today: string) => Reading | null };

const DAY_MS = 86_400_000;
export const L = 'a-zæøå';
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
/** Words that make "3.4" a chapter or section rather than the 3rd of April. */
const REFERENCE = String.raw`(?:kap|kapittel|punkt|pkt|avsnitt|tabell|figur|vedlegg|versjon|§)\.? ?`;

const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const spanDays = (p: Period) => daysBetween(p.from, p.to);
const inRange = (year: number) => year >= 1990 && year <= 2100;
/** Two-digit years are this century: "16.9.25" is 2025. */
const yearOf = (text: string) => (text.length === 2 ? 2000 : 0) + Number(text);
const ordinal = (word: string) => ORDINALS[word] ?? Number.parseInt(word, 10);
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3)) + 1;
const fixed = (period: Period | null): Reading | null => period && { period };

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

/** Monday of ISO week `first` to Sunday of week `last`; null when the year has no such week. */
function isoWeeks(year: number, first: number, last: number): Period | null {
  const jan4 = Date.UTC(year, 0, 4);
  const monday = (week: number) =>
    jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (week - 1) * 7 * DAY_MS;
  // A week belongs to the year its Thursday is in.
  const inYear = (week: number) => new Date(monday(week) + 3 * DAY_MS).getUTCFullYear() === year;
  if (!inRange(year) || first > last || !inYear(first) || !inYear(last)) return null;
  return { from: isoOf(monday(first)), to: isoOf(monday(last) + 6 * DAY_MS) };
}

/**
 * A part without a year. In a range it takes the next part's year, or the year before when it
 * would otherwise start after the next part ends ("desember–januar 2026" starts in December 2025).
 */
function yearless(period: Period | null, build: (year: number) => Period | null): Reading {
  return {
    period,
    before: (next) => {
      const year = Number(next.from.slice(0, 4));
      const own = build(year);
      return own && own.from > next.to ? build(year - 1) : own;
    },
  };
}

/** A period in the given year; without one, this year's, or next year's when it is over. */
function yearly(year: string | undefined, today: string, build: (y: number) => Period | null) {
  if (year) return inRange(Number(year)) ? fixed(build(Number(year))) : null;
  const current = build(Number(today.slice(0, 4)));
  const period = current && current.to >= today ? current : build(Number(today.slice(0, 4)) + 1);
  return period && yearless(period, build);
}

/** Day and month without a year: this year's, unless more than half a year past, then next year's. */
function nearestDay(day: number, month: number, today: string): Reading | null {
  const year = Number(today.slice(0, 4));
  const thisYear = exactDay(year, month, day);
  const period =
    thisYear && thisYear.from >= addDays(today, -183) ? thisYear : exactDay(year + 1, month, day);
  return period && yearless(period, (y) => exactDay(y, month, day));
}

/** "1." in "1.–15. desember 2025": that day in the next day's month, or in the month before. */
function dayBefore(day: number, next: Period): Period | null {
  if (next.from !== next.to) return null; // "1.–2. kvartal" is not the 1st of April
  const [year, month] = [Number(next.from.slice(0, 4)), Number(next.from.slice(5, 7))];
  const same = exactDay(year, month, day);
  if (same && same.from <= next.from) return same;
  return month === 1 ? exactDay(year - 1, 12, day) : exactDay(year, month - 1, day);
}

const READERS: Reader[] = [
  {
    pattern: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
    read: (m) => fixed(exactDay(Number(m[1]), Number(m[2]), Number(m[3]))),
  },
  {
    pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/g,
    read: (m) => fixed(exactDay(yearOf(m[3] ?? ''), Number(m[2]), Number(m[1]))),
  },
  {
    // "22.12." and "1.12" without a year, but not "22.12.2025", "22.12. 2025" or "kap. 3.4".
    pattern: new RegExp(
      String.raw`(?<![\d.])(?<!${REFERENCE})(\d{1,2})\.(\d{1,2})\.?(?![.\d]| \d)`,
      'g',
    ),
    read: (m, today) => nearestDay(Number(m[1]), Number(m[2]), today),
  },
  {
    pattern: new RegExp(String.raw`(?<![\d.])(\d{1,2})\.? ?${MONTH}(?: (\d{4})(?!\d))?`, 'g'),
    read: (m, today) => {
      const [day, month] = [Number(m[1]), monthNumber(m[2] ?? '')];
      return m[3] ? fixed(exactDay(Number(m[3]), month, day)) : nearestDay(day, month, today);
    },
  },
  {
    // Only as the start of a range: "1." in "1.–15. desember 2025".
    pattern: /(?<![\d.])(\d{1,2})\.(?= ?[–—/-]| (?:til|eller|og) )/g,
    read: (m) => ({ period: null, before: (next) => dayBefore(Number(m[1]), next) }),
  },
  {
    pattern: new RegExp(String.raw`(?<![${L}])${MONTH} (\d{4})(?!\d)`, 'g'),
    read: (m) => {
      // "før jul 2026" is Christmas, not July.
      if (m[0].startsWith('jul ') || !inRange(Number(m[2]))) return null;
      const month = monthNumber(m[1] ?? '');
      return fixed(months(Number(m[2]), month, month));
    },
  },
  {
    // Only as the start of a range: "mars" in "mars–april 2026".
    pattern: new RegExp(`(?<![${L}])${MONTH}`, 'g'),
    read: (m) => {
      const month = monthNumber(m[1] ?? '');
      return m[1] === 'jul' ? { period: null } : yearless(null, (y) => months(y, month, month));
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
        ? fixed(months(from, 12, 2, to))
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
    // ISO weeks, Monday to Sunday: "uke 12 2026", "veke 12", "uke 12/2026", "uke 12–14 2026".
    pattern: new RegExp(
      String.raw`(?<![${L}])(?:uke|veke) (\d{1,2})(?: ?[–—-] ?(\d{1,2}))?(?!\d)(?:(?:,? |\/)(\d{4})(?!\d))?`,
      'g',
    ),
    read: (m, today) => yearly(m[3], today, (y) => isoWeeks(y, Number(m[1]), Number(m[2] ?? m[1]))),
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
    read: (m) => fixed(inRange(Number(m[1])) ? months(Number(m[1]), 1, 12) : null),
  },
];

/** Every expression in `text` (lower case, whitespace collapsed), overlapping ones included. */
export function findParts(text: string, today: string): Part[] {
  return READERS.flatMap(({ pattern, read }) =>
    [...text.matchAll(pattern)].map((m) => {
      const start = m.index ?? 0;
      return { start, end: start + m[0].length, reading: read(m, today) };
    }),
  );
}
