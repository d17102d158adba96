import { and, desc, eq, sql } from 'drizzle-orm';
import type { StatementKind } from '../../../core/policy.ts';
import { diff, recordAudit } from '../../audit/record-audit.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { councilStatements, policyDocuments } from '../../db/policy-schema.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import type { TStatement } from './schema.ts';

/** The council's statements: consultation responses, input, letters and op-eds. */

type StatementFields = {
  policyDocumentId: string | null;
  kind: StatementKind;
  title: string;
  summary: string;
  body: string;
  sentOn: string | null;
  exemptionBasis: string;
};

export async function listStatements(
  db: DbOrTx,
  councilId: string,
  statementId?: string,
): Promise<TStatement[]> {
  const rows = await db
    .select({ s: councilStatements, documentTitle: policyDocuments.title })
    .from(councilStatements)
    .leftJoin(policyDocuments, eq(policyDocuments.id, councilStatements.policyDocumentId))
    .where(
      and(
        eq(councilStatements.councilId, councilId),
        statementId ? eq(councilStatements.id, statementId) : undefined,
      ),
    )
    .orderBy(desc(councilStatements.sentOn), desc(councilStatements.createdAt));
  return rows.map(({ s, documentTitle }) => ({
    id: s.id,
    councilId: s.councilId,
    policyDocumentId: s.policyDocumentId,
    policyDocumentTitle: documentTitle,
    kind: s.kind,
    title: s.title,
    summary: s.summary,
    body: s.body,
    sentOn: s.sentOn,
    exemptionBasis: s.exemptionBasis,
    version: s.version,
  }));
}

export async function loadStatementRow(db: DbOrTx, statementId: string) {
  const [row] = await db
    .select()
    .from(councilStatements)
    .where(eq(councilStatements.id, statementId));
  if (!row) throw notFound('Fant ikke uttalelsen.');
  return row;
}

async function clean(db: DbOrTx, councilId: string, input: StatementFields) {
  if (input.policyDocumentId) {
    const [document] = await db
      .select({ id: policyDocuments.id })
      .from(policyDocuments)
      .where(
        and(
          eq(policyDocuments.id, input.policyDocumentId),
          eq(policyDocuments.councilId, councilId),
        ),
      );
    if (!document)
      throw invalid('Dokumentet finnes ikke i rådets oversikt.', {
        fields: [{ field: 'policyDocumentId', message: 'Velg et dokument fra oversikten.' }],
      });
  }
  return { ...input, body: sanitizeRichText(input.body) };
}

/**
 * A statement sent on a document is the council's input to it: the register says so (and the
 * document's deadline is no longer missed or reminded), unless it already records some input.
 */
async function recordInputFrom(
  tx: DbOrTx,
  userId: string,
  councilId: string,
  statement: { policyDocumentId: string | null; kind: StatementKind; sentOn: string | null },
) {
  if (!statement.policyDocumentId || !statement.sentOn) return;
  const councilInput =
    statement.kind === 'consultation_response' ? 'consultation_response' : 'input';
  const updated = await tx
    .update(policyDocuments)
    .set({
      councilInput,
      inputDate: statement.sentOn,
      version: sql`${policyDocuments.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(policyDocuments.id, statement.policyDocumentId),
        eq(policyDocuments.councilInput, 'none'),
      ),
    )
    .returning({ id: policyDocuments.id });
  if (updated.length)
    await recordAudit(tx, {
      userId,
      councilId,
      entityType: 'policy_document',
      entityId: statement.policyDocumentId,
      action: 'update',
      changes: {
        councilInput: { from: 'none', to: councilInput },
        inputDate: { from: null, to: statement.sentOn },
      },
    });
}

export async function createStatement(
  db: Db,
  userId: string,
  councilId: string,
  input: StatementFields,
): Promise<string> {
  const values = await clean(db, councilId, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(councilStatements)
      .values({ ...values, councilId })
      .returning({ id: councilStatements.id });
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      userId,
      councilId,
      entityType: 'council_statement',
      entityId: row.id,
      action: 'create',
      changes: values,
    });
    await recordInputFrom(tx, userId, councilId, values);
    return row.id;
  });
}

export async function updateStatement(
  db: Db,
  userId: string,
  statementId: string,
  input: StatementFields & { version: number },
) {
  const before = await loadStatementRow(db, statementId);
  const { version, ...fields } = input;
  const values = await clean(db, before.councilId, fields);
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(councilStatements)
      .set({ ...values, version: version + 1, updatedAt: new Date() })
      .where(and(eq(councilStatements.id, statementId), eq(councilStatements.version, version)))
      .returning({ id: councilStatements.id });
    if (updated.length === 0)
      throw conflict('Noen andre har endret uttalelsen. Last siden på nytt.');
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: 'council_statement',
      entityId: statementId,
      action: before.sentOn === null && values.sentOn ? 'send' : 'update',
      changes: diff(before, values),
    });
    await recordInputFrom(tx, userId, before.councilId, values);
  });
  return before.councilId;
}
