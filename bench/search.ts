import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { CASE_TYPES } from '../core/case-types.ts';
import { SEARCH_KINDS } from '../core/search.ts';
import { buildApp } from '../server/app.ts';
import { loadActor } from '../server/auth/load-actor.ts';
import { type SearchScope, searchScope } from '../server/auth/permissions.ts';
import { loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/client.ts';
import { rowsOf } from '../server/db/rows.ts';
import { refreshStaleSearchEntries } from '../server/features/search/refresh-entries.ts';
import { ZSearchQuery } from '../server/features/search/schema.ts';
import { querySearchIndex, searchStatement } from '../server/features/search/search-archive.ts';
import { createMailer } from '../server/mail/mailer.ts';
import { filesystemStorage } from '../server/storage/file-storage.ts';
import { random } from './random.ts';
import {
  BENCH_LOGIN,
  buildArchive,
  COLLOCATIONS,
  type Corpus,
  SCALES,
  type Scale,
} from './search-data.ts';
import { openBenchDatabase } from './targets.ts';

/**
 * Archive search: a synthetic archive (`search-data.ts`) in a PostgreSQL server at full size and
 * in PGlite at 1/10, 500 varied queries through the HTTP API at 1 and 16 concurrent clients, and
 * beside them the same queries as plain SQL (`querySearchIndex`: near spellings and the main
 * statement, no HTTP, refresh or presentation), the floor the API cannot beat. The reader is a
 * secretariat member of one council: that council's internal material and everything public.
 * `--tuned`: the PostgreSQL server with production-like memory settings. `--quick`: both databases at 1/50; `--scale=full|tenth|fiftieth` sets both. `--only=postgres|pglite`. `--explain`: the plan of the
 * slowest SQL query. The HTTP clients run in a worker thread, not on the server's event loop.
 */

const QUERIES = 500;
const WARM_UP = 50;
const TARGET_P95_MS = 50;
const TARGET_QPS = 150;
const TARGET_RATIO = 1.5;

type Query = { category: string; params: Record<string, string> };
type Sample = { ms: number; total: number; error?: string };
type Measured = { samples: Sample[]; wallMs: number };

/** The query mix, seeded: the same queries for the same archive in every run. */
function makeQueries(corpus: Corpus, count: number, seed: number): Query[] {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const { entries, words } = corpus;
  const rareMax = Math.max(2, Math.round(entries * 0.0005));
  const commonMin = Math.round(entries * 0.02);
  // Half of each bucket's picks are the field's own words, half generated compounds and names.
  const bucket = (min: number, max: number) => {
    const all = words.filter((w) => w.df > min && w.df <= max);
    const real = all.filter((w) => w.real);
    return () => pick(real.length > 0 && rnd() < 0.5 ? real : all)?.word ?? 'helse';
  };
  const rare = bucket(0, rareMax);
  const mid = bucket(rareMax, commonMin);
  const common = bucket(commonMin, Number.POSITIVE_INFINITY);
  const any = () => (rnd() < 0.6 ? mid() : common());
  const long = (): string => {
    const w = any();
    return w.length >= 6 ? w : long();
  };
  const typo = (w: string) => {
    const i = 1 + Math.floor(rnd() * (w.length - 2));
    return rnd() < 0.5
      ? w.slice(0, i) + w.slice(i + 1)
      : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  };
  const name = () => pick(rnd() < 0.5 ? corpus.names.canonical : corpus.names.variants);
  const [first, last] = corpus.years;
  const years = () => {
    const from = first + Math.floor(rnd() * (last - first));
    return { yearFrom: `${from}`, yearTo: `${Math.min(last, from + 1 + Math.floor(rnd() * 6))}` };
  };
  const mix: [string, number, () => Record<string, string>][] = [
    ['word, rare', 40, () => ({ q: rare() })],
    ['word, mid', 40, () => ({ q: mid() })],
    ['word, common', 40, () => ({ q: common() })],
    ['two words', 60, () => ({ q: `${any()} ${rnd() < 0.7 ? mid() : rare()}` })],
    ['three words', 25, () => ({ q: `${any()} ${any()} ${mid()}` })],
    ['phrase', 50, () => ({ q: `"${rnd() < 0.5 ? pick(COLLOCATIONS) : pick(corpus.phrases)}"` })],
    ['typo', 50, () => ({ q: typo(long()) })],
    ['name or variant', 25, () => ({ q: name() })],
    ['exclusion', 30, () => ({ q: `${any()} -${mid()}` })],
    ['filter: council', 15, () => ({ q: any(), councilId: pick(corpus.councilIds) })],
    ['filter: years', 20, () => ({ q: any(), ...years() })],
    ['filter: kind', 15, () => ({ q: any(), kind: pick(SEARCH_KINDS) })],
    ['filter: case type', 15, () => ({ q: any(), caseType: pick(CASE_TYPES) })],
    ['filter: has decision', 15, () => ({ q: any(), hasDecision: pick(['true', 'false']) })],
    ['sort by date', 30, () => ({ q: any(), sort: pick(['newest', 'oldest']) })],
    ['deep page 20–50', 30, () => ({ q: common(), page: `${20 + Math.floor(rnd() * 31)}` })],
  ];
  const scaleBy = count / mix.reduce((n, [, k]) => n + k, 0);
  const queries: Query[] = mix.flatMap(([category, k, make]) =>
    Array.from({ length: Math.round(k * scaleBy) }, () => ({
      category,
      params: { ...make(), pageSize: '20' },
    })),
  );
  for (let i = queries.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [queries[i], queries[j]] = [queries[j] as Query, queries[i] as Query];
  }
  return queries;
}

const url = (q: Query) => `/api/search?${new URLSearchParams(q.params)}`;

/** HTTP clients in a worker thread: keep-alive connections, `concurrency` requests in flight. */
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const get = (path) => new Promise((resolve) => {
  const start = performance.now();
  const req = http.get({ host: '127.0.0.1', port: workerData.port, path, agent, headers: { cookie: workerData.cookie } }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const total = Number(/"total":(\\d+)/.exec(body)?.[1] ?? -1);
      resolve({ ms: performance.now() - start, total, error: res.statusCode === 200 ? undefined : res.statusCode + ' ' + body.slice(0, 300) });
    });
  });
  req.on('error', (e) => resolve({ ms: performance.now() - start, total: -1, error: String(e) }));
});
parentPort.on('message', async ({ paths, concurrency }) => {
  const samples = new Array(paths.length);
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < paths.length) { const i = next++; samples[i] = await get(paths[i]); }
  }));
  parentPort.postMessage({ samples, wallMs: performance.now() - start });
});`;

async function concurrently<T>(items: T[], concurrency: number, fn: (item: T) => Promise<Sample>) {
  const samples: Sample[] = new Array(items.length);
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        samples[i] = await fn(items[i] as T);
      }
    }),
  );
  return { samples, wallMs: performance.now() - start };
}

function sqlRunner(db: Db, scope: SearchScope) {
  return (queries: Query[], concurrency: number) => {
    const parsed = queries.map((q) => ZSearchQuery.parse(q.params));
    return concurrently(parsed, concurrency, async (query) => {
      const start = performance.now();
      try {
        const { raw } = await querySearchIndex(db, scope, query);
        return { ms: performance.now() - start, total: raw.total };
      } catch (error) {
        return { ms: performance.now() - start, total: -1, error: String(error).slice(0, 300) };
      }
    });
  };
}

type Figures = ReturnType<typeof figures>;
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
function figures({ samples, wallMs }: Measured) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(ms, p)) as [number, number, number];
  return { p50, p95, p99, qps: (samples.length / wallMs) * 1000 };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const n = (x: number) => x.toLocaleString('en-US');

/** `--tuned`: settings a production server would have for a 1 GB index on this machine. */
const openTarget = (kind: 'postgres' | 'pglite') =>
  openBenchDatabase(
    kind,
    process.argv.includes('--tuned')
      ? ['shared_buffers=4GB', 'work_mem=32MB', 'effective_cache_size=16GB']
      : [],
  );

/** Writes the archive and builds the index, printing what it took and how large it is. */
async function buildIndexedArchive(db: Db, scale: Scale): Promise<Corpus> {
  const corpus = await buildArchive(db, scale);
  const c = corpus.counts;
  let t = performance.now();
  await db.execute(sql`ANALYZE`); // as autovacuum would after an import; the rebuild's plans need it
  const analyzeMs = performance.now() - t;
  console.log(
    `  archive: ${n(c.cases ?? 0)} cases, ${n(c.attachments ?? 0)} attachments, ${n(c.case_minutes ?? 0)} case minutes, ` +
      `${n(c.paragraphs ?? 0)} paragraphs, ${((c.words ?? 0) / 1e6).toFixed(1)} M words, ${corpus.textMB.toFixed(0)} MB text; ` +
      `generated ${s(corpus.generateMs)}, inserted ${s(corpus.insertMs)}, ANALYZE ${s(analyzeMs)}`,
  );
  t = performance.now();
  const meetings = await refreshStaleSearchEntries(db);
  const buildMs = performance.now() - t;
  t = performance.now();
  await db.execute(sql`VACUUM ANALYZE`);
  const vacuumMs = performance.now() - t;
  const [size] = rowsOf<Record<string, number>>(
    await db.execute(sql`SELECT (SELECT count(*) FROM search_entries)::int AS entries,
      (SELECT count(*) FROM search_words)::int AS words,
      pg_total_relation_size('search_entries')::float8 AS total,
      pg_relation_size('search_entries_document_idx')::float8 AS gin,
      pg_total_relation_size('search_words')::float8 AS words_total,
      (pg_total_relation_size('cases') + pg_total_relation_size('attachments')
        + pg_total_relation_size('case_minutes'))::float8 AS sources`),
  );
  console.log(
    `  index: build ${s(buildMs)} (refreshStaleSearchEntries, ${n(meetings)} meetings), then VACUUM ANALYZE ${s(vacuumMs)}; ` +
      `${n(size?.entries ?? 0)} entries, ${n(size?.words ?? 0)} words`,
  );
  console.log(
    `  size: search_entries ${mb(size?.total ?? 0)} (GIN index ${mb(size?.gin ?? 0)}), search_words ${mb(size?.words_total ?? 0)}; ` +
      `source tables (cases, attachments, case_minutes) ${mb(size?.sources ?? 0)}`,
  );
  return corpus;
}

/** The app on a loopback port, signed in as the benchmark's secretariat member. */
async function startApi(db: Db) {
  const dir = mkdtempSync(path.join(tmpdir(), 'radsrom-bench-'));
  const config = { ...loadConfig({}), dataDir: dir };
  const mailer = createMailer({ smtpUrl: undefined, from: config.mailFrom });
  const app = await buildApp({ db, storage: filesystemStorage(dir), config, mailer });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_LOGIN),
  });
  if (login.status !== 204) throw new Error(`sign-in failed: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((v) => v.split(';')[0])
    .join('; ');
  const worker = new Worker(CLIENT, { eval: true, workerData: { port, cookie } });
  return {
    api: (queries: Query[], concurrency: number) =>
      new Promise<Measured>((resolve) => {
        worker.once('message', resolve);
        worker.postMessage({ paths: queries.map(url), concurrency });
      }),
    close: async () => {
      await worker.terminate();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function benchDatabase(kind: 'postgres' | 'pglite', scale: Scale, explain: boolean) {
  const target = await openTarget(kind);
  if (!target) {
    console.log(`\nsearch — ${kind}: skipped, no PostgreSQL server binaries on this machine`);
    return;
  }
  const { db, label } = target;
  const started = performance.now();
  console.log(
    `\nsearch — ${label}, scale ${scale.label}: ${scale.councils} councils × ${scale.years} years × 6 meetings × 12 cases`,
  );
  const corpus = await buildIndexedArchive(db, scale);
  const server = await startApi(db);
  const scope = searchScope(await loadActor(db, corpus.userId));
  const plain = sqlRunner(db, scope);
  const queries = makeQueries(corpus, QUERIES, 500);
  const warmUp = makeQueries(corpus, WARM_UP, 501);
  await server.api(warmUp, 1);
  await plain(warmUp, 1);

  const head = ['p50 ms', 'p95 ms', 'p99 ms', 'q/s', 'wall s'].map((h) => h.padStart(8)).join(' ');
  console.log(`\n  ${'queries'.padEnd(16)} ${head}`);
  const runs: Measured[] = [];
  const rows: Figures[] = [];
  for (const clients of [1, 16]) {
    for (const [name, runner] of [
      ['API', server.api],
      ['SQL', plain],
    ] as const) {
      const m = await runner(queries, clients);
      const f = figures(m);
      runs.push(m);
      rows.push(f);
      const cells = [f.p50, f.p95, f.p99, f.qps, m.wallMs / 1000];
      const title = `${name} ${clients} client${clients > 1 ? 's' : ''}`;
      console.log(`  ${title.padEnd(16)} ${cells.map((v) => v.toFixed(1).padStart(8)).join(' ')}`);
    }
  }
  await server.close();
  const errors = runs.flatMap((m) => m.samples.filter((x) => x.error).map((x) => x.error));
  if (errors.length) console.log(`  ERRORS: ${errors.length}, first: ${errors[0]}`);
  const differ = queries.filter(
    (_, i) => runs[0]?.samples[i]?.total !== runs[1]?.samples[i]?.total,
  );
  if (differ.length)
    console.log(`  totals differ between API and SQL for ${differ.length} queries`);
  printMix(queries, runs[0], runs[1]);

  const [api1, sql1, api16, sql16] = rows as [Figures, Figures, Figures, Figures];
  const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  const checks = [
    `p95 ≤ ${TARGET_P95_MS} ms at 1 client: ${api1.p95.toFixed(1)} ms (${mark(api1.p95 <= TARGET_P95_MS)})`,
    `≥ ${TARGET_QPS} q/s at 16 clients: ${api16.qps.toFixed(0)} (${mark(api16.qps >= TARGET_QPS)})`,
    `API p95 / SQL p95 ≤ ${TARGET_RATIO}: ${ratio(api1.p95, sql1.p95)} at 1 client (${mark(api1.p95 <= TARGET_RATIO * sql1.p95)}), ` +
      `${ratio(api16.p95, sql16.p95)} at 16`,
  ];
  const note = kind === 'postgres' ? '' : ' (set for the PostgreSQL server; shown for reference)';
  console.log(`  targets${note}:\n    ${checks.join('\n    ')}`);
  console.log(`  total time for ${label}: ${s(performance.now() - started)}`);
  if (explain) await explainSlowest(db, scope, queries, runs[1]);
  await target.close();
}

/** Per category: how many, example, median hits, and p50/max latency of API and SQL at 1 client. */
function printMix(queries: Query[], api?: Measured, plain?: Measured) {
  console.log(`\n  query mix (${queries.length}; hits = median total found; ms at 1 client)`);
  console.log(
    `  ${'category'.padEnd(22)} ${'n'.padStart(4)} ${'hits'.padStart(7)} ${'API p50/max'.padStart(16)} ${'SQL p50/max'.padStart(16)}  example`,
  );
  const categories = [...new Set(queries.map((q) => q.category))];
  for (const category of categories) {
    const idx = queries.flatMap((q, i) => (q.category === category ? [i] : []));
    const stat = (m?: Measured) => {
      const ms = idx.map((i) => m?.samples[i]?.ms ?? 0).sort((a, b) => a - b);
      return `${percentile(ms, 50).toFixed(0)}/${(ms.at(-1) ?? 0).toFixed(0)}`.padStart(16);
    };
    const hits = idx.map((i) => api?.samples[i]?.total ?? 0).sort((a, b) => a - b);
    const example = queries[idx[0] ?? 0]?.params ?? {};
    const { pageSize: _, ...shown } = example;
    console.log(
      `  ${category.padEnd(22)} ${String(idx.length).padStart(4)} ${String(percentile(hits, 50)).padStart(7)} ${stat(api)} ${stat(plain)}  ${new URLSearchParams(shown)}`,
    );
  }
  const slowest = (api?.samples ?? [])
    .map((x, i) => ({ ms: x.ms, total: x.total, q: queries[i] }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  console.log('  slowest through the API at 1 client:');
  for (const x of slowest)
    console.log(
      `    ${x.ms.toFixed(0).padStart(6)} ms  ${String(x.total).padStart(7)} hits  ${x.q?.category}: ${new URLSearchParams(x.q?.params)}`,
    );
}

/** EXPLAIN ANALYZE of the slowest query's main statement, as `querySearchIndex` builds it. */
async function explainSlowest(db: Db, scope: SearchScope, queries: Query[], plain?: Measured) {
  const samples = plain?.samples ?? [];
  const i = samples.reduce((best, x, j) => (x.ms > (samples[best]?.ms ?? 0) ? j : best), 0);
  const query = ZSearchQuery.parse(queries[i]?.params ?? {});
  const { statement } = await searchStatement(db, scope, query);
  const plan = rowsOf<Record<string, string>>(
    await db.execute(sql`EXPLAIN (ANALYZE, BUFFERS) ${statement}`),
  );
  console.log(
    `\n  EXPLAIN ANALYZE of the slowest SQL query (${new URLSearchParams(queries[i]?.params)}):`,
  );
  for (const row of plan) console.log(`    ${Object.values(row)[0]}`);
}

export async function run(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const scaleName = args.find((a) => a.startsWith('--scale='))?.slice('--scale='.length);
  const forced = scaleName ? SCALES[scaleName as keyof typeof SCALES] : undefined;
  const targets = [
    ['postgres', forced ?? (quick ? SCALES.fiftieth : SCALES.full)],
    ['pglite', forced ?? (quick ? SCALES.fiftieth : SCALES.tenth)],
  ] as const;
  console.log(
    `\nsearch${quick ? ' --quick' : ''}: ${QUERIES} queries after ${WARM_UP} warm-up, page size 20`,
  );
  for (const [kind, scale] of targets) {
    if (!only || only === kind) await benchDatabase(kind, scale, args.includes('--explain'));
  }
}
