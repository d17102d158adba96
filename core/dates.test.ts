import { describe, expect, it } from 'vitest';
import { formatLongDate, isValidIsoDate, isValidTime, osloToday } from './dates.ts';

describe('dates', () => {
  it('refuses dates that do not exist', () => {
    expect(isValidIsoDate('2026-02-28')).toBe(true);
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('26-1-1')).toBe(false);
  });

  it('refuses impossible times', () => {
    expect(isValidTime('09:30')).toBe(true);
    expect(isValidTime('24:00')).toBe(false);
    expect(isValidTime('9:30')).toBe(false);
    expect(isValidTime('10:60')).toBe(false);
  });

  it('knows the date in Norway around midnight UTC', () => {
    expect(osloToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(osloToday(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(osloToday(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('writes dates the Norwegian way', () => {
    expect(formatLongDate('2021-02-24')).toBe('onsdag 24. februar 2021');
  });
});
