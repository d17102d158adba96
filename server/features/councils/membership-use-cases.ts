import { and, asc, eq, sql } from 'drizzle-orm';
import { diff, recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { councilMemberships, users } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import type { TMembership } from './schema.ts';

type MembershipInput = {
  role: TMembership['role'];
  organisation: string | null;
  ministry: string | null;
  title: string | null;
  periodStart: string | null;
  periodEnd: string | null;
};

function assertPeriod(input: MembershipInput) {
  if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart) {
    throw invalid('Oppnevningsperioden kan ikke slutte før den begynner.', {
      fields: [{ field: 'periodEnd', message: 'Sluttdato må være etter startdato.' }],
    });
  }
}

const select = {
  id: councilMemberships.id,
  userId: councilMemberships.userId,
  name: users.name,
  // A removed person's placeholder address is nobody's: shown as none.
  email: sql<string>`CASE WHEN ${users.removedAt} IS NULL THEN ${users.email} ELSE '' END`,
  removed: sql<boolean>`${users.removedAt} IS NOT NULL`,
  role: councilMemberships.role,
  organisation: councilMemberships.organisation,
  ministry: councilMemberships.ministry,
  title: councilMemberships.title,
  periodStart: councilMemberships.periodStart,
  periodEnd: councilMemberships.periodEnd,
};

export async function listMemberships(db: Db, councilId: string): Promise<TMembership[]> {
  return db
    .select(select)
    .from(councilMemberships)
    .innerJoin(users, eq(users.id, councilMemberships.userId))
    .where(eq(councilMemberships.councilId, councilId))
    .orderBy(asc(councilMemberships.role), asc(users.name));
}

async function getMembership(db: Db, councilId: string, membershipId: string) {
  const [row] = await db
    .select(select)
    .from(councilMemberships)
    .innerJoin(users, eq(users.id, councilMemberships.userId))
    .where(
      and(eq(councilMemberships.id, membershipId), eq(councilMemberships.councilId, councilId)),
    );
  if (!row) throw notFound('Fant ikke medlemskapet.');
  return row;
}

/** Adds a person to the council; a new e-mail address creates a user who cannot log in yet. */
export async function addMembership(
  db: Db,
  actorId: string,
  councilId: string,
  input: MembershipInput & { email: string; name: string },
): Promise<TMembership> {
  assertPeriod(input);
  const id = await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: councilMemberships.id })
      .from(councilMemberships)
      .innerJoin(users, eq(users.id, councilMemberships.userId))
      .where(
        and(
          eq(councilMemberships.councilId, councilId),
          eq(users.email, input.email),
          eq(councilMemberships.role, input.role),
        ),
      );
    if (existing) throw conflict(`${input.name} har allerede denne rollen i rådet.`);
    let [user] = await tx.select().from(users).where(eq(users.email, input.email));
    if (!user) {
      [user] = await tx.insert(users).values({ email: input.email, name: input.name }).returning();
      if (!user) throw new Error('insert returned nothing');
      await recordAudit(tx, {
        userId: actorId,
        councilId,
        entityType: 'user',
        entityId: user.id,
        action: 'create',
        changes: { email: input.email, name: input.name },
      });
    }
    const { email: _e, name: _n, ...fields } = input;
    const [row] = await tx
      .insert(councilMemberships)
      .values({ ...fields, councilId, userId: user.id })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      userId: actorId,
      councilId,
      entityType: 'council_membership',
      entityId: row.id,
      action: 'create',
      changes: { ...fields, user: input.email },
    });
    return row.id;
  });
  return getMembership(db, councilId, id);
}

export async function updateMembership(
  db: Db,
  actorId: string,
  councilId: string,
  membershipId: string,
  input: MembershipInput,
): Promise<TMembership> {
  assertPeriod(input);
  const before = await getMembership(db, councilId, membershipId);
  await db.transaction(async (tx) => {
    await tx
      .update(councilMemberships)
      .set(input)
      .where(eq(councilMemberships.id, membershipId))
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw conflict(`${before.name} har allerede denne rollen i rådet.`);
        }
        throw error;
      });
    await recordAudit(tx, {
      userId: actorId,
      councilId,
      entityType: 'council_membership',
      entityId: membershipId,
      action: 'update',
      changes: diff(before, input),
    });
  });
  return getMembership(db, councilId, membershipId);
}

export async function removeMembership(
  db: Db,
  actorId: string,
  councilId: string,
  membershipId: string,
) {
  const before = await getMembership(db, councilId, membershipId);
  await db.transaction(async (tx) => {
    await tx.delete(councilMemberships).where(eq(councilMemberships.id, membershipId));
    await recordAudit(tx, {
      userId: actorId,
      councilId,
      entityType: 'council_membership',
      entityId: membershipId,
      action: 'delete',
      changes: before,
    });
  });
}
