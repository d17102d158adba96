import { and, eq, inArray } from 'drizzle-orm';
import { timeSpanProblem } from '../../../core/attendance.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { attendances, cases, councilMemberships } from '../../db/schema.ts';
import { invalid } from '../../errors.ts';
import { loadMinutesRow } from './load-minutes.ts';
import { assertNotApproved, bumpMinutesVersion } from './minutes-guards.ts';
import type { TAttendanceEntry } from './schema.ts';

/** Replaces the attendance list; every person, case and substitute must belong to the meeting. */
export async function updateAttendance(
  db: Db,
  userId: string,
  minutesId: string,
  input: { attendance: TAttendanceEntry[]; version: number },
): Promise<void> {
  for (const [i, entry] of input.attendance.entries()) {
    const problem = timeSpanProblem(entry.timeSpans);
    if (problem) {
      throw invalid(`${entry.name}: ${problem}`, {
        fields: [{ field: `attendance.${i}.timeSpans`, message: problem }],
      });
    }
    if (entry.kind === 'substitute' && entry.presence !== 'absent' && !entry.substituteForUserId) {
      throw invalid(`${entry.name} møter som vara: velg hvilket medlem hun eller han møter for.`);
    }
  }
  await db.transaction(async (tx) => {
    const row = await loadMinutesRow(tx, minutesId);
    assertNotApproved(row);
    const userIds = [
      ...new Set(
        input.attendance.flatMap((a) =>
          [a.userId, a.substituteForUserId].filter((id): id is string => !!id),
        ),
      ),
    ];
    if (userIds.length) {
      const known = await tx
        .select({ userId: councilMemberships.userId })
        .from(councilMemberships)
        .where(
          and(
            eq(councilMemberships.councilId, row.councilId),
            inArray(councilMemberships.userId, userIds),
          ),
        );
      if (new Set(known.map((k) => k.userId)).size !== userIds.length) {
        throw invalid(
          'En person på listen hører ikke til rådet. Legg personen til som gjest i stedet.',
        );
      }
    }
    const caseIds = [...new Set(input.attendance.flatMap((a) => a.caseIds))];
    if (caseIds.length) {
      const found = await tx
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.meetingId, row.meetingId), inArray(cases.id, caseIds)));
      if (found.length !== caseIds.length)
        throw invalid('En sak på deltakerlisten hører ikke til dette møtet.');
    }
    await bumpMinutesVersion(tx, minutesId, input.version);
    const before = await tx
      .select()
      .from(attendances)
      .where(eq(attendances.meetingId, row.meetingId));
    await tx.delete(attendances).where(eq(attendances.meetingId, row.meetingId));
    if (input.attendance.length) {
      await tx
        .insert(attendances)
        .values(
          input.attendance.map((a, i) => ({ ...a, meetingId: row.meetingId, position: i + 1 })),
        );
    }
    await recordAudit(tx, {
      userId,
      councilId: row.councilId,
      entityType: 'minutes',
      entityId: minutesId,
      action: 'attendance',
      changes: {
        from: before.map((b) => `${b.name}: ${b.kind}/${b.presence}`),
        to: input.attendance.map((a) => `${a.name}: ${a.kind}/${a.presence}`),
      },
    });
  });
}
