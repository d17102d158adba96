import { asc, eq } from 'drizzle-orm';
import { formatPlace } from '../../../core/meeting-place.ts';
import { formatCaseNumber, formatMeetingNumber } from '../../../core/numbers.ts';
import { PUBLIC_ACCESS } from '../../auth/permissions.ts';
import type { DbOrTx } from '../../db/client.ts';
import { cases, councils, meetings, minutes } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';

/**
 * A meeting as the public sees it: time and place (not the video link), and the agenda once
 * the notice is sent. Exempt cases are listed with their legal basis.
 */
export async function loadPublicMeeting(db: DbOrTx, meetingId: string) {
  const [row] = await db
    .select({ meeting: meetings, council: councils, minutesStatus: minutes.status })
    .from(meetings)
    .innerJoin(councils, eq(councils.id, meetings.councilId))
    .leftJoin(minutes, eq(minutes.meetingId, meetings.id))
    .where(eq(meetings.id, meetingId));
  if (!row) throw notFound('Fant ikke møtet.');
  const { meeting, council } = row;
  const agendaPublished = PUBLIC_ACCESS.agenda(meeting.status);
  const agenda = agendaPublished
    ? await db
        .select({
          id: cases.id,
          number: cases.number,
          title: cases.title,
          caseTypes: cases.caseTypes,
          exemptionBasis: cases.exemptionBasis,
        })
        .from(cases)
        .where(eq(cases.meetingId, meetingId))
        .orderBy(asc(cases.position))
    : [];
  return {
    council: { id: council.id, name: council.name },
    meeting: {
      id: meeting.id,
      number: formatMeetingNumber(meeting.number, meeting.year),
      date: meeting.date,
      startTime: meeting.startTime.slice(0, 5),
      endTime: meeting.endTime?.slice(0, 5) ?? null,
      place: formatPlace(meeting),
    },
    agendaPublished,
    minutesPublished: PUBLIC_ACCESS.minutes(row.minutesStatus),
    agenda: agenda.map((c) => ({
      ...c,
      number: formatCaseNumber(c.number, meeting.number, meeting.year),
    })),
  };
}

export type PublicMeeting = Awaited<ReturnType<typeof loadPublicMeeting>>;
