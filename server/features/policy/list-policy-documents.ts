import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { osloToday } from '../../../core/dates.ts';
import { daysToDeadline, hasMissedDeadline, policyStatusLabel } from '../../../core/policy.ts';
import type { DbOrTx } from '../../db/client.ts';
import { councilStatements, policyDocuments, policyWorkingGroup } from '../../db/policy-schema.ts';
import { users } from '../../db/schema.ts';
import type { TPolicyDocument } from './schema.ts';

type Row = typeof policyDocuments.$inferSelect;

const period = (text: string, from: string | null, to: string | null) =>
  from && to ? { text, from, to } : null;

/** The register's order: the earliest possible date (deadline, else launch), undated last. */
export const REGISTER_ORDER = [
  sql`coalesce(${policyDocuments.deadlineFrom}, ${policyDocuments.launchFrom}) asc nulls last`,
  asc(policyDocuments.title),
];

/**
 * The register: active entries (or the archived ones), in the order of their earliest possible
 * date, the deadline's where there is one, else the launch's; entries without a date come last.
 */
export async function listPolicyDocuments(
  db: DbOrTx,
  councilId: string,
  filter: { archived?: boolean; ids?: string[] } = {},
): Promise<TPolicyDocument[]> {
  const rows = await db
    .select()
    .from(policyDocuments)
    .where(
      and(
        eq(policyDocuments.councilId, councilId),
        filter.ids
          ? inArray(policyDocuments.id, filter.ids)
          : filter.archived
            ? isNotNull(policyDocuments.archivedAt)
            : isNull(policyDocuments.archivedAt),
      ),
    )
    .orderBy(...REGISTER_ORDER);
  return presentPolicyDocuments(db, rows);
}

export async function presentPolicyDocuments(db: DbOrTx, rows: Row[]): Promise<TPolicyDocument[]> {
  const ids = rows.map((r) => r.id);
  const [group, statements] = ids.length
    ? await Promise.all([
        db
          .select({
            policyDocumentId: policyWorkingGroup.policyDocumentId,
            userId: users.id,
            name: users.name,
          })
          .from(policyWorkingGroup)
          .innerJoin(users, eq(users.id, policyWorkingGroup.userId))
          .where(inArray(policyWorkingGroup.policyDocumentId, ids))
          .orderBy(asc(users.name)),
        db
          .select({
            policyDocumentId: councilStatements.policyDocumentId,
            id: councilStatements.id,
            kind: councilStatements.kind,
            title: councilStatements.title,
            sentOn: councilStatements.sentOn,
          })
          .from(councilStatements)
          .where(inArray(councilStatements.policyDocumentId, ids))
          .orderBy(asc(councilStatements.createdAt)),
      ])
    : [[], []];
  const today = osloToday();
  return rows.map((r) => ({
    id: r.id,
    councilId: r.councilId,
    title: r.title,
    reference: r.reference,
    kind: r.kind,
    ministry: r.ministry,
    launch: period(r.launchText, r.launchFrom, r.launchTo),
    launchText: r.launchText,
    councilInput: r.councilInput,
    inputDate: r.inputDate,
    deadline: period(r.deadlineText, r.deadlineFrom, r.deadlineTo),
    deadlineText: r.deadlineText,
    reminderDays: r.reminderDays,
    proposedFollowUp: r.proposedFollowUp,
    status: r.status,
    statusLabel: r.archivedAt ? `Arkivert: ${r.archivedReason}` : policyStatusLabel(r, today),
    missedDeadline: hasMissedDeadline(r, today),
    daysToDeadline: daysToDeadline(r, today),
    workingGroup: group
      .filter((g) => g.policyDocumentId === r.id)
      .map(({ userId, name }) => ({ userId, name })),
    links: r.links,
    statements: statements
      .filter((s) => s.policyDocumentId === r.id)
      .map(({ policyDocumentId: _p, ...s }) => s),
    archivedAt: r.archivedAt?.toISOString() ?? null,
    archivedReason: r.archivedReason,
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  }));
}
