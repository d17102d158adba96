import { eq } from 'drizzle-orm';
import type { ImportResult } from '../../../core/import/types.ts';
import type { DbOrTx } from '../../db/client.ts';
import { imports } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { checkImport } from './check-import.ts';
import type { TImport } from './schema.ts';

export type ImportRow = typeof imports.$inferSelect;

export async function loadImportRow(db: DbOrTx, importId: string): Promise<ImportRow> {
  const [row] = await db.select().from(imports).where(eq(imports.id, importId));
  if (!row) throw notFound('Fant ikke importen.');
  return row;
}

export async function presentImport(db: DbOrTx, row: ImportRow): Promise<TImport> {
  const result = row.result as ImportResult;
  return {
    id: row.id,
    councilId: row.councilId,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    status: row.status,
    result,
    problems: row.status === 'staged' ? await checkImport(db, row.councilId, result) : [],
    createdAt: row.createdAt.toISOString(),
    committedAt: row.committedAt?.toISOString() ?? null,
    version: row.version,
  };
}
