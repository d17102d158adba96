import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { councilMemberships, users } from '../../db/schema.ts';

/** An appointment that holds on a date (yyyy-mm-dd): open-ended periods included. */
export const heldOn = (date: string) =>
  and(
    or(isNull(councilMemberships.periodStart), lte(councilMemberships.periodStart, date)),
    or(isNull(councilMemberships.periodEnd), gte(councilMemberships.periodEnd, date)),
  );

/** Everyone appointed to the council on a date (yyyy-mm-dd), with their membership, by name. */
export async function appointedOn(db: DbOrTx, councilId: string, date: string) {
  return db
    .select({ userId: users.id, name: users.name, m: councilMemberships })
    .from(councilMemberships)
    .innerJoin(users, eq(users.id, councilMemberships.userId))
    .where(and(eq(councilMemberships.councilId, councilId), heldOn(date)))
    .orderBy(asc(users.name));
}
