import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { eq } from 'drizzle-orm';
import Fastify from 'fastify';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { councils } from '../server/db/schema.ts';
import {
  confirmMonitorImport,
  stageMonitorImport,
} from '../server/features/monitor/import-drafts.ts';
import { createIndicator } from '../server/features/monitor/indicator-use-cases.ts';
import { createMailer } from '../server/mail/mailer.ts';
import { DEMO_COUNCIL, DEMO_PASSWORD } from '../server/seed/demo-data.ts';
import { seedDemo } from '../server/seed/seed-demo.ts';
import { filesystemStorage } from '../server/storage/file-storage.ts';
import { benchJsonStat } from './monitor-cube.ts';
import { openBenchDatabase } from './targets.ts';

/**
 * The monitor with a JSON-stat dataset of one million cells (bench/monitor-cube.ts):
 * - import: reading, parsing and validating the file into a cube and encoding its cells
 *   (bench/monitor-child.ts, each run a process of its own for its peak memory), against
 *   `JSON.parse` of the same text in the same kind of process as the baseline;
 *   target: within 3 × the baseline's time and under 500 MB peak;
 * - the whole upload through the use cases (stage, then confirm as a dataset version) on PGlite;
 * - the figure-data API for a filtered view (one region, funding source and measure; 21 years ×
 *   5 sectors; ten such views in turn) at 16 concurrent clients: the public `data.json` the
 *   charts call (answered from the page cache while the data stands still), and the signed-in
 *   `GET /api/monitor/indicators/:id/figure` (session, access and figure worked out each time),
 *   against a bare Fastify route answering the same JSON; target: p95 under 30 ms (public).
 */

const RUNS = 5;
const CLIENTS = 16;
const SECONDS = process.argv.includes('--quick') ? 3 : 10;
const execFileAsync = promisify(execFile);

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

async function child(mode: 'json-parse' | 'import', file: string) {
  const { stdout } = await execFileAsync(process.execPath, [
    '--import',
    'tsx',
    path.join(import.meta.dirname, 'monitor-child.ts'),
    mode,
    file,
  ]);
  return JSON.parse(stdout) as { ms: number; peakMb: number; cells: number };
}

async function load(urls: string[], headers: Record<string, string>, seconds = SECONDS) {
  const worker = new Worker(new URL('./latency-load.mjs', import.meta.url), {
    workerData: { urls, headers, connections: CLIENTS, seconds },
  });
  const result = await new Promise<{ latencies: number[]; failed: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const { latencies, failed } = result;
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failed,
  };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'radsrom-monitor-bench-'));
  const file = path.join(dir, 'million.json');
  const text = benchJsonStat();
  writeFileSync(file, text);
  const bytes = Buffer.from(text);

  const baseline: number[] = [];
  const imported: number[] = [];
  let basePeak = 0;
  let importPeak = 0;
  for (let i = 0; i < RUNS; i++) {
    const b = await child('json-parse', file);
    const m = await child('import', file);
    if (m.cells !== 1_000_000) throw new Error(`import read ${m.cells} cells`);
    baseline.push(b.ms);
    imported.push(m.ms);
    basePeak = Math.max(basePeak, b.peakMb);
    importPeak = Math.max(importPeak, m.peakMb);
  }
  const ratio = median(imported) / median(baseline);
  console.log(
    `\nmonitor — JSON-stat dataset of 1,000,000 cells, ${(bytes.length / 1e6).toFixed(1)} MB, ${RUNS} runs each`,
  );
  console.log('  step                                      median ms   peak MB (process)');
  console.log(
    `  JSON.parse (baseline)                     ${median(baseline).toFixed(0).padStart(9)}   ${basePeak.toFixed(0).padStart(8)}`,
  );
  console.log(
    `  import: parse, validate, encode           ${median(imported).toFixed(0).padStart(9)}   ${importPeak.toFixed(0).padStart(8)}`,
  );
  console.log(
    `  target: within 3 × JSON.parse and under 500 MB: ${ratio.toFixed(2)} ×, ${importPeak.toFixed(0)} MB (${ratio <= 3 && importPeak < 500 ? 'met' : 'MISSED'})`,
  );

  const target = await openBenchDatabase('pglite');
  if (!target) throw new Error('PGlite did not open');
  const storage = filesystemStorage(path.join(dir, 'files'));
  await seedDemo(target.db, storage);
  const [council] = await target.db
    .select()
    .from(councils)
    .where(eq(councils.shortName, DEMO_COUNCIL.shortName));
  if (!council) throw new Error('the demo council is missing');
  const start = performance.now();
  const draft = await stageMonitorImport(
    target.db,
    null,
    council.id,
    { fileName: 'million.json', bytes },
    null,
  );
  const staged = performance.now();
  const { datasetId } = await confirmMonitorImport(target.db, null, draft.id, {
    title: 'Benchmark',
  });
  const done = performance.now();
  console.log(
    `  whole upload through the use cases, ${target.label}: stage with preview ${(staged - start).toFixed(0)} ms, confirm as version ${(done - staged).toFixed(0)} ms`,
  );

  const indicatorId = await createIndicator(target.db, null, council.id, {
    datasetId,
    slug: 'benchmark',
    title: 'Benchmark',
    titleNn: '',
    titleEn: '',
    description: '',
    descriptionNn: '',
    descriptionEn: '',
    sourceText: '',
    definitions: '',
    footnotes: [],
    warnings: [],
    notSummable: false,
    theme: 'resources',
    sectors: [],
    published: true,
    planAreaIds: [],
    planMeasureIds: [],
    spec: {
      xDimension: 'Tid',
      seriesDimension: 'Sektor',
      filterDimensions: ['Region', 'Finansiering', 'Tid', 'Sektor', 'ContentsCode'],
      fixed: {},
      defaultSelection: {},
      chartType: 'line',
      unit: 'mill. kr',
      decimals: 1,
    },
  });
  const config = { ...loadConfig({}), dataDir: dir };
  const app = await buildApp({
    db: target.db,
    storage,
    config,
    mailer: createMailer({ smtpUrl: undefined, from: config.mailFrom }),
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'sekretariat@radsrom.no', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const years = Array.from({ length: 21 }, (_, i) => `Tid=${2000 + i}`).join('&');
  // Ten views, one per region, so no answer is simply repeated.
  const views = Array.from(
    { length: 10 },
    (_, r) => `Region=region${r}&Finansiering=finansiering2&ContentsCode=contentscode7&${years}`,
  );
  const publicUrls = views.map(
    (q) =>
      `${base}/public/${encodeURIComponent(DEMO_COUNCIL.shortName)}/monitor/benchmark/data.json?${q}`,
  );
  const apiUrls = views.map((q) => `${base}/api/monitor/indicators/${indicatorId}/figure?${q}`);
  const sample = await (await fetch(publicUrls[0] ?? '')).text();
  if (!sample.includes('"series"')) throw new Error(`no figure data: ${sample.slice(0, 200)}`);
  const bare = Fastify();
  bare.get('/', async (_request, reply) => reply.type('application/json').send(sample));
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

  await load(publicUrls, {}, 1); // warm-up
  await load(apiUrls, { cookie }, 1);
  const rows = [
    ['bare Fastify route, same JSON (baseline)', await load([bareUrl], {})],
    ['figure data, public (charts call this)', await load(publicUrls, {})],
    ['figure data, signed-in API', await load(apiUrls, { cookie })],
  ] as const;
  console.log(
    `\n  figure-data API — ${target.label}, ${CLIENTS} concurrent clients, ${SECONDS} s each, answer ${(sample.length / 1024).toFixed(1)} kB`,
  );
  console.log(
    '  route                                       req/s   p50 ms   p95 ms   p99 ms   failed',
  );
  for (const [name, r] of rows) {
    console.log(
      `  ${name.padEnd(42)}${r.rps.toFixed(0).padStart(7)}${r.p50.toFixed(1).padStart(9)}${r.p95.toFixed(1).padStart(9)}${r.p99.toFixed(1).padStart(9)}${String(r.failed).padStart(9)}`,
    );
  }
  const p95 = rows[1][1].p95;
  console.log(
    `  target: public figure data p95 under 30 ms: ${p95.toFixed(1)} ms (${p95 < 30 ? 'met' : 'MISSED'})`,
  );
  await bare.close();
  await app.close();
  await target.close();
  rmSync(dir, { recursive: true, force: true });
}
