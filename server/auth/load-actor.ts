import { and, eq, gte, isNull, or } from 'drizzle-orm';
import type { CouncilRole } from '../../core/roles.ts';
import type { Db } from '../db/client.ts';
import { councilMemberships, users } from '../db/schema.ts';
import type { Actor } from './permissions.ts';

/** The actor with the roles of appointments that have not ended. */
export async function loadActor(db: Db, userId: string, today = new Date()): Promise<Actor | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return null;
  const isoToday = today.toISOString().slice(0, 10);
  const rows = await db
    .select({ councilId: councilMemberships.councilId, role: councilMemberships.role })
    .from(councilMemberships)
    .where(
      and(
        eq(councilMemberships.userId, userId),
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
