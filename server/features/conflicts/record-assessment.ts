import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { conflictAssessments } from '../../db/schema.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { loadCaseRow } from '../cases/load-case.ts';
import { lockMeeting } from '../meetings/lock-meeting.ts';
import { assertRecordOpen } from './assert-record-open.ts';
import { writeConflictDecision } from './conflict-case.ts';
import { eligibleMembers } from './eligible-members.ts';
import type { TAssessmentRequest } from './schema.ts';

/**
 * Records the council's assessment of one member in one case, and rewrites the decision of
 * "Spørsmål om habilitet" from the record in the same transaction.
 */
export async function recordAssessment(
  db: Db,
  actorId: string,
  caseId: string,
  userId: string,
  input: TAssessmentRequest,
): Promise<void> {
  if (input.disqualified && !input.ground) {
    throw invalid('Velg grunnlaget for inhabiliteten: første eller andre ledd.', {
      fields: [{ field: 'ground', message: 'Velg første eller andre ledd.' }],
    });
  }
  if (input.disqualified && input.reason.length < 2) {
    throw invalid('Skriv kort hvorfor medlemmet er inhabilt.', {
      fields: [{ field: 'reason', message: 'Begrunnelsen mangler.' }],
    });
  }
  const values = {
    disqualified: input.disqualified,
    ground: input.disqualified ? input.ground : null,
    reason: input.reason,
  };
  await db.transaction(async (tx) => {
    const theCase = await loadCaseRow(tx, caseId);
    const meeting = await lockMeeting(tx, theCase.meetingId);
    await assertRecordOpen(tx, meeting.id);
    const members = await eligibleMembers(tx, meeting.councilId, meeting.date);
    if (!members.some((m) => m.userId === userId)) {
      throw invalid('Personen var ikke medlem, leder eller vara i rådet på møtedagen.');
    }
    const [before] = await tx
      .select()
      .from(conflictAssessments)
      .where(and(eq(conflictAssessments.caseId, caseId), eq(conflictAssessments.userId, userId)));
    if ((before?.version ?? 0) !== input.version) {
      throw conflict('Noen andre har endret vurderingen mens du arbeidet. Last siden på nytt.');
    }
    const stamp = { assessedById: actorId, assessedAt: new Date() };
    if (before) {
      await tx
        .update(conflictAssessments)
        .set({ ...values, ...stamp, version: before.version + 1 })
        .where(eq(conflictAssessments.id, before.id));
    } else {
      await tx
        .insert(conflictAssessments)
        .values({ councilId: meeting.councilId, caseId, userId, ...values, ...stamp });
    }
    await writeConflictDecision(tx, meeting);
    await recordAudit(tx, {
      userId: actorId,
      councilId: meeting.councilId,
      entityType: 'conflict_assessment',
      entityId: `${caseId}:${userId}`,
      action: before ? 'update' : 'create',
      changes: { caseId, userId, ...values, before: before ?? null },
    });
  });
}

export async function removeAssessment(
  db: Db,
  actorId: string,
  caseId: string,
  userId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const theCase = await loadCaseRow(tx, caseId);
    const meeting = await lockMeeting(tx, theCase.meetingId);
    await assertRecordOpen(tx, meeting.id);
    const [removed] = await tx
      .delete(conflictAssessments)
      .where(and(eq(conflictAssessments.caseId, caseId), eq(conflictAssessments.userId, userId)))
      .returning();
    if (!removed) throw notFound('Fant ikke vurderingen.');
    await writeConflictDecision(tx, meeting);
    await recordAudit(tx, {
      userId: actorId,
      councilId: meeting.councilId,
      entityType: 'conflict_assessment',
      entityId: `${caseId}:${userId}`,
      action: 'delete',
      changes: { before: removed },
    });
  });
}
