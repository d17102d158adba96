/**
 * `npm test`: lint and typecheck, build the web app, run the suite on PGlite (with the
 * browser tests), then the database tests again on a throw-away PostgreSQL server.
 * Ends with one plain line, "N passed, N failed", counted over every pass.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findPostgresBin, startPostgres } from '../server/testing/postgres-server.ts';

const args = process.argv.slice(2);
/** CI must run every pass; a developer's machine may lack PostgreSQL or Chromium and is told so. */
const requireAll = process.env.CI === 'true';
const totals = { passed: 0, failed: 0 };

class StepFailed extends Error {}

/** Runs a locally installed tool (`npx --no-install …`); a failure stops the pipeline. */
function step(title: string, command: string[], env: NodeJS.ProcessEnv = {}) {
  console.log(`\n=== ${title} ===`);
  const res = spawnSync('npx', ['--no-install', ...command], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (res.status !== 0)
    throw new StepFailed(`${title}: feilet (kode ${res.status ?? res.signal}).`);
}

/** A vitest pass that also writes a JSON report, so the closing line can count every test. */
function vitest(title: string, vitestArgs: string[], env: NodeJS.ProcessEnv = {}) {
  const report = path.join(tmpdir(), `radsrom-vitest-${process.pid}.json`);
  try {
    step(
      title,
      [
        'vitest',
        'run',
        ...vitestArgs,
        ...args,
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
      ],
      env,
    );
  } finally {
    if (existsSync(report)) {
      const result = JSON.parse(readFileSync(report, 'utf8'));
      totals.passed += result.numPassedTests;
      totals.failed += result.numFailedTests;
      rmSync(report);
    }
  }
}

function fail(message: string): never {
  throw new StepFailed(message);
}

async function main() {
  step('Biome (format og lint)', ['biome', 'check', '.']);
  step('TypeScript', ['tsc', '--noEmit', '-p', '.']);
  step('Bygg webappen', ['vite', 'build', '--logLevel', 'warn']);

  const hasChromium = existsSync('/usr/bin/chromium');
  if (!hasChromium && requireAll)
    fail('Nettlesertestene må kjøre her, men /usr/bin/chromium finnes ikke.');
  if (hasChromium) vitest('Tester på PGlite (inkludert nettlesertester)', []);
  else vitest('Tester på PGlite (uten nettlesertester)', ['--exclude', 'tests/e2e/**']);

  const bin = process.env.DATABASE_URL ? null : findPostgresBin();
  if (process.env.DATABASE_URL) {
    vitest('Databasetester på PostgreSQL (DATABASE_URL)', ['server'], {
      TEST_DATABASE_URL: process.env.DATABASE_URL,
    });
  } else if (bin) {
    const pg = await startPostgres(bin);
    try {
      vitest('Databasetester på PostgreSQL-server', ['server'], { TEST_DATABASE_URL: pg.url });
    } finally {
      pg.stop();
    }
  } else if (requireAll) {
    fail('PostgreSQL-passet må kjøre her, men initdb/pg_ctl finnes ikke.');
  } else {
    console.log(
      '\nMERK: PostgreSQL-passet kjørte IKKE: verken DATABASE_URL eller PostgreSQL-programmer (initdb, pg_ctl) finnes på maskinen. Bare PGlite er testet.',
    );
  }
  if (!hasChromium) {
    console.log(
      '\nMERK: Nettlesertestene kjørte IKKE: /usr/bin/chromium finnes ikke (apt-get install chromium).',
    );
  }
}

try {
  await main();
  console.log('\nAlle tester besto.');
} catch (error) {
  if (!(error instanceof StepFailed)) throw error;
  console.error(`\n${error.message}`);
  process.exitCode = 1;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
