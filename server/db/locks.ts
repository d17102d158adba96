import { sql } from 'drizzle-orm';
import type { Tx } from './client.ts';

/**
 * Serialises every write that numbers cases in one council's year (agenda changes, new
 * meetings, carry-overs, status changes). Without it, two concurrent additions could both
 * take the same position and number. Released when the transaction ends.
 */
export async function lockCouncilYear(tx: Tx, councilId: string, year: number): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${councilId}), ${year}::int)`);
}

/** Serialises sign-in attempts for one address, so a burst cannot outrun the failure count. */
export async function lockLogin(tx: Tx, email: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`login:${email}`}))`);
}
