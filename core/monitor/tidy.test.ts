import { describe, expect, it } from 'vitest';
import { cellIndex, strides } from './cube.ts';
import {
  type ColumnMapping,
  columnId,
  MAX_PROBLEMS,
  parseNumber,
  suggestMapping,
  type TidyTable,
  tidyToCube,
} from './tidy.ts';

/** FoU-utgifter i helse etter sektor og år, as an adviser types it into Excel (mill. kr). */
const fou: TidyTable = {
  columns: ['Sektor', 'År', 'Beløp (mill. kr)'],
  rows: [
    ['Næringslivet', '2021', '4 512,3'],
    ['Instituttsektoren', '2021', '1 204,0'],
    ['Universitets- og høgskolesektoren', '2021', '6 987,1'],
    ['Helseforetak', '2021', '5 410,6'],
    ['Næringslivet', '2019', '3 988,7'],
    ['Instituttsektoren', '2019', '1 101,4'],
    ['Universitets- og høgskolesektoren', '2019', '6 315,0'],
    ['Helseforetak', '2019', '..'],
    ['Næringslivet', '2020', '4 230,2'],
    ['Universitets- og høgskolesektoren', '2020', '6 601,9'],
    ['Helseforetak', '2020', '5 022,8'],
  ],
};

const meta = { label: 'FoU-utgifter til helse etter sektor og år', source: 'SSB og NIFU' };

/** The value at named categories, or undefined for a missing cell. */
function at(
  result: ReturnType<typeof tidyToCube>,
  ...ids: string[]
): { value: number | null; status: string | undefined } {
  const { cube } = result;
  const stride = strides(cube.dimensions.map((d) => d.categories.length));
  const positions = cube.dimensions.map((d, i) => {
    const p = d.categories.findIndex((c) => c.id === (ids[i] ?? d.categories[0]?.id));
    if (p < 0) throw new Error(`no ${ids[i]} in ${d.id}`);
    return p;
  });
  const cell = cellIndex(stride, positions);
  const v = cube.values[cell] ?? Number.NaN;
  return { value: Number.isNaN(v) ? null : v, status: cube.status.get(cell) };
}

describe('suggestMapping', () => {
  it('finds the value, the year and the dimensions of a FoU table', () => {
    expect(suggestMapping(fou)).toEqual({
      dimensions: [
        { column: 'Sektor', id: 'sektor', label: 'Sektor', role: null },
        { column: 'År', id: 'aar', label: 'År', role: 'time' },
      ],
      value: 'Beløp (mill. kr)',
      unit: { label: 'mill. kr', decimals: 1 },
    });
  });

  it('knows region and fylke as places, and a status column', () => {
    const table: TidyTable = {
      columns: ['Fylke', 'Kjønn', 'Year', 'Antall', 'Status'],
      rows: [
        ['Vestland', 'Kvinner', '2022', '1 200', ''],
        ['Oslo', 'Menn', '2022', ':', 'prikket'],
      ],
    };
    const mapping = suggestMapping(table);
    expect(mapping.value).toBe('Antall');
    expect(mapping.status).toBe('Status');
    expect(mapping.dimensions.map((d) => [d.column, d.role])).toEqual([
      ['Fylke', 'geo'],
      ['Kjønn', null],
      ['Year', 'time'],
    ]);
    expect(mapping.unit).toBeUndefined();
  });

  it('takes the last numeric column as the value when no name says so', () => {
    const table: TidyTable = {
      columns: ['Helseregion', 'Periode', 'Kliniske studier'],
      rows: [
        ['Helse Vest', '2020', '41'],
        ['Helse Nord', '2020', '12'],
      ],
    };
    const mapping = suggestMapping(table);
    expect(mapping.value).toBe('Kliniske studier');
    expect(mapping.dimensions.map((d) => [d.id, d.role])).toEqual([
      ['helseregion', 'geo'],
      ['periode', 'time'],
    ]);
  });

  it('makes ids ASCII and unique', () => {
    expect(columnId('Fagområde (HRCS)')).toBe('fagomraade');
    expect(columnId('Beløp i 1000 kr')).toBe('belop_i_1000_kr');
    const mapping = suggestMapping({
      columns: ['Sektor', 'sektor ', 'Verdi'],
      rows: [['a', 'b', '1']],
    });
    expect(mapping.dimensions.map((d) => d.id)).toEqual(['sektor', 'sektor_2']);
  });
});

describe('parseNumber', () => {
  it('reads Norwegian and English spellings', () => {
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('1\u00a0234,5')).toBe(1234.5); // no-break space, as Excel writes
    expect(parseNumber('1\u202f234,5')).toBe(1234.5); // narrow no-break space
    expect(parseNumber('1\u2009234')).toBe(1234); // thin space
    expect(parseNumber('1234.5')).toBe(1234.5);
    expect(parseNumber('-12')).toBe(-12);
    expect(parseNumber('\u221212')).toBe(-12); // the minus sign
    expect(parseNumber('12 %')).toBe(12);
    expect(parseNumber('12,5%')).toBe(12.5);
    expect(parseNumber('1,234,567')).toBe(1234567);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('1.234.567,8')).toBe(1234567.8);
    expect(parseNumber('0,05')).toBe(0.05);
    expect(parseNumber('1e-7')).toBe(1e-7);
  });

  it('refuses what is not a number', () => {
    for (const text of ['', 'ca. 400', '12.5.2020', '1,2,3,4', 'n/a', '12 mill.', '--']) {
      expect(parseNumber(text), text).toBeNull();
    }
  });
});

describe('tidyToCube', () => {
  const mapping = suggestMapping(fou);

  it('builds the cube: categories as first seen, years ascending, the unit on a metric dimension', () => {
    const result = tidyToCube(fou, mapping, meta);
    expect(result.problems).toEqual([]);
    const { cube } = result;
    expect(cube.label).toBe(meta.label);
    expect(cube.source).toBe('SSB og NIFU');
    expect(cube.dimensions.map((d) => [d.id, d.role, d.categories.map((c) => c.id)])).toEqual([
      [
        'sektor',
        null,
        ['Næringslivet', 'Instituttsektoren', 'Universitets- og høgskolesektoren', 'Helseforetak'],
      ],
      ['aar', 'time', ['2019', '2020', '2021']],
      ['contents', 'metric', ['belop']],
    ]);
    expect(cube.dimensions[2]?.categories[0]).toEqual({
      id: 'belop',
      label: 'Beløp (mill. kr)',
      unit: { label: 'mill. kr', decimals: 1 },
    });
    expect(cube.values).toHaveLength(12);
    expect(at(result, 'Næringslivet', '2021').value).toBe(4512.3);
    expect(at(result, 'Universitets- og høgskolesektoren', '2019').value).toBe(6315);
  });

  it('keeps status symbols as missing cells with that status, and absent rows as missing', () => {
    const result = tidyToCube(fou, mapping, meta);
    expect(at(result, 'Helseforetak', '2019')).toEqual({ value: null, status: '..' });
    // No row for Instituttsektoren 2020.
    expect(at(result, 'Instituttsektoren', '2020')).toEqual({ value: null, status: undefined });
    for (const symbol of ['.', ':', '-']) {
      const table = { ...fou, rows: [['Næringslivet', '2021', symbol]] };
      expect(at(tidyToCube(table, mapping, meta), 'Næringslivet', '2021')).toEqual({
        value: null,
        status: symbol,
      });
    }
  });

  it('names the row, the column and the text of an unreadable number', () => {
    const rows = fou.rows.map((r) => [...r]);
    (rows[3] as string[])[2] = 'ca. 5400';
    const result = tidyToCube({ ...fou, rows }, mapping, meta);
    expect(result.problems).toEqual([
      { row: 5, message: 'Rad 5, kolonnen «Beløp (mill. kr)»: «ca. 5400» er ikke et tall.' },
    ]);
  });

  it('reports a combination given twice, naming both rows', () => {
    const rows = [...fou.rows, ['Næringslivet', '2021', '4 600,0']];
    const result = tidyToCube({ ...fou, rows }, mapping, meta);
    expect(result.problems).toEqual([
      {
        row: 13,
        message: 'Rad 13 har samme kombinasjon som rad 2: Sektor = Næringslivet, År = 2021.',
      },
    ]);
    // The first row keeps its cell; the caller refuses to save while there are problems.
    expect(at(result, 'Næringslivet', '2021').value).toBe(4512.3);
  });

  it('reports a row without a category', () => {
    const rows = [...fou.rows, ['', '2021', '10']];
    expect(tidyToCube({ ...fou, rows }, mapping, meta).problems).toEqual([
      { row: 13, message: 'Rad 13 mangler verdi i kolonnen «Sektor».' },
    ]);
  });

  it('takes the status from a status column', () => {
    const table: TidyTable = {
      columns: ['Region', 'År', 'Verdi', 'Status'],
      rows: [
        ['Oslo', '2022', '12', 'foreløpig'],
        ['Vestland', '2022', '', ':'],
        ['Nordland', '2022', '7', ''],
      ],
    };
    const result = tidyToCube(table, suggestMapping(table), { label: 'Test' });
    expect(result.problems).toEqual([]);
    expect(at(result, 'Oslo', '2022')).toEqual({ value: 12, status: 'foreløpig' });
    expect(at(result, 'Vestland', '2022')).toEqual({ value: null, status: ':' });
    expect(at(result, 'Nordland', '2022')).toEqual({ value: 7, status: undefined });
  });

  it('puts the unit on the categories of a metric dimension the editor chose', () => {
    const table: TidyTable = {
      columns: ['Måltall', 'År', 'Verdi'],
      rows: [
        ['FoU-årsverk', '2021', '812'],
        ['FoU-utgifter', '2021', '1 204,5'],
      ],
    };
    const chosen: ColumnMapping = {
      dimensions: [
        { column: 'Måltall', id: 'maltall', label: 'Måltall', role: 'metric' },
        { column: 'År', id: 'tid', label: 'År', role: 'time' },
      ],
      value: 'Verdi',
      unit: { label: 'mill. kr', decimals: 1 },
    };
    const { cube, problems } = tidyToCube(table, chosen, { label: 'T' });
    expect(problems).toEqual([]);
    expect(cube.dimensions).toHaveLength(2);
    expect(cube.dimensions[0]?.categories.map((c) => c.unit)).toEqual([
      { label: 'mill. kr', decimals: 1 },
      { label: 'mill. kr', decimals: 1 },
    ]);
  });

  it('refuses a mapping that names missing columns or uses one column twice', () => {
    const bad: ColumnMapping = {
      dimensions: [
        { column: 'Sektor', id: 'sektor', label: 'Sektor', role: null },
        { column: 'Beløp (mill. kr)', id: 'belop', label: 'Beløp', role: null },
        { column: 'Fylke', id: 'sektor', label: 'Fylke', role: 'geo' },
      ],
      value: 'Beløp (mill. kr)',
    };
    const { cube, problems } = tidyToCube(fou, bad, meta);
    expect(cube.dimensions).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      'Kolonnen «Beløp (mill. kr)» kan ikke være både dimensjon og verdi.',
      'Kolonnen «Fylke» finnes ikke i tabellen.',
      'To dimensjoner har id «sektor». Gi dem ulike id-er.',
    ]);
    expect(problems.every((p) => p.row === 1)).toBe(true);
  });

  it('refuses a dimension of unique texts that would make an enormous cube', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [`Prosjekt ${i}`, `P-${i}`, '1']);
    const table: TidyTable = { columns: ['Prosjekt', 'Prosjektnummer', 'Verdi'], rows };
    const { cube, problems } = tidyToCube(table, suggestMapping(table), { label: 'T' });
    expect(cube.values).toHaveLength(0);
    expect(problems[0]?.message).toMatch(/^Dimensjonene gir 4\s000\s000 kombinasjoner/);
  });

  it('sums up problems past the limit in one line', () => {
    const rows = Array.from({ length: MAX_PROBLEMS + 50 }, (_, i) => [`S${i}`, '2020', 'x']);
    const { problems } = tidyToCube({ ...fou, rows }, mapping, meta);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)?.message).toMatch(/^… og 50 problemer til\./);
  });

  it('sorts quarters and months in time order', () => {
    const table: TidyTable = {
      columns: ['Tid', 'Verdi'],
      rows: [['2021M10'], ['2021M2'], ['2020M12'], ['2021M1']].map(([t]) => [t as string, '1']),
    };
    const { cube } = tidyToCube(table, suggestMapping(table), { label: 'T' });
    expect(cube.dimensions[0]?.categories.map((c) => c.id)).toEqual([
      '2020M12',
      '2021M1',
      '2021M2',
      '2021M10',
    ]);
  });
});
