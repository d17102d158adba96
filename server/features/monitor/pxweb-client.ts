/**
 * A client for PxWebApi 2.0 (the API behind SSB's Statistikkbanken, https://data.ssb.no/api/pxwebapi/v2).
 * Data is fetched with GET /tables/{id}/data and `valueCodes[Var]=a,b` query parameters in
 * JSON-stat 2.0; a selection larger than the API's maxDataCells is fetched in parts and merged.
 * The client keeps to the API's call limit and waits out 429 and 5xx answers.
 */
import { type Cube, cellCount, type Dimension, strides } from '../../../core/monitor/cube.ts';
import { JsonStatError, parseJsonStat } from '../../../core/monitor/jsonstat.ts';
import { AppError } from '../../errors.ts';

/** Why Statistikkbanken could not give what was asked, in Norwegian. */
export class PxWebError extends AppError {
  constructor(
    message: string,
    /** The API's HTTP status, or null for a network fault, a timeout or a refused selection. */
    readonly upstreamStatus: number | null = null,
    statusCode = 502,
  ) {
    super(statusCode, 'pxweb', message);
    this.name = 'PxWebError';
  }
}

export type PxWebConfig = {
  apiVersion?: string;
  defaultLanguage?: string;
  languages?: { id: string; label: string }[];
  maxDataCells: number;
  maxCallsPerTimeWindow: number;
  /** Seconds. */
  timeWindow: number;
};

export type PxWebTable = {
  id: string;
  label: string;
  updated: string | null;
  firstPeriod: string | null;
  lastPeriod: string | null;
};

/** A table's metadata: a cube without cells. */
export type PxWebMetadata = Omit<Cube, 'values' | 'status'>;

export type PxWebClientOptions = {
  baseUrl: string;
  lang?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** The clock the call limit and Retry-After dates are measured on (ms). */
  now?: () => number;
  /** For the backoff's jitter, in [0, 1). */
  random?: () => number;
  maxRetries?: number;
  userAgent?: string;
  timeoutMs?: number;
};

export type PxWebClient = {
  config(): Promise<PxWebConfig>;
  listTables(options?: { query?: string; pageSize?: number }): Promise<PxWebTable[]>;
  metadata(tableId: string): Promise<PxWebMetadata>;
  fetchTable(tableId: string, selection: Record<string, string[]>): Promise<Cube>;
};

const MAX_RETRY_AFTER_MS = 60_000;
const MAX_PAGES = 10_000;
const BUSY =
  'Statistikkbanken svarer ikke nå (for mange forespørsler). Vent et minutt og prøv igjen.';

/** Calls made per API (by base address), so clients made one per request still share the limit. */
const windows = new Map<string, { times: number[]; gate: Promise<unknown> }>();

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The dimensions of a JSON-stat 2.0 metadata answer. PxWebApi sends metadata as a dataset with
 * no values (`"value": []`), which parseJsonStat rightly refuses; each dimension is read on its
 * own instead, so a table of millions of potential cells costs no more than its category lists.
 */
export function parseJsonStatMetadata(input: unknown): PxWebMetadata {
  const data = typeof input === 'string' ? (JSON.parse(input) as unknown) : input;
  if (!isObject(data) || !Array.isArray(data.id) || !Array.isArray(data.size)) {
    throw new JsonStatError(['Metadata er ikke et JSON-stat-datasett med «id» og «size».']);
  }
  const definitions = isObject(data.dimension) ? data.dimension : {};
  const sizes = data.size as unknown[];
  const dimensions = data.id.map((id, i): Dimension => {
    const key = String(id);
    const single = {
      version: '2.0',
      class: 'dataset',
      id: [key],
      size: [sizes[i]],
      dimension: Object.hasOwn(definitions, key) ? { [key]: definitions[key] } : {},
      role: data.role,
      value: {},
    };
    return parseJsonStat(single).dimensions[0] as Dimension;
  });
  const note =
    typeof data.note === 'string' ? [data.note] : Array.isArray(data.note) ? data.note : [];
  return {
    label: text(data.label),
    source: text(data.source),
    updated: text(data.updated),
    note: note.filter((n): n is string => typeof n === 'string'),
    dimensions,
  };
}

/** Splits a selection (codes per dimension, in order) until each part has at most `max` cells. */
export function splitSelection(codes: string[][], max: number): string[][][] {
  const cells = cellCount(codes.map((c) => c.length));
  if (cells <= max) return [codes];
  let largest = 0;
  for (let i = 1; i < codes.length; i++) {
    if ((codes[i]?.length ?? 0) > (codes[largest]?.length ?? 0)) largest = i;
  }
  const along = codes[largest] ?? [];
  if (along.length <= 1) return [codes]; // Cannot split further; the API says if it is too big.
  const per = Math.max(1, Math.floor(max / (cells / along.length)));
  const parts: string[][][] = [];
  for (let start = 0; start < along.length; start += per) {
    const part = codes.map((c, i) => (i === largest ? along.slice(start, start + per) : c));
    parts.push(...splitSelection(part, max));
  }
  return parts;
}

/** Retry-After as seconds or an HTTP date, capped; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const trimmed = header.trim();
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now;
  if (Number.isNaN(ms)) return null;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

/** The API's own words from an error answer: a problem document's detail or title, or its text. */
function errorText(body: string): string {
  let said: unknown[] = [];
  try {
    const json = JSON.parse(body) as unknown;
    if (isObject(json)) said = [json.title, json.detail, json.message, json.error];
  } catch {
    // Not JSON: the text itself, without markup.
  }
  const words = said.filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  const plain = body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (words.length > 0 ? [...new Set(words)].join(': ') : plain).slice(0, 300);
}

export function createPxWebClient(options: PxWebClientOptions): PxWebClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const lang = options.lang ?? 'no';
  const doFetch = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const maxRetries = options.maxRetries ?? 4;
  const userAgent = options.userAgent ?? 'Radsrom/0.1 (HelseOmsorg21-monitor)';
  const timeoutMs = options.timeoutMs ?? 30_000;
  const shared = windows.get(base) ?? { times: [], gate: Promise.resolve() };
  windows.set(base, shared);
  const times = shared.times;
  let configPromise: Promise<PxWebConfig> | null = null;

  /** Waits until one more call fits in the API's time window (one caller at a time). */
  function awaitTurn(limits: PxWebConfig | null): Promise<void> {
    const turn = shared.gate.then(async () => {
      if (limits) {
        const window = limits.timeWindow * 1000;
        while (times.length > 0 && (times[0] ?? 0) <= now() - window) times.shift();
        while (times.length >= limits.maxCallsPerTimeWindow) {
          const wait = (times[0] ?? 0) + window - now();
          if (wait > 0) await sleep(wait);
          times.shift();
        }
      }
      times.push(now());
    });
    shared.gate = turn.catch(() => undefined);
    return turn;
  }

  function backoff(attempt: number): number {
    const base = 1000 * 2 ** attempt;
    return Math.min(base * (0.75 + 0.5 * random()), MAX_RETRY_AFTER_MS);
  }

  /** One GET, retried on 429, 5xx, timeouts and network faults; the JSON text of a 200. */
  async function get(path: string, params: [string, string][], what: string): Promise<string> {
    const url = `${base}${path}${params.length > 0 ? `?${new URLSearchParams(params)}` : ''}`;
    const limits = path === '/config' ? null : await config();
    for (let attempt = 0; ; attempt++) {
      await awaitTurn(limits);
      let response: Response;
      try {
        response = await doFetch(url, {
          headers: { accept: 'application/json', 'user-agent': userAgent },
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        if (attempt < maxRetries) {
          await sleep(backoff(attempt));
          continue;
        }
        throw new PxWebError(
          timedOut
            ? `Statistikkbanken svarer ikke nå (ingen svar på ${Math.round(timeoutMs / 1000)} sekunder da vi hentet ${what}). Prøv igjen senere.`
            : `Statistikkbanken svarer ikke nå (fikk ikke kontakt da vi hentet ${what}). Prøv igjen senere.`,
        );
      }
      if (response.ok) return response.text();
      const body = await response.text().catch(() => '');
      if (response.status === 429 || response.status >= 500) {
        if (attempt < maxRetries) {
          const asked =
            response.status === 429
              ? retryAfterMs(response.headers.get('retry-after'), now())
              : null;
          await sleep(asked ?? backoff(attempt));
          continue;
        }
        throw new PxWebError(
          response.status === 429
            ? BUSY
            : `Statistikkbanken svarer ikke nå (feil hos dem, HTTP ${response.status}, da vi hentet ${what}). Prøv igjen senere.`,
          response.status,
        );
      }
      const said = errorText(body);
      throw new PxWebError(
        response.status === 404
          ? `Statistikkbanken fant ikke ${what} (HTTP 404)${said ? `: ${said}` : '.'}`
          : `Statistikkbanken avviste forespørselen om ${what} (HTTP ${response.status})${said ? `: ${said}` : '.'}`,
        response.status,
        // A table or code that does not exist is the asker's to correct; the rest is ours.
        response.status === 400 || response.status === 404 ? 400 : 502,
      );
    }
  }

  async function getJson(path: string, params: [string, string][], what: string): Promise<unknown> {
    const body = await get(path, params, what);
    try {
      return JSON.parse(body) as unknown;
    } catch {
      throw new PxWebError(
        `Statistikkbanken svarte med noe som ikke er JSON da vi hentet ${what}.`,
      );
    }
  }

  function config(): Promise<PxWebConfig> {
    configPromise ??= getJson('/config', [], 'oppsettet (config)').then(
      (json) => {
        const given = isObject(json) ? json : {};
        const limit = (key: string, fallback: number) => {
          const v = given[key];
          return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback;
        };
        // Without a stated limit, SSB's published ones are a safe guess.
        return {
          ...given,
          maxDataCells: limit('maxDataCells', 800_000),
          maxCallsPerTimeWindow: limit('maxCallsPerTimeWindow', 30),
          timeWindow: limit('timeWindow', 60),
        };
      },
      (error: unknown) => {
        configPromise = null; // A failed look-up is tried again next time.
        throw error;
      },
    );
    return configPromise;
  }

  async function listTables(query: { query?: string; pageSize?: number } = {}) {
    const tables: PxWebTable[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const params: [string, string][] = [['lang', lang]];
      if (query.query) params.push(['query', query.query]);
      if (query.pageSize) params.push(['pageSize', String(query.pageSize)]);
      params.push(['pageNumber', String(page)]);
      const json = await getJson('/tables', params, `tabellisten (side ${page})`);
      const items = isObject(json) && Array.isArray(json.tables) ? json.tables : [];
      for (const item of items) {
        if (!isObject(item) || typeof item.id !== 'string') continue;
        tables.push({
          id: item.id,
          label: text(item.label) ?? item.id,
          updated: text(item.updated),
          firstPeriod: text(item.firstPeriod),
          lastPeriod: text(item.lastPeriod),
        });
      }
      const info = isObject(json) && isObject(json.page) ? json.page : null;
      const links = [
        ...(isObject(json) && Array.isArray(json.links) ? json.links : []),
        ...(info && Array.isArray(info.links) ? info.links : []),
      ];
      // The next link may drop the query and page size, so the next page is asked for here.
      const more =
        info && typeof info.totalPages === 'number'
          ? page < info.totalPages
          : links.some((l) => isObject(l) && l.rel === 'next');
      if (!more || items.length === 0) break;
    }
    return tables;
  }

  async function metadata(tableId: string): Promise<PxWebMetadata> {
    const what = `metadata for tabell ${tableId}`;
    const json = await getJson(
      `/tables/${encodeURIComponent(tableId)}/metadata`,
      [
        ['lang', lang],
        ['outputFormat', 'json-stat2'],
      ],
      what,
    );
    return readable(what, () => parseJsonStatMetadata(json));
  }

  async function fetchTable(tableId: string, selection: Record<string, string[]>): Promise<Cube> {
    const meta = await metadata(tableId);
    const codes = resolveSelection(tableId, meta, selection);
    const limits = await config();
    const parts: Cube[] = [];
    for (const part of splitSelection(codes, limits.maxDataCells)) {
      const params: [string, string][] = [
        ['lang', lang],
        ['outputFormat', 'json-stat2'],
      ];
      for (const [i, dimension] of meta.dimensions.entries()) {
        const chosen = part[i] ?? [];
        // The whole dimension as "*" keeps the address short (357 municipalities add up).
        const all = chosen.length === dimension.categories.length;
        params.push([`valueCodes[${dimension.id}]`, all ? '*' : chosen.join(',')]);
      }
      const what = `data fra tabell ${tableId}`;
      const body = await get(`/tables/${encodeURIComponent(tableId)}/data`, params, what);
      parts.push(readable(what, () => parseJsonStat(body)));
    }
    return mergeParts(tableId, meta, codes, parts);
  }

  return { config, listTables, metadata, fetchTable };
}

/** JSON-stat the reader refuses, as the client's error. */
function readable<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof JsonStatError)) throw error;
    throw new PxWebError(`Kunne ikke lese ${what}: ${error.problems.join(' ')}`);
  }
}

/** The chosen codes per dimension in the table's order; an unnamed dimension takes every code. */
function resolveSelection(
  tableId: string,
  meta: PxWebMetadata,
  selection: Record<string, string[]>,
): string[][] {
  const refused = (message: string) => new PxWebError(message, null, 400);
  const known = new Map(meta.dimensions.map((d) => [d.id, d]));
  for (const [variable, values] of Object.entries(selection)) {
    const dimension = known.get(variable);
    if (!dimension) {
      const all = meta.dimensions.map((d) => `${d.id} (${d.label})`).join(', ');
      throw refused(`Tabell ${tableId} har ingen variabel «${variable}». Variablene er: ${all}.`);
    }
    if (values.length === 0)
      throw refused(`Velg minst én verdi for «${dimension.label}» (${variable}).`);
    const ids = new Set(dimension.categories.map((c) => c.id));
    const unknown = values.filter((v) => v !== '*' && !ids.has(v));
    if (unknown.length > 0) {
      const shown = unknown.slice(0, 10).map((v) => `«${v}»`);
      if (unknown.length > 10) shown.push(`${unknown.length - 10} til`);
      const word = unknown.length === 1 ? 'verdien' : 'verdiene';
      throw refused(
        `Variabelen «${dimension.label}» (${variable}) i tabell ${tableId} har ikke ${word} ${shown.join(', ')}.`,
      );
    }
  }
  return meta.dimensions.map((d) => {
    const chosen = selection[d.id];
    if (!chosen || chosen.includes('*')) return d.categories.map((c) => c.id);
    const wanted = new Set(chosen);
    return d.categories.filter((c) => wanted.has(c.id)).map((c) => c.id);
  });
}

/** The parts as one cube in the table's dimension and category order, every cell accounted for. */
function mergeParts(tableId: string, meta: PxWebMetadata, codes: string[][], parts: Cube[]): Cube {
  const dimensions: Dimension[] = meta.dimensions.map((d, i) => {
    const wanted = new Set(codes[i]);
    return { ...d, categories: d.categories.filter((c) => wanted.has(c.id)) };
  });
  const size = dimensions.map((d) => d.categories.length);
  const stride = strides(size);
  const values = new Float64Array(cellCount(size)).fill(Number.NaN);
  const status = new Map<number, string>();
  const filled = new Uint8Array(values.length);
  const lookup = dimensions.map((d) => new Map(d.categories.map((c, i) => [c.id, i])));
  const wrong = (detail: string) =>
    new PxWebError(
      `Svaret fra Statistikkbanken for tabell ${tableId} passer ikke med utvalget: ${detail}.`,
    );
  for (const part of parts) {
    if (part.dimensions.length !== dimensions.length) {
      throw wrong(`det har ${part.dimensions.length} variabler, ventet ${dimensions.length}`);
    }
    // For each dimension of the part: where it sits in the result, and where each category goes.
    const axis = part.dimensions.map((pd) => {
      const at = dimensions.findIndex((d) => d.id === pd.id);
      const positions = lookup[at];
      if (!positions) throw wrong(`variabelen «${pd.id}» var ikke bedt om`);
      return pd.categories.map((c) => {
        const position = positions.get(c.id);
        if (position === undefined) throw wrong(`verdien «${c.id}» av «${pd.id}» var ikke bedt om`);
        return position * (stride[at] ?? 0);
      });
    });
    const partSize = part.dimensions.map((d) => d.categories.length);
    const cells = cellCount(partSize);
    const position = new Array<number>(partSize.length).fill(0);
    for (let cell = 0; cell < cells; cell++) {
      let target = 0;
      for (let d = 0; d < axis.length; d++) target += axis[d]?.[position[d] ?? 0] ?? 0;
      values[target] = part.values[cell] ?? Number.NaN;
      const symbol = part.status.get(cell);
      if (symbol !== undefined) status.set(target, symbol);
      filled[target] = 1;
      // Odometer: the last dimension turns fastest, as JSON-stat orders cells.
      for (let d = partSize.length - 1; d >= 0; d--) {
        position[d] = (position[d] ?? 0) + 1;
        if ((position[d] ?? 0) < (partSize[d] ?? 0)) break;
        position[d] = 0;
      }
    }
  }
  const gaps = filled.reduce((n, f) => n + (f ? 0 : 1), 0);
  if (gaps > 0) throw wrong(`${gaps} av ${values.length} celler kom ikke med`);
  const first = parts[0];
  return {
    label: first?.label ?? meta.label,
    source: first?.source ?? meta.source,
    updated: first?.updated ?? meta.updated,
    note: first && first.note.length > 0 ? first.note : meta.note,
    dimensions,
    values,
    status,
  };
}
