import { describe, expect, it } from 'vitest';
import { findNorwegianDate, findTimeRange, parseDateTimeLine } from './minutes-dates.ts';

describe('minutes date lines', () => {
  it('reads the date lines the minutes use', () => {
    expect(parseDateTimeLine('Mandag 14. september 2020, kl. 10:00 – 13:45')).toEqual({
      date: '2020-09-14',
      start: '10:00',
      end: '13:45',
      problems: [],
    });
    expect(parseDateTimeLine('Dato Onsdag 24. februar 2021, kl. 09:00 – 12.00')).toEqual({
      date: '2021-02-24',
      start: '09:00',
      end: '12:00',
      problems: [],
    });
    expect(parseDateTimeLine('Onsdag 21. mai 2025')).toMatchObject({
      date: '2025-05-21',
      start: null,
      end: null,
    });
    expect(parseDateTimeLine('torsdag den 5. okt. 2023 kl 8.30-9.15')).toMatchObject({
      date: '2023-10-05',
      start: '08:30',
      end: '09:15',
    });
  });

  it('knows nynorsk weekdays', () => {
    expect(parseDateTimeLine('tysdag 3. desember 2019, kl. 10.00–14.30')).toMatchObject({
      date: '2019-12-03',
      start: '10:00',
      end: '14:30',
      problems: [],
    });
    for (const [line, date] of [
      ['måndag 2. mars 2020', '2020-03-02'],
      ['laurdag 7. mars 2020', '2020-03-07'],
      ['sundag 8. mars 2020', '2020-03-08'],
      ['Fredag 6. mars 2020', '2020-03-06'],
    ] as const) {
      const found = findNorwegianDate(line);
      expect(found?.date).toBe(date);
      expect(found?.problem).toBeNull();
    }
  });

  it('says when the weekday does not fit the date', () => {
    expect(parseDateTimeLine('Mandag 24. februar 2021').problems).toEqual([
      'Ukedagen «Mandag» stemmer ikke med datoen 24. februar 2021, som er en onsdag.',
    ]);
  });

  it('reads numeric dates without taking them for times', () => {
    expect(parseDateTimeLine('24.02.2021')).toEqual({
      date: '2021-02-24',
      start: null,
      end: null,
      problems: [],
    });
    expect(findNorwegianDate('Møtet 3.4.22 ble flyttet')?.date).toBe('2022-04-03');
    expect(findNorwegianDate('2024-11-30')?.date).toBe('2024-11-30');
  });

  it('skips dates that do not exist', () => {
    expect(findNorwegianDate('31. februar 2021')).toBeNull();
    expect(findNorwegianDate('Ingen dato her, bare 12 epler')).toBeNull();
  });

  it('reads times written with and without minutes', () => {
    expect(findTimeRange('KL. 10 - 15')).toEqual({ start: '10:00', end: '15:00', problem: null });
    expect(findTimeRange('fra kl. 10 til kl. 15.30')).toEqual({
      start: '10:00',
      end: '15:30',
      problem: null,
    });
    expect(findTimeRange('kl. 09.00')).toEqual({ start: '09:00', end: null, problem: null });
    expect(findTimeRange('10:00–13:45')).toEqual({ start: '10:00', end: '13:45', problem: null });
    expect(findTimeRange('kl. 14 – 12')?.problem).toBe(
      'Sluttiden 12:00 er ikke etter starttiden 14:00.',
    );
    expect(findTimeRange('ingen tid')).toBeNull();
  });

  it('stays fast on a 10 MB line', () => {
    const line = `${'9. '.repeat(3_000_000)}kl. ${'1'.repeat(1_000_000)}`;
    parseDateTimeLine(line);
    findNorwegianDate(line);
    findTimeRange(line);
  });
});
