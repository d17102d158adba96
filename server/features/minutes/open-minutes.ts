import { eq } from 'drizzle-orm';
import type { AttendanceKind, Presence } from '../../../core/attendance.ts';
import type { CouncilRole } from '../../../core/roles.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db, Tx } from '../../db/client.ts';
import { attendances, caseMinutes, cases, minutes } from '../../db/schema.ts';
import { invalid } from '../../errors.ts';
import { appointedOn } from '../councils/appointed-on.ts';
import { loadMeeting } from '../meetings/load-meeting.ts';
import { findMinutesOfMeeting, type MinutesRow } from './load-minutes.ts';

/** How each role enters the attendance list before the secretariat adjusts it. */
const ROSTER: Partial<Record<CouncilRole, { kind: AttendanceKind; presence: Presence }>> = {
  chair: { kind: 'member', presence: 'present' },
  member: { kind: 'member', presence: 'present' },
  // Substitutes attend only in a member's place; they start as not attending.
  substitute: { kind: 'substitute', presence: 'absent' },
  observer: { kind: 'observer', presence: 'present' },
  secretariat: { kind: 'secretariat', presence: 'present' },
};
const ORDER: AttendanceKind[] = ['member', 'substitute', 'observer', 'secretariat', 'guest'];

/** The people appointed on the meeting's date, in the order the minutes list them. */
async function roster(tx: Tx, councilId: string, date: string) {
  const rows = await appointedOn(tx, councilId, date);
  return rows
    .flatMap((r) => {
      const entry = ROSTER[r.m.role];
      if (!entry) return [];
      const affiliation =
        entry.kind === 'observer'
          ? r.m.ministry
          : entry.kind === 'secretariat'
            ? r.m.title
            : r.m.organisation;
      return [
        { userId: r.userId, name: r.name, affiliation, isChair: r.m.role === 'chair', ...entry },
      ];
    })
    .sort(
      (a, b) =>
        ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || Number(b.isChair) - Number(a.isChair),
    );
}

/**
 * The minutes of a meeting, created as a draft on first use: attendance from the roster and
 * every decision starting from the proposed decision.
 */
export async function openMinutes(db: Db, userId: string, meetingId: string): Promise<MinutesRow> {
  const existing = await findMinutesOfMeeting(db, meetingId);
  if (existing) return existing;
  return db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, meetingId);
    if (meeting.status === 'planned') {
      throw invalid('Referatet kan skrives når innkallingen er sendt.');
    }
    // Two secretaries opening the minutes at once: the second finds the first's draft.
    const [created] = await tx
      .insert(minutes)
      .values({ meetingId, councilId: meeting.councilId })
      .onConflictDoNothing({ target: minutes.meetingId })
      .returning();
    if (!created) return (await findMinutesOfMeeting(tx, meetingId)) as MinutesRow;
    const people = await roster(tx, meeting.councilId, meeting.date);
    if (people.length) {
      await tx
        .insert(attendances)
        .values(people.map((p, i) => ({ ...p, meetingId, position: i + 1 })));
    }
    const agenda = await tx.select().from(cases).where(eq(cases.meetingId, meetingId));
    if (agenda.length) {
      await tx
        .insert(caseMinutes)
        .values(agenda.map((c) => ({ caseId: c.id, decision: c.proposedDecision })))
        .onConflictDoNothing();
    }
    await recordAudit(tx, {
      userId,
      councilId: meeting.councilId,
      entityType: 'minutes',
      entityId: created.id,
      action: 'create',
      changes: { meetingId, attendance: people.length, cases: agenda.length },
    });
    return created;
  });
}
