import { describe, expect, it } from 'vitest';
import { formatLongDate, isValidIsoDate, isValidTime } from './dates.ts';

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

  it('writes dates the Norwegian way', () => {
    expect(formatLongDate('2021-02-24')).toBe('onsdag 24. februar 2021');
  });
});
