/**
 * A local stand-in for PxWebApi 2.0 (SSB's Statistikkbanken) for tests: /config, a paged
 * /tables, and /tables/{id}/metadata and /data in JSON-stat 2.0, cut from full cubes held in
 * memory. It can answer 429 or 500, or not at all, on the next calls, and logs every request.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Cube, cellCount, type Dimension, strides } from '../../../core/monitor/cube.ts';
import { toJsonStat } from '../../../core/monitor/jsonstat-write.ts';

export type FakeTable = {
  id: string;
  label: string;
  updated: string;
  firstPeriod: string;
  lastPeriod: string;
  /** Tables without a cube are listed only. */
  cube?: Cube;
};

export type LoggedRequest = {
  method: string;
  path: string;
  params: Record<string, string>;
  status: number | null;
};

export type TestPxWebServer = {
  url: string;
  log: LoggedRequest[];
  /** The next `count` calls answer with `status` (429 by default) and this Retry-After, if any. */
  failNext(count: number, options?: { status?: number; retryAfter?: string }): void;
  /** The next `count` calls get no answer at all (for timeouts). */
  hangNext(count: number): void;
  close(): Promise<void>;
};

export type TestPxWebServerOptions = {
  tables: FakeTable[];
  maxDataCells?: number;
  maxCallsPerTimeWindow?: number;
  timeWindow?: number;
  defaultPageSize?: number;
  /** Data answers with dimensions and categories in reverse order (a client must place cells by id). */
  reverseDataOrder?: boolean;
};

/** The cells of `cube` for chosen category ids, in the cube's own dimension and category order. */
export function selectCells(cube: Cube, selection: Record<string, string[]>): Cube {
  const chosen = cube.dimensions.map((d) => {
    const wanted = selection[d.id];
    return d.categories
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => !wanted || wanted.includes('*') || wanted.includes(c.id));
  });
  const dimensions: Dimension[] = cube.dimensions.map((d, i) => ({
    ...d,
    categories: (chosen[i] ?? []).map(({ c }) => c),
  }));
  const fromStride = strides(cube.dimensions.map((d) => d.categories.length));
  const size = dimensions.map((d) => d.categories.length);
  const values = new Float64Array(cellCount(size));
  const status = new Map<number, string>();
  const position = new Array<number>(size.length).fill(0);
  for (let cell = 0; cell < values.length; cell++) {
    let from = 0;
    for (let d = 0; d < size.length; d++) {
      from += (chosen[d]?.[position[d] ?? 0]?.i ?? 0) * (fromStride[d] ?? 0);
    }
    values[cell] = cube.values[from] ?? Number.NaN;
    const symbol = cube.status.get(from);
    if (symbol !== undefined) status.set(cell, symbol);
    for (let d = size.length - 1; d >= 0; d--) {
      position[d] = (position[d] ?? 0) + 1;
      if ((position[d] ?? 0) < (size[d] ?? 0)) break;
      position[d] = 0;
    }
  }
  return { ...cube, dimensions, values, status };
}

/** The same cells with the dimension order and every category order reversed. */
export function reversed(cube: Cube): Cube {
  const dimensions = [...cube.dimensions]
    .reverse()
    .map((d) => ({ ...d, categories: [...d.categories].reverse() }));
  const size = dimensions.map((d) => d.categories.length);
  const oldStride = strides([...size].reverse());
  const values = new Float64Array(cube.values.length);
  const status = new Map<number, string>();
  const position = new Array<number>(size.length).fill(0);
  for (let cell = 0; cell < values.length; cell++) {
    let from = 0;
    for (let d = 0; d < size.length; d++) {
      const old = size.length - 1 - d;
      from += ((size[d] ?? 0) - 1 - (position[d] ?? 0)) * (oldStride[old] ?? 0);
    }
    values[cell] = cube.values[from] ?? Number.NaN;
    const symbol = cube.status.get(from);
    if (symbol !== undefined) status.set(cell, symbol);
    for (let d = size.length - 1; d >= 0; d--) {
      position[d] = (position[d] ?? 0) + 1;
      if ((position[d] ?? 0) < (size[d] ?? 0)) break;
      position[d] = 0;
    }
  }
  return { ...cube, dimensions, values, status };
}

function problem(res: ServerResponse, status: number, title: string, detail: string) {
  res.writeHead(status, { 'content-type': 'application/problem+json' });
  res.end(JSON.stringify({ type: 'about:blank', title, status, detail }));
}

function json(res: ServerResponse, body: unknown) {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export async function startTestPxWebServer(
  options: TestPxWebServerOptions,
): Promise<TestPxWebServer> {
  const log: LoggedRequest[] = [];
  const failures: { status: number; retryAfter?: string }[] = [];
  let hangs = 0;
  const config = {
    apiVersion: '2.0.0',
    appVersion: 'test',
    languages: [
      { id: 'no', label: 'Norsk' },
      { id: 'en', label: 'English' },
    ],
    defaultLanguage: 'no',
    maxDataCells: options.maxDataCells ?? 50,
    maxCallsPerTimeWindow: options.maxCallsPerTimeWindow ?? 30,
    timeWindow: options.timeWindow ?? 10,
    license: 'CC-BY-4.0',
    defaultDataFormat: 'px',
    dataFormats: ['px', 'json-stat2', 'csv', 'xlsx'],
  };

  function handle(req: IncomingMessage, res: ServerResponse, entry: LoggedRequest) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/^\/api\/v2/, '');
    if (path === '/config') return json(res, config);
    if (path === '/tables') return listTables(res, url.searchParams);
    const match = path.match(/^\/tables\/([^/]+)\/(metadata|data)$/);
    const table = match && options.tables.find((t) => t.id === decodeURIComponent(match[1] ?? ''));
    if (!match || !table?.cube) {
      entry.status = 404;
      return problem(res, 404, 'Not Found', `No table with id ${match?.[1] ?? path}`);
    }
    const format = url.searchParams.get('outputFormat') ?? url.searchParams.get('outputformat');
    if (format !== 'json-stat2') {
      entry.status = 400;
      return problem(res, 400, 'Bad Request', `This test server only speaks json-stat2`);
    }
    if (match[2] === 'metadata') {
      // As PxWebApi: the dataset with every category and an empty value list.
      return json(res, { ...toJsonStat(table.cube), value: [], status: undefined });
    }
    return data(res, entry, table.cube, url.searchParams);
  }

  function listTables(res: ServerResponse, params: URLSearchParams) {
    const query = params.get('query')?.toLowerCase();
    const matching = options.tables.filter(
      (t) => !query || t.label.toLowerCase().includes(query) || t.id.toLowerCase() === query,
    );
    const pageSize = Number(params.get('pageSize') ?? options.defaultPageSize ?? 2);
    const pageNumber = Number(params.get('pageNumber') ?? 1);
    const totalPages = Math.max(1, Math.ceil(matching.length / pageSize));
    const page = matching.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
    const links = [{ rel: 'self', hreflang: 'no', href: `/tables?pageNumber=${pageNumber}` }];
    if (pageNumber < totalPages) {
      links.push({ rel: 'next', hreflang: 'no', href: `/tables?pageNumber=${pageNumber + 1}` });
    }
    json(res, {
      language: params.get('lang') ?? 'no',
      tables: page.map((t) => ({
        type: 'Table',
        id: t.id,
        label: t.label,
        updated: t.updated,
        firstPeriod: t.firstPeriod,
        lastPeriod: t.lastPeriod,
        variableNames: t.cube?.dimensions.map((d) => d.label) ?? [],
        links: [],
      })),
      page: { pageNumber, pageSize, totalElements: matching.length, totalPages, links },
      links,
    });
  }

  function data(res: ServerResponse, entry: LoggedRequest, cube: Cube, params: URLSearchParams) {
    const selection: Record<string, string[]> = {};
    for (const [key, value] of params) {
      const variable = key.match(/^valuecodes\[(.+)\]$/i)?.[1];
      if (variable !== undefined) selection[variable] = value.split(',');
    }
    for (const [variable, values] of Object.entries(selection)) {
      const dimension = cube.dimensions.find((d) => d.id === variable);
      if (!dimension) {
        entry.status = 400;
        return problem(res, 400, 'Bad Request', `Non-existent variable ${variable}`);
      }
      const bad = values.filter((v) => v !== '*' && !dimension.categories.some((c) => c.id === v));
      if (bad.length > 0) {
        entry.status = 400;
        return problem(res, 400, 'Bad Request', `Non-existent value ${bad[0]} for ${variable}`);
      }
    }
    const result = selectCells(cube, selection);
    if (result.values.length > config.maxDataCells) {
      entry.status = 403;
      return problem(res, 403, 'Forbidden', 'Too many cells selected');
    }
    json(res, toJsonStat(options.reverseDataOrder ? reversed(result) : result));
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const entry: LoggedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      params: Object.fromEntries(url.searchParams),
      status: 200,
    };
    log.push(entry);
    if (hangs > 0) {
      hangs--;
      entry.status = null;
      return; // Never answered; the client's timeout must end it.
    }
    const failure = failures.shift();
    if (failure) {
      entry.status = failure.status;
      res.writeHead(failure.status, {
        'content-type': 'application/problem+json',
        ...(failure.retryAfter !== undefined ? { 'retry-after': failure.retryAfter } : {}),
      });
      res.end(JSON.stringify({ title: failure.status === 429 ? 'Too Many Requests' : 'Error' }));
      return;
    }
    handle(req, res, entry);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v2`,
    log,
    failNext(count, failure = {}) {
      for (let i = 0; i < count; i++) {
        failures.push({
          status: failure.status ?? 429,
          ...(failure.retryAfter !== undefined ? { retryAfter: failure.retryAfter } : {}),
        });
      }
    },
    hangNext(count) {
      hangs += count;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/** FoU-utgifter etter sektor, region, statistikkvariabel og år: 5 × 3 × 2 × 8 = 240 cells. */
export function fouTable(): FakeTable {
  const sectors = [
    ['NAER', 'Næringslivet'],
    ['INST', 'Instituttsektoren'],
    ['UH', 'Universitets- og høgskolesektoren'],
    ['HF', 'Helseforetak og private ideelle sykehus'],
    ['TOT', 'I alt'],
  ];
  const regions = [
    ['0', 'Hele landet'],
    ['03', 'Oslo'],
    ['46', 'Vestland'],
  ];
  const years = ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022'];
  const dimensions: Dimension[] = [
    {
      id: 'Sektor',
      label: 'sektor',
      role: null,
      categories: sectors.map(([id, label]) => ({ id: id as string, label: label as string })),
    },
    {
      id: 'Region',
      label: 'region',
      role: 'geo',
      categories: regions.map(([id, label]) => ({ id: id as string, label: label as string })),
    },
    {
      id: 'ContentsCode',
      label: 'statistikkvariabel',
      role: 'metric',
      categories: [
        { id: 'FoUUtgift', label: 'FoU-utgifter', unit: { label: 'mill. kr', decimals: 1 } },
        { id: 'Aarsverk', label: 'FoU-årsverk', unit: { label: 'årsverk', decimals: 0 } },
      ],
    },
    { id: 'Tid', label: 'år', role: 'time', categories: years.map((y) => ({ id: y, label: y })) },
  ];
  const values = new Float64Array(240);
  for (let i = 0; i < values.length; i++) values[i] = Math.round((1000 + i * 37.3) * 10) / 10;
  const status = new Map<number, string>();
  // Confidential and not-yet-available cells, as SSB marks them.
  for (const cell of [17, 103, 239]) {
    values[cell] = Number.NaN;
    status.set(cell, cell === 103 ? ':' : '..');
  }
  return {
    id: '12345',
    label: 'FoU-utgifter etter sektor, region, statistikkvariabel og år',
    updated: '2024-09-12T06:00:00Z',
    firstPeriod: '2015',
    lastPeriod: '2022',
    cube: {
      label: 'FoU-utgifter etter sektor, region, statistikkvariabel og år',
      source: 'Statistisk sentralbyrå',
      updated: '2024-09-12T06:00:00Z',
      note: ['Tallene for 2022 er foreløpige.'],
      dimensions,
      values,
      status,
    },
  };
}

/** Four more tables to list, without data. */
export function listedTables(): FakeTable[] {
  return [
    ['10001', 'Helseforetakenes FoU-årsverk'],
    ['10002', 'Kliniske studier etter fagområde'],
    ['10003', 'Befolkningens helse og levekår'],
    ['10004', 'FoU i kommunene etter tjenesteområde'],
  ].map(([id, label]) => ({
    id: id as string,
    label: label as string,
    updated: '2024-06-01T06:00:00Z',
    firstPeriod: '2010',
    lastPeriod: '2023',
  }));
}
