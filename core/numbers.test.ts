import { describe, expect, it } from 'vitest';
import { formatCaseNumber, nextMeetingNumber, numberCasesOfYear } from './numbers.ts';

const meeting = (
  id: string,
  number: number,
  frozen: boolean,
  cases: [string, number | null][],
) => ({
  id,
  number,
  frozen,
  cases: cases.map(([caseId, n]) => ({ id: caseId, number: n })),
});

describe('case numbers', () => {
  it('formats N/M/YYYY', () => {
    expect(formatCaseNumber(19, 3, 2021)).toBe('19/3/2021');
  });

  it('gives the next meeting number in the year', () => {
    expect(nextMeetingNumber([])).toBe(1);
    expect(nextMeetingNumber([1, 2, 4])).toBe(5);
  });

  it('runs on across the meetings of a year in meeting and agenda order', () => {
    const result = numberCasesOfYear([
      meeting('m2', 2, false, [
        ['c', null],
        ['d', null],
      ]),
      meeting('m1', 1, false, [
        ['a', 5],
        ['b', 9],
      ]),
    ]);
    expect(result.ok && Object.fromEntries(result.numbers)).toEqual({ a: 1, b: 2, c: 3, d: 4 });
  });

  it('keeps the numbers of a meeting whose notice is sent and continues after them', () => {
    const result = numberCasesOfYear([
      meeting('m1', 1, true, [
        ['a', 1],
        ['b', 2],
        ['late', null],
      ]),
      meeting('m2', 2, false, [['c', 7]]),
    ]);
    expect(result.ok && Object.fromEntries(result.numbers)).toEqual({ a: 1, b: 2, late: 3, c: 4 });
  });

  it('reports a collision when a draft meeting would take a frozen number', () => {
    const result = numberCasesOfYear([
      meeting('m1', 1, false, [
        ['a', 1],
        ['b', 2],
        ['new', null],
      ]),
      meeting('m2', 2, true, [['c', 3]]),
    ]);
    expect(result).toEqual({ ok: false, caseId: 'new', number: 3, collidesWith: 'c' });
  });
});
