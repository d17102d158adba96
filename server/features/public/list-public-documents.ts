import { desc, eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { formatCaseNumber, formatMeetingNumber } from '../../../core/numbers.ts';
import { PUBLIC_ACCESS } from '../../auth/permissions.ts';
import type { DbOrTx } from '../../db/client.ts';
import { cases, councils, meetings, minutes } from '../../db/schema.ts';

export type PublicDocument = { title: string; path: string; updated: Date; summary: string };

/**
 * Every published document of one council (or of all), newest first: each meeting's agenda
 * from the notice on, each case paper on it (an exempt one by title and legal basis only), and
 * approved minutes. The feed and the sitemap are made from this list.
 */
export async function listPublicDocuments(
  db: DbOrTx,
  councilId?: string,
): Promise<PublicDocument[]> {
  const inCouncil = (column: AnyPgColumn): SQL | undefined =>
    councilId ? eq(column, councilId) : undefined;
  const published = await db
    .select({ meeting: meetings, council: councils.name, minutes })
    .from(meetings)
    .innerJoin(councils, eq(councils.id, meetings.councilId))
    .leftJoin(minutes, eq(minutes.meetingId, meetings.id))
    .where(inCouncil(meetings.councilId))
    .orderBy(desc(meetings.date));
  const papers = await db
    .select({
      c: {
        id: cases.id,
        number: cases.number,
        title: cases.title,
        exemptionBasis: cases.exemptionBasis,
        updatedAt: cases.updatedAt,
      },
      meeting: { number: meetings.number, year: meetings.year, status: meetings.status },
    })
    .from(cases)
    .innerJoin(meetings, eq(meetings.id, cases.meetingId))
    .where(inCouncil(cases.councilId));

  const documents: PublicDocument[] = [];
  for (const { meeting, council, minutes: m } of published) {
    if (!PUBLIC_ACCESS.agenda(meeting.status)) continue;
    const number = formatMeetingNumber(meeting.number, meeting.year);
    documents.push({
      title: `Saksliste for møte ${number} i ${council}`,
      path: `/public/meetings/${meeting.id}`,
      updated: meeting.updatedAt,
      summary: `Møtet holdes ${meeting.date}.`,
    });
    if (m && PUBLIC_ACCESS.minutes(m.status)) {
      documents.push({
        title: `Referat fra møte ${number} i ${council}`,
        path: `/public/meetings/${meeting.id}/minutes`,
        updated: m.approvedAt ?? m.updatedAt,
        summary: `Godkjent referat fra møtet ${meeting.date}.`,
      });
    }
  }
  for (const { c, meeting } of papers) {
    if (!PUBLIC_ACCESS.agenda(meeting.status)) continue;
    const open = PUBLIC_ACCESS.casePaper(meeting.status, c.exemptionBasis);
    documents.push({
      title: `Sak ${formatCaseNumber(c.number, meeting.number, meeting.year)}: ${c.title}`,
      path: `/public/cases/${c.id}`,
      updated: c.updatedAt,
      summary: open ? 'Saksframlegg.' : `Unntatt offentlighet (${c.exemptionBasis}).`,
    });
  }
  return documents.sort((a, b) => b.updated.getTime() - a.updated.getTime());
}
