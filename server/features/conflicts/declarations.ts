import { and, eq } from 'drizzle-orm';
import { formatCaseNumber } from '../../../core/numbers.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { conflictDeclarations, users } from '../../db/schema.ts';
import { invalid, notFound } from '../../errors.ts';
import { loadCaseRow } from '../cases/load-case.ts';
import { loadMeeting } from '../meetings/load-meeting.ts';
import { notifyCouncil } from '../notifications/notify-council.ts';
import { declarationsOpen } from './assert-record-open.ts';

async function openCase(db: Db, caseId: string) {
  const theCase = await loadCaseRow(db, caseId);
  const meeting = await loadMeeting(db, theCase.meetingId);
  if (!declarationsOpen(meeting.status)) {
    throw invalid('Møtet er holdt. Ta mulig inhabilitet opp med sekretariatet.');
  }
  return { theCase, meeting };
}

/** A member tells the secretariat and chair, before the meeting, that they may be disqualified. */
export async function declareConflict(db: Db, userId: string, caseId: string, note: string) {
  const { theCase, meeting } = await openCase(db, caseId);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(conflictDeclarations)
      .values({ councilId: theCase.councilId, caseId, userId, note })
      .onConflictDoUpdate({
        target: [conflictDeclarations.caseId, conflictDeclarations.userId],
        set: { note },
      })
      .returning();
    if (!row) throw new Error('upsert returned nothing');
    const [who] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
    const number = formatCaseNumber(theCase.number, meeting.number, meeting.year);
    await notifyCouncil(tx, theCase.councilId, ['secretariat', 'chair'], {
      title: `${who?.name ?? 'Et medlem'} har meldt mulig inhabilitet i sak ${number}`,
      link: `/meetings/${meeting.id}/conflicts`,
    });
    await recordAudit(tx, {
      userId,
      councilId: theCase.councilId,
      entityType: 'conflict_declaration',
      entityId: row.id,
      action: 'declare',
      changes: { caseId, note },
    });
  });
}

export async function withdrawDeclaration(db: Db, userId: string, caseId: string) {
  const { theCase } = await openCase(db, caseId);
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(conflictDeclarations)
      .where(and(eq(conflictDeclarations.caseId, caseId), eq(conflictDeclarations.userId, userId)))
      .returning();
    if (!removed) throw notFound('Du har ikke meldt mulig inhabilitet i denne saken.');
    await recordAudit(tx, {
      userId,
      councilId: theCase.councilId,
      entityType: 'conflict_declaration',
      entityId: removed.id,
      action: 'withdraw',
      changes: { caseId, note: removed.note },
    });
  });
}
