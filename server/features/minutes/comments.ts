import { and, eq } from 'drizzle-orm';
import { formatOsloDateTime, isPastDeadline } from '../../../core/deadlines.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor } from '../../auth/permissions.ts';
import type { Db } from '../../db/client.ts';
import { cases, minutesComments } from '../../db/schema.ts';
import { invalid, notFound } from '../../errors.ts';
import { countVersions, loadMinutesRow } from './load-minutes.ts';

/** A member's comment on the circulated draft, case by case, before the deadline. */
export async function addComment(
  db: Db,
  actor: Actor,
  minutesId: string,
  input: { caseId: string | null; body: string },
  now = new Date(),
): Promise<string> {
  const row = await loadMinutesRow(db, minutesId);
  if (row.status !== 'circulated') {
    throw invalid('Referatet er ikke på merknadsrunde nå, så det kan ikke gis merknader.');
  }
  if (row.commentDeadline && isPastDeadline(row.commentDeadline, now)) {
    throw invalid(
      `Merknadsfristen var ${formatOsloDateTime(row.commentDeadline)}. Ta kontakt med sekretariatet hvis du likevel har en merknad.`,
    );
  }
  if (input.caseId) {
    const [found] = await db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.id, input.caseId), eq(cases.meetingId, row.meetingId)));
    if (!found) throw invalid('Saken hører ikke til dette møtet.');
  }
  return db.transaction(async (tx) => {
    const [comment] = await tx
      .insert(minutesComments)
      .values({
        minutesId,
        caseId: input.caseId,
        authorId: actor.userId,
        body: input.body,
        versionNumber: await countVersions(tx, minutesId),
      })
      .returning();
    if (!comment) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      userId: actor.userId,
      councilId: row.councilId,
      entityType: 'minutes_comment',
      entityId: comment.id,
      action: 'create',
      changes: { minutesId, caseId: input.caseId, body: input.body },
    });
    return comment.id;
  });
}

/** The secretariat accepts or rejects a comment, with a reply the member can read. */
export async function answerComment(
  db: Db,
  userId: string,
  commentId: string,
  input: { status: 'accepted' | 'rejected'; reply: string },
) {
  const [comment] = await db
    .select()
    .from(minutesComments)
    .where(eq(minutesComments.id, commentId));
  if (!comment) throw notFound('Fant ikke merknaden.');
  const row = await loadMinutesRow(db, comment.minutesId);
  if (row.status === 'approved') throw invalid('Referatet er godkjent; merknadene er lukket.');
  await db.transaction(async (tx) => {
    await tx
      .update(minutesComments)
      .set({
        status: input.status,
        reply: input.reply || null,
        repliedById: userId,
        repliedAt: new Date(),
      })
      .where(eq(minutesComments.id, commentId));
    await recordAudit(tx, {
      userId,
      councilId: row.councilId,
      entityType: 'minutes_comment',
      entityId: commentId,
      action: 'answer',
      changes: { status: { from: comment.status, to: input.status }, reply: input.reply },
    });
  });
  return row;
}
