import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { diff, recordAudit } from '../../audit/record-audit.ts';
import type { Db, Tx } from '../../db/client.ts';
import { councilMemberships, interests, organisations, users } from '../../db/schema.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { findOrCreateOrganisation, loadOrganisation } from './organisations.ts';
import type { TCreateInterestRequest, TInterest, TUpdateInterestRequest } from './schema.ts';

export type InterestRow = typeof interests.$inferSelect;
const reviewer = alias(users, 'reviewer');

export async function listInterests(
  db: Db,
  councilId: string,
  filter: { userId?: string; id?: string } = {},
): Promise<TInterest[]> {
  const rows = await db
    .select({ i: interests, o: organisations, userName: users.name, reviewerName: reviewer.name })
    .from(interests)
    .innerJoin(organisations, eq(organisations.id, interests.organisationId))
    .innerJoin(users, eq(users.id, interests.userId))
    .leftJoin(reviewer, eq(reviewer.id, interests.reviewedById))
    .where(
      and(
        eq(interests.councilId, councilId),
        filter.userId ? eq(interests.userId, filter.userId) : sql`true`,
        filter.id ? eq(interests.id, filter.id) : sql`true`,
      ),
    )
    .orderBy(asc(users.name), asc(interests.periodStart), asc(organisations.name));
  return rows.map(({ i, o, userName, reviewerName }) => ({
    id: i.id,
    userId: i.userId,
    userName,
    organisationId: o.id,
    organisationName: o.name,
    kind: i.kind,
    role: i.role,
    periodStart: i.periodStart,
    periodEnd: i.periodEnd,
    review: i.review,
    reviewedByName: reviewerName,
    reviewedAt: i.reviewedAt?.toISOString() ?? null,
    version: i.version,
  }));
}

export async function loadInterest(db: Db | Tx, interestId: string): Promise<InterestRow> {
  const [row] = await db.select().from(interests).where(eq(interests.id, interestId));
  if (!row) throw notFound('Fant ikke interessen.');
  return row;
}

type Fields = Omit<TUpdateInterestRequest, 'version'>;

/** The organisation named by id (in this council) or by name, and the period in order. */
async function resolveFields(tx: Tx, userId: string, councilId: string, input: Fields) {
  let organisationId: string;
  if (input.organisationId) {
    const found = await loadOrganisation(tx, input.organisationId);
    if (found.councilId !== councilId) throw notFound('Fant ikke organisasjonen.');
    organisationId = found.id;
  } else if (input.organisationName) {
    organisationId = (await findOrCreateOrganisation(tx, userId, councilId, input.organisationName))
      .id;
  } else {
    throw invalid('Velg eller skriv inn en organisasjon.', {
      fields: [{ field: 'organisationName', message: 'Organisasjonen mangler.' }],
    });
  }
  if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart) {
    throw invalid('Perioden slutter før den begynner.', {
      fields: [{ field: 'periodEnd', message: 'Sluttdatoen er før startdatoen.' }],
    });
  }
  return {
    organisationId,
    kind: input.kind,
    role: input.role,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
  };
}

export async function createInterest(
  db: Db,
  actorId: string,
  councilId: string,
  input: TCreateInterestRequest & { userId: string },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({ id: councilMemberships.id })
      .from(councilMemberships)
      .where(
        and(
          eq(councilMemberships.councilId, councilId),
          eq(councilMemberships.userId, input.userId),
        ),
      );
    if (!member) throw invalid('Personen er ikke med i rådet.');
    const values = await resolveFields(tx, actorId, councilId, input);
    const [row] = await tx
      .insert(interests)
      .values({ councilId, userId: input.userId, ...values })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      userId: actorId,
      councilId,
      entityType: 'interest',
      entityId: row.id,
      action: 'create',
      changes: { userId: input.userId, ...values },
    });
    return row.id;
  });
}

const staleInterest = () =>
  conflict('Noen andre har endret interessen mens du arbeidet. Last siden på nytt.');

/** A change by the member sends the interest back for review; the secretariat's does not. */
export async function updateInterest(
  db: Db,
  actorId: string,
  interestId: string,
  input: TUpdateInterestRequest,
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await loadInterest(tx, interestId);
    const values = await resolveFields(tx, actorId, before.councilId, input);
    const byOwner = actorId === before.userId;
    const review = byOwner
      ? { review: 'pending' as const, reviewedById: null, reviewedAt: null }
      : {};
    const [after] = await tx
      .update(interests)
      .set({ ...values, ...review, version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(interests.id, interestId), eq(interests.version, input.version)))
      .returning();
    if (!after) throw staleInterest();
    await recordAudit(tx, {
      userId: actorId,
      councilId: before.councilId,
      entityType: 'interest',
      entityId: interestId,
      action: 'update',
      changes: diff(before, { ...values, review: after.review }),
    });
  });
}

export async function deleteInterest(db: Db, actorId: string, interestId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await loadInterest(tx, interestId);
    await tx.delete(interests).where(eq(interests.id, interestId));
    await recordAudit(tx, {
      userId: actorId,
      councilId: before.councilId,
      entityType: 'interest',
      entityId: interestId,
      action: 'delete',
      changes: { before },
    });
  });
}

export async function reviewInterest(
  db: Db,
  actorId: string,
  interestId: string,
  version: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await loadInterest(tx, interestId);
    const [after] = await tx
      .update(interests)
      .set({
        review: 'reviewed',
        reviewedById: actorId,
        reviewedAt: new Date(),
        version: version + 1,
      })
      .where(and(eq(interests.id, interestId), eq(interests.version, version)))
      .returning();
    if (!after) throw staleInterest();
    await recordAudit(tx, {
      userId: actorId,
      councilId: before.councilId,
      entityType: 'interest',
      entityId: interestId,
      action: 'review',
    });
  });
}
