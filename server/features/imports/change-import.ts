import { and, desc, eq, ne } from 'drizzle-orm';
import type { ImportResult } from '../../../core/import/types.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { imports } from '../../db/schema.ts';
import { conflict, invalid } from '../../errors.ts';
import { loadImportRow } from './load-import.ts';

export async function listImports(db: Db, councilId: string) {
  return db
    .select()
    .from(imports)
    .where(and(eq(imports.councilId, councilId), ne(imports.status, 'discarded')))
    .orderBy(desc(imports.createdAt))
    .limit(200);
}

/** The user's corrections on the review screen replace the findings, still unwritten. */
export async function correctImport(
  db: Db,
  userId: string,
  importId: string,
  input: { result: ImportResult; version: number },
) {
  return db.transaction(async (tx) => {
    const before = await loadImportRow(tx, importId);
    if (before.status !== 'staged') throw invalid('Importen er allerede fullført eller forkastet.');
    const [after] = await tx
      .update(imports)
      .set({ result: input.result, version: input.version + 1 })
      .where(and(eq(imports.id, importId), eq(imports.version, input.version)))
      .returning();
    if (!after) {
      throw conflict('Noen andre har endret importen mens du arbeidet. Last siden på nytt.');
    }
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: 'import',
      entityId: importId,
      action: 'correct',
      changes: { before: before.result, after: input.result },
    });
    return after;
  });
}

/** A staged import the user does not want; the same file can be imported again later. */
export async function discardImport(db: Db, userId: string, importId: string) {
  await db.transaction(async (tx) => {
    const before = await loadImportRow(tx, importId);
    if (before.status !== 'staged')
      throw invalid('Bare en import som ikke er lagret, kan forkastes.');
    await tx.update(imports).set({ status: 'discarded' }).where(eq(imports.id, importId));
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: 'import',
      entityId: importId,
      action: 'discard',
    });
  });
}
