import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { osloToday } from '../../core/dates.ts';
import type { CouncilRole } from '../../core/roles.ts';
import type { Db } from '../db/client.ts';
import { councilMemberships, users } from '../db/schema.ts';
import type { Actor } from './permissions.ts';

/** The actor with the roles of appointments in force today (Norwegian date). */
export async function loadActor(db: Db, userId: string, now = new Date()): Promise<Actor | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return null;
  const isoToday = osloToday(now);
  const rows = await db
    .select({ councilId: councilMemberships.councilId, role: councilMemberships.role })
    .from(councilMemberships)
    .where(
      and(
        eq(councilMemberships.userId, userId),
        or(isNull(councilMemberships.periodStart), lte(councilMemberships.periodStart, isoToday)),
        or(isNull(councilMemberships.periodEnd), gte(councilMemberships.periodEnd, isoToday)),
      ),
    );
  const roles = new Map<string, CouncilRole[]>();
  for (const row of rows) roles.set(row.councilId, [...(roles.get(row.councilId) ?? []), row.role]);
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    isSystemAdmin: user.isSystemAdmin,
    roles,
  };
}
