import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import Fastify from 'fastify';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { meetings } from '../server/db/schema.ts';
import { createMailer } from '../server/mail/mailer.ts';
import { DEMO_PASSWORD } from '../server/seed/demo-data.ts';
import { seedDemo } from '../server/seed/seed-demo.ts';
import { filesystemStorage } from '../server/storage/file-storage.ts';
import { openBenchDatabase } from './targets.ts';

/**
 * HTTP throughput at 32 concurrent connections (autocannon, in a worker thread so the load
 * does not share the server's event loop): the public meeting page (server-rendered HTML, from
 * the page cache while the data stands still: one snapshot query per turn of the event loop),
 * the signed-in agenda (`GET /api/meetings/:id` with a session), and, as the ceiling, a bare
 * Fastify route returning a page of the same size. Demo data; PGlite, then a PostgreSQL
 * server if the machine has one. Target: ≥ 1,000 requests per second for the public page.
 */

const CONNECTIONS = 32;
const SECONDS = process.argv.includes('--quick') ? 3 : 10;
const TARGET_RPS = 1000;

type Result = { rps: number; p50: number; p99: number; errors: number; non2xx: number };

async function load(url: string, headers: Record<string, string> = {}): Promise<Result> {
  const run = (duration: number) =>
    autocannon({ url, connections: CONNECTIONS, duration, headers, workers: 1 });
  await run(1); // warm-up: JIT, caches, connection pools
  const r = await run(SECONDS);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

async function benchTarget(kind: 'pglite' | 'postgres') {
  const target = await openBenchDatabase(kind);
  if (!target) {
    console.log(`\n${kind}: no PostgreSQL server binaries on this machine; skipped.`);
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'radsrom-http-'));
  const storage = filesystemStorage(dir);
  await seedDemo(target.db, storage);
  const config = { ...loadConfig({}), dataDir: dir };
  const app = await buildApp({
    db: target.db,
    storage,
    config,
    mailer: createMailer({ smtpUrl: undefined, from: config.mailFrom }),
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const [meeting] = await target.db.select().from(meetings).where(eq(meetings.status, 'held'));
  if (!meeting) throw new Error('the demo has no held meeting');
  const publicUrl = `${base}/public/meetings/${meeting.id}`;
  const page = await (await fetch(publicUrl)).text();
  const cache = (await fetch(publicUrl)).headers.get('x-cache') ?? 'none';

  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'sekretariat@radsrom.no', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  const bare = Fastify();
  bare.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

  const rows: [string, Result][] = [
    ['bare Fastify route (ceiling)', await load(bareUrl)],
    ['public meeting page', await load(publicUrl)],
    ['signed-in agenda (API)', await load(`${base}/api/meetings/${meeting.id}`, { cookie })],
  ];
  console.log(
    `\nhttp — ${target.label}: ${CONNECTIONS} connections, ${SECONDS} s each, page ${(page.length / 1024).toFixed(1)} kB, second request X-Cache: ${cache}`,
  );
  console.log('  route                             req/s    p50 ms   p99 ms   errors');
  for (const [name, r] of rows) {
    console.log(
      `  ${name.padEnd(32)}${r.rps.toFixed(0).padStart(7)}${r.p50.toFixed(1).padStart(10)}${r.p99.toFixed(1).padStart(9)}${String(r.errors + r.non2xx).padStart(9)}`,
    );
  }
  const publicRps = rows[1]?.[1].rps ?? 0;
  console.log(
    `  target: ≥ ${TARGET_RPS} req/s for the public meeting page: ${publicRps.toFixed(0)} (${publicRps >= TARGET_RPS ? 'met' : 'MISSED'})`,
  );
  await bare.close();
  await app.close();
  await target.close();
  rmSync(dir, { recursive: true, force: true });
}

export async function run(): Promise<void> {
  for (const kind of ['pglite', 'postgres'] as const) {
    if (process.argv.includes(`--only=${kind === 'pglite' ? 'postgres' : 'pglite'}`)) continue;
    await benchTarget(kind);
  }
}
