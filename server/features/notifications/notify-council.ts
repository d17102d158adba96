import { and, eq, inArray } from 'drizzle-orm';
import { osloToday } from '../../../core/dates.ts';
import type { CouncilRole } from '../../../core/roles.ts';
import type { DbOrTx } from '../../db/client.ts';
import { councilMemberships, notifications, users } from '../../db/schema.ts';
import { heldOn } from '../councils/appointed-on.ts';

export type Recipient = { userId: string; email: string; name: string };

/** Everyone appointed today in the given roles gets an in-app notice; returned for e-mail. */
export async function notifyCouncil(
  db: DbOrTx,
  councilId: string,
  roles: readonly CouncilRole[],
  notice: { title: string; link: string },
): Promise<Recipient[]> {
  const today = osloToday();
  const rows = await db
    .selectDistinct({ userId: users.id, email: users.email, name: users.name })
    .from(councilMemberships)
    .innerJoin(users, eq(users.id, councilMemberships.userId))
    .where(
      and(
        eq(councilMemberships.councilId, councilId),
        inArray(councilMemberships.role, [...roles]),
        heldOn(today),
      ),
    );
  if (rows.length) {
    await db
      .insert(notifications)
      .values(rows.map((r) => ({ userId: r.userId, councilId, ...notice })));
  }
  return rows;
}
