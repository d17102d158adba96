/**
 * `npm test`: lint and typecheck, build the web app, run the suite on PGlite (with the
 * browser tests), then the database tests again on a throw-away PostgreSQL server.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findPostgresBin, startPostgres } from '../server/testing/postgres-server.ts';

const args = process.argv.slice(2);
/** CI must run every pass; a developer's machine may lack PostgreSQL or Chromium and is told so. */
const requireAll = process.env.CI === 'true';

/** Runs a locally installed tool (`npx --no-install …`) and stops the pipeline if it fails. */
function step(title: string, command: string[], env: NodeJS.ProcessEnv = {}) {
  console.log(`\n=== ${title} ===`);
  const res = spawnSync('npx', ['--no-install', ...command], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (res.status !== 0) {
    console.error(`\n${title}: feilet (kode ${res.status ?? res.signal}).`);
    process.exit(res.status ?? 1);
  }
}

step('Biome (format og lint)', ['biome', 'check', '.']);
step('TypeScript', ['tsc', '--noEmit', '-p', '.']);
step('Bygg webappen', ['vite', 'build', '--logLevel', 'warn']);
const hasChromium = existsSync('/usr/bin/chromium');
if (!hasChromium && requireAll) {
  console.error(
    '\nNettlesertestene må kjøre her, men /usr/bin/chromium finnes ikke. Installer chromium.',
  );
  process.exit(1);
}
step(
  hasChromium
    ? 'Tester på PGlite (inkludert nettlesertester)'
    : 'Tester på PGlite (uten nettlesertester)',
  ['vitest', 'run', ...(hasChromium ? [] : ['--exclude', 'tests/e2e/**']), ...args],
);

const bin = process.env.DATABASE_URL ? null : findPostgresBin();
if (process.env.DATABASE_URL) {
  step('Databasetester på PostgreSQL (DATABASE_URL)', ['vitest', 'run', 'server', ...args], {
    TEST_DATABASE_URL: process.env.DATABASE_URL,
  });
} else if (bin) {
  const pg = await startPostgres(bin);
  try {
    step('Databasetester på PostgreSQL-server', ['vitest', 'run', 'server', ...args], {
      TEST_DATABASE_URL: pg.url,
    });
  } finally {
    pg.stop();
  }
} else if (requireAll) {
  console.error(
    '\nPostgreSQL-passet må kjøre her, men initdb/pg_ctl finnes ikke. Installer postgresql.',
  );
  process.exit(1);
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
console.log('\nAlle tester besto.');
