import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { loadMinutesRow } from './load-minutes.ts';
import { assertTransition, bumpMinutesVersion } from './minutes-guards.ts';
import { recordMinutesVersion } from './record-version.ts';

/** After the comment round: the revised text becomes a new version, ready for approval. */
export async function reviseMinutes(db: Db, userId: string, minutesId: string, version: number) {
  await db.transaction(async (tx) => {
    const row = await loadMinutesRow(tx, minutesId);
    assertTransition(row, 'revised');
    const after = await bumpMinutesVersion(tx, minutesId, version, { status: 'revised' });
    const versionNumber = await recordMinutesVersion(tx, after, 'revised', userId);
    await recordAudit(tx, {
      userId,
      councilId: row.councilId,
      entityType: 'minutes',
      entityId: minutesId,
      action: 'revise',
      changes: { versionNumber },
    });
  });
}
