import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog, users } from '../../db/schema.ts';

/** The audit trail of one case, oldest first. */
export async function caseHistory(db: Db, caseId: string) {
  const rows = await db
    .select({
      at: auditLog.at,
      userName: users.name,
      action: auditLog.action,
      changes: auditLog.changes,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, caseId)))
    .orderBy(asc(auditLog.at), asc(auditLog.id));
  return rows.map((r) => ({
    at: r.at.toISOString(),
    userName: r.userName,
    action: r.action,
    changes: (r.changes ?? {}) as Record<string, unknown>,
  }));
}
