import { and, eq, inArray } from 'drizzle-orm';
import { osloToday } from '../../../core/dates.ts';
import type { CouncilInput, PolicyKind } from '../../../core/policy.ts';
import { diff, recordAudit } from '../../audit/record-audit.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { policyDocuments, policyWorkingGroup } from '../../db/policy-schema.ts';
import { councilMemberships } from '../../db/schema.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { readPolicyDates } from './read-policy-dates.ts';

export type PolicyDocumentFields = {
  title: string;
  reference: string;
  kind: PolicyKind;
  ministry: string;
  launch: string;
  councilInput: CouncilInput;
  inputDate: string | null;
  deadline: string;
  reminderDays: number;
  proposedFollowUp: string;
  status: string;
  workingGroup: string[];
  links: { title: string; url: string }[];
};

export async function loadPolicyDocumentRow(db: DbOrTx, id: string) {
  const [row] = await db.select().from(policyDocuments).where(eq(policyDocuments.id, id));
  if (!row) throw notFound('Fant ikke dokumentet i oversikten.');
  return row;
}

/** The columns of a document from its fields: dates read, working group kept apart. */
async function toColumns(db: DbOrTx, councilId: string, input: PolicyDocumentFields) {
  const { launch, deadline, workingGroup, ...rest } = input;
  const people = [...new Set(workingGroup)];
  if (people.length) {
    const found = await db
      .selectDistinct({ userId: councilMemberships.userId })
      .from(councilMemberships)
      .where(
        and(
          eq(councilMemberships.councilId, councilId),
          inArray(councilMemberships.userId, people),
        ),
      );
    if (found.length !== people.length)
      throw invalid('Arbeidsgruppen kan bare ha personer fra rådet.', {
        fields: [{ field: 'workingGroup', message: 'Velg personer som er med i rådet.' }],
      });
  }
  return {
    columns: { ...rest, ...readPolicyDates({ launch, deadline }, osloToday()) },
    people,
  };
}

async function replaceWorkingGroup(tx: DbOrTx, policyDocumentId: string, people: string[]) {
  await tx
    .delete(policyWorkingGroup)
    .where(eq(policyWorkingGroup.policyDocumentId, policyDocumentId));
  if (people.length)
    await tx
      .insert(policyWorkingGroup)
      .values(people.map((userId) => ({ policyDocumentId, userId })));
}

export async function createPolicyDocument(
  db: Db,
  userId: string,
  councilId: string,
  input: PolicyDocumentFields,
): Promise<string> {
  const { columns, people } = await toColumns(db, councilId, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(policyDocuments)
      .values({ ...columns, councilId })
      .returning({ id: policyDocuments.id });
    if (!row) throw new Error('insert returned nothing');
    await replaceWorkingGroup(tx, row.id, people);
    await recordAudit(tx, {
      userId,
      councilId,
      entityType: 'policy_document',
      entityId: row.id,
      action: 'create',
      changes: { ...columns, workingGroup: people },
    });
    return row.id;
  });
}

export async function updatePolicyDocument(
  db: Db,
  userId: string,
  id: string,
  input: PolicyDocumentFields & { version: number },
) {
  const before = await loadPolicyDocumentRow(db, id);
  const { version, ...fields } = input;
  const { columns, people } = await toColumns(db, before.councilId, fields);
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(policyDocuments)
      .set({ ...columns, version: version + 1, updatedAt: new Date() })
      .where(and(eq(policyDocuments.id, id), eq(policyDocuments.version, version)))
      .returning({ id: policyDocuments.id });
    if (updated.length === 0)
      throw conflict('Noen andre har endret dokumentet. Last siden på nytt.');
    const group = await tx
      .select({ userId: policyWorkingGroup.userId })
      .from(policyWorkingGroup)
      .where(eq(policyWorkingGroup.policyDocumentId, id));
    await replaceWorkingGroup(tx, id, people);
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: 'policy_document',
      entityId: id,
      action: 'update',
      changes: diff(
        { ...before, workingGroup: group.map((g) => g.userId).sort() },
        { ...columns, workingGroup: [...people].sort() },
      ),
    });
  });
}

/** Items the council will not follow up are archived, never deleted; they can come back. */
export async function archivePolicyDocument(
  db: Db,
  userId: string,
  id: string,
  input: { archived: boolean; reason: string; version: number },
) {
  const before = await loadPolicyDocumentRow(db, id);
  if (input.archived && !input.reason)
    throw invalid('Skriv hvorfor rådet ikke følger opp dokumentet videre.', {
      fields: [{ field: 'reason', message: 'Begrunnelsen trengs i oversikten.' }],
    });
  const values = input.archived
    ? { archivedAt: new Date(), archivedReason: input.reason }
    : { archivedAt: null, archivedReason: '' };
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(policyDocuments)
      .set({ ...values, version: input.version + 1, updatedAt: new Date() })
      .where(and(eq(policyDocuments.id, id), eq(policyDocuments.version, input.version)))
      .returning({ id: policyDocuments.id });
    if (updated.length === 0)
      throw conflict('Noen andre har endret dokumentet. Last siden på nytt.');
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: 'policy_document',
      entityId: id,
      action: input.archived ? 'archive' : 'restore',
      changes: { reason: input.reason },
    });
  });
}
