import { and, eq, sql } from 'drizzle-orm';
import { formatCaseNumber } from '../../../core/numbers.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { caseMinutes, cases, meetings, standingCases } from '../../db/schema.ts';
import { invalid } from '../../errors.ts';
import { loadMeeting, nextMeeting } from '../meetings/load-meeting.ts';
import { loadMinutesRow } from './load-minutes.ts';
import { assertTransition, bumpMinutesVersion } from './minutes-guards.ts';
import { recordMinutesVersion } from './record-version.ts';

/** The standing approval case on the agenda of the meeting after this one, if any. */
export async function findApprovalCase(db: DbOrTx, councilId: string, meetingId: string) {
  const meeting = await loadMeeting(db, meetingId);
  const next = await nextMeeting(db, councilId, meeting);
  if (!next) return null;
  const [row] = await db
    .select({ id: cases.id, number: cases.number, meetingId: cases.meetingId })
    .from(cases)
    .innerJoin(standingCases, eq(standingCases.id, cases.standingCaseId))
    .where(and(eq(cases.meetingId, next.id), eq(standingCases.kind, 'approve_minutes')));
  return row
    ? { ...row, number: formatCaseNumber(row.number, next.number, next.year), meeting: next }
    : null;
}

/**
 * Approves and locks the minutes: through the next meeting's approval case (as they stand, or
 * with a change made in the meeting, recorded in that case's decision), or by the secretariat
 * with a recorded reason where there is no next meeting.
 */
export async function approveMinutes(
  db: Db,
  userId: string,
  minutesId: string,
  input: { viaCaseId?: string; change?: string; reason?: string; version: number },
) {
  await db.transaction(async (tx) => {
    const row = await loadMinutesRow(tx, minutesId);
    assertTransition(row, 'approved');
    let note: string;
    let approvedInCaseId: string | null = null;
    if (input.viaCaseId) {
      const approval = await findApprovalCase(tx, row.councilId, row.meetingId);
      if (!approval || approval.id !== input.viaCaseId) {
        throw invalid(
          'Saken du valgte, er ikke godkjenningssaken for dette referatet på neste møte.',
        );
      }
      if (approval.meeting.status === 'planned') {
        throw invalid('Referatet godkjennes på neste møte. Send innkallingen til det møtet først.');
      }
      const change = input.change?.trim();
      const decision = change
        ? `<p>Referatet godkjennes med denne endringen: ${escapeHtml(change)}</p>`
        : '<p>Referatet godkjennes.</p>';
      await tx
        .insert(caseMinutes)
        .values({ caseId: approval.id, decision })
        .onConflictDoUpdate({
          target: caseMinutes.caseId,
          set: { decision, updatedAt: new Date() },
        });
      note = `Godkjent i sak ${approval.number}${change ? ` med endring: ${change}` : '.'}`;
      approvedInCaseId = approval.id;
    } else {
      if (!input.reason) {
        throw invalid(
          'Oppgi godkjenningssaken på neste møte, eller skriv en begrunnelse for å godkjenne uten møte.',
          {
            fields: [{ field: 'reason', message: 'Skriv hvorfor referatet godkjennes uten møte.' }],
          },
        );
      }
      note = `Godkjent av sekretariatet: ${input.reason}`;
    }
    const after = await bumpMinutesVersion(tx, minutesId, input.version, {
      status: 'approved',
      approvedAt: new Date(),
      approvedById: userId,
      approvalNote: note,
      approvedInCaseId,
    });
    await tx
      .update(meetings)
      .set({
        status: 'minutes_approved',
        version: sql`${meetings.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(meetings.id, row.meetingId), eq(meetings.status, 'held')));
    const versionNumber = await recordMinutesVersion(tx, after, 'approved', userId, note);
    await recordAudit(tx, {
      userId,
      councilId: row.councilId,
      entityType: 'minutes',
      entityId: minutesId,
      action: 'approve',
      changes: { note, versionNumber, approvedInCaseId },
    });
  });
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
}
