import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { attachments } from '../../db/schema.ts';
import type { FileStorage } from '../../storage/file-storage.ts';
import { assertCasePaperOpen } from '../cases/assert-case-paper-open.ts';
import { loadCaseRow } from '../cases/load-case.ts';
import { deleteAttachment } from './change-attachments.ts';
import { uploadAttachment } from './upload-attachment.ts';

/**
 * Attaches documents Rådsrom wrote (an overview as PDF and DOCX) to a case paper. A file of the
 * same name from an earlier run is replaced, so generating again leaves one current copy.
 */
export async function attachGeneratedFiles(
  db: Db,
  storage: FileStorage,
  userId: string,
  caseId: string,
  files: { title: string; fileName: string; bytes: Uint8Array }[],
): Promise<string[]> {
  // A closed case paper is refused before anything is removed from it.
  await assertCasePaperOpen(db, (await loadCaseRow(db, caseId)).meetingId);
  const earlier = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(
      and(
        eq(attachments.caseId, caseId),
        inArray(
          attachments.fileName,
          files.map((f) => f.fileName),
        ),
      ),
    );
  for (const { id } of earlier) await deleteAttachment(db, storage, userId, id);
  const ids: string[] = [];
  for (const file of files) {
    const attachment = await uploadAttachment(db, storage, userId, caseId, file);
    ids.push(attachment.id);
  }
  return ids;
}
