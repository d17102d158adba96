import { and, asc, eq, max } from 'drizzle-orm';
import { yearOf } from '../../../core/dates.ts';
import { formatMeetingNumber, nextMeetingNumber } from '../../../core/numbers.ts';
import { approvalCaseTitle } from '../../../core/standing-cases.ts';
import { recordAudit, recordAudits } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { lockCouncilYear } from '../../db/locks.ts';
import { cases, meetings, standingCases } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { conflict } from '../../errors.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import { getCouncil } from '../councils/council-use-cases.ts';
import { previousMeeting } from './load-meeting.ts';
import { assertMeetingTimes, type MeetingFields } from './meeting-fields.ts';
import { renumberCases, UNNUMBERED } from './renumber-cases.ts';

/** Creates meeting M/YYYY (next number in the council's year), its agenda seeded with standing cases. */
export async function createMeeting(
  db: Db,
  userId: string,
  councilId: string,
  input: MeetingFields & { withStandingCases: boolean },
): Promise<string> {
  assertMeetingTimes(input);
  const year = yearOf(input.date);
  try {
    return await db.transaction(async (tx) => {
      await lockCouncilYear(tx, councilId, year);
      const [used] = await tx
        .select({ last: max(meetings.number) })
        .from(meetings)
        .where(and(eq(meetings.councilId, councilId), eq(meetings.year, year)));
      const number = nextMeetingNumber(used?.last ? [used.last] : []);
      const { withStandingCases, ...fields } = input;
      const [meeting] = await tx
        .insert(meetings)
        .values({ ...fields, councilId, year, number })
        .returning();
      if (!meeting) throw new Error('insert returned nothing');
      if (withStandingCases) {
        const standing = await tx
          .select()
          .from(standingCases)
          .where(eq(standingCases.councilId, councilId))
          .orderBy(asc(standingCases.position));
        const { name: addressee } = await getCouncil(tx, councilId);
        const previous = await previousMeeting(tx, councilId, meeting);
        // The approval case names the meeting whose minutes it approves.
        const titleOf = (s: { kind: string | null; title: string }) =>
          s.kind === 'approve_minutes' && previous
            ? approvalCaseTitle(formatMeetingNumber(previous.number, previous.year))
            : s.title;
        if (standing.length) {
          const created = await tx
            .insert(cases)
            .values(
              standing.map((s, i) => ({
                councilId,
                meetingId: meeting.id,
                year,
                number: UNNUMBERED - i, // distinct placeholders; renumbered below
                position: i + 1,
                title: titleOf(s),
                caseTypes: s.caseTypes,
                addressee,
                reason: sanitizeRichText(s.reason),
                proposedDecision: sanitizeRichText(s.proposedDecision),
                standingCaseId: s.id,
              })),
            )
            .returning({ id: cases.id, title: cases.title });
          await recordAudits(
            tx,
            created.map((c) => ({
              userId,
              councilId,
              entityType: 'case',
              entityId: c.id,
              action: 'create',
              changes: { title: c.title, standingCase: true },
            })),
          );
        }
      }
      await renumberCases(tx, userId, councilId, year);
      await recordAudit(tx, {
        userId,
        councilId,
        entityType: 'meeting',
        entityId: meeting.id,
        action: 'create',
        changes: { number: `${number}/${year}`, ...fields },
      });
      return meeting.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict('Møtenummeret ble tatt av noen andre akkurat nå. Prøv å lagre igjen.');
    }
    throw error;
  }
}
