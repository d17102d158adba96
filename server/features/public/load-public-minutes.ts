import { eq } from 'drizzle-orm';
import { formatMeetingNumber } from '../../../core/numbers.ts';
import { PUBLIC_ACCESS } from '../../auth/permissions.ts';
import type { DbOrTx } from '../../db/client.ts';
import { cases, councils, meetings, minutes } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { loadMinutesContent } from '../minutes/load-minutes.ts';

/**
 * Approved minutes as the public sees them: attendance, and per case the discussion and
 * decision, except for exempt cases, which show their legal basis instead.
 */
export async function loadPublicMinutes(db: DbOrTx, meetingId: string) {
  const [row] = await db
    .select({ meeting: meetings, council: councils, minutes })
    .from(meetings)
    .innerJoin(councils, eq(councils.id, meetings.councilId))
    .innerJoin(minutes, eq(minutes.meetingId, meetings.id))
    .where(eq(meetings.id, meetingId));
  if (!row || !PUBLIC_ACCESS.minutes(row.minutes.status)) throw notFound('Fant ikke referatet.');
  const content = await loadMinutesContent(db, meetingId);
  const exemptions = new Map(
    (
      await db
        .select({ id: cases.id, basis: cases.exemptionBasis })
        .from(cases)
        .where(eq(cases.meetingId, meetingId))
    ).map((c) => [c.id, c.basis]),
  );
  return {
    council: { id: row.council.id, name: row.council.name },
    meeting: {
      id: row.meeting.id,
      number: formatMeetingNumber(row.meeting.number, row.meeting.year),
      date: row.meeting.date,
    },
    approvedAt: row.minutes.approvedAt,
    attendance: content.attendance.map(
      ({ id, name, affiliation, kind, presence, isChair, notes }) => ({
        id,
        name,
        affiliation,
        kind,
        presence,
        isChair,
        notes,
      }),
    ),
    cases: content.cases.map((c) => {
      const exemptionBasis = exemptions.get(c.caseId) ?? '';
      const open = PUBLIC_ACCESS.caseMinutes(row.minutes.status, exemptionBasis);
      return {
        caseId: c.caseId,
        number: c.number,
        title: c.title,
        exemptionBasis,
        postponed: c.postponed,
        carriedOverTo: c.carriedOverTo,
        notParticipating: c.notParticipating.map((p) => p.name),
        discussion: open ? c.discussion : '',
        decision: open ? c.decision : '',
      };
    }),
  };
}

export type PublicMinutes = Awaited<ReturnType<typeof loadPublicMinutes>>;
