import { createHash } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import { formatLongDate, osloToday } from '../../../core/dates.ts';
import { parseDocument } from '../../../core/import/parse-document.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { imports } from '../../db/schema.ts';
import { conflict } from '../../errors.ts';
import { assertPlainFileName, safeFileName } from '../attachments/detect-file-type.ts';
import type { ImportRow } from './load-import.ts';
import { readImportFile } from './read-import-file.ts';

/**
 * Reads an archive file and keeps what the importer found for review; nothing else is written.
 * The same file again (by content) gives back the review already under way, or is refused
 * once it has been imported.
 */
export async function stageImport(
  db: Db,
  userId: string | null,
  councilId: string,
  file: { fileName: string; bytes: Uint8Array },
): Promise<ImportRow> {
  assertPlainFileName(file.fileName);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const [earlier] = await db
    .select()
    .from(imports)
    .where(
      and(
        eq(imports.councilId, councilId),
        eq(imports.sha256, sha256),
        ne(imports.status, 'discarded'),
      ),
    );
  if (earlier?.status === 'committed') {
    const when = earlier.committedAt ? ` ${formatLongDate(osloToday(earlier.committedAt))}` : '';
    const as = earlier.fileName === file.fileName ? '' : ` (som «${earlier.fileName}»)`;
    throw conflict(`«${file.fileName}» er allerede importert${when}${as}.`);
  }
  if (earlier) return earlier;
  const { mediaType, text } = await readImportFile(file.fileName, file.bytes);
  const fileName = safeFileName(file.fileName);
  const result = parseDocument(text, fileName);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(imports)
      .values({
        councilId,
        fileName,
        mediaType,
        size: file.bytes.length,
        sha256,
        result,
        createdById: userId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      userId,
      councilId,
      entityType: 'import',
      entityId: row.id,
      action: 'stage',
      changes: { fileName, sha256, meetings: result.meetings.length },
    });
    return row;
  });
}
