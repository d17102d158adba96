import { asc, count, eq, inArray } from 'drizzle-orm';
import { attendanceNotes } from '../../../core/attendance.ts';
import { formatCaseNumber } from '../../../core/numbers.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  attendances,
  caseMinutes,
  cases,
  meetings,
  minutes,
  minutesVersions,
  users,
} from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { caseRefs } from '../cases/load-case.ts';
import { disqualifiedIn } from '../conflicts/disqualified-in.ts';
import type { TMinutesContent } from './schema.ts';

export type MinutesRow = typeof minutes.$inferSelect;

export async function loadMinutesRow(db: DbOrTx, minutesId: string): Promise<MinutesRow> {
  const [row] = await db.select().from(minutes).where(eq(minutes.id, minutesId));
  if (!row) throw notFound('Fant ikke referatet.');
  return row;
}

export async function findMinutesOfMeeting(
  db: DbOrTx,
  meetingId: string,
): Promise<MinutesRow | null> {
  const [row] = await db.select().from(minutes).where(eq(minutes.meetingId, meetingId));
  return row ?? null;
}

export async function countVersions(db: DbOrTx, minutesId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(minutesVersions)
    .where(eq(minutesVersions.minutesId, minutesId));
  return row?.n ?? 0;
}

/**
 * The text of the minutes as it stands: attendance with its printed qualifiers, and per case
 * the discussion and decision (the proposed decision until someone writes one).
 */
export async function loadMinutesContent(db: DbOrTx, meetingId: string): Promise<TMinutesContent> {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting) throw notFound('Fant ikke møtet.');
  const agenda = await db
    .select({ case: cases, minutes: caseMinutes })
    .from(cases)
    .leftJoin(caseMinutes, eq(caseMinutes.caseId, cases.id))
    .where(eq(cases.meetingId, meetingId))
    .orderBy(asc(cases.position));
  const numberOf = new Map(
    agenda.map((a) => [a.case.id, formatCaseNumber(a.case.number, meeting.number, meeting.year)]),
  );
  const carried = agenda.length
    ? await db
        .select({ id: cases.id, from: cases.carriedOverFromId })
        .from(cases)
        .where(
          inArray(
            cases.carriedOverFromId,
            agenda.map((a) => a.case.id),
          ),
        )
    : [];
  const carriedRefs = await caseRefs(
    db,
    carried.map((c) => c.id),
  );

  const disqualified = await disqualifiedIn(
    db,
    agenda.map((a) => a.case.id),
  );

  const people = await db
    .select()
    .from(attendances)
    .where(eq(attendances.meetingId, meetingId))
    .orderBy(asc(attendances.position));
  const substitutedIds = people.flatMap((p) =>
    p.substituteForUserId ? [p.substituteForUserId] : [],
  );
  const substituted = substitutedIds.length
    ? await db
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(inArray(users.id, substitutedIds))
    : [];

  return {
    attendance: people.map((p) => ({
      id: p.id,
      userId: p.userId,
      name: p.name,
      affiliation: p.affiliation,
      kind: p.kind,
      presence: p.presence,
      isChair: p.isChair,
      substituteForUserId: p.substituteForUserId,
      timeSpans: p.timeSpans,
      caseIds: p.caseIds,
      notes: [
        ...attendanceNotes({
          presence: p.presence,
          timeSpans: p.timeSpans,
          caseNumbers: p.caseIds.flatMap((id) => numberOf.get(id) ?? []),
          substituteFor: substituted.find((s) => s.id === p.substituteForUserId)?.name ?? null,
        }),
        ...(p.note ? [p.note] : []),
      ],
    })),
    cases: agenda.map((a) => {
      const to = carried.find((c) => c.from === a.case.id);
      return {
        caseId: a.case.id,
        number: numberOf.get(a.case.id) ?? '',
        title: a.case.title,
        caseTypes: a.case.caseTypes,
        proposedDecision: a.case.proposedDecision,
        discussion: a.minutes?.discussion ?? '',
        decision: a.minutes?.decision ?? a.case.proposedDecision,
        postponed: a.minutes?.postponed ?? false,
        carriedOverTo: carriedRefs.find((r) => r.id === to?.id)?.number ?? null,
        notParticipating: disqualified
          .filter((d) => d.caseId === a.case.id)
          .map(({ userId, name, ground }) => ({ userId, name, ground })),
        version: a.minutes?.version ?? 0,
      };
    }),
  };
}
