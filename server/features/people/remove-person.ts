import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { osloToday } from '../../../core/dates.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { type Actor, canRemovePerson } from '../../auth/permissions.ts';
import { deleteSessionsOf } from '../../auth/sessions.ts';
import type { Db, Tx } from '../../db/client.ts';
import { planActivities, planAreas, planReferenceGroup } from '../../db/plan-schema.ts';
import {
  attendances,
  auditLog,
  caseMinutes,
  cases,
  conflictAssessments,
  conflictDeclarations,
  councilMemberships,
  followUps,
  interests,
  meetings,
  minutes,
  minutesComments,
  minutesVersions,
  notifications,
  users,
} from '../../db/schema.ts';
import { conflict, forbidden, notFound } from '../../errors.ts';

/**
 * Removes a person who has left (GDPR art. 17) without breaking the archive. The person's row
 * stays, so attendance, comments and assessments keep pointing at someone, but it is renamed
 * "Tidligere medlem N" and loses e-mail, password, sessions, declared interests and notices.
 * The council's record texts that name the person (minutes, decisions, conflict reasons,
 * follow-up owners, imported officer lists, the audit log) get the pseudonym instead.
 */
export async function removePerson(
  db: Db,
  actor: Actor,
  fromCouncilId: string,
  userId: string,
): Promise<string> {
  const actorId = actor.userId;
  return db.transaction(async (tx) => {
    // One removal at a time, so two people never get the same number.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('person-removal'))`);
    const [person] = await tx.select().from(users).where(eq(users.id, userId));
    if (!person) throw notFound('Fant ikke personen.');
    if (person.removedAt) throw conflict('Personen er allerede fjernet.');
    if (userId === actorId) throw conflict('Du kan ikke fjerne deg selv.');
    const [{ removed } = { removed: 0 }] = await tx
      .select({ removed: sql<number>`count(*)::int` })
      .from(users)
      .where(sql`${users.removedAt} IS NOT NULL`);
    const pseudonym = `Tidligere medlem ${removed + 1}`;
    const councilIds = (
      await tx
        .selectDistinct({ id: councilMemberships.councilId })
        .from(councilMemberships)
        .where(eq(councilMemberships.userId, userId))
    ).map((r) => r.id);
    if (!councilIds.includes(fromCouncilId)) throw notFound('Personen er ikke med i dette rådet.');
    // Someone in several councils is removed everywhere: every one of them must agree.
    if (!canRemovePerson(actor, councilIds)) {
      throw forbidden(
        'Personen er også med i et annet råd. Bare en systemadministrator kan fjerne personen.',
      );
    }

    await renameInRecords(tx, councilIds, userId, person, pseudonym);
    await deleteSessionsOf(tx, userId);
    await tx.delete(interests).where(eq(interests.userId, userId));
    await tx.delete(notifications).where(eq(notifications.userId, userId));
    // Appointments end today (an earlier end stays); the workplace goes with the name.
    const today = osloToday();
    await tx
      .update(councilMemberships)
      .set({
        organisation: null,
        title: null,
        periodEnd: sql`least(coalesce(${councilMemberships.periodEnd}, ${today}::date), ${today}::date)`,
      })
      .where(eq(councilMemberships.userId, userId));
    await tx
      .update(users)
      .set({
        name: pseudonym,
        email: `fjernet-${userId}@ikke-i-bruk.invalid`,
        passwordHash: null,
        isSystemAdmin: false,
        removedAt: new Date(),
      })
      .where(eq(users.id, userId));
    for (const councilId of councilIds.length ? councilIds : [null]) {
      await recordAudit(tx, {
        userId: actorId,
        councilId,
        entityType: 'user',
        entityId: userId,
        action: 'pseudonymise',
        changes: { pseudonym },
      });
    }
    return pseudonym;
  });
}

type Person = { name: string; email: string };

/** `replace()` of the name (and e-mail) in every record text of the person's councils. */
async function renameInRecords(
  tx: Tx,
  councilIds: string[],
  userId: string,
  person: Person,
  pseudonym: string,
) {
  const swap = (column: unknown) =>
    sql`replace(replace(${column}, ${person.name}, ${pseudonym}), ${person.email}, ${pseudonym})`;
  const swapJson = (column: unknown) => sql`(${swap(sql`${column}::text`)})::jsonb`;
  // Audit records name people by e-mail (failed sign-ins) and in their changes, in any council.
  await tx
    .update(auditLog)
    .set({ changes: swapJson(auditLog.changes), entityId: swap(auditLog.entityId) })
    .where(
      or(
        eq(auditLog.entityId, person.email),
        sql`strpos(${auditLog.changes}::text, ${person.name}) > 0`,
        sql`strpos(${auditLog.changes}::text, ${person.email}) > 0`,
      ),
    );
  if (councilIds.length === 0) return;
  const councilCases = tx
    .select({ id: cases.id })
    .from(cases)
    .where(inArray(cases.councilId, councilIds));
  const councilMeetings = tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(inArray(meetings.councilId, councilIds));
  const councilMinutes = tx
    .select({ id: minutes.id })
    .from(minutes)
    .where(inArray(minutes.councilId, councilIds));
  await tx
    .update(attendances)
    .set({ name: pseudonym, affiliation: null })
    .where(
      and(
        inArray(attendances.meetingId, councilMeetings),
        or(eq(attendances.userId, userId), eq(attendances.name, person.name)),
      ),
    );
  await tx
    .update(caseMinutes)
    .set({ discussion: swap(caseMinutes.discussion), decision: swap(caseMinutes.decision) })
    .where(inArray(caseMinutes.caseId, councilCases));
  await tx
    .update(minutesVersions)
    .set({ content: swapJson(minutesVersions.content) })
    .where(inArray(minutesVersions.minutesId, councilMinutes));
  await tx
    .update(minutesComments)
    .set({ body: swap(minutesComments.body), reply: swap(minutesComments.reply) })
    .where(inArray(minutesComments.minutesId, councilMinutes));
  // Touching the minutes marks their meetings for the search index (a trigger on `minutes`).
  await tx
    .update(minutes)
    .set({ approvalNote: swap(minutes.approvalNote), updatedAt: new Date() })
    .where(inArray(minutes.councilId, councilIds));
  await tx
    .update(conflictAssessments)
    .set({ reason: swap(conflictAssessments.reason) })
    .where(inArray(conflictAssessments.councilId, councilIds));
  await tx
    .update(conflictDeclarations)
    .set({ note: swap(conflictDeclarations.note) })
    .where(inArray(conflictDeclarations.councilId, councilIds));
  await tx
    .update(followUps)
    .set({ owner: swap(followUps.owner) })
    .where(inArray(followUps.councilId, councilIds));
  // The action plans name people in reference groups and as responsible for activities.
  const councilAreas = tx
    .select({ id: planAreas.id })
    .from(planAreas)
    .where(inArray(planAreas.councilId, councilIds));
  await tx
    .update(planReferenceGroup)
    .set({ name: pseudonym, organisation: '' })
    .where(
      and(
        inArray(planReferenceGroup.areaId, councilAreas),
        or(eq(planReferenceGroup.userId, userId), eq(planReferenceGroup.name, person.name)),
      ),
    );
  await tx
    .update(planActivities)
    .set({
      responsible: swap(planActivities.responsible),
      comments: swap(planActivities.comments),
      results: swap(planActivities.results),
    })
    .where(inArray(planActivities.councilId, councilIds));
  await tx
    .update(cases)
    .set({
      importedCaseOfficers: sql`array_replace(${cases.importedCaseOfficers}, ${person.name}, ${pseudonym})`,
    })
    .where(
      and(
        inArray(cases.councilId, councilIds),
        sql`${person.name} = ANY(${cases.importedCaseOfficers})`,
      ),
    );
}
