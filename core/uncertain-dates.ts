/**
 * Policy documents give dates in uncertain wording ("våren 2026", "innen utgangen av 2025").
 * We keep the wording with the period it can fall in, and sort and warn by the earliest date.
 * All arithmetic is on calendar dates in UTC, so the local time zone never shifts a day.
 */

import { addDays } from './deadlines.ts';
import { findParts, L, type Part, type Period, spanDays } from './uncertain-date-parts.ts';

/** A date as worded, with the period it can fall in (ISO YYYY-MM-DD, inclusive). */
export type UncertainDate = { text: string; from: string; to: string };

/** A part, or a range of two; `head` is a range's first part, which gives a part before it its year. */
type Joined = Part & { head?: Period };

/** What may stand between the two ends of a range. */
const SEPARATOR = /^(?: ?[–—-] ?| ?\/ ?| (?:til|eller|og) )/;
/** A word just before the expression that turns it into a deadline or a lower bound. */
const MODIFIER = new RegExp(
  `(?:^|[^${L}])(innen|innan|senest|seinast|før|fra|frå|etter)(?: den| i)? $`,
);

// ISO dates compare as text.
const earlier = (x: string, y: string) => (x < y ? x : y);
const later = (x: string, y: string) => (x > y ? x : y);
const longest = (parts: Joined[]) =>
  parts.reduce<Joined | undefined>(
    (a, b) => (a && a.end - a.start >= b.end - b.start ? a : b),
    undefined,
  );

/** "2025/2031" is more likely a case number than two years; "2025/2026" is both years. */
function isCaseNumber(text: string, separator: string, a: Part, b: Part): boolean {
  const [first, second] = [text.slice(a.start, a.end), text.slice(b.start, b.end)];
  return (
    separator.trim() === '/' &&
    /^\d{4}$/.test(first) &&
    /^\d{4}$/.test(second) &&
    Number(second) !== Number(first) + 1
  );
}

/**
 * Joins two parts with a separator between them ("15. mai – 1. juni 2026") into one range, from
 * the earliest to the latest day of either. A first part without a year takes the second's.
 */
function joinRanges(parts: Part[], text: string): Joined[] {
  const all: Joined[] = [...parts];
  // From the right, so that "mars–april–mai 2026" joins "april–mai 2026" first, then "mars".
  const ends = [...new Set(parts.map((p) => p.end))].sort((x, y) => y - x);
  for (const end of ends) {
    const a = longest(parts.filter((p) => p.end === end));
    const separator = SEPARATOR.exec(text.slice(end))?.[0];
    if (!a?.reading || separator === undefined) continue;
    const b = longest(all.filter((p) => p.start === end + separator.length));
    const whole = b?.reading?.period;
    if (!b || !whole || isCaseNumber(text, separator, a, b)) continue;
    const head = b.head ?? whole;
    const first = a.reading.before ? a.reading.before(head) : a.reading.period;
    if (!first) continue;
    const period = { from: earlier(first.from, whole.from), to: later(first.to, whole.to) };
    all.push({ start: a.start, end: b.end, reading: { period }, head: first });
  }
  return all;
}

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
  const found = joinRanges(findParts(lower, today), lower);
  // Something that looks like a date but is not ("31.2.2025") hides its parts ("2025"),
  // and a range hides its ends.
  const hiding = found.filter((f) => !f.reading || f.head);
  let best: { start: number; period: Period; span: number } | undefined;
  for (const f of found) {
    const period = f.reading?.period;
    if (!period || hiding.some((h) => h !== f && h.start <= f.start && f.end <= h.end)) continue;
    // The most precise expression wins; among equally precise ones, the first.
    const span = spanDays(period);
    if (!best || span < best.span || (span === best.span && f.start < best.start)) {
      best = { start: f.start, period, span };
    }
  }
  if (!best) return null;
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
