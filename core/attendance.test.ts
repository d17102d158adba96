import { describe, expect, it } from 'vitest';
import { attendanceNotes, timeSpanProblem } from './attendance.ts';

const facts = { presence: 'present' as const, timeSpans: [], caseNumbers: [], substituteFor: null };

describe('attendance', () => {
  it('writes partial presence the way the minutes do', () => {
    expect(
      attendanceNotes({
        ...facts,
        presence: 'digital',
        timeSpans: [
          { from: '13:00', to: '13:45' },
          { from: '10:00', to: '12:00' },
        ],
      }),
    ).toEqual(['digitalt', '10.00–12.00, 13.00–13.45']);
    expect(attendanceNotes({ ...facts, caseNumbers: ['21/2/2025'] })).toEqual(['sak 21/2/2025']);
    expect(
      attendanceNotes({
        ...facts,
        substituteFor: 'Kari Haugen',
        timeSpans: [{ from: '10:00', to: '11:30' }],
      }),
    ).toEqual(['for Kari Haugen', '10.00–11.30']);
    expect(attendanceNotes(facts)).toEqual([]);
  });

  it('refuses spans that end before they start or overlap', () => {
    expect(
      timeSpanProblem([
        { from: '10:00', to: '11:30' },
        { from: '13:00', to: '13:45' },
      ]),
    ).toBeNull();
    expect(timeSpanProblem([{ from: '11:00', to: '10:00' }])).toBe(
      'Tidsrommet 11.00–10.00 slutter før det begynner.',
    );
    expect(
      timeSpanProblem([
        { from: '10:00', to: '12:00' },
        { from: '11:00', to: '13:00' },
      ]),
    ).toBe('Tidsrommene 10.00–12.00 og 11.00–13.00 overlapper.');
    expect(timeSpanProblem([{ from: '9.00', to: '10:00' }])).toBe(
      'Klokkeslett må skrives TT:MM, f.eks. 10:00.',
    );
  });
});
