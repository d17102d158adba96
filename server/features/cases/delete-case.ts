import { eq } from 'drizzle-orm';
import { isAgendaDraft } from '../../../core/meeting-status.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { cases } from '../../db/schema.ts';
import { invalid } from '../../errors.ts';
import type { FileStorage } from '../../storage/file-storage.ts';
import { removeUnusedFiles } from '../attachments/remove-unused-files.ts';
import { lockMeeting } from '../meetings/lock-meeting.ts';
import { renumberCases } from '../meetings/renumber-cases.ts';
import { loadCase } from './load-case.ts';

/** Removes a case from a draft agenda; the cases after it move up a number. */
export async function deleteCase(db: Db, storage: FileStorage, userId: string, caseId: string) {
  const keys = await db.transaction(async (tx) => {
    const before = await loadCase(tx, caseId);
    const meeting = await lockMeeting(tx, before.row.meetingId);
    if (!isAgendaDraft(meeting.status)) {
      throw invalid(
        'Innkallingen er sendt, så saken kan ikke slettes. Sett møtet tilbake til «Planlagt» først.',
      );
    }
    await tx.delete(cases).where(eq(cases.id, caseId));
    await renumberCases(tx, userId, meeting.councilId, meeting.year);
    await recordAudit(tx, {
      userId,
      councilId: meeting.councilId,
      entityType: 'case',
      entityId: caseId,
      action: 'delete',
      changes: { number: before.number, title: before.row.title },
    });
    return before.attachments.map((a) => a.storageKey);
  });
  await removeUnusedFiles(db, storage, keys);
}
