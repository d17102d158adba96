import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import {
  auditLog,
  conflictAssessments,
  conflictDeclarations,
  councilMemberships,
  councils,
  interests,
  minutesComments,
  notifications,
  organisations,
  users,
} from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { caseRefs } from '../cases/load-case.ts';

/**
 * Everything Rådsrom holds about a person as the person themself sees it (GDPR art. 15 and
 * 20): profile, memberships, declared interests, declarations, assessments, comments, the
 * notices sent to them and what the audit log records them doing.
 */
export async function exportOwnData(db: Db, userId: string) {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw notFound('Fant ikke brukeren.');
  const memberships = await db
    .select({
      council: councils.name,
      role: councilMemberships.role,
      organisation: councilMemberships.organisation,
      ministry: councilMemberships.ministry,
      title: councilMemberships.title,
      periodStart: councilMemberships.periodStart,
      periodEnd: councilMemberships.periodEnd,
    })
    .from(councilMemberships)
    .innerJoin(councils, eq(councils.id, councilMemberships.councilId))
    .where(eq(councilMemberships.userId, userId));
  const ownInterests = await db
    .select({
      council: councils.name,
      organisation: organisations.name,
      kind: interests.kind,
      role: interests.role,
      periodStart: interests.periodStart,
      periodEnd: interests.periodEnd,
      review: interests.review,
      reviewedAt: interests.reviewedAt,
      createdAt: interests.createdAt,
      updatedAt: interests.updatedAt,
    })
    .from(interests)
    .innerJoin(organisations, eq(organisations.id, interests.organisationId))
    .innerJoin(councils, eq(councils.id, interests.councilId))
    .where(eq(interests.userId, userId));
  const declarations = await db
    .select({
      caseId: conflictDeclarations.caseId,
      note: conflictDeclarations.note,
      createdAt: conflictDeclarations.createdAt,
    })
    .from(conflictDeclarations)
    .where(eq(conflictDeclarations.userId, userId));
  const assessments = await db
    .select({
      caseId: conflictAssessments.caseId,
      disqualified: conflictAssessments.disqualified,
      ground: conflictAssessments.ground,
      reason: conflictAssessments.reason,
      assessedAt: conflictAssessments.assessedAt,
    })
    .from(conflictAssessments)
    .where(eq(conflictAssessments.userId, userId));
  const comments = await db
    .select({
      caseId: minutesComments.caseId,
      body: minutesComments.body,
      status: minutesComments.status,
      reply: minutesComments.reply,
      createdAt: minutesComments.createdAt,
    })
    .from(minutesComments)
    .where(eq(minutesComments.authorId, userId));
  const notices = await db
    .select({
      title: notifications.title,
      link: notifications.link,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(asc(notifications.createdAt));
  const activity = await db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
    })
    .from(auditLog)
    .where(eq(auditLog.userId, userId))
    .orderBy(asc(auditLog.id));
  // Case references people can read: "35/4/2026 Hjemmemarked …" rather than an id.
  const refs = await caseRefs(db, [
    ...new Set([...declarations, ...assessments, ...comments].flatMap((r) => r.caseId ?? [])),
  ]);
  const withCase = <T extends { caseId: string | null }>({ caseId, ...rest }: T) => {
    const ref = refs.find((r) => r.id === caseId);
    return { case: ref ? `${ref.number} ${ref.title}` : null, ...rest };
  };
  // Reading one's own data is harmless, but a record shows the export happened.
  await recordAudit(db, {
    userId,
    entityType: 'user',
    entityId: userId,
    action: 'export_own_data',
  });
  return {
    exportedAt: new Date().toISOString(),
    user,
    memberships,
    interests: ownInterests,
    conflictDeclarations: declarations.map(withCase),
    conflictAssessments: assessments.map(withCase),
    minutesComments: comments.map(withCase),
    notifications: notices,
    activity,
  };
}
