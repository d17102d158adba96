import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { osloToday } from '../../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/rows.ts';

/**
 * The public pages' rendered responses, kept while the data they were made from is unchanged.
 *
 * One entry per address, served only while the data version and the Oslo date (upcoming and
 * past meetings depend on it) are the ones it was rendered under; otherwise the page renders
 * afresh and replaces it. The data version is the database's current snapshot
 * (`pg_current_snapshot()`: oldest running transaction, next transaction id, those running).
 * Equal snapshots see the same committed data, and a transaction that writes anything changes
 * the snapshot when it takes its id and again when it ends, whoever runs it: a use case, an
 * import, the seed, a migration, the search index refresh, another process, someone at the SQL
 * prompt. So an exemption shows on the next request, and no write path has to remember the
 * cache. (The highest audit-log id would miss writes without an audit row, and a commit that
 * lands after one holding a higher id.) The snapshot covers the whole PostgreSQL server, so
 * writes to its other databases cost hits, never correctness.
 *
 * The version is read before the page's data, so a page is never older than the version it is
 * kept under; and each read starts after the requests waiting for it arrived, so a write
 * answered before a request came is always seen.
 *
 * Only 200 responses to GET are kept, with their content type and Cache-Control (the app's hooks
 * add the security headers to every answer); each gets a strong ETag from its bytes, and a
 * matching If-None-Match is answered 304. `X-Cache` says whether the body came from here (hit)
 * or was rendered for this request (miss).
 */

type Entry = {
  version: string;
  date: string;
  body: Buffer;
  etag: string;
  headers: [string, string][];
};
type Pending = { url: string; version: string; date: string };

/** The response headers a kept page is served with again. */
const KEPT_HEADERS = ['content-type', 'cache-control'] as const;

export type PageCacheOptions = { maxBytes?: number; maxEntries?: number };

/** What one copy of the database has committed: equal values see equal data. */
export async function dataVersion(db: Db): Promise<string> {
  const rows = rowsOf<{ v: string }>(
    await db.execute(sql`SELECT pg_current_snapshot()::text AS v`),
  );
  const version = rows[0]?.v;
  if (!version) throw new Error('pg_current_snapshot() returned nothing');
  return version;
}

/**
 * A read shared by the callers that asked for it, never begun before they asked: the first
 * caller schedules a read for the end of this turn of the event loop, and everyone asking
 * until it starts joins it. The requests a turn parses then cost one read, not one each.
 */
export function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let next: Promise<T> | null = null;
  return () => {
    next ??= new Promise<T>((resolve, reject) => {
      setImmediate(() => {
        next = null;
        read().then(resolve, reject);
      });
    });
    return next;
  };
}

/** Today in Oslo, worked out once a second: days there begin on a whole second. */
let today = { date: '', until: 0 };
function todayInOslo(): string {
  const now = Date.now();
  if (now >= today.until) {
    today = { date: osloToday(new Date(now)), until: now - (now % 1000) + 1000 };
  }
  return today.date;
}

/** `If-None-Match` lists the ETags the client holds (weak ones compare by their value). */
function matches(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || (t.startsWith('W/') ? t.slice(2) : t) === etag;
  });
}

/** The page's address: the path, and the validated query when the route reads one. */
function addressOf(request: FastifyRequest): string {
  const path = request.url.split('?', 1)[0] ?? request.url;
  return request.routeOptions.schema?.querystring
    ? `${path}?${JSON.stringify(request.query)}`
    : path;
}

export function createPageCache(db: Db, options: PageCacheOptions = {}) {
  const entries = new LRUCache<string, Entry>({
    max: options.maxEntries ?? 10_000,
    maxSize: options.maxBytes ?? 32 * 1024 * 1024,
    sizeCalculation: (entry, url) => entry.body.length + url.length + 200,
  });
  const currentVersion = sharedRead(() => dataVersion(db));
  const pending = new WeakMap<FastifyRequest, Pending>();

  /** Before the handler: answer from the cache, or note what the rendered page will be kept as. */
  async function preHandler(request: FastifyRequest, reply: FastifyReply) {
    if (request.method !== 'GET') return;
    const url = addressOf(request);
    const version = await currentVersion();
    const date = todayInOslo();
    const entry = entries.get(url);
    if (entry && entry.version === version && entry.date === date) {
      for (const [name, value] of entry.headers) reply.header(name, value);
      reply.header('etag', entry.etag).header('x-cache', 'hit');
      if (matches(request, entry.etag)) return reply.code(304).send();
      return reply.send(entry.body);
    }
    pending.set(request, { url, version, date });
    reply.header('x-cache', 'miss');
  }

  /** After the handler: keep a whole 200 page under the version it was rendered from. */
  async function onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    const page = pending.get(request);
    if (!page || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    const body = Buffer.from(payload);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const headers: [string, string][] = [];
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') headers.push([name, value]);
    }
    entries.set(page.url, { ...page, body, etag, headers });
    reply.header('etag', etag);
    if (matches(request, etag)) {
      reply.code(304);
      return null;
    }
    return body;
  }

  return {
    /** Route options for a page that may be served from the cache: `{ schema, ...cache.route }`. */
    route: { preHandler, onSend },
    /** How many pages are kept and their size in bytes. */
    size: () => ({ entries: entries.size, bytes: entries.calculatedSize }),
  };
}

export type PageCache = ReturnType<typeof createPageCache>;
