import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ConflictGround } from '../../../core/conflicts.ts';
import type { DbOrTx } from '../../db/client.ts';
import { conflictAssessments, users } from '../../db/schema.ts';

/** Members recorded as disqualified in these cases, with the ground, by name. */
export async function disqualifiedIn(db: DbOrTx, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  const rows = await db
    .select({
      caseId: conflictAssessments.caseId,
      userId: conflictAssessments.userId,
      name: users.name,
      ground: conflictAssessments.ground,
    })
    .from(conflictAssessments)
    .innerJoin(users, eq(users.id, conflictAssessments.userId))
    .where(
      and(inArray(conflictAssessments.caseId, caseIds), eq(conflictAssessments.disqualified, true)),
    )
    .orderBy(asc(users.name));
  // A disqualification always carries its ground (checked when recorded).
  return rows.map((r) => ({ ...r, ground: (r.ground ?? 'discretionary') as ConflictGround }));
}
