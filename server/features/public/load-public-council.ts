import { asc, desc, eq } from 'drizzle-orm';
import { formatMeetingNumber } from '../../../core/numbers.ts';
import { PUBLIC_ACCESS } from '../../auth/permissions.ts';
import type { DbOrTx } from '../../db/client.ts';
import { councils, meetings, minutes } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';

export type PublicMeetingSummary = {
  id: string;
  number: string;
  date: string;
  startTime: string;
  agendaPublished: boolean;
  minutesPublished: boolean;
};

export async function listPublicCouncils(db: DbOrTx) {
  return db
    .select({ id: councils.id, name: councils.name, shortName: councils.shortName })
    .from(councils)
    .orderBy(asc(councils.name));
}

/** A council by id, or a 404: what the feed and a case page need of it. */
export async function findPublicCouncil(db: DbOrTx, councilId: string) {
  const [council] = await db
    .select({ id: councils.id, name: councils.name, shortName: councils.shortName })
    .from(councils)
    .where(eq(councils.id, councilId));
  if (!council) throw notFound('Fant ikke rådet.');
  return council;
}

/** A council's public page: its meetings, newest first, with what of each is published. */
export async function loadPublicCouncil(db: DbOrTx, councilId: string) {
  const council = await findPublicCouncil(db, councilId);
  const rows = await db
    .select({ meeting: meetings, minutesStatus: minutes.status })
    .from(meetings)
    .leftJoin(minutes, eq(minutes.meetingId, meetings.id))
    .where(eq(meetings.councilId, councilId))
    .orderBy(desc(meetings.date), desc(meetings.number));
  const summaries: PublicMeetingSummary[] = rows.map(({ meeting, minutesStatus }) => ({
    id: meeting.id,
    number: formatMeetingNumber(meeting.number, meeting.year),
    date: meeting.date,
    startTime: meeting.startTime.slice(0, 5),
    agendaPublished: PUBLIC_ACCESS.agenda(meeting.status),
    minutesPublished: PUBLIC_ACCESS.minutes(minutesStatus),
  }));
  return { council, meetings: summaries };
}
