import { and, eq } from 'drizzle-orm';
import { yearOf } from '../../../core/dates.ts';
import { diff, recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { meetings } from '../../db/schema.ts';
import { conflict, invalid } from '../../errors.ts';
import { loadMeeting } from './load-meeting.ts';
import { assertMeetingTimes, type MeetingFields } from './meeting-fields.ts';

const staleMeeting = () =>
  conflict('Noen andre har endret møtet mens du arbeidet. Last siden på nytt.');

export async function updateMeeting(
  db: Db,
  userId: string,
  meetingId: string,
  input: MeetingFields & { version: number },
): Promise<void> {
  assertMeetingTimes(input);
  await db.transaction(async (tx) => {
    const before = await loadMeeting(tx, meetingId);
    if (before.version !== input.version) throw staleMeeting();
    // The number M/YYYY belongs to the year; moving a meeting across years would renumber it.
    if (yearOf(input.date) !== before.year) {
      throw invalid(`Møte ${before.number}/${before.year} kan ikke flyttes til et annet år.`, {
        fields: [{ field: 'date', message: `Velg en dato i ${before.year}.` }],
      });
    }
    const { version, ...fields } = input;
    const updated = await tx
      .update(meetings)
      .set({ ...fields, version: version + 1, updatedAt: new Date() })
      .where(and(eq(meetings.id, meetingId), eq(meetings.version, version)))
      .returning({ id: meetings.id });
    if (updated.length === 0) throw staleMeeting();
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'update',
      changes: diff(
        {
          ...before,
          startTime: before.startTime.slice(0, 5),
          endTime: before.endTime?.slice(0, 5) ?? null,
        },
        fields,
      ),
    });
  });
}
