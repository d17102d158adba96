import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { invalid } from '../errors.ts';
import type { Tx } from './client.ts';

/** True when `ids` is exactly the current list in some order: no item lost, added or doubled. */
export function isReordering(currentIds: readonly string[], ids: readonly string[]): boolean {
  const known = new Set(currentIds);
  return (
    ids.length === known.size &&
    new Set(ids).size === ids.length &&
    ids.every((id) => known.has(id))
  );
}

/**
 * Sets `position` = index + 1 for the given rows in one statement. Refuses (with `staleMessage`)
 * when the list no longer matches what is stored, e.g. someone else added an item meanwhile.
 */
export async function setPositions(
  tx: Tx,
  table: PgTable & { id: PgColumn; position: PgColumn },
  currentIds: readonly string[],
  ids: readonly string[],
  staleMessage: string,
): Promise<void> {
  if (!isReordering(currentIds, ids)) throw invalid(staleMessage);
  const values: SQL = sql.join(
    ids.map((id, i) => sql`(${id}::uuid, ${i + 1}::int)`),
    sql`, `,
  );
  await tx.execute(
    sql`UPDATE ${table} SET position = v.p FROM (VALUES ${values}) AS v(id, p) WHERE ${table.id} = v.id`,
  );
}
