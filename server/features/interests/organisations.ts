import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { diff, recordAudit } from '../../audit/record-audit.ts';
import type { Db, Tx } from '../../db/client.ts';
import { interests, organisations } from '../../db/schema.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import type { TOrganisation } from './schema.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

/** Names compare regardless of case, spacing and Unicode form: "LMI" = " lmi". */
export const nameKey = (name: string) =>
  name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');

const present = (o: OrganisationRow): TOrganisation => ({
  id: o.id,
  name: o.name,
  aliases: o.aliases,
  version: o.version,
});

/** Serialises organisation writes in a council, so two names cannot be claimed at once. */
async function lockOrganisations(tx: Tx, councilId: string) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`organisations:${councilId}`}))`);
}

export async function listOrganisations(db: Db | Tx, councilId: string): Promise<TOrganisation[]> {
  const rows = await db
    .select()
    .from(organisations)
    .where(eq(organisations.councilId, councilId))
    .orderBy(asc(organisations.name));
  return rows.map(present);
}

export async function loadOrganisation(db: Db | Tx, organisationId: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!row) throw notFound('Fant ikke organisasjonen.');
  return row;
}

/** The organisation a name or alias points to in the council, if any. */
async function findByName(tx: Tx, councilId: string, name: string, exceptId?: string) {
  const key = nameKey(name);
  const rows = await tx
    .select()
    .from(organisations)
    .where(
      and(
        eq(organisations.councilId, councilId),
        exceptId ? ne(organisations.id, exceptId) : sql`true`,
      ),
    );
  return rows.find((o) => [o.name, ...o.aliases].some((n) => nameKey(n) === key)) ?? null;
}

/** Name and aliases without duplicates, and none of them taken by another organisation. */
async function checkNames(
  tx: Tx,
  councilId: string,
  input: { name: string; aliases: string[] },
  exceptId?: string,
) {
  const seen = new Set([nameKey(input.name)]);
  const aliases = input.aliases.filter((a) => {
    const key = nameKey(a);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const name of [input.name, ...aliases]) {
    const taken = await findByName(tx, councilId, name, exceptId);
    if (taken) {
      throw conflict(`«${name}» er allerede navnet på eller et alias for «${taken.name}».`);
    }
  }
  return { name: input.name, aliases };
}

export async function createOrganisation(
  db: Db,
  userId: string,
  councilId: string,
  input: { name: string; aliases: string[] },
): Promise<TOrganisation> {
  return db.transaction(async (tx) =>
    present(await insertOrganisation(tx, userId, councilId, input)),
  );
}

async function insertOrganisation(
  tx: Tx,
  userId: string,
  councilId: string,
  input: { name: string; aliases: string[] },
) {
  await lockOrganisations(tx, councilId);
  const values = await checkNames(tx, councilId, input);
  const [row] = await tx
    .insert(organisations)
    .values({ councilId, ...values })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(tx, {
    userId,
    councilId,
    entityType: 'organisation',
    entityId: row.id,
    action: 'create',
    changes: values,
  });
  return row;
}

/** The organisation a member typed, found by name or alias, or registered as new. */
export async function findOrCreateOrganisation(
  tx: Tx,
  userId: string,
  councilId: string,
  name: string,
): Promise<OrganisationRow> {
  await lockOrganisations(tx, councilId);
  return (
    (await findByName(tx, councilId, name)) ??
    (await insertOrganisation(tx, userId, councilId, { name, aliases: [] }))
  );
}

export async function updateOrganisation(
  db: Db,
  userId: string,
  organisationId: string,
  input: { name: string; aliases: string[]; version: number },
): Promise<TOrganisation> {
  return db.transaction(async (tx) => {
    const before = await loadOrganisation(tx, organisationId);
    await lockOrganisations(tx, before.councilId);
    const values = await checkNames(tx, before.councilId, input, organisationId);
    const [after] = await tx
      .update(organisations)
      .set({ ...values, version: before.version + 1 })
      .where(and(eq(organisations.id, organisationId), eq(organisations.version, input.version)))
      .returning();
    if (!after) {
      throw conflict('Noen andre har endret organisasjonen mens du arbeidet. Last siden på nytt.');
    }
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: 'organisation',
      entityId: organisationId,
      action: 'update',
      changes: diff(before, values),
    });
    return present(after);
  });
}

/** Two registrations of one organisation become one: interests move, names become aliases. */
export async function mergeOrganisation(
  db: Db,
  userId: string,
  organisationId: string,
  intoOrganisationId: string,
): Promise<TOrganisation> {
  if (organisationId === intoOrganisationId) {
    throw invalid('En organisasjon kan ikke slås sammen med seg selv.');
  }
  return db.transaction(async (tx) => {
    const from = await loadOrganisation(tx, organisationId);
    const into = await loadOrganisation(tx, intoOrganisationId);
    if (from.councilId !== into.councilId) throw notFound('Fant ikke organisasjonen.');
    await lockOrganisations(tx, into.councilId);
    const keys = new Set([into.name, ...into.aliases].map(nameKey));
    const aliases = [
      ...into.aliases,
      ...[from.name, ...from.aliases].filter((n) => !keys.has(nameKey(n))),
    ];
    const moved = await tx
      .update(interests)
      .set({ organisationId: into.id })
      .where(eq(interests.organisationId, from.id))
      .returning({ id: interests.id });
    await tx.delete(organisations).where(eq(organisations.id, from.id));
    const [after] = await tx
      .update(organisations)
      .set({ aliases, version: into.version + 1 })
      .where(eq(organisations.id, into.id))
      .returning();
    if (!after) throw new Error('update returned nothing');
    await recordAudit(tx, {
      userId,
      councilId: into.councilId,
      entityType: 'organisation',
      entityId: into.id,
      action: 'merge',
      changes: { mergedFrom: { id: from.id, name: from.name }, aliases, interests: moved.length },
    });
    return present(after);
  });
}
