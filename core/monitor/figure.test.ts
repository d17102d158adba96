import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cube, type Dimension, strides } from './cube.ts';
import { figureData, selectionFromQuery, selectionToQuery } from './figure.ts';
import type { FigureSpec } from './indicators.ts';

const SECTORS = [
  ['nl', 'Næringslivet'],
  ['inst', 'Instituttsektoren'],
  ['uh', 'Universitets- og høgskolesektoren'],
  ['hf', 'Helseforetak og private ideelle sykehus'],
  ['kommune', 'Kommunene'],
] as const;
const YEARS = ['2019', '2020', '2021', '2022', '2023'];

/** R&D expenditure on health (mill. kr) and R&D person-years, by sector and year. */
function rdCube(): Cube {
  const dimensions: Dimension[] = [
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
  ];
  // Cell (s, t, m) holds s*100 + t*10 + m + 0.5, so every number says where it came from.
  const values = new Float64Array(5 * 5 * 2);
  for (let s = 0; s < 5; s++)
    for (let t = 0; t < 5; t++)
      for (let m = 0; m < 2; m++) values[(s * 5 + t) * 2 + m] = s * 100 + t * 10 + m + 0.5;
  const status = new Map<number, string>();
  values[(4 * 5 + 0) * 2] = Number.NaN; // Kommunene 2019: not collected.
  status.set((4 * 5 + 0) * 2, '..');
  values[(1 * 5 + 4) * 2] = Number.NaN; // Instituttsektoren 2023: confidential.
  status.set((1 * 5 + 4) * 2, ':');
  return {
    label: 'FoU-utgifter til helse',
    source: 'SSB',
    updated: null,
    note: [],
    dimensions,
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

describe('figureData', () => {
  it('shows every year and sector by default, with the fixed measure', () => {
    const data = figureData(rdCube(), spec, {});
    expect(data.x.categories.map((c) => c.id)).toEqual(YEARS);
    expect(data.series.map((s) => s.id)).toEqual(['nl', 'inst', 'uh', 'hf', 'kommune']);
    expect(data.series[2]?.label).toBe('Universitets- og høgskolesektoren');
    expect(data.series[3]?.values).toEqual([300.5, 310.5, 320.5, 330.5, 340.5]);
    expect(data.selection).toEqual({
      Sektor: ['nl', 'inst', 'uh', 'hf', 'kommune'],
      Tid: YEARS,
      ContentsCode: ['Utgifter'],
    });
    expect(data.seriesLabel).toBe('Sektor');
    expect(data.x.label).toBe('År');
    expect(data).toMatchObject({ chartType: 'bar', unit: 'mill. kr', decimals: 1 });
  });

  it('turns missing cells into null and keeps their status symbols', () => {
    const data = figureData(rdCube(), spec, {});
    const kommune = data.series.find((s) => s.id === 'kommune');
    expect(kommune?.values[0]).toBeNull();
    expect(kommune?.status).toEqual(['..', null, null, null, null]);
    const inst = data.series.find((s) => s.id === 'inst');
    expect(inst?.values[4]).toBeNull();
    expect(inst?.status[4]).toBe(':');
  });

  it('takes the requested categories in the cube order and ignores unknown ids', () => {
    const data = figureData(rdCube(), spec, { Tid: ['2022', '2020', '1999'], Sektor: ['hf'] });
    expect(data.x.categories.map((c) => c.id)).toEqual(['2020', '2022']);
    expect(data.series.map((s) => s.id)).toEqual(['hf']);
    expect(data.series[0]?.values).toEqual([310.5, 330.5]);
  });

  it('falls back to the default when none of the requested ids exist', () => {
    const data = figureData(rdCube(), spec, { Tid: ['1999', '<script>'] });
    expect(data.x.categories).toHaveLength(5);
  });

  it('keeps a fixed dimension fixed and ignores requests for dimensions that are not filters', () => {
    const onlyYears = { ...spec, filterDimensions: ['Tid'] };
    const data = figureData(rdCube(), onlyYears, { ContentsCode: ['Arsverk'], Sektor: ['nl'] });
    expect(data.selection.ContentsCode).toEqual(['Utgifter']);
    expect(data.series).toHaveLength(5);
  });

  it('holds a dimension other than x and series at one category, the first one requested', () => {
    const measureFilter: FigureSpec = {
      ...spec,
      fixed: {},
      filterDimensions: ['Tid', 'ContentsCode'],
    };
    const asked = figureData(rdCube(), measureFilter, { ContentsCode: ['Arsverk', 'Utgifter'] });
    expect(asked.selection.ContentsCode).toEqual(['Arsverk']);
    expect(asked.series[0]?.values[0]).toBe(1.5);
    const unasked = figureData(rdCube(), measureFilter, {});
    expect(unasked.selection.ContentsCode).toEqual(['Utgifter']);
    const filter = asked.filters.find((f) => f.dimension === 'ContentsCode');
    expect(filter?.multiple).toBe(false);
    expect(filter?.options).toEqual([
      { id: 'Utgifter', label: 'FoU-utgifter', selected: false },
      { id: 'Arsverk', label: 'FoU-årsverk', selected: true },
    ]);
  });

  it("starts from the spec's default selection", () => {
    const withDefault = { ...spec, defaultSelection: { Tid: ['2023', '2022'], Sektor: ['uh'] } };
    const data = figureData(rdCube(), withDefault, {});
    expect(data.x.categories.map((c) => c.id)).toEqual(['2022', '2023']);
    expect(data.series.map((s) => s.id)).toEqual(['uh']);
  });

  it('lists the filters with their options, the selected ones marked, fixed dimensions left out', () => {
    const withFixedFilter = { ...spec, filterDimensions: ['Tid', 'Sektor', 'ContentsCode'] };
    const data = figureData(rdCube(), withFixedFilter, { Sektor: ['nl', 'uh'] });
    expect(data.filters.map((f) => [f.dimension, f.label, f.multiple])).toEqual([
      ['Tid', 'År', true],
      ['Sektor', 'Sektor', true],
    ]);
    expect(data.filters[1]?.options.filter((o) => o.selected).map((o) => o.label)).toEqual([
      'Næringslivet',
      'Universitets- og høgskolesektoren',
    ]);
    expect(data.filters[0]?.options.every((o) => o.selected)).toBe(true);
  });

  it('gives one series named after the dataset when there is no series dimension', () => {
    const single: FigureSpec = {
      ...spec,
      seriesDimension: null,
      filterDimensions: ['Tid', 'Sektor'],
      chartType: 'line',
    };
    const data = figureData(rdCube(), single, { Sektor: ['uh', 'nl'] });
    expect(data.seriesLabel).toBeNull();
    expect(data.series).toHaveLength(1);
    expect(data.series[0]?.label).toBe('FoU-utgifter til helse');
    // Sektor is no longer a series, so it holds one category: the first one asked for.
    expect(data.selection.Sektor).toEqual(['uh']);
    expect(data.series[0]?.values).toEqual([200.5, 210.5, 220.5, 230.5, 240.5]);
  });

  it('gives a heatmap the same grid of x and series', () => {
    const bar = figureData(rdCube(), spec, {});
    const heatmap = figureData(rdCube(), { ...spec, chartType: 'heatmap' }, {});
    expect(heatmap.series).toEqual(bar.series);
    expect(heatmap.chartType).toBe('heatmap');
  });

  it('says in Norwegian which dimension or category the dataset lacks', () => {
    expect(() => figureData(rdCube(), { ...spec, seriesDimension: 'Region' }, {})).toThrow(
      'Datasettet har ingen dimensjon «Region»',
    );
    expect(() => figureData(rdCube(), { ...spec, filterDimensions: ['Kjønn'] }, {})).toThrow(
      'Datasettet har ingen dimensjon «Kjønn»',
    );
    expect(() => figureData(rdCube(), { ...spec, fixed: { ContentsCode: 'Kroner' } }, {})).toThrow(
      'Dimensjonen «ContentsCode» har ingen kategori «Kroner»',
    );
  });

  it('reads the right cells of a million-cell cube', () => {
    const dims = [200, 50, 10, 10].map((n, d) => ({
      id: `d${d}`,
      label: `D${d}`,
      role: null,
      categories: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, label: `K${i}` })),
    }));
    const values = new Float64Array(1_000_000);
    for (let i = 0; i < values.length; i++) values[i] = i;
    const cube: Cube = { ...rdCube(), dimensions: dims, values, status: new Map() };
    const big: FigureSpec = {
      ...spec,
      xDimension: 'd1',
      seriesDimension: 'd3',
      filterDimensions: ['d0', 'd1', 'd2', 'd3'],
      fixed: {},
    };
    const data = figureData(cube, big, { d0: ['c123'], d2: ['c7'], d3: ['c2', 'c9'] });
    expect(data.x.categories).toHaveLength(50);
    // Index = 123·5000 + x·100 + 7·10 + s.
    expect(data.series[1]?.values[4]).toBe(123 * 5000 + 4 * 100 + 70 + 9);
    expect(data.series[0]?.values[49]).toBe(123 * 5000 + 49 * 100 + 70 + 2);
  });

  it('agrees with reading every cell of the cube, for any small cube and selection', () => {
    const arbitraryCase = fc
      .array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 })
      .chain((size) =>
        fc.record({
          size: fc.constant(size),
          picks: fc.tuple(...size.map((n) => fc.subarray([...Array(n).keys()]))),
          values: fc.array(fc.oneof(fc.double({ noNaN: true }), fc.constant(Number.NaN)), {
            minLength: size.reduce((a, b) => a * b, 1),
            maxLength: size.reduce((a, b) => a * b, 1),
          }),
        }),
      );
    fc.assert(
      fc.property(arbitraryCase, ({ size, picks, values }) => {
        const dims = size.map((n, d) => ({
          id: `d${d}`,
          label: `D${d}`,
          role: null,
          categories: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, label: `K${i}` })),
        }));
        const cube: Cube = { ...rdCube(), dimensions: dims, values: Float64Array.from(values) };
        cube.status = new Map();
        const s: FigureSpec = {
          ...spec,
          xDimension: 'd0',
          seriesDimension: 'd1',
          filterDimensions: dims.map((d) => d.id),
          fixed: {},
        };
        const requested = Object.fromEntries(
          picks.map((p, d) => [`d${d}`, (p as number[]).map((i) => `c${i}`)]),
        );
        const data = figureData(cube, s, requested);
        const stride = strides(size);
        const position = (d: number) =>
          (data.selection[`d${d}`] ?? []).map((id) => Number(id.slice(1)));
        const rest = size.slice(2).reduce((sum, _, k) => {
          return sum + (position(k + 2)[0] ?? 0) * (stride[k + 2] ?? 0);
        }, 0);
        data.series.forEach((series, si) => {
          series.values.forEach((v, xi) => {
            const cell =
              rest +
              (position(0)[xi] ?? 0) * (stride[0] ?? 0) +
              (position(1)[si] ?? 0) * (stride[1] ?? 0);
            const expected = cube.values[cell] as number;
            expect(v).toBe(Number.isNaN(expected) ? null : expected);
          });
        });
      }),
    );
  });
});

describe('selectionFromQuery', () => {
  it("keeps the cube's dimensions only, every value as a list", () => {
    const query = { Tid: '2020', Sektor: ['hf', 'uh'], side: '2', Region: ['0301'] };
    expect(selectionFromQuery(query, rdCube())).toEqual({ Tid: ['2020'], Sektor: ['hf', 'uh'] });
  });

  it('drops over-long and empty values and caps the number of values', () => {
    const long = 'x'.repeat(201);
    expect(selectionFromQuery({ Tid: [long, '', '2021'] }, rdCube())).toEqual({ Tid: ['2021'] });
    const many = Array.from({ length: 600 }, (_, i) => `v${i}`);
    // Counted in the cube's dimension order: Sektor's one value first, then 499 years.
    const selection = selectionFromQuery({ Tid: many, Sektor: ['hf'] }, rdCube());
    expect(selection.Sektor).toEqual(['hf']);
    expect(selection.Tid).toEqual(many.slice(0, 499));
  });

  it('is not fooled by inherited keys such as "constructor"', () => {
    const cube = rdCube();
    cube.dimensions.push({ id: 'constructor', label: 'X', role: null, categories: [] });
    expect(selectionFromQuery({}, cube)).toEqual({});
  });
});

describe('selectionToQuery', () => {
  it('is empty for the default view', () => {
    const cube = rdCube();
    expect(selectionToQuery(figureData(cube, spec, {}).selection, spec, cube)).toBe('');
  });

  it('names only changed filters, in dimension and category order, and round-trips', () => {
    const cube = rdCube();
    const data = figureData(cube, spec, { Tid: ['2021', '2020'], Sektor: ['hf'] });
    const query = selectionToQuery(data.selection, spec, cube);
    expect(query).toBe('Sektor=hf&Tid=2020&Tid=2021');
    const params = new URLSearchParams(query);
    const back = selectionFromQuery(
      { Sektor: params.getAll('Sektor'), Tid: params.getAll('Tid') },
      cube,
    );
    expect(figureData(cube, spec, back)).toEqual(data);
  });

  it('leaves out a filter still at its default and encodes ids for the address', () => {
    const cube = rdCube();
    cube.dimensions[0]?.categories.push({ id: 'a b&c', label: 'Andre' });
    const bigger = new Float64Array(6 * 5 * 2);
    bigger.set(cube.values);
    cube.values = bigger;
    const data = figureData(cube, spec, { Sektor: ['a b&c'] });
    expect(selectionToQuery(data.selection, spec, cube)).toBe('Sektor=a%20b%26c');
  });

  it("without the cube, compares with the spec's default selection", () => {
    const withDefault = { ...spec, defaultSelection: { Tid: ['2022', '2023'], Sektor: ['nl'] } };
    const cube = rdCube();
    expect(selectionToQuery(figureData(cube, withDefault, {}).selection, withDefault)).toBe('');
    const changed = figureData(cube, withDefault, { Tid: ['2023'] });
    expect(selectionToQuery(changed.selection, withDefault)).toBe('Tid=2023');
  });
});
