import { and, eq, sql } from 'drizzle-orm';
import {
  canMoveMinutes,
  MINUTES_STATUS_LABELS,
  type MinutesStatus,
} from '../../../core/minutes-status.ts';
import type { Tx } from '../../db/client.ts';
import { minutes } from '../../db/schema.ts';
import { conflict, invalid } from '../../errors.ts';
import type { MinutesRow } from './load-minutes.ts';

/**
 * Every change to the minutes names the version it started from; the UPDATE itself decides
 * who wins, so two secretaries cannot overwrite each other unnoticed.
 */
export async function bumpMinutesVersion(
  tx: Tx,
  minutesId: string,
  expectedVersion: number,
  set: Partial<typeof minutes.$inferInsert> = {},
): Promise<MinutesRow> {
  const [row] = await tx
    .update(minutes)
    .set({ ...set, version: sql`${minutes.version} + 1`, updatedAt: new Date() })
    .where(and(eq(minutes.id, minutesId), eq(minutes.version, expectedVersion)))
    .returning();
  if (!row) throw conflict('Noen andre har endret referatet mens du arbeidet. Last siden på nytt.');
  return row;
}

export function assertNotApproved(row: MinutesRow): void {
  if (row.status === 'approved') {
    throw invalid('Referatet er godkjent og låst. En rettelse må begrunnes og blir en ny versjon.');
  }
}

export function assertTransition(row: MinutesRow, to: MinutesStatus): void {
  if (!canMoveMinutes(row.status, to)) {
    throw invalid(
      `Et referat med status «${MINUTES_STATUS_LABELS[row.status]}» kan ikke settes til «${MINUTES_STATUS_LABELS[to]}».`,
    );
  }
}
