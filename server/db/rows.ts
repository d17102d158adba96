import { type SQL, sql } from 'drizzle-orm';

/** The rows of `db.execute`: postgres-js returns an array, PGlite an object holding them. */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** A list of ids as one uuid[] parameter: one placeholder however many ids there are. */
export function uuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}
