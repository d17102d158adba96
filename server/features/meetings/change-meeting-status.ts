import { and, eq } from 'drizzle-orm';
import {
  canTransition,
  MEETING_STATUS_LABELS,
  type MeetingStatus,
} from '../../../core/meeting-status.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { meetings } from '../../db/schema.ts';
import { conflict, invalid } from '../../errors.ts';
import { lockMeeting } from './lock-meeting.ts';
import { renumberCases } from './renumber-cases.ts';

/** Moves a meeting along its workflow; sending the notice freezes the case numbers. */
export async function changeMeetingStatus(
  db: Db,
  userId: string,
  meetingId: string,
  input: { status: MeetingStatus; version: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await lockMeeting(tx, meetingId);
    if (before.version !== input.version) {
      throw conflict('Noen andre har endret møtet mens du arbeidet. Last siden på nytt.');
    }
    if (!canTransition(before.status, input.status)) {
      throw invalid(
        `Et møte med status «${MEETING_STATUS_LABELS[before.status]}» kan ikke settes til «${MEETING_STATUS_LABELS[input.status]}».`,
      );
    }
    await tx
      .update(meetings)
      .set({ status: input.status, version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(meetings.id, meetingId), eq(meetings.version, input.version)));
    // Back to planned: the agenda is a draft again and follows agenda order.
    if (input.status === 'planned') await renumberCases(tx, userId, before.councilId, before.year);
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'status',
      changes: { status: { from: before.status, to: input.status } },
    });
  });
}
