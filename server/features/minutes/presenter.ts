import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { isPastDeadline } from '../../../core/deadlines.ts';
import { MINUTES_WORKFLOW } from '../../../core/minutes-status.ts';
import { formatMeetingNumber } from '../../../core/numbers.ts';
import { type Actor, can } from '../../auth/permissions.ts';
import type { Db } from '../../db/client.ts';
import { minutesComments, users } from '../../db/schema.ts';
import { loadMeeting } from '../meetings/load-meeting.ts';
import { findApprovalCase } from './approve-minutes.ts';
import { countVersions, loadMinutesContent, loadMinutesRow } from './load-minutes.ts';
import type { TMinutes } from './schema.ts';

/** The minutes as the actor may see and use them. */
export async function presentMinutes(
  db: Db,
  actor: Actor,
  minutesId: string,
  now = new Date(),
): Promise<TMinutes> {
  const row = await loadMinutesRow(db, minutesId);
  const meeting = await loadMeeting(db, row.meetingId);
  const content = await loadMinutesContent(db, row.meetingId);
  const mayWrite = can(actor, 'minutes.write', row.councilId);
  const canEdit = mayWrite && row.status !== 'approved';
  const deadlinePassed = row.commentDeadline ? isPastDeadline(row.commentDeadline, now) : false;
  const canComment =
    can(actor, 'minutes.comment', row.councilId) && row.status === 'circulated' && !deadlinePassed;
  const showComments =
    can(actor, 'minutes.write', row.councilId) || can(actor, 'minutes.comment', row.councilId);
  const replier = alias(users, 'replier');
  const comments = showComments
    ? await db
        .select({ c: minutesComments, authorName: users.name, repliedByName: replier.name })
        .from(minutesComments)
        .innerJoin(users, eq(users.id, minutesComments.authorId))
        .leftJoin(replier, eq(replier.id, minutesComments.repliedById))
        .where(eq(minutesComments.minutesId, minutesId))
        .orderBy(asc(minutesComments.createdAt))
    : [];
  const approval = await findApprovalCase(db, row.councilId, row.meetingId);
  return {
    ...content,
    id: row.id,
    meetingId: row.meetingId,
    councilId: row.councilId,
    meetingNumber: formatMeetingNumber(meeting.number, meeting.year),
    status: row.status,
    nextStatuses: [...MINUTES_WORKFLOW[row.status]],
    commentDeadline: row.commentDeadline?.toISOString() ?? null,
    deadlinePassed,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    approvalNote: row.approvalNote,
    versionCount: await countVersions(db, minutesId),
    version: row.version,
    comments: comments.map(({ c, authorName, repliedByName }) => ({
      id: c.id,
      caseId: c.caseId,
      authorName,
      isMine: c.authorId === actor.userId,
      body: c.body,
      versionNumber: c.versionNumber,
      status: c.status,
      reply: c.reply,
      repliedByName,
      createdAt: c.createdAt.toISOString(),
    })),
    canEdit,
    canCorrect: mayWrite && row.status === 'approved',
    canComment,
    approvalCase: approval
      ? { id: approval.id, number: approval.number, meetingId: approval.meetingId }
      : null,
  };
}
