import { sql } from 'drizzle-orm';
import { openDatabase } from '../server/db/client.ts';
import { rowsOf } from '../server/db/rows.ts';
import { findPostgresBin, startPostgres } from '../server/testing/postgres-server.ts';

/**
 * A fresh database for a benchmark: PGlite in memory, or a throw-away PostgreSQL server (null
 * when the machine has none) with extra server settings. The label names what was measured.
 */
export async function openBenchDatabase(
  kind: 'postgres' | 'pglite',
  settings: readonly string[] = [],
) {
  if (kind === 'pglite') return { ...(await openDatabase({ dataDir: null })), label: 'PGlite' };
  const bin = findPostgresBin();
  if (!bin) return null;
  const server = await startPostgres(bin, settings);
  const database = await openDatabase({ databaseUrl: server.url, dataDir: null });
  const version = rowsOf<{ v: string }>(
    await database.db.execute(sql`SELECT current_setting('server_version') AS v`),
  );
  return {
    ...database,
    label: `PostgreSQL ${version[0]?.v ?? ''} server`,
    close: async () => {
      await database.close();
      server.stop();
    },
  };
}
