import { spawnSync } from 'node:child_process';
import { findPostgresBin, startPostgres } from '/work/main/server/testing/postgres-server.ts';

const pg = await startPostgres(findPostgresBin() as string);
const r = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TEST_DATABASE_URL: pg.url },
});
pg.stop();
process.exit(r.status ?? 1);
