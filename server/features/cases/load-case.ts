import { and, asc, eq, inArray } from 'drizzle-orm';
import { formatCaseNumber, formatMeetingNumber } from '../../../core/numbers.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  attachments,
  caseOfficers,
  casePreviouslyHandled,
  cases,
  meetings,
  standingCases,
  users,
} from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { attachmentColumns } from '../attachments/attachment-columns.ts';
import { previousMeeting } from '../meetings/load-meeting.ts';

export type CaseRow = typeof cases.$inferSelect;

export async function loadCaseRow(db: DbOrTx, caseId: string): Promise<CaseRow> {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!row) throw notFound('Fant ikke saken.');
  return row;
}

/** Case references ("19/3/2021 Tittel") for a set of case ids, in the order given. */
export async function caseRefs(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: cases.id,
      number: cases.number,
      year: cases.year,
      title: cases.title,
      meetingNumber: meetings.number,
    })
    .from(cases)
    .innerJoin(meetings, eq(meetings.id, cases.meetingId))
    .where(inArray(cases.id, ids));
  return ids.flatMap((id) => {
    const r = rows.find((row) => row.id === id);
    return r
      ? [{ id: r.id, number: formatCaseNumber(r.number, r.meetingNumber, r.year), title: r.title }]
      : [];
  });
}

/** Everything a case paper shows: the row, its meeting, officers, references and attachments. */
export async function loadCase(db: DbOrTx, caseId: string) {
  const row = await loadCaseRow(db, caseId);
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, row.meetingId));
  if (!meeting) throw notFound('Fant ikke møtet.');
  const officers = await db
    .select({ id: users.id, name: users.name })
    .from(caseOfficers)
    .innerJoin(users, eq(users.id, caseOfficers.userId))
    .where(eq(caseOfficers.caseId, caseId))
    .orderBy(asc(caseOfficers.position));
  const earlier = await db
    .select({ id: casePreviouslyHandled.earlierCaseId })
    .from(casePreviouslyHandled)
    .where(eq(casePreviouslyHandled.caseId, caseId));
  const files = await db
    .select(attachmentColumns)
    .from(attachments)
    .where(eq(attachments.caseId, caseId))
    .orderBy(asc(attachments.position));
  const [carriedTo] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.carriedOverFromId, caseId)));
  const [from] = row.carriedOverFromId ? await caseRefs(db, [row.carriedOverFromId]) : [];
  const [to] = carriedTo ? await caseRefs(db, [carriedTo.id]) : [];
  const [standing] = row.standingCaseId
    ? await db
        .select({ kind: standingCases.kind })
        .from(standingCases)
        .where(eq(standingCases.id, row.standingCaseId))
    : [];
  const approved =
    standing?.kind === 'approve_minutes' ? await previousMeeting(db, row.councilId, meeting) : null;
  return {
    row,
    meeting,
    number: formatCaseNumber(row.number, meeting.number, meeting.year),
    meetingNumber: formatMeetingNumber(meeting.number, meeting.year),
    officers,
    previouslyHandled: await caseRefs(
      db,
      earlier.map((e) => e.id),
    ),
    attachments: files,
    carriedOverFrom: from ?? null,
    carriedOverTo: to ?? null,
    approvesMinutesOf: approved
      ? {
          meetingId: approved.id,
          meetingNumber: formatMeetingNumber(approved.number, approved.year),
        }
      : null,
  };
}

export type LoadedCase = Awaited<ReturnType<typeof loadCase>>;
