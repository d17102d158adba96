import { and, asc, count, desc, eq, gte, isNotNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog, users } from '../../db/schema.ts';
import type { TAuditEntry, TAuditQuery } from './schema.ts';

export const AUDIT_PAGE_SIZE = 50;

/** Dates are Oslo calendar days: "to" includes the whole of its day. */
const osloStart = (isoDate: string) =>
  sql`(${isoDate}::date)::timestamp AT TIME ZONE 'Europe/Oslo'`;

function conditions(councilId: string, query: Omit<TAuditQuery, 'page'>): SQL | undefined {
  return and(
    eq(auditLog.councilId, councilId),
    query.from ? gte(auditLog.at, osloStart(query.from)) : undefined,
    query.to ? lt(auditLog.at, sql`${osloStart(query.to)} + interval '1 day'`) : undefined,
    query.userId ? eq(auditLog.userId, query.userId) : undefined,
    query.entityType ? eq(auditLog.entityType, query.entityType) : undefined,
    query.action ? eq(auditLog.action, query.action) : undefined,
  );
}

/** A council's audit log, newest first, filtered; `limit: null` for every entry (the export). */
export async function listAuditEntries(
  db: Db,
  councilId: string,
  query: TAuditQuery,
  limit: number | null = AUDIT_PAGE_SIZE,
): Promise<{ total: number; entries: TAuditEntry[] }> {
  const where = conditions(councilId, query);
  const [counted] = await db.select({ n: count() }).from(auditLog).where(where);
  const base = db
    .select({ entry: auditLog, user: { id: users.id, name: users.name, email: users.email } })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id));
  const rows =
    limit === null ? await base : await base.limit(limit).offset((query.page - 1) * limit);
  return {
    total: counted?.n ?? 0,
    entries: rows.map(({ entry, user }) => ({
      id: entry.id,
      at: entry.at.toISOString(),
      user: user?.id ? { id: user.id, name: user.name, email: user.email } : null,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      changes: entry.changes as Record<string, unknown>,
    })),
  };
}

/** What the filters can choose between: the kinds, actions and people in this council's log. */
export async function auditFilterValues(db: Db, councilId: string) {
  const inCouncil = eq(auditLog.councilId, councilId);
  const distinct = async (column: typeof auditLog.entityType | typeof auditLog.action) =>
    (
      await db.selectDistinct({ v: column }).from(auditLog).where(inCouncil).orderBy(asc(column))
    ).map((r) => r.v);
  const people = await db
    .selectDistinct({ id: users.id, name: users.name })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.userId))
    .where(and(inCouncil, isNotNull(auditLog.userId)))
    .orderBy(asc(users.name));
  return {
    entityTypes: await distinct(auditLog.entityType),
    actions: await distinct(auditLog.action),
    people,
  };
}
