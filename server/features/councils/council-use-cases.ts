import { and, asc, eq } from 'drizzle-orm';
import { diff, recordAudit } from '../../audit/record-audit.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { councils, standingCases } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { conflict, notFound } from '../../errors.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import type { TStandingCase } from './schema.ts';

export async function getCouncil(db: DbOrTx, councilId: string) {
  const [council] = await db.select().from(councils).where(eq(councils.id, councilId));
  if (!council) throw notFound('Fant ikke rådet.');
  return council;
}

function assertShortNameFree(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw conflict('Kortnavnet er allerede i bruk av et annet råd.');
  }
  throw error;
}

export async function createCouncil(
  db: Db,
  userId: string,
  input: { name: string; shortName: string },
) {
  return db
    .transaction(async (tx) => {
      const [council] = await tx.insert(councils).values(input).returning();
      if (!council) throw new Error('insert returned nothing');
      await recordAudit(tx, {
        userId,
        councilId: council.id,
        entityType: 'council',
        entityId: council.id,
        action: 'create',
        changes: input,
      });
      return council;
    })
    .catch(assertShortNameFree);
}

const staleCouncil = () =>
  conflict('Noen andre har endret rådet mens du arbeidet. Last siden på nytt.');

export async function updateCouncil(
  db: Db,
  userId: string,
  councilId: string,
  input: { name: string; shortName: string; interestsPublic?: boolean; version: number },
) {
  return db
    .transaction(async (tx) => {
      const [before] = await tx.select().from(councils).where(eq(councils.id, councilId));
      if (!before) throw notFound('Fant ikke rådet.');
      if (before.version !== input.version) throw staleCouncil();
      const values = {
        name: input.name,
        shortName: input.shortName,
        interestsPublic: input.interestsPublic ?? before.interestsPublic,
      };
      const [after] = await tx
        .update(councils)
        .set({ ...values, version: before.version + 1 })
        .where(and(eq(councils.id, councilId), eq(councils.version, input.version)))
        .returning();
      if (!after) throw staleCouncil();
      await recordAudit(tx, {
        userId,
        councilId,
        entityType: 'council',
        entityId: councilId,
        action: 'update',
        changes: diff(before, values),
      });
      return after;
    })
    .catch(assertShortNameFree);
}

export async function listStandingCases(db: Db, councilId: string): Promise<TStandingCase[]> {
  const rows = await db
    .select()
    .from(standingCases)
    .where(eq(standingCases.councilId, councilId))
    .orderBy(asc(standingCases.position));
  return rows.map(({ kind, title, caseTypes, reason, proposedDecision }) => ({
    kind,
    title,
    caseTypes,
    reason,
    proposedDecision,
  }));
}

/** The standing cases are edited as one ordered list, so the whole list is replaced. */
export async function replaceStandingCases(
  db: Db,
  userId: string,
  councilId: string,
  list: TStandingCase[],
) {
  await db.transaction(async (tx) => {
    const before = await tx
      .select({ title: standingCases.title })
      .from(standingCases)
      .where(eq(standingCases.councilId, councilId));
    await tx.delete(standingCases).where(eq(standingCases.councilId, councilId));
    if (list.length) {
      await tx.insert(standingCases).values(
        list.map((item, i) => ({
          ...item,
          // Rich text is sanitised where it is stored, not only when copied into a meeting.
          reason: sanitizeRichText(item.reason),
          proposedDecision: sanitizeRichText(item.proposedDecision),
          councilId,
          position: i + 1,
        })),
      );
    }
    await recordAudit(tx, {
      userId,
      councilId,
      entityType: 'standing_cases',
      entityId: councilId,
      action: 'replace',
      changes: { from: before.map((b) => b.title), to: list.map((l) => l.title) },
    });
  });
  return listStandingCases(db, councilId);
}
