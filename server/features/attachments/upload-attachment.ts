import { createHash } from 'node:crypto';
import { eq, max } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { attachments, cases } from '../../db/schema.ts';
import { AppError, invalid } from '../../errors.ts';
import type { FileStorage } from '../../storage/file-storage.ts';
import { assertStorableText } from '../../text-guard.ts';
import { assertCasePaperOpen } from '../cases/assert-case-paper-open.ts';
import { loadCaseRow } from '../cases/load-case.ts';
import {
  ACCEPTED_TYPES,
  assertPlainFileName,
  cleanFileName,
  detectAcceptedType,
} from './detect-file-type.ts';
import { extractText } from './extract-text.ts';

/** Stores an uploaded file as the case's next numbered attachment. */
export async function uploadAttachment(
  db: Db,
  storage: FileStorage,
  userId: string,
  caseId: string,
  input: { title: string; fileName: string; bytes: Uint8Array },
) {
  assertPlainFileName(input.fileName);
  // A form's fields pass no JSON body check, so the title is looked at here.
  assertStorableText(input.title);
  const title = input.title.trim();
  if (title.length < 2 || title.length > 300) {
    throw invalid('Gi vedlegget en tittel (2–300 tegn).', {
      fields: [{ field: 'title', message: 'Vedlegget trenger en tittel.' }],
    });
  }
  if (input.bytes.length === 0) throw invalid('Filen er tom.');
  const mediaType = await detectAcceptedType(input.bytes);
  if (!mediaType) {
    const labels = Object.values(ACCEPTED_TYPES).map((t) => t.label);
    throw new AppError(
      415,
      'unsupported_type',
      `Vi tar bare imot ${labels.slice(0, -1).join(', ')} og ${labels.at(-1)}. Innholdet i filen passer ikke med noen av dem.`,
    );
  }
  const row = await loadCaseRow(db, caseId);
  await assertCasePaperOpen(db, row.meetingId);
  const extractedText = await extractText(input.bytes, mediaType);
  const storageKey = await storage.put(input.bytes);
  try {
    return await db.transaction(async (tx) => {
      // Lock the case row so two uploads do not take the same number.
      await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).for('update');
      const [last] = await tx
        .select({ position: max(attachments.position) })
        .from(attachments)
        .where(eq(attachments.caseId, caseId));
      const [attachment] = await tx
        .insert(attachments)
        .values({
          caseId,
          position: (last?.position ?? 0) + 1,
          title,
          fileName: cleanFileName(input.fileName, mediaType),
          mediaType,
          size: input.bytes.length,
          sha256: createHash('sha256').update(input.bytes).digest('hex'),
          storageKey,
          extractedText,
        })
        .returning();
      if (!attachment) throw new Error('insert returned nothing');
      await recordAudit(tx, {
        userId,
        councilId: row.councilId,
        entityType: 'attachment',
        entityId: attachment.id,
        action: 'create',
        changes: { caseId, title, fileName: attachment.fileName, mediaType, size: attachment.size },
      });
      return attachment;
    });
  } catch (error) {
    await storage.remove(storageKey);
    throw error;
  }
}
