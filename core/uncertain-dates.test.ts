import { describe, expect, it } from 'vitest';
import {
  compareUncertainDates,
  earliestDate,
  formatShortDate,
  isExactDate,
  parseUncertainDate,
  type UncertainDate,
} from './uncertain-dates.ts';

const TODAY = '2026-03-01';

/** The period read from `text` as [from, to], or null. */
function period(text: string, today = TODAY): [string, string] | null {
  const d = parseUncertainDate(text, today);
  return d && [d.from, d.to];
}

describe('exact dates', () => {
  it.each([
    ['22.12.2025', '2025-12-22'],
    ['16.9.25', '2025-09-16'],
    ['2.5.2025', '2025-05-02'],
    ['Høringsfrist 22.12.2025', '2025-12-22'],
    ['Frist 28.11.2025', '2025-11-28'],
    ['Utgitt 2.6.2025', '2025-06-02'],
    ['2025-12-22', '2025-12-22'],
    ['22. desember 2025', '2025-12-22'],
    ['1. november 2026', '2026-11-01'],
    ['10. nov 2025', '2025-11-10'],
    ['10. nov. 2025', '2025-11-10'],
    ['HØRINGSFRIST 22. DESEMBER 2025', '2025-12-22'],
    ['Høyringsfrist 1. desember 2025', '2025-12-01'],
    ['29.2.2024', '2024-02-29'],
    ['29. februar 2024', '2024-02-29'],
  ])('reads %j as %s', (text, day) => {
    expect(period(text)).toEqual([day, day]);
  });

  it.each([
    ['31.2.2025'],
    ['29.2.2025'],
    ['29. februar 2025'],
    ['32.1.2025'],
    ['1.13.2025'],
    ['2025-02-30'],
  ])('does not read the impossible date %j, nor its year', (text) => {
    expect(parseUncertainDate(text, TODAY)).toBeNull();
  });

  it.each([
    ['10. nov', TODAY, '2026-11-10'],
    ['10. jan', TODAY, '2026-01-10'], // recently past: stays this year
    ['10. jan', '2026-08-01', '2027-01-10'], // more than half a year past: next year
    ['1. mars', TODAY, '2026-03-01'],
  ])('reads day and month %j without a year, today %s, as %s', (text, today, day) => {
    expect(period(text, today)).toEqual([day, day]);
  });
});

describe('months, seasons and parts of a year', () => {
  it.each([
    ['desember 2025', '2025-12-01', '2025-12-31'],
    ['i mars 2026', '2026-03-01', '2026-03-31'],
    ['feb 2024', '2024-02-01', '2024-02-29'],
    ['sept. 2026', '2026-09-01', '2026-09-30'],
    ['Juni 2026', '2026-06-01', '2026-06-30'],
    ['våren 2026', '2026-01-01', '2026-06-30'],
    ['vår 2026', '2026-01-01', '2026-06-30'],
    ['sommeren 2026', '2026-06-01', '2026-08-31'],
    ['sommaren 2026', '2026-06-01', '2026-08-31'],
    ['høsten 2026', '2026-08-01', '2026-12-31'],
    ['hausten 2026', '2026-08-01', '2026-12-31'],
    ['vinteren 2026', '2026-01-01', '2026-02-28'],
    ['vinteren 2024', '2024-01-01', '2024-02-29'],
    ['vinteren 2025/2026', '2025-12-01', '2026-02-28'],
    ['vinteren 2023/24', '2023-12-01', '2024-02-29'],
    ['første halvår 2026', '2026-01-01', '2026-06-30'],
    ['fyrste halvår 2026', '2026-01-01', '2026-06-30'],
    ['1. halvår 2026', '2026-01-01', '2026-06-30'],
    ['andre halvår 2026', '2026-07-01', '2026-12-31'],
    ['2. halvår 2026', '2026-07-01', '2026-12-31'],
    ['1. kvartal 2026', '2026-01-01', '2026-03-31'],
    ['første kvartal 2026', '2026-01-01', '2026-03-31'],
    ['2. kvartal 2026', '2026-04-01', '2026-06-30'],
    ['tredje kvartal 2026', '2026-07-01', '2026-09-30'],
    ['4. kvartal 2026', '2026-10-01', '2026-12-31'],
    ['starten av 2026', '2026-01-01', '2026-03-31'],
    ['begynnelsen av 2026', '2026-01-01', '2026-03-31'],
    ['midten av 2026', '2026-05-01', '2026-08-31'],
    ['slutten av 2026', '2026-10-01', '2026-12-31'],
    ['utgangen av 2026', '2026-10-01', '2026-12-31'],
  ])('reads %j as %s to %s', (text, from, to) => {
    expect(period(text)).toEqual([from, to]);
  });

  it.each([
    ['våren', '2026-03-01', '2026-01-01', '2026-06-30'],
    ['våren', '2026-06-30', '2026-01-01', '2026-06-30'],
    ['våren', '2026-07-01', '2027-01-01', '2027-06-30'],
    ['hausten', '2026-03-01', '2026-08-01', '2026-12-31'],
    ['4. kvartal', '2026-03-01', '2026-10-01', '2026-12-31'],
  ])('reads %j without a year, today %s, as the current or next one', (text, today, from, to) => {
    expect(period(text, today)).toEqual([from, to]);
  });
});

describe('years', () => {
  it.each([
    ['2025', '2025-01-01', '2025-12-31'],
    ['i løpet av 2025', '2025-01-01', '2025-12-31'],
    ['Lansering i 2025 (utsatt)', '2025-01-01', '2025-12-31'],
    ['NOU 2025: 8', '2025-01-01', '2025-12-31'],
    ['1990', '1990-01-01', '1990-12-31'],
    ['2100', '2100-01-01', '2100-12-31'],
  ])('reads %j as %s to %s', (text, from, to) => {
    expect(period(text)).toEqual([from, to]);
  });

  it.each([['1989'], ['2101'], ['Sak 12345']])('does not read %j as a year', (text) => {
    expect(parseUncertainDate(text, TODAY)).toBeNull();
  });
});

describe('deadlines and lower bounds', () => {
  it.each([
    ['NOU skal leveres innen 1. november 2026', TODAY, '2026-03-01', '2026-11-01'],
    ['Rapport senest innen sommeren 2026', TODAY, '2026-03-01', '2026-08-31'],
    ['innen utgangen av 2025', '2025-06-01', '2025-06-01', '2025-12-31'],
    ['innen utgangen av 2025', TODAY, '2025-12-31', '2025-12-31'], // already past
    ['innen 1. mars 2026', TODAY, '2026-03-01', '2026-03-01'],
    ['senest 1.6.2026', TODAY, '2026-03-01', '2026-06-01'],
    ['Seinast innan utgangen av 2026', TODAY, '2026-03-01', '2026-12-31'],
    ['før 2027', TODAY, '2026-03-01', '2027-12-31'],
    ['Fra 1. april 2026', TODAY, '2026-04-01', '2026-04-01'],
    ['frå hausten 2026', TODAY, '2026-08-01', '2026-12-31'],
    ['etter sommeren 2026', TODAY, '2026-09-01', '2027-08-31'],
  ])('reads %j, today %s, as %s to %s', (text, today, from, to) => {
    expect(period(text, today)).toEqual([from, to]);
  });
});

describe('texts with several expressions, or none', () => {
  it.each([
    ['NOU 2025: 8, høringsfrist 22.12.2025', '2025-12-22', '2025-12-22'],
    ['31.2.2025, utsatt til mars 2026', '2026-03-01', '2026-03-31'],
    // Joined by "eller", these are ranges: the period either of them can fall in.
    ['desember 2025 eller 10.1.2026', '2025-12-01', '2026-01-10'],
    ['2025 eller 2026', '2025-01-01', '2026-12-31'],
    ['1.3.2026 eller 2.3.2026', '2026-03-01', '2026-03-02'],
    ['Våren 2026, senest 1. juni 2026', '2026-03-01', '2026-06-01'],
    ['Høringsfrist\n  22.\n desember\t2025', '2025-12-22', '2025-12-22'],
  ])('reads %j as %s to %s', (text, from, to) => {
    expect(period(text)).toEqual([from, to]);
  });

  it.each([
    [''],
    ['   '],
    ['Ikke levert innspill'],
    ['Kontinuerlig'],
    ['vår rapport'],
    ['før jul'],
    ['før jul 2026'],
  ])('reads no date from %j', (text) => {
    expect(parseUncertainDate(text, TODAY)).toBeNull();
  });

  it('keeps the original words with whitespace collapsed', () => {
    expect(parseUncertainDate('  Lansering i 2025\n   (utsatt) ', TODAY)).toEqual({
      text: 'Lansering i 2025 (utsatt)',
      from: '2025-01-01',
      to: '2025-12-31',
    });
  });
});

describe('ranges', () => {
  it.each([
    ['15. mai – 1. juni 2026', '2026-05-15', '2026-06-01'],
    ['1.–15. desember 2025', '2025-12-01', '2025-12-15'],
    ['mars/april 2026', '2026-03-01', '2026-04-30'],
    ['mars–april 2026', '2026-03-01', '2026-04-30'],
    ['januar til mars 2026', '2026-01-01', '2026-03-31'],
    ['2025/2026', '2025-01-01', '2026-12-31'],
    ['i 2026 eller 2027', '2026-01-01', '2027-12-31'],
    ['22.12.2025–10.1.2026', '2025-12-22', '2026-01-10'],
    ['2025-12-22 – 2026-01-05', '2025-12-22', '2026-01-05'],
    ['høsten 2025 og våren 2026', '2025-08-01', '2026-06-30'],
    ['1. juni 2026 - 2027', '2026-06-01', '2027-12-31'],
    ['2026 eller 2025', '2025-01-01', '2026-12-31'], // either order
  ])('reads %j as %s to %s', (text, from, to) => {
    expect(period(text)).toEqual([from, to]);
  });

  it.each([
    ['mars–april 2026'],
    ['mars — april 2026'],
    ['mars—april 2026'],
    ['mars - april 2026'],
    ['mars-april 2026'],
    ['mars -april 2026'],
    ['mars/april 2026'],
    ['mars / april 2026'],
    ['mars til april 2026'],
    ['mars eller april 2026'],
    ['mars og april 2026'],
    ['Mars\n– april  2026'],
  ])('reads the separator in %j', (text) => {
    expect(period(text)).toEqual(['2026-03-01', '2026-04-30']);
  });

  it.each([
    ['15. mai – 1. juni 2026', '2026-05-15', '2026-06-01'],
    ['desember–januar 2026', '2025-12-01', '2026-01-31'],
    ['30. desember – 2. januar 2026', '2025-12-30', '2026-01-02'],
    ['22.12.–10.1.2026', '2025-12-22', '2026-01-10'],
    ['1.12–15.12.2025', '2025-12-01', '2025-12-15'],
    ['høsten–vinteren 2026', '2025-08-01', '2026-02-28'],
    ['høsten–våren 2026', '2025-08-01', '2026-06-30'],
    ['28.–3. mars 2026', '2026-02-28', '2026-03-03'],
    ['uke 52–uke 2 2026', '2025-12-22', '2026-01-11'],
  ])('gives the first part of %j the second part’s year, or the one before', (text, from, to) => {
    expect(period(text)).toEqual([from, to]);
  });

  it.each([
    ['15. mai – 1. juni', TODAY, '2026-05-15', '2026-06-01'],
    ['1.–15. desember', TODAY, '2026-12-01', '2026-12-15'],
    ['15. desember – 15. januar', TODAY, '2025-12-15', '2026-01-15'],
    ['1.–15. januar', '2026-08-01', '2027-01-01', '2027-01-15'],
  ])('reads %j without any year, today %s, by the second part', (text, today, from, to) => {
    expect(period(text, today)).toEqual([from, to]);
  });

  it.each([
    ['innen 15. mai – 1. juni 2026', TODAY, '2026-03-01', '2026-06-01'],
    ['fra 1. mars til 1. juni 2026', TODAY, '2026-03-01', '2026-06-01'],
    ['frå januar til mars 2026', TODAY, '2026-01-01', '2026-03-31'],
    ['mars–april–mai 2026', TODAY, '2026-03-01', '2026-05-31'],
    ['2024/2025/2026', TODAY, '2024-01-01', '2026-12-31'],
    ['Høringsfrist 22.12.2025, lansering mars–april 2026', TODAY, '2025-12-22', '2025-12-22'],
  ])('reads %j, today %s, as %s to %s', (text, today, from, to) => {
    expect(period(text, today)).toEqual([from, to]);
  });

  it.each([
    ['NOU 2025: 8', '2025-01-01', '2025-12-31'],
    // A session runs from October to June. We read it as its two calendar years, which hold the
    // whole session, rather than special-casing "Meld. St." or "Prop." for a tighter period.
    ['Meld. St. 21 (2024–2025)', '2024-01-01', '2025-12-31'],
    ['e-helse 2026', '2026-01-01', '2026-12-31'],
    ['2025-12-22', '2025-12-22', '2025-12-22'],
    ['2025-budsjettet', '2025-01-01', '2025-12-31'],
    ['Lansering 2026 – etter høring', '2026-01-01', '2026-12-31'],
    ['Høringsfrist 22.12.2025 - se vedlegg', '2025-12-22', '2025-12-22'],
    ['vinteren 2025/2026', '2025-12-01', '2026-02-28'],
    ['Sak 2025/2031', '2025-01-01', '2025-12-31'], // a case number, not seven years
    ['1.–2. kvartal 2026', '2026-04-01', '2026-06-30'], // not from the 1st of April
    ['31.2.2025 – 1.3.2025', '2025-03-01', '2025-03-01'], // an impossible end is no end
  ])('does not read %j as a range: %s to %s', (text, from, to) => {
    expect(period(text)).toEqual([from, to]);
  });

  it.each([['mars'], ['mars–april'], ['1.–'], ['jul – nyttår']])(
    'reads no date from %j, which has no year to take',
    (text) => {
      expect(parseUncertainDate(text, TODAY)).toBeNull();
    },
  );
});

describe('day and month as numbers, without a year', () => {
  it.each([
    ['22.12.', TODAY, '2026-12-22'],
    ['1.12', TODAY, '2026-12-01'],
    ['Frist 22.12.', TODAY, '2026-12-22'],
    ['høringsfrist 1.12, se brev', TODAY, '2026-12-01'],
    ['10.1.', TODAY, '2026-01-10'], // recently past: stays this year
    ['10.1.', '2026-08-01', '2027-01-10'], // more than half a year past: next year
  ])('reads %j, today %s, as %s', (text, today, day) => {
    expect(period(text, today)).toEqual([day, day]);
  });

  it.each([
    ['kap. 3.4 i NOU 2025: 8', '2025-01-01', '2025-12-31'],
    ['punkt 4.2, 2026', '2026-01-01', '2026-12-31'],
    ['22.12. 2025', '2025-01-01', '2025-12-31'],
  ])('does not read %j as a day and month', (text, from, to) => {
    expect(period(text)).toEqual([from, to]);
  });

  it.each([['31.2.'], ['1.13'], ['kl. 12.30']])('reads no date from %j', (text) => {
    expect(parseUncertainDate(text, TODAY)).toBeNull();
  });
});

describe('weeks', () => {
  it.each([
    ['uke 12 2026', TODAY, '2026-03-16', '2026-03-22'],
    ['veke 12 2026', TODAY, '2026-03-16', '2026-03-22'],
    ['Uke 12, 2026', TODAY, '2026-03-16', '2026-03-22'],
    ['i uke 12/2026', TODAY, '2026-03-16', '2026-03-22'],
    ['uke 1 2026', TODAY, '2025-12-29', '2026-01-04'],
    ['uke 53 2026', TODAY, '2026-12-28', '2027-01-03'],
    ['uke 1 2027', TODAY, '2027-01-04', '2027-01-10'],
    ['uke 12–14 2026', TODAY, '2026-03-16', '2026-04-05'],
    ['innen uke 12 2026', TODAY, '2026-03-01', '2026-03-22'],
    ['uke 12', TODAY, '2026-03-16', '2026-03-22'],
    ['uke 12', '2026-04-01', '2027-03-22', '2027-03-28'], // over: next year's
  ])('reads %j, today %s, as %s to %s', (text, today, from, to) => {
    expect(period(text, today)).toEqual([from, to]);
  });

  it.each([['uke 53 2025'], ['uke 0 2026'], ['uke 54 2026']])(
    'reads no date from %j, a week the year does not have',
    (text) => {
      expect(parseUncertainDate(text, TODAY)).toBeNull();
    },
  );
});

describe('using uncertain dates', () => {
  const read = (text: string) => parseUncertainDate(text, TODAY) as UncertainDate;

  it('gives the earliest date and tells exact dates from periods', () => {
    expect(earliestDate(read('høsten 2026'))).toBe('2026-08-01');
    expect(isExactDate(read('Frist 28.11.2025'))).toBe(true);
    expect(isExactDate(read('høsten 2026'))).toBe(false);
    expect(isExactDate(read('innen 1. mars 2026'))).toBe(true);
  });

  it.each([
    ['2025-12-22', '22.12.2025'],
    ['2025-09-05', '5.9.2025'],
    ['2026-01-01', '1.1.2026'],
  ])('formats %s as %s', (iso, short) => {
    expect(formatShortDate(iso)).toBe(short);
  });

  it('sorts a mixed list by earliest date, then latest, then text', () => {
    const texts = [
      'høsten 2026',
      'innen 1. november 2026',
      '2026',
      'Frist 28.11.2025',
      'våren 2026',
      'i løpet av 2026',
      '1. august 2026',
    ];
    expect(
      texts
        .map(read)
        .sort(compareUncertainDates)
        .map((d) => d.text),
    ).toEqual([
      'Frist 28.11.2025',
      'våren 2026',
      '2026',
      'i løpet av 2026',
      'innen 1. november 2026',
      '1. august 2026',
      'høsten 2026',
    ]);
  });
});
