import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Category,
  type Cube,
  cellCount,
  cellIndex,
  cubeSize,
  type Dimension,
  strides,
} from './cube.ts';
import { inspectJsonStat, JsonStatError, parseJsonStat } from './jsonstat.ts';
import { toJsonStat } from './jsonstat-write.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseJsonStat(fixture(name));

/** The value and status at one coordinate, named by category ids in dimension order. */
function at(cube: Cube, ...ids: string[]) {
  const positions = cube.dimensions.map((d, i) => d.categories.findIndex((c) => c.id === ids[i]));
  expect(positions).not.toContain(-1);
  const cell = cellIndex(strides(cubeSize(cube.dimensions)), positions);
  return { value: cube.values[cell], status: cube.status.get(cell) };
}

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const messageOf = (input: unknown): string => {
  try {
    parseJsonStat(input);
  } catch (error) {
    expect(error).toBeInstanceOf(JsonStatError);
    return (error as JsonStatError).message;
  }
  throw new Error('parseJsonStat accepted the input');
};

/** A small valid dataset the error tests break one property at a time. */
const base = () => ({
  version: '2.0',
  class: 'dataset',
  id: ['Region', 'Tid'],
  size: [3, 2],
  dimension: {
    Region: { label: 'region', category: { index: ['03', '46', '50'] } },
    Tid: { label: 'år', category: { index: { '2021': 0, '2022': 1 } } },
  },
  value: [1, 2, 3, 4, 5, 6] as unknown,
});

describe('reading JSON-stat 2.0 datasets', () => {
  it('reads a four-dimension cube with its labels, roles, notes and a known value', () => {
    const cube = read('fou-helse-4d.json');
    expect(cube.label).toBe(
      'FoU-utgifter til helseformål etter sektor, region, finansieringskilde og år (mill. kr)',
    );
    expect(cube.source).toBe('Demodata – ikke offisiell statistikk');
    expect(cube.updated).toBe('2024-10-15');
    expect(cube.note).toHaveLength(2);
    expect(cube.dimensions.map((d) => [d.id, d.label, d.role, d.categories.length])).toEqual([
      ['Sektor', 'sektor', null, 4],
      ['Region', 'region', 'geo', 3],
      ['Finansiering', 'finansieringskilde', null, 3],
      ['Tid', 'år', 'time', 2],
    ]);
    expect(cube.dimensions[0]?.categories[3]).toEqual({
      id: 'helseforetak',
      label: 'Helseforetak og private ideelle sykehus',
    });
    expect(cube.dimensions[2]?.note).toEqual([
      'Offentlige midler omfatter departementer, Forskningsrådet og regionale helseforetak.',
    ]);
    expect(at(cube, 'helseforetak', '46', 'offentlig', '2022')).toEqual({
      value: 812.4,
      status: undefined,
    });
    expect(at(cube, 'naeringsliv', '03', 'naeringsliv', '2021').value).toBe(123);
    const missing = at(cube, 'naeringsliv', '50', 'utlandet', '2022');
    expect(missing.value).toBeNaN();
    expect(missing.status).toBe('..');
    expect(at(cube, 'helseforetak', '50', 'naeringsliv', '2021').status).toBe('.');
    expect(cube.status.size).toBe(3);
  });

  it('reads an SSB PxWebApi v2 response: index objects, units on ContentsCode, extensions ignored', () => {
    const cube = read('ssb-pxwebapi-v2.json');
    expect(cube.source).toBe('Statistisk sentralbyrå');
    expect(cube.updated).toBe('2024-09-26T06:00:00Z');
    expect(cube.dimensions.map((d) => [d.id, d.role])).toEqual([
      ['Region', 'geo'],
      ['ContentsCode', 'metric'],
      ['Tid', 'time'],
    ]);
    expect(cube.dimensions[0]?.categories.map((c) => c.label)).toEqual([
      'Hele landet',
      'Oslo',
      'Vestland',
    ]);
    expect(cube.dimensions[1]?.categories).toEqual([
      {
        id: 'FoUUtgifter',
        label: 'FoU-utgifter til helse',
        unit: { label: 'mill. kr', decimals: 1 },
      },
      { id: 'FoUAarsverk', label: 'FoU-årsverk i helse', unit: { label: 'årsverk', decimals: 0 } },
    ]);
    expect(at(cube, '0', 'FoUUtgifter', '2022').value).toBe(11988.1);
    expect(at(cube, '03', 'FoUAarsverk', '2021').value).toBe(3512);
    expect(at(cube, '46', 'FoUUtgifter', '2022')).toEqual({ value: Number.NaN, status: '..' });
  });

  it('reads sparse values with a status list of ".." and "."', () => {
    const cube = read('kliniske-studier-sparse.json');
    expect(at(cube, 'HV', '2023').value).toBe(131);
    expect(at(cube, 'HMN', '2023')).toEqual({ value: Number.NaN, status: '..' });
    expect(at(cube, 'HN', '2023')).toEqual({ value: Number.NaN, status: '.' });
    expect([...cube.status.keys()].sort()).toEqual([5, 7]);
  });

  it('gives every cell the status when it is one string', () => {
    const cube = read('status-string.json');
    expect([...cube.values]).toEqual([Number.NaN, Number.NaN]);
    expect([...cube.status]).toEqual([
      [0, '..'],
      [1, '..'],
    ]);
    // A category without a label is shown by its id.
    expect(cube.dimensions[1]?.categories).toEqual([{ id: '2024', label: '2024' }]);
  });

  it('reads a dimension with one category and no index, with unit symbol and category note', () => {
    const cube = read('single-category.json');
    expect(cube.dimensions.map((d) => d.categories.map((c) => c.id))).toEqual([
      ['AndelBNP'],
      ['NO'],
      ['2020', '2021', '2022'],
    ]);
    expect(cube.dimensions[0]?.categories[0]?.unit).toEqual({
      label: 'prosent',
      symbol: '%',
      position: 'end',
      decimals: 2,
    });
    expect(cube.dimensions[1]?.categories[0]?.note).toEqual(['Fastlands-Norge.']);
    expect(at(cube, 'AndelBNP', 'NO', '2021').value).toBe(0.43);
    expect(cube.source).toBeNull();
  });

  it('reads a Eurostat dataset with sparse value and status objects and an error list', () => {
    const cube = read('eurostat-sparse.json');
    expect(at(cube, 'A', 'MIO_EUR', 'NO', '2022')).toEqual({ value: 1512.9, status: 'p' });
    expect(at(cube, 'A', 'MIO_EUR', 'SE', '2022')).toEqual({ value: Number.NaN, status: ':' });
    expect(at(cube, 'A', 'MIO_EUR', 'FI', '2022').value).toBe(780.4);
  });

  it('reads the one dataset a collection embeds, and refuses a collection of two', () => {
    expect(read('collection-one.json')).toEqual(read('kliniske-studier-sparse.json'));
    expect(() => read('collection-two.json')).toThrow(
      'Filen er en samling med 2 datasett; last opp ett datasett.',
    );
  });

  it('accepts a parsed object, a byte order mark, and a 2.0 dataset without version or class', () => {
    const { version: _version, class: _class, ...bare } = base();
    expect(parseJsonStat(bare).values).toEqual(Float64Array.from([1, 2, 3, 4, 5, 6]));
    expect(parseJsonStat(`\uFEFF${JSON.stringify(base())}`).dimensions).toHaveLength(2);
  });

  it('takes the unit label from "base", as older SSB output names it', () => {
    const data = base();
    Object.assign(data.dimension.Region.category, {
      unit: { '03': { base: 'personer', decimals: 0 } },
    });
    expect(parseJsonStat(data).dimensions[0]?.categories[0]?.unit).toEqual({
      label: 'personer',
      decimals: 0,
    });
  });

  it('reads a million-cell table into the cube', () => {
    const size = [100, 100, 100];
    const index = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);
    const value = Array.from({ length: 1_000_000 }, (_, i) => (i % 10 === 0 ? null : i / 4));
    const text = JSON.stringify({
      version: '2.0',
      class: 'dataset',
      id: ['A', 'B', 'C'],
      size,
      dimension: Object.fromEntries(
        ['A', 'B', 'C'].map((id, i) => [id, { category: { index: index(size[i] ?? 0) } }]),
      ),
      value,
      status: { '999999': 'p' },
    });
    const cube = parseJsonStat(text);
    expect(inspectJsonStat(cube)).toMatchObject({ values: 1_000_000, missing: 100_000 });
    expect(at(cube, 'k12', 'k34', 'k57').value).toBe(123457 / 4);
    expect(cube.status.size).toBe(1);
  });
});

describe('errors name what is wrong', () => {
  it('reports invalid JSON with line and column', () => {
    const text = '{\n  "version": "2.0",\n  "value": [1.5, 2.5,]\n}';
    expect(messageOf(text)).toBe(
      'Filen er ikke gyldig JSON: uventet «]» på linje 3, kolonne 22 (tegn 44).',
    );
    expect(messageOf('{"class": "dataset"')).toBe(
      'Filen er ikke gyldig JSON: filen slutter før innholdet er avsluttet (linje 1).',
    );
    expect(messageOf('')).toBe('Filen er ikke gyldig JSON: filen er tom.');
  });

  it('refuses what is not a dataset, and JSON-stat version 1', () => {
    expect(messageOf('[1, 2]')).toBe(
      'Filen er ikke et JSON-stat-datasett: innholdet er ikke et JSON-objekt.',
    );
    expect(messageOf({ name: 'tabell' })).toBe(
      'Filen er ikke et JSON-stat-datasett: «class» mangler (ventet «dataset»).',
    );
    expect(messageOf({ version: '2.0', class: 'dimension', category: {} })).toContain(
      'JSON-stat-dimensjon, ikke et datasett',
    );
    expect(messageOf(fixture('version1-bundle.json'))).toContain('JSON-stat versjon 1');
    expect(messageOf({ ...base(), version: '1.02' })).toContain('JSON-stat versjon 1');
  });

  it('checks that id, size and dimension agree', () => {
    expect(messageOf(fixture('broken-size-length.json'))).toBe(
      '«size» har 1 tall, men «id» har 2 dimensjoner; de må være like mange.',
    );
    expect(messageOf(fixture('broken-category-count.json'))).toBe(
      'Dimensjonen «Region» har 2 kategorier, men «size» sier 3.',
    );
    const missing = { ...base(), id: ['Region', 'Kjonn'] };
    expect(messageOf(missing)).toBe(
      'Dimensjonen «Kjonn» står i «id», men mangler under «dimension».',
    );
    const noIndex = base();
    noIndex.dimension.Region.category = { label: { '03': 'Oslo', '46': 'Vestland' } } as never;
    expect(messageOf(noIndex)).toBe(
      'Dimensjonen «Region»: category.index mangler (den kreves når dimensjonen har mer enn én kategori).',
    );
  });

  it('checks the positions of an index object', () => {
    const duplicate = base();
    duplicate.dimension.Tid.category.index = { '2021': 0, '2022': 0 };
    expect(messageOf(duplicate)).toBe(
      'Dimensjonen «Tid»: kategoriene «2021» og «2022» har samme posisjon 0 i category.index.',
    );
    const outside = base();
    outside.dimension.Tid.category.index = { '2021': 0, '2022': 2 };
    expect(messageOf(outside)).toBe(
      'Dimensjonen «Tid»: kategorien «2022» har posisjon 2, som er utenfor 0–1.',
    );
  });

  it('checks the values against the cube', () => {
    expect(messageOf({ ...base(), value: [1, 2, 3, 4, 5] })).toBe(
      '«value» har 5 elementer, men dimensjonene gir 6 celler (3 × 2).',
    );
    expect(messageOf({ ...base(), value: { '0': 1, '6': 2 } })).toBe(
      '«value» har celleindekser utenfor kuben (gyldig er 0–5): «6».',
    );
    expect(messageOf({ ...base(), value: { '-1': 1, '1.5': 2, '2': 3 } })).toBe(
      '«value» har celleindekser utenfor kuben (gyldig er 0–5): «-1»; «1.5».',
    );
    const ids = ['A', 'B', 'C', 'D', 'E'];
    const huge = {
      ...base(),
      id: ids,
      size: ids.map(() => 30),
      dimension: Object.fromEntries(
        ids.map((id) => [
          id,
          { category: { index: Array.from({ length: 30 }, (_, i) => `${i}`) } },
        ]),
      ),
    };
    expect(messageOf(huge)).toBe(
      'Datasettet har 24300000 celler (30 × 30 × 30 × 30 × 30); monitoren leser høyst 20000000.',
    );
    expect(messageOf({ ...base(), value: [1, 2, '3,5', 4, 5, 6] })).toBe(
      'Verdiene må være tall eller null, men celle 2 (Region=46, Tid=2021) er teksten «3,5».',
    );
    expect(messageOf({ ...base(), value: ['1', '2', '3', '4', '5', '6'] })).toMatch(
      /^Verdiene må være tall eller null, men celle 0 .*; celle 4 \(Region=50, Tid=2021\) er teksten «5» og 1 til\.$/,
    );
    expect(messageOf({ ...base(), status: { '1': 5 } })).toBe(
      'Status må være tekst eller null, men celle 1 (Region=03, Tid=2022) er 5.',
    );
    expect(messageOf({ ...base(), status: ['..', null] })).toBe(
      '«status» har 2 elementer, men dimensjonene gir 6 celler (3 × 2).',
    );
  });

  it('keeps the list of problems on the error', () => {
    const broken = { ...base(), id: ['Region', 'Region'], size: [3, 3] };
    try {
      parseJsonStat(broken);
      expect.unreachable();
    } catch (error) {
      expect((error as JsonStatError).problems).toEqual([
        'Dimensjonen «Region» står flere ganger i «id».',
      ]);
    }
  });
});

describe('inspecting and writing', () => {
  it('summarises a cube', () => {
    expect(inspectJsonStat(read('ssb-pxwebapi-v2.json'))).toEqual({
      label: '99999: FoU i helse, etter region, statistikkvariabel og år (demodata)',
      ids: ['Region', 'ContentsCode', 'Tid'],
      size: [3, 2, 3],
      roles: { time: ['Tid'], geo: ['Region'], metric: ['ContentsCode'] },
      values: 18,
      missing: 1,
    });
  });

  it('writes JSON-stat 2.0 with index lists, units, null for missing and sparse status', () => {
    const written = toJsonStat(read('ssb-pxwebapi-v2.json'));
    expect(written).toMatchObject({
      version: '2.0',
      class: 'dataset',
      id: ['Region', 'ContentsCode', 'Tid'],
      size: [3, 2, 3],
      role: { time: ['Tid'], geo: ['Region'], metric: ['ContentsCode'] },
      status: { '14': '..' },
    });
    expect(written.dimension.Region?.category.index).toEqual(['0', '03', '46']);
    expect(written.dimension.ContentsCode?.category.unit?.FoUUtgifter).toEqual({
      label: 'mill. kr',
      decimals: 1,
    });
    expect(written.value[14]).toBeNull();
    expect('extension' in written).toBe(false);
  });

  it.each([
    'fou-helse-4d.json',
    'ssb-pxwebapi-v2.json',
    'kliniske-studier-sparse.json',
    'status-string.json',
    'single-category.json',
    'eurostat-sparse.json',
  ])('reads back what it writes: %s', (name) => {
    const cube = read(name);
    expect(parseJsonStat(JSON.stringify(toJsonStat(cube)))).toEqual(cube);
  });
});

const key = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,6}$/),
  fc.constantFrom('constructor', '__proto__', 'toString', 'Tid', 'ContentsCode'),
);
const notes = fc.array(fc.string({ maxLength: 12 }), { maxLength: 2 });
const unit = fc.record(
  {
    label: fc.string({ maxLength: 8 }),
    symbol: fc.constantFrom('%', 'kr', '€'),
    position: fc.constantFrom('start' as const, 'end' as const),
    decimals: fc.nat(4),
  },
  { requiredKeys: [] },
);
const category = (id: string) =>
  fc.record<Category>(
    { id: fc.constant(id), label: fc.string({ maxLength: 10 }), unit, note: notes },
    { requiredKeys: ['id', 'label'] },
  );
const dimension = (id: string) =>
  fc
    .tuple(
      fc
        .uniqueArray(key, { minLength: 1, maxLength: 4 })
        .chain((ids) => fc.tuple(...ids.map(category))),
      fc.record({
        label: fc.string({ maxLength: 10 }),
        role: fc.constantFrom(null, 'time' as const, 'geo' as const, 'metric' as const),
      }),
      fc.option(notes, { nil: undefined }),
    )
    .map(
      ([categories, rest, note]): Dimension => ({
        id,
        ...rest,
        categories,
        ...(note ? { note } : {}),
      }),
    );
const cell = fc.oneof(
  fc.constant(Number.NaN),
  // -0 would come back as 0 through JSON, and that is no loss.
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v)),
);
const cubes = fc
  .uniqueArray(key, { minLength: 1, maxLength: 4 })
  .chain((ids) => fc.tuple(...ids.map(dimension)))
  .chain((dimensions) => {
    const cells = cellCount(cubeSize(dimensions));
    return fc.record({
      label: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
      source: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
      updated: fc.option(fc.constant('2024-05-01T06:00:00Z'), { nil: null }),
      note: notes,
      dimensions: fc.constant(dimensions),
      values: fc
        .array(cell, { minLength: cells, maxLength: cells })
        .map((v) => Float64Array.from(v)),
      status: fc
        .array(fc.tuple(fc.nat(cells - 1), fc.constantFrom('..', '.', ':', 'p', 'e')), {
          maxLength: 4,
        })
        .map((entries) => new Map(entries)),
    });
  });

describe('properties', () => {
  it('places a JSON syntax error where it is', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, at) => {
        // A raw control character is wrong anywhere: outside a string, or inside one.
        const k = at % (json.length + 1);
        const message = messageOf(`${json.slice(0, k)}\u0001${json.slice(k)}`);
        if (message.includes('ugyldig tekst')) return;
        // Inside "true", "null" or "false" the error is the word where it starts.
        const place = Number(/\(tegn (\d+)\)/.exec(message)?.[1]);
        expect(place).toBeLessThanOrEqual(k + 1);
        expect(place).toBeGreaterThanOrEqual(k - 3);
      }),
    );
  });

  it('calls a cut-off file short, not wrong', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, at) => {
        const cut = json.slice(0, at % json.length);
        fc.pre(!isJson(cut));
        expect(messageOf(cut)).toMatch(/filen slutter før innholdet er avsluttet|filen er tom/);
      }),
    );
  });

  it('every valid cube reads back as written', () => {
    fc.assert(
      fc.property(cubes, (cube) => {
        expect(parseJsonStat(JSON.stringify(toJsonStat(cube)))).toEqual(cube);
      }),
    );
  });

  it('sparse and dense encodings of a cube read the same', () => {
    fc.assert(
      fc.property(cubes, (cube) => {
        const dense = toJsonStat(cube);
        const value = Object.fromEntries(
          dense.value.flatMap((v, i) => (v === null ? [] : [[String(i), v]])),
        );
        const status = Array.from(cube.values, (_, i) => cube.status.get(i) ?? null);
        const sparse = { ...dense, value, status };
        expect(parseJsonStat(JSON.stringify(sparse))).toEqual(parseJsonStat(dense));
      }),
    );
  });
});
