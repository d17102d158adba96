import { describe, expect, it } from 'vitest';
import {
  type CaseNumber,
  canonicalCaseNumber,
  findCaseNumbers,
  findMeetingNumber,
  fullYear,
  inferMeeting,
  parseBareCaseNumber,
  parseCaseNumberAt,
  reconcileCaseNumbers,
  withMeeting,
} from './case-numbers.ts';

const at = (text: string) => {
  const n = parseCaseNumberAt(text);
  return n && { canonical: canonicalCaseNumber(n), raw: n.raw };
};

describe('parseCaseNumberAt', () => {
  it.each([
    ['Sak 19/3/2021 ', '19/3/2021', 'Sak 19/3/2021'],
    ['Sak 16/2/25', '16/2/2025', 'Sak 16/2/25'],
    ['Sak HO21-rådet 10/2/21 Godkjenning av innkalling', '10/2/2021', 'Sak HO21-rådet 10/2/21'],
    ['Sak HO21-rådet 35/20', '35/2020', 'Sak HO21-rådet 35/20'],
    [' 24/2/25 ', '24/2/2025', '24/2/25'],
    ['Sak 21-3-2021 Vedlegg 1', '21/3/2021', 'Sak 21-3-2021'],
    ['Sak 52/2020', '52/2020', 'Sak 52/2020'],
    ['Sak nr. 4/1/2024: Tittel', '4/1/2024', 'Sak nr. 4/1/2024'],
    ['Saksnr. 7/2/2023', '7/2/2023', 'Saksnr. 7/2/2023'],
    ['SAK 3/1/2022 Eventuelt', '3/1/2022', 'SAK 3/1/2022'],
    ['Sak 37/3/2025Innovasjon', '37/3/2025', 'Sak 37/3/2025'],
  ])('reads %j as %s', (text, canonical, raw) => {
    expect(at(text)).toEqual({ canonical, raw });
  });

  it.each([
    ['3/2021', 'a meeting, not a case, without "Sak"'],
    ['Saksbehandler 12/3/2021', 'a longer word starting with "sak"'],
    ['Saken 23/3/2021 legges frem', 'running text'],
    ['Det vises til sak 5/1/2021', 'a number later in the line'],
    ['Sak 5/1/1850', 'an impossible year'],
    ['Sak 4.6.2020', 'a date'],
    ['2020-2021', 'a span of years'],
    ['', 'nothing'],
  ])('does not read %j (%s)', (text) => {
    expect(parseCaseNumberAt(text)).toBeNull();
  });

  it('tells where the number ends, so the title can follow', () => {
    const text = 'Sak 23/3/2021 Hjemmemarked og IOA';
    const n = parseCaseNumberAt(text);
    expect(text.slice(n?.end ?? 0).trim()).toBe('Hjemmemarked og IOA');
  });
});

describe('findCaseNumbers in running text', () => {
  it('finds "sak 8/1/2025", "Sak 28-20" and fills the meeting from "(møte 4/2020)"', () => {
    const found = findCaseNumbers(
      'Data bør inngå i referatet under sak 8/1/2025. Se Sak 28-20 (møte 3/2020) og Sak 42/20 (møte 4/2020).',
    );
    expect(found.map((n) => [n.raw, canonicalCaseNumber(n)])).toEqual([
      ['sak 8/1/2025', '8/1/2025'],
      ['Sak 28-20', '28/3/2020'],
      ['Sak 42/20', '42/4/2020'],
    ]);
  });

  it('ignores a meeting note whose year differs from the number', () => {
    const [n] = findCaseNumbers('Sak 42/20 (møte 4/2021)');
    expect(n && canonicalCaseNumber(n)).toBe('42/2020');
  });

  it('does not take "saken" or dates for case numbers', () => {
    expect(findCaseNumbers('saken ble sendt 4.6.2020 og 2/3 av medlemmene svarte')).toEqual([]);
  });

  it('reads a bare number at the start of a list item', () => {
    const n = parseBareCaseNumber('15/2/2021, Sak 29/3/2020');
    expect(n && canonicalCaseNumber(n)).toBe('15/2/2021');
  });

  it('stays fast on pathological input', () => {
    findCaseNumbers(`sak ${'1/'.repeat(200_000)}`);
    findCaseNumbers(`sak${' '.repeat(1_000_000)}1/1/2021`);
    parseCaseNumberAt(`Sak ${'9'.repeat(1_000_000)}`);
  });
});

describe('years, meetings and canonical form', () => {
  it('turns two-digit years into 20YY and rejects implausible four-digit years', () => {
    expect(fullYear('21')).toBe(2021);
    expect(fullYear('2025')).toBe(2025);
    expect(fullYear('1850')).toBeNull();
  });

  it('finds the meeting in "Møte 3/2021" and "rådsmøte nr. 2/25"', () => {
    expect(findMeetingNumber('Saksframlegg Møte 3/2021')).toEqual({ number: 3, year: 2021 });
    expect(findMeetingNumber('Referat fra rådsmøte nr. 2/25')).toEqual({ number: 2, year: 2025 });
    expect(findMeetingNumber('Møtested: Oslo')).toBeNull();
  });

  it('writes N/M/YYYY when the meeting is known and N/YYYY when not', () => {
    const n = parseCaseNumberAt('Sak HO21-rådet 35/20') as CaseNumber;
    expect(canonicalCaseNumber(n)).toBe('35/2020');
    expect(canonicalCaseNumber(withMeeting(n, { number: 5, year: 2020 }))).toBe('35/5/2020');
    // A meeting of another year says nothing about this number.
    expect(canonicalCaseNumber(withMeeting(n, { number: 1, year: 2021 }))).toBe('35/2020');
  });

  it('infers the meeting most numbers point at', () => {
    const numbers = ['Sak 1/2/2022', 'Sak 2/2/2022', 'Sak 3/1/2022', 'Sak 9/2022'].map(
      (t) => parseCaseNumberAt(t) as CaseNumber,
    );
    expect(inferMeeting(numbers)).toEqual({ number: 2, year: 2022 });
    expect(inferMeeting([])).toBeNull();
  });
});

describe('reconcileCaseNumbers', () => {
  const items = (...texts: string[]) =>
    texts.map((t, i) => ({ caseNumber: parseCaseNumberAt(t) as CaseNumber, line: 10 * (i + 1) }));

  it('corrects a year that does not fit the meeting when the neighbours fit, with a warning', () => {
    const { numbers, warnings } = reconcileCaseNumbers(
      items('Sak 10/2/2022', 'Sak 11/2/2021', 'Sak 12/2/2022'),
      { number: 2, year: 2022 },
      'f.pdf',
    );
    expect(numbers.map(canonicalCaseNumber)).toEqual(['10/2/2022', '11/2/2022', '12/2/2022']);
    expect(numbers[1]?.raw).toBe('Sak 11/2/2021');
    expect(warnings).toEqual([
      {
        file: 'f.pdf',
        message:
          'Saksnummeret «Sak 11/2/2021» passer ikke med møte 2/2022; rettet til 11/2/2022 ut fra nabosakene',
        at: 'linje 20',
      },
    ]);
  });

  it('infers the meeting when none is given, and fills in numbers written without it', () => {
    const { numbers, warnings } = reconcileCaseNumbers(
      items('Sak 10/2/22', 'Sak 11/22', 'Sak 12/2/2022'),
      null,
      'f.pdf',
    );
    expect(numbers.map(canonicalCaseNumber)).toEqual(['10/2/2022', '11/2/2022', '12/2/2022']);
    expect(warnings).toEqual([]);
  });

  it('only warns when the neighbours do not fit either', () => {
    const { numbers, warnings } = reconcileCaseNumbers(
      items('Sak 10/1/2021', 'Sak 11/1/2021'),
      { number: 2, year: 2022 },
      'f.pdf',
    );
    expect(numbers.map(canonicalCaseNumber)).toEqual(['10/1/2021', '11/1/2021']);
    expect(warnings.map((w) => w.message)).toEqual([
      'Saksnummeret «Sak 10/1/2021» passer ikke med møte 2/2022; kontroller nummeret',
      'Saksnummeret «Sak 11/1/2021» passer ikke med møte 2/2022; kontroller nummeret',
    ]);
  });
});
