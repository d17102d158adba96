import { asc, eq } from 'drizzle-orm';
import { diff, recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { attachments } from '../../db/schema.ts';
import { setPositions } from '../../db/set-positions.ts';
import { notFound } from '../../errors.ts';
import type { FileStorage } from '../../storage/file-storage.ts';
import { assertCasePaperOpen } from '../cases/assert-case-paper-open.ts';
import { loadCaseRow } from '../cases/load-case.ts';
import { attachmentColumns } from './attachment-columns.ts';
import { removeUnusedFiles } from './remove-unused-files.ts';

export async function loadAttachment(db: Db, attachmentId: string) {
  const [row] = await db
    .select(attachmentColumns)
    .from(attachments)
    .where(eq(attachments.id, attachmentId));
  if (!row) throw notFound('Fant ikke vedlegget.');
  const owner = await loadCaseRow(db, row.caseId);
  return { attachment: row, councilId: owner.councilId, meetingId: owner.meetingId };
}

/** Renames a file, and marks it exempt from public access (or public again) with its basis. */
export async function updateAttachment(
  db: Db,
  userId: string,
  attachmentId: string,
  input: { title: string; exemptionBasis?: string },
) {
  const { attachment, councilId, meetingId } = await loadAttachment(db, attachmentId);
  await assertCasePaperOpen(db, meetingId);
  const exemptionBasis = input.exemptionBasis ?? attachment.exemptionBasis;
  await db.transaction(async (tx) => {
    await tx
      .update(attachments)
      .set({ title: input.title, exemptionBasis })
      .where(eq(attachments.id, attachmentId));
    await recordAudit(tx, {
      userId,
      councilId,
      entityType: 'attachment',
      entityId: attachmentId,
      action: 'update',
      changes: diff(
        { title: attachment.title, exemptionBasis: attachment.exemptionBasis },
        { title: input.title, exemptionBasis },
      ),
    });
  });
}

export async function deleteAttachment(
  db: Db,
  storage: FileStorage,
  userId: string,
  attachmentId: string,
) {
  const { attachment, councilId, meetingId } = await loadAttachment(db, attachmentId);
  await assertCasePaperOpen(db, meetingId);
  await db.transaction(async (tx) => {
    await tx.delete(attachments).where(eq(attachments.id, attachmentId));
    await recordAudit(tx, {
      userId,
      councilId,
      entityType: 'attachment',
      entityId: attachmentId,
      action: 'delete',
      changes: {
        caseId: attachment.caseId,
        title: attachment.title,
        fileName: attachment.fileName,
      },
    });
  });
  await removeUnusedFiles(db, storage, [attachment.storageKey]);
}

export async function reorderAttachments(db: Db, userId: string, caseId: string, ids: string[]) {
  const owner = await loadCaseRow(db, caseId);
  await assertCasePaperOpen(db, owner.meetingId);
  await db.transaction(async (tx) => {
    const current = await tx
      .select({ id: attachments.id })
      .from(attachments)
      .where(eq(attachments.caseId, caseId))
      .orderBy(asc(attachments.position));
    await setPositions(
      tx,
      attachments,
      current.map((c) => c.id),
      ids,
      'Vedleggslisten er endret av noen andre. Last siden på nytt.',
    );
    await recordAudit(tx, {
      userId,
      councilId: owner.councilId,
      entityType: 'case',
      entityId: caseId,
      action: 'reorder_attachments',
      changes: { from: current.map((c) => c.id), to: ids },
    });
  });
}
