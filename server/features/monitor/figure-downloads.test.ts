import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Cube } from '../../../core/monitor/cube.ts';
import { figureData } from '../../../core/monitor/figure.ts';
import { DEMO_DATA_MARK, type FigureSpec } from '../../../core/monitor/indicators.ts';
import { parseJsonStat } from '../../../core/monitor/jsonstat.ts';
import { inertCell } from '../../csv-cell.ts';
import { decimalComma, figureCsv, figureFileName, figureJsonStat } from './figure-downloads.ts';

const SECTORS = [
  ['nl', 'Næringslivet'],
  ['inst', 'Instituttsektoren'],
  ['uh', 'Universitets- og høgskolesektoren'],
  ['hf', 'Helseforetak og private ideelle sykehus'],
] as const;
const YEARS = ['2020', '2021', '2022'];

/**
 * R&D expenditure on health by sector × year × measure. Cell (s, t, m) holds
 * 1000·s + 10·t + m + 0.25, so every number says which cell it is.
 */
function rdCube(): Cube {
  const values = new Float64Array(4 * 3 * 2);
  for (let s = 0; s < 4; s++)
    for (let t = 0; t < 3; t++)
      for (let m = 0; m < 2; m++) values[(s * 3 + t) * 2 + m] = 1000 * s + 10 * t + m + 0.25;
  const status = new Map<number, string>();
  values[(1 * 3 + 2) * 2] = Number.NaN; // Instituttsektoren 2022: confidential.
  status.set((1 * 3 + 2) * 2, ':');
  status.set((3 * 3 + 2) * 2, 'p'); // Helseforetak 2022: provisional.
  return {
    label: 'FoU i helse',
    source: 'SSB',
    updated: '2024-10-01',
    note: ['Løpende priser.'],
    dimensions: [
      {
        id: 'Sektor',
        label: 'Sektor',
        role: null,
        categories: SECTORS.map(([id, label]) => ({ id, label })),
      },
      { id: 'Tid', label: 'År', role: 'time', categories: YEARS.map((y) => ({ id: y, label: y })) },
      {
        id: 'ContentsCode',
        label: 'Statistikkvariabel',
        role: 'metric',
        categories: [
          { id: 'Utgifter', label: 'FoU-utgifter', unit: { label: 'mill. kr', decimals: 1 } },
          { id: 'Arsverk', label: 'FoU-årsverk', unit: { label: 'årsverk', decimals: 0 } },
        ],
      },
    ],
    values,
    status,
  };
}

const spec: FigureSpec = {
  xDimension: 'Tid',
  seriesDimension: 'Sektor',
  filterDimensions: ['Tid', 'Sektor'],
  fixed: { ContentsCode: 'Utgifter' },
  defaultSelection: {},
  chartType: 'bar',
  unit: 'mill. kr',
  decimals: 1,
};
const texts = { title: 'FoU-utgifter til helse', source: 'SSB, FoU-statistikk', demo: true };

function readCsv(csv: string): string[][] {
  return parse(csv, { bom: true, delimiter: ';', relax_column_count: false });
}

describe('figureCsv', () => {
  it('starts with a byte-order mark and uses semicolons and Windows line ends', () => {
    const csv = figureCsv(figureData(rdCube(), spec, {}), texts);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFÅr;Sektor;Verdi;Status');
  });

  it('holds one row per year and sector with the figure’s values, in decimal comma', () => {
    const data = figureData(rdCube(), spec, { Tid: ['2021', '2022'], Sektor: ['inst', 'hf'] });
    const [header, ...rows] = readCsv(figureCsv(data, texts));
    expect(header).toEqual(['År', 'Sektor', 'Verdi', 'Status']);
    expect(rows).toEqual([
      ['2021', 'Instituttsektoren', '1010,25', ''],
      ['2021', 'Helseforetak og private ideelle sykehus', '3010,25', ''],
      ['2022', 'Instituttsektoren', '', ':'],
      ['2022', 'Helseforetak og private ideelle sykehus', '3020,25', 'p'],
    ]);
    // Read back the Norwegian way, every value is the figure's own number.
    const back = rows.map((r) => (r[2] ? Number(r[2].replace(',', '.')) : null));
    const expected = data.x.categories.flatMap((_, xi) => data.series.map((s) => s.values[xi]));
    expect(back).toEqual(expected);
  });

  it('leaves out the series column for a figure with one series', () => {
    const single = { ...spec, seriesDimension: null };
    const data = figureData(rdCube(), single, { Sektor: ['uh'] });
    const [header, ...rows] = readCsv(figureCsv(data, texts));
    expect(header).toEqual(['År', 'Verdi', 'Status']);
    expect(rows).toEqual([
      ['2020', '2000,25', ''],
      ['2021', '2010,25', ''],
      ['2022', '2020,25', ''],
    ]);
  });

  it('makes cells a spreadsheet would run as formulas inert, but keeps negative numbers', () => {
    const cube = rdCube();
    const labels = ['=HYPERLINK("http://x.test")', '+SUM(A1)', '-Andre', '@cmd'];
    cube.dimensions[0]?.categories.forEach((c, i) => {
      c.label = labels[i] ?? c.label;
    });
    cube.values[0] = -12.5;
    const data = figureData(cube, spec, { Tid: ['2020'] });
    const rows = readCsv(figureCsv(data, texts)).slice(1);
    expect(rows.map((r) => r[1])).toEqual(labels.map((l) => `'${l}`));
    expect(rows[0]?.[2]).toBe('-12,5');
    expect(inertCell('\tx')).toBe("'\tx");
    expect(inertCell('Næringslivet')).toBe('Næringslivet');
  });

  it('writes every digit of a value, without exponent', () => {
    expect(decimalComma(4213.5)).toBe('4213,5');
    expect(decimalComma(1e-7)).toBe('0,0000001');
    expect(decimalComma(2e21)).toBe('2000000000000000000000');
  });
});

describe('figureJsonStat', () => {
  it('is a JSON-stat 2.0 dataset of exactly the view', () => {
    const cube = rdCube();
    const data = figureData(cube, spec, { Tid: ['2022', '2021'], Sektor: ['hf', 'inst'] });
    const dataset = figureJsonStat(cube, data, texts);
    expect(dataset).toMatchObject({
      version: '2.0',
      class: 'dataset',
      label: 'FoU-utgifter til helse',
      source: 'SSB, FoU-statistikk',
      updated: '2024-10-01',
      id: ['Sektor', 'Tid', 'ContentsCode'],
      size: [2, 2, 1],
      role: { time: ['Tid'], metric: ['ContentsCode'] },
    });
    expect(dataset.dimension.Sektor?.category.index).toEqual(['inst', 'hf']);
    expect(dataset.dimension.Tid?.category.index).toEqual(['2021', '2022']);
    expect(dataset.dimension.ContentsCode?.category.unit).toEqual({
      Utgifter: { label: 'mill. kr', decimals: 1 },
    });
    // Sektor turns slowest, the measure fastest: inst 2021, inst 2022, hf 2021, hf 2022.
    expect(dataset.value).toEqual([1010.25, null, 3010.25, 3020.25]);
    expect(dataset.status).toEqual({ '1': ':', '3': 'p' });
    expect(dataset.note).toEqual([DEMO_DATA_MARK, 'Løpende priser.']);
  });

  it('holds the same numbers as the figure, and reads back as the same view', () => {
    const cube = rdCube();
    const data = figureData(cube, spec, { Sektor: ['nl', 'uh', 'hf'] });
    const dataset = figureJsonStat(cube, data, { ...texts, demo: false });
    expect(dataset.note).toEqual(['Løpende priser.']);
    expect(dataset.value).toHaveLength(3 * 3);
    const back = parseJsonStat(JSON.stringify(dataset));
    expect(figureData(back, spec, {}).series).toEqual(data.series);
  });

  it('says which dimension a broken selection misses', () => {
    const cube = rdCube();
    const data = figureData(cube, spec, {});
    const { ContentsCode: _, ...rest } = data.selection;
    expect(() => figureJsonStat(cube, { ...data, selection: rest }, texts)).toThrow(
      'Utvalget mangler kategorier for dimensjonen «ContentsCode»',
    );
  });
});

describe('figureFileName', () => {
  it('makes a plain file name of the title, marked when the data are demo data', () => {
    expect(figureFileName({ title: 'FoU-utgifter til helse, 2019–2023', demo: false }, 'csv')).toBe(
      'fou-utgifter-til-helse-2019-2023.csv',
    );
    expect(figureFileName({ title: 'Årsverk i sykehusene: ærlig talt', demo: true }, 'png')).toBe(
      'arsverk-i-sykehusene-aerlig-talt-demodata.png',
    );
    expect(figureFileName({ title: '«»', demo: false }, 'json')).toBe('figur.json');
  });
});
