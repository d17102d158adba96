import { and, asc, count, desc, eq, gt, inArray, lt, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../../db/client.ts';
import { attachments, cases, councils, meetings } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';

export type MeetingRow = typeof meetings.$inferSelect;

export async function loadMeeting(db: DbOrTx, meetingId: string): Promise<MeetingRow> {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting) throw notFound('Fant ikke møtet.');
  return meeting;
}

/** The council's meeting before this one (by year and number), whatever its date. */
export async function previousMeeting(
  db: DbOrTx,
  councilId: string,
  meeting: { year: number; number: number },
): Promise<MeetingRow | null> {
  const [row] = await db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.councilId, councilId),
        or(
          lt(meetings.year, meeting.year),
          and(eq(meetings.year, meeting.year), lt(meetings.number, meeting.number)),
        ),
      ),
    )
    .orderBy(desc(meetings.year), desc(meetings.number))
    .limit(1);
  return row ?? null;
}

/** The council's meeting after this one, if it has been created. */
export async function nextMeeting(
  db: DbOrTx,
  councilId: string,
  meeting: { year: number; number: number },
): Promise<MeetingRow | null> {
  const [row] = await db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.councilId, councilId),
        or(
          gt(meetings.year, meeting.year),
          and(eq(meetings.year, meeting.year), gt(meetings.number, meeting.number)),
        ),
      ),
    )
    .orderBy(asc(meetings.year), asc(meetings.number))
    .limit(1);
  return row ?? null;
}

export async function listMeetings(db: Db, councilId: string) {
  const rows = await db
    .select()
    .from(meetings)
    .where(eq(meetings.councilId, councilId))
    .orderBy(desc(meetings.date), desc(meetings.number));
  if (rows.length === 0) return [];
  const counts = await db
    .select({ meetingId: cases.meetingId, n: count() })
    .from(cases)
    .where(
      inArray(
        cases.meetingId,
        rows.map((r) => r.id),
      ),
    )
    .groupBy(cases.meetingId);
  return rows.map((m) => ({
    meeting: m,
    caseCount: counts.find((c) => c.meetingId === m.id)?.n ?? 0,
  }));
}

/** The meeting with its agenda: cases in order, with attachment counts and carry-over links. */
export async function loadMeetingDetail(db: Db, meetingId: string) {
  const meeting = await loadMeeting(db, meetingId);
  const [council] = await db.select().from(councils).where(eq(councils.id, meeting.councilId));
  const from = alias(cases, 'from_case');
  const fromMeeting = alias(meetings, 'from_meeting');
  const agenda = await db
    .select({
      case: cases,
      fromNumber: from.number,
      fromYear: from.year,
      fromMeetingNumber: fromMeeting.number,
    })
    .from(cases)
    .leftJoin(from, eq(from.id, cases.carriedOverFromId))
    .leftJoin(fromMeeting, eq(fromMeeting.id, from.meetingId))
    .where(eq(cases.meetingId, meetingId))
    .orderBy(asc(cases.position));
  const ids = agenda.map((a) => a.case.id);
  const attachmentCounts = ids.length
    ? await db
        .select({ caseId: attachments.caseId, n: count() })
        .from(attachments)
        .where(inArray(attachments.caseId, ids))
        .groupBy(attachments.caseId)
    : [];
  const carriedTo = ids.length
    ? await db
        .select({
          fromId: cases.carriedOverFromId,
          number: cases.number,
          year: cases.year,
          meetingNumber: meetings.number,
        })
        .from(cases)
        .innerJoin(meetings, eq(meetings.id, cases.meetingId))
        .where(and(inArray(cases.carriedOverFromId, ids)))
    : [];
  return {
    meeting,
    councilName: council?.name ?? '',
    caseCount: agenda.length,
    agenda: agenda.map((a) => ({
      ...a,
      attachmentCount: attachmentCounts.find((c) => c.caseId === a.case.id)?.n ?? 0,
      carriedTo: carriedTo.find((c) => c.fromId === a.case.id) ?? null,
    })),
  };
}
