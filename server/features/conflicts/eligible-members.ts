import type { CouncilRole } from '../../../core/roles.ts';
import type { DbOrTx } from '../../db/client.ts';
import { appointedOn } from '../councils/appointed-on.ts';

/** Those who take part in the council's decisions, and so can be disqualified. */
const DECIDING: readonly CouncilRole[] = ['chair', 'member', 'substitute'];

/** The chair, members and substitutes appointed on the meeting's date, one entry each. */
export async function eligibleMembers(db: DbOrTx, councilId: string, date: string) {
  const rows = await appointedOn(db, councilId, date);
  const seen = new Set<string>();
  return rows.flatMap((r) => {
    if (!DECIDING.includes(r.m.role) || seen.has(r.userId)) return [];
    seen.add(r.userId);
    return [{ userId: r.userId, name: r.name }];
  });
}
