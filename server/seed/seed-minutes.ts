import { eq } from 'drizzle-orm';
import { loadActor } from '../auth/load-actor.ts';
import type { Db } from '../db/client.ts';
import { notifications, users } from '../db/schema.ts';
import { createFollowUp, updateFollowUp } from '../features/follow-ups/follow-up-use-cases.ts';
import { approveMinutes, findApprovalCase } from '../features/minutes/approve-minutes.ts';
import { circulateMinutes } from '../features/minutes/circulate-minutes.ts';
import { addComment, answerComment } from '../features/minutes/comments.ts';
import { loadMinutesContent, loadMinutesRow } from '../features/minutes/load-minutes.ts';
import { openMinutes } from '../features/minutes/open-minutes.ts';
import type { TAttendanceEntry } from '../features/minutes/schema.ts';
import { updateAttendance } from '../features/minutes/update-attendance.ts';
import { updateCaseMinutes } from '../features/minutes/update-case-minutes.ts';

const DISCUSSION =
  '<p>Sekretariatet innledet. Rådet drøftet saken og la vekt på samarbeid mellom tjenestene, akademia og næringslivet.</p>';

async function userId(db: Db, email: string): Promise<string> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`demo user ${email} missing`);
  return row.id;
}

/**
 * Writes the minutes of a held demo meeting through the real use cases: attendance with an
 * absent member and her substitute, a digital and a partial presence, a guest for one case,
 * a discussion for each topical case, and circulation for comments.
 */
export async function writeDemoMinutes(
  db: Db,
  actorId: string,
  meetingId: string,
): Promise<string> {
  const opened = await openMinutes(db, actorId, meetingId);
  const content = await loadMinutesContent(db, meetingId);
  const absent = await userId(db, 'k.haugen@example.no');
  const topical = content.cases.filter(
    (c) => !c.proposedDecision.includes('Intet') && c.caseTypes.length,
  );
  const attendance: TAttendanceEntry[] = content.attendance.map(({ id: _id, notes: _n, ...a }) => {
    if (a.userId === absent) return { ...a, presence: 'absent' };
    if (a.name === 'Erik Sande') return { ...a, presence: 'present', substituteForUserId: absent };
    if (a.name === 'Anders Nilsen') return { ...a, presence: 'digital' };
    if (a.name === 'Ola Dahl') return { ...a, timeSpans: [{ from: '10:00', to: '11:30' }] };
    return a;
  });
  const guestCase = topical.at(-1);
  attendance.push({
    userId: null,
    name: 'Mona Lindahl',
    affiliation: 'Helsedirektoratet',
    kind: 'guest',
    presence: 'present',
    isChair: false,
    substituteForUserId: null,
    timeSpans: [],
    caseIds: guestCase ? [guestCase.caseId] : [],
  });
  await updateAttendance(db, actorId, opened.id, { attendance, version: opened.version });
  for (const c of content.cases.slice(-3)) {
    const row = await loadMinutesRow(db, opened.id);
    await updateCaseMinutes(db, actorId, row.id, c.caseId, {
      discussion: DISCUSSION,
      decision: c.decision,
      postponed: false,
      version: c.version,
    });
  }
  const { version } = await loadMinutesRow(db, opened.id);
  await circulateMinutes(db, actorId, opened.id, { version }, 'http://localhost:3000');
  return opened.id;
}

/** Approves the minutes through the approval case on the next meeting's agenda. */
export async function approveDemoMinutes(
  db: Db,
  actorId: string,
  minutesId: string,
): Promise<void> {
  const row = await loadMinutesRow(db, minutesId);
  const approval = await findApprovalCase(db, row.councilId, row.meetingId);
  if (!approval) throw new Error('demo: no approval case');
  await approveMinutes(db, actorId, minutesId, { viaCaseId: approval.id, version: row.version });
  // The demo's members have long since read the call to comment on these minutes.
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(eq(notifications.link, `/meetings/${row.meetingId}/minutes`));
}

/** Two members comment on the circulated draft; the secretariat has answered one. */
export async function commentOnDemoMinutes(
  db: Db,
  actorId: string,
  minutesId: string,
): Promise<void> {
  const row = await loadMinutesRow(db, minutesId);
  const content = await loadMinutesContent(db, row.meetingId);
  const [first, second] = content.cases.slice(-2);
  const member = await loadActor(db, await userId(db, 'medlem@radsrom.no'));
  const chair = await loadActor(db, await userId(db, 'leder@radsrom.no'));
  if (!member || !chair || !first || !second) throw new Error('demo: comment authors missing');
  await addComment(db, member, minutesId, {
    caseId: first.caseId,
    body: 'Jeg foreslår at referatet også nevner behovet for raskere tilgang til registerdata.',
  });
  const commentId = await addComment(db, chair, minutesId, {
    caseId: second.caseId,
    body: 'Navnet på dialogmøtet bør skrives fullt ut.',
  });
  await answerComment(db, actorId, commentId, {
    status: 'accepted',
    reply: 'Takk, rettet i revidert utkast.',
  });
}

/** Follow-up items from demo decisions: one done, one still open for the next agenda. */
export async function seedDemoFollowUps(
  db: Db,
  actorId: string,
  councilId: string,
  caseIds: string[],
) {
  const [done, open] = caseIds;
  if (done) {
    const fields = {
      title: 'Innspillet sendes departementet',
      owner: 'Sekretariatet',
      dueDate: '2026-05-15',
    };
    const id = await createFollowUp(db, actorId, councilId, { caseId: done, ...fields });
    await updateFollowUp(db, actorId, id, { ...fields, status: 'done', version: 1 });
  }
  if (open) {
    await createFollowUp(db, actorId, councilId, {
      caseId: open,
      title: 'Brev til departementet om tilgang til helsedata',
      owner: 'Torbjørn Lien',
      dueDate: '2026-12-01',
    });
  }
}
