import { describe, expect, it } from 'vitest';
import {
  commentDeadline,
  endOfOsloDay,
  formatOsloDateTime,
  isPastDeadline,
  osloWallTimeToInstant,
} from './deadlines.ts';

describe('deadlines in Oslo time', () => {
  it('ends a winter day at 22:59:59.999 UTC and a summer day at 21:59:59.999 UTC', () => {
    expect(endOfOsloDay('2026-01-15').toISOString()).toBe('2026-01-15T22:59:59.999Z');
    expect(endOfOsloDay('2026-07-15').toISOString()).toBe('2026-07-15T21:59:59.999Z');
  });

  it('gives seven calendar days across the spring change to summer time', () => {
    // Sent Wednesday 25 March 2026 at 14:00 Oslo; clocks go forward on Sunday 29 March.
    const sent = osloWallTimeToInstant('2026-03-25', '14:00:00');
    expect(sent.toISOString()).toBe('2026-03-25T13:00:00.000Z');
    const deadline = commentDeadline(sent);
    expect(deadline.toISOString()).toBe('2026-04-01T21:59:59.999Z');
    expect(formatOsloDateTime(deadline)).toBe('1. april 2026 kl. 23:59');
  });

  it('gives seven calendar days across the autumn change back to winter time', () => {
    const sent = osloWallTimeToInstant('2026-10-21', '09:00:00');
    expect(commentDeadline(sent).toISOString()).toBe('2026-10-28T22:59:59.999Z');
  });

  it('counts from the Oslo date, not the UTC date, just after midnight', () => {
    // 00:30 in Oslo on 1 June is still 31 May in UTC.
    const sent = osloWallTimeToInstant('2026-06-01', '00:30:00');
    expect(sent.toISOString()).toBe('2026-05-31T22:30:00.000Z');
    expect(commentDeadline(sent, 7).toISOString()).toBe('2026-06-08T21:59:59.999Z');
  });

  it('accepts a comment at the last second and refuses one a moment later', () => {
    const deadline = endOfOsloDay('2026-03-09');
    expect(isPastDeadline(deadline, new Date(deadline.getTime()))).toBe(false);
    expect(isPastDeadline(deadline, new Date(deadline.getTime() + 1))).toBe(true);
  });
});
