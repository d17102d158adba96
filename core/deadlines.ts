/**
 * Deadlines are calendar days in Norway: "merknadsfrist 9. mars" means until the end of
 * 9 March, Oslo time, whatever the UTC offset is that day (CET +1, CEST +2).
 */
import { osloToday } from './dates.ts';

export const DEFAULT_COMMENT_DAYS = 7;

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Minutes Oslo is ahead of UTC at this instant. */
function osloOffsetMinutes(instant: Date): number {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  const at = (key: string) => p[key] ?? 0;
  const asUtc = Date.UTC(
    at('year'),
    at('month') - 1,
    at('day'),
    at('hour'),
    at('minute'),
    at('second'),
  );
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant at which an Oslo wall-clock time occurs (YYYY-MM-DD, HH:MM:SS). */
export function osloWallTimeToInstant(isoDate: string, time = '00:00:00'): Date {
  const naive = new Date(`${isoDate}T${time}Z`);
  // Two passes settle the offset even on the day it changes.
  let instant = new Date(naive.getTime() - osloOffsetMinutes(naive) * 60_000);
  instant = new Date(naive.getTime() - osloOffsetMinutes(instant) * 60_000);
  return instant;
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** The last moment of a calendar day in Oslo: 23:59:59.999 local time. */
export function endOfOsloDay(isoDate: string): Date {
  return new Date(osloWallTimeToInstant(addDays(isoDate, 1)).getTime() - 1);
}

/** The default comment deadline: the end of the day, in Oslo, `days` days from now. */
export function commentDeadline(now: Date, days = DEFAULT_COMMENT_DAYS): Date {
  return endOfOsloDay(addDays(osloToday(now), days));
}

export function isPastDeadline(deadline: Date, now: Date): boolean {
  return now.getTime() > deadline.getTime();
}

const display = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "9. mars 2021 kl. 23:59" in Oslo time. */
export function formatOsloDateTime(instant: Date): string {
  // ICU writes "1. april 2026 kl. 23:59" in some versions and "1. april 2026, 23:59" in others.
  return display.format(instant).replace(/(\d{4})(?:,| kl\.) /, '$1 kl. ');
}
