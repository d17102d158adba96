import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Cube, cellCount } from '../../../core/monitor/cube.ts';
import {
  createPxWebClient,
  type PxWebClientOptions,
  PxWebError,
  parseJsonStatMetadata,
  retryAfterMs,
  splitSelection,
} from './pxweb-client.ts';
import {
  fouTable,
  listedTables,
  selectCells,
  startTestPxWebServer,
  type TestPxWebServer,
  type TestPxWebServerOptions,
} from './test-pxweb-server.ts';

const START = Date.parse('2025-01-01T12:00:00Z');

let server: TestPxWebServer;
/** The server to close after the test, if the test started one. */
let running: TestPxWebServer | undefined;
let clock: number;
let delays: number[];
let callTimes: number[];

async function start(options: Partial<TestPxWebServerOptions> = {}): Promise<TestPxWebServer> {
  server = await startTestPxWebServer({ tables: [fouTable(), ...listedTables()], ...options });
  running = server;
  return server;
}

/** A client on a fake clock: sleeping records the delay and moves the clock, without waiting. */
function client(options: Partial<PxWebClientOptions> = {}) {
  return createPxWebClient({
    baseUrl: server.url,
    now: () => clock,
    sleep: async (ms) => {
      delays.push(ms);
      clock += ms;
    },
    random: () => 0.5,
    fetch: (input, init) => {
      callTimes.push(clock);
      return fetch(input, init);
    },
    ...options,
  });
}

const dataRequests = () => server.log.filter((r) => r.path.endsWith('/data'));

function plain(cube: Cube) {
  return {
    dimensions: cube.dimensions,
    values: Array.from(cube.values),
    status: [...cube.status.entries()].sort((a, b) => a[0] - b[0]),
  };
}

beforeEach(() => {
  clock = START;
  delays = [];
  callTimes = [];
});

afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('PxWebApi client against a local fake of the API', () => {
  it('reads the limits from /config', async () => {
    await start({ maxDataCells: 50, maxCallsPerTimeWindow: 30, timeWindow: 10 });
    const config = await client().config();
    expect(config).toMatchObject({ maxDataCells: 50, maxCallsPerTimeWindow: 30, timeWindow: 10 });
  });

  it('lists every table by following the pages', async () => {
    await start();
    const tables = await client().listTables({ pageSize: 2 });
    expect(tables.map((t) => t.id)).toEqual(['12345', '10001', '10002', '10003', '10004']);
    expect(tables[0]).toEqual({
      id: '12345',
      label: 'FoU-utgifter etter sektor, region, statistikkvariabel og år',
      updated: '2024-09-12T06:00:00Z',
      firstPeriod: '2015',
      lastPeriod: '2022',
    });
    const pages = server.log.filter((r) => r.path.endsWith('/tables'));
    expect(pages.map((r) => r.params.pageNumber)).toEqual(['1', '2', '3']);
    expect(pages.every((r) => r.params.pageSize === '2' && r.params.lang === 'no')).toBe(true);
  });

  it('passes the search text on every page', async () => {
    await start();
    const tables = await client().listTables({ query: 'FoU', pageSize: 2 });
    expect(tables.map((t) => t.id)).toEqual(['12345', '10001', '10004']);
    const pages = server.log.filter((r) => r.path.endsWith('/tables'));
    expect(pages.map((r) => r.params.query)).toEqual(['FoU', 'FoU']);
  });

  it('reads metadata (a dataset without values) into dimensions', async () => {
    await start();
    const meta = await client().metadata('12345');
    const expected = fouTable().cube as Cube;
    expect(meta.dimensions).toEqual(expected.dimensions);
    expect(meta.label).toBe(expected.label);
    const request = server.log.find((r) => r.path.endsWith('/metadata'));
    expect(request?.params).toMatchObject({ lang: 'no', outputFormat: 'json-stat2' });
  });

  it('fetches a selection larger than maxDataCells in parts and merges them in table order', async () => {
    await start({ maxDataCells: 50 });
    const selection = {
      // Deliberately out of the table's order: the result follows the table.
      Tid: ['2022', '2015', '2016', '2017', '2018', '2019', '2020', '2021'],
      Sektor: ['UH', 'NAER', 'HF'],
      ContentsCode: ['FoUUtgift', 'Aarsverk'],
      // Region left out: every region.
    };
    const cube = await client().fetchTable('12345', selection);
    const expected = selectCells(fouTable().cube as Cube, selection);
    expect(plain(cube)).toEqual(plain(expected));
    expect(cube.dimensions.map((d) => d.categories.length)).toEqual([3, 3, 2, 8]);
    // Næringslivet, Oslo, FoU-utgifter, 2016 and UH, Hele landet, FoU-utgifter, 2022.
    expect(cube.status.get(17)).toBe('..');
    expect(cube.status.get(55)).toBe(':');
    expect(Number.isNaN(cube.values[55] ?? 0)).toBe(true);

    const parts = dataRequests();
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      const sizes = ['Sektor', 'Region', 'ContentsCode', 'Tid'].map((v) => {
        const codes = part.params[`valueCodes[${v}]`] ?? '';
        return codes === '*'
          ? ([5, 3, 2, 8][['Sektor', 'Region', 'ContentsCode', 'Tid'].indexOf(v)] ?? 0)
          : codes.split(',').length;
      });
      expect(cellCount(sizes)).toBeLessThanOrEqual(50);
      expect(part.status).toBe(200);
    }
  });

  it('places cells by category id when the API answers in another order', async () => {
    await start({ maxDataCells: 40, reverseDataOrder: true });
    const selection = { Sektor: ['NAER', 'HF', 'TOT'], Tid: ['2019', '2020', '2021', '2022'] };
    const cube = await client().fetchTable('12345', selection);
    expect(plain(cube)).toEqual(plain(selectCells(fouTable().cube as Cube, selection)));
    expect(dataRequests().length).toBeGreaterThan(1);
  });

  it('fetches a small selection in one request', async () => {
    await start({ maxDataCells: 1000 });
    const cube = await client().fetchTable('12345', { Region: ['03'], Tid: ['2020', '2021'] });
    expect(plain(cube)).toEqual(
      plain(selectCells(fouTable().cube as Cube, { Region: ['03'], Tid: ['2020', '2021'] })),
    );
    expect(dataRequests()).toHaveLength(1);
    expect(dataRequests()[0]?.params).toMatchObject({
      'valueCodes[Sektor]': '*',
      'valueCodes[Region]': '03',
      'valueCodes[Tid]': '2020,2021',
      outputFormat: 'json-stat2',
    });
  });

  it('refuses an unknown variable or value before asking for any data', async () => {
    await start();
    const c = client();
    await expect(c.fetchTable('12345', { Kjonn: ['1'] })).rejects.toThrow(
      /Tabell 12345 har ingen variabel «Kjonn»\. Variablene er: Sektor \(sektor\), Region/,
    );
    await expect(c.fetchTable('12345', { Tid: ['2020', '1999'] })).rejects.toThrow(
      'Variabelen «år» (Tid) i tabell 12345 har ikke verdien «1999».',
    );
    expect(dataRequests()).toHaveLength(0);
  });

  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    await start();
    server.failNext(2, { retryAfter: '3' });
    const config = await client().config();
    expect(config.maxDataCells).toBe(50);
    expect(delays).toEqual([3000, 3000]);
    expect(server.log.map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it('reads Retry-After as an HTTP date, and caps a long wait at 60 s', async () => {
    await start();
    server.failNext(1, { retryAfter: 'Wed, 01 Jan 2025 12:00:07 GMT' });
    server.failNext(1, { retryAfter: '600' });
    await client().config();
    expect(delays).toEqual([7000, 60_000]);
  });

  it('backs off exponentially when 429 or 5xx come without Retry-After', async () => {
    await start();
    server.failNext(2);
    server.failNext(1, { status: 503 });
    await client().config();
    expect(delays).toEqual([1000, 2000, 4000]); // random() = 0.5 puts the jitter in the middle
  });

  it('gives up with a Norwegian message after too many 429s', async () => {
    await start();
    server.failNext(10, { retryAfter: '1' });
    const error = await client({ maxRetries: 4 })
      .config()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PxWebError);
    expect((error as Error).message).toMatch(
      /^Statistikkbanken svarer ikke nå \(for mange forespørsler\)/,
    );
    expect(server.log).toHaveLength(5);
  });

  it('does not retry a 404, and says what was not found', async () => {
    await start();
    await expect(client().metadata('99999')).rejects.toThrow(
      /Statistikkbanken fant ikke metadata for tabell 99999 \(HTTP 404\): Not Found: No table/,
    );
    expect(server.log.filter((r) => r.path.includes('99999'))).toHaveLength(1);
  });

  it('retries a request that times out', async () => {
    await start();
    server.hangNext(1);
    const config = await client({ timeoutMs: 100 }).config();
    expect(config.maxDataCells).toBe(50);
    expect(server.log).toHaveLength(2);
  });

  it('keeps to maxCallsPerTimeWindow', async () => {
    await start({ maxDataCells: 10, maxCallsPerTimeWindow: 3, timeWindow: 10 });
    await client().fetchTable('12345', { Sektor: ['NAER', 'INST'], Region: ['0'] });
    expect(callTimes.length).toBeGreaterThan(4);
    // Any four calls in a row span at least the 10-second window.
    for (let i = 3; i < callTimes.length; i++) {
      expect((callTimes[i] ?? 0) - (callTimes[i - 3] ?? 0)).toBeGreaterThanOrEqual(10_000);
    }
  });
});

describe('the pieces of the client', () => {
  it('splits along the largest dimension until every part fits', () => {
    const codes = [
      ['a', 'b', 'c'],
      ['1', '2', '3', '4', '5', '6', '7'],
      ['x', 'y'],
    ];
    const parts = splitSelection(codes, 10);
    for (const part of parts) expect(cellCount(part.map((c) => c.length))).toBeLessThanOrEqual(10);
    const cells = new Set<string>();
    for (const part of parts) {
      for (const a of part[0] ?? [])
        for (const b of part[1] ?? []) for (const c of part[2] ?? []) cells.add(`${a}${b}${c}`);
    }
    expect(cells.size).toBe(42);
    expect(parts.reduce((n, p) => n + cellCount(p.map((c) => c.length)), 0)).toBe(42);
  });

  it('leaves a selection that fits whole', () => {
    expect(splitSelection([['a'], ['1', '2']], 2)).toEqual([[['a'], ['1', '2']]]);
  });

  it('reads Retry-After', () => {
    expect(retryAfterMs('5', 0)).toBe(5000);
    expect(retryAfterMs(null, 0)).toBeNull();
    expect(retryAfterMs('soon', 0)).toBeNull();
    expect(retryAfterMs('Thu, 01 Jan 1970 00:00:02 GMT', 0)).toBe(2000);
  });

  it('reads PxWebApi metadata with an empty value list, as the spec example has it', () => {
    const meta = parseJsonStatMetadata({
      version: '2.0',
      class: 'dataset',
      label: 'Folkmängden efter region och år',
      note: 'This is a table note!',
      role: { time: ['Tid'], metric: ['ContentsCode'] },
      id: ['Region', 'ContentsCode', 'Tid'],
      size: [2, 1, 2],
      dimension: {
        Region: {
          label: 'region',
          category: {
            index: { '00': 0, '01': 1 },
            label: { '00': 'Riket', '01': 'Stockholms län' },
          },
        },
        ContentsCode: {
          label: 'tabellinnehåll',
          category: {
            index: { BE0101N1: 0 },
            label: { BE0101N1: 'Folkmängd' },
            unit: { BE0101N1: { base: 'antal', decimals: 0 } },
          },
        },
        Tid: { label: 'år', category: { index: { '2020': 0, '2021': 1 } } },
      },
      value: [],
    });
    expect(meta.note).toEqual(['This is a table note!']);
    expect(meta.dimensions.map((d) => [d.id, d.role, d.categories.map((c) => c.id)])).toEqual([
      ['Region', null, ['00', '01']],
      ['ContentsCode', 'metric', ['BE0101N1']],
      ['Tid', 'time', ['2020', '2021']],
    ]);
  });
});
