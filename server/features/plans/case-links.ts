import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { planActivities, planAreas, planCaseLinks, plans } from '../../db/plan-schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { loadCaseRow } from '../cases/load-case.ts';
import type { TCasePlanLink } from './schema.ts';

/** A case's links to the areas and activities it concerns, for the case page. */
export async function listCasePlanLinks(
  db: DbOrTx,
  caseId: string,
  linkId?: string,
): Promise<TCasePlanLink[]> {
  const rows = await db
    .select({
      linkId: planCaseLinks.id,
      planId: plans.id,
      planTitle: plans.title,
      areaId: planAreas.id,
      areaTitle: planAreas.title,
      activityId: planActivities.id,
      activityDescription: planActivities.description,
    })
    .from(planCaseLinks)
    .innerJoin(planAreas, eq(planAreas.id, planCaseLinks.areaId))
    .innerJoin(plans, eq(plans.id, planAreas.planId))
    .leftJoin(planActivities, eq(planActivities.id, planCaseLinks.activityId))
    .where(and(eq(planCaseLinks.caseId, caseId), linkId ? eq(planCaseLinks.id, linkId) : undefined))
    .orderBy(asc(plans.kind), asc(planAreas.position), asc(planCaseLinks.createdAt));
  return rows;
}

/** Links a case to an area, or to one of the area's activities. */
export async function linkCaseToPlan(
  db: Db,
  userId: string,
  caseId: string,
  input: { areaId: string; activityId: string | null },
): Promise<string> {
  const theCase = await loadCaseRow(db, caseId);
  const [area] = await db
    .select()
    .from(planAreas)
    .where(and(eq(planAreas.id, input.areaId), eq(planAreas.councilId, theCase.councilId)));
  if (!area)
    throw invalid('Området finnes ikke i dette rådets planer.', {
      fields: [{ field: 'areaId', message: 'Velg et område.' }],
    });
  if (input.activityId) {
    const [activity] = await db
      .select({ id: planActivities.id })
      .from(planActivities)
      .where(and(eq(planActivities.id, input.activityId), eq(planActivities.areaId, area.id)));
    if (!activity)
      throw invalid('Aktiviteten hører ikke til dette området.', {
        fields: [{ field: 'activityId', message: 'Velg en aktivitet i området.' }],
      });
  }
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(planCaseLinks)
        .values({ councilId: theCase.councilId, caseId, ...input })
        .returning({ id: planCaseLinks.id });
      if (!row) throw new Error('insert returned nothing');
      await recordAudit(tx, {
        userId,
        councilId: theCase.councilId,
        entityType: 'plan_case_link',
        entityId: row.id,
        action: 'create',
        changes: { caseId, ...input },
      });
      return row.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('Saken er allerede koblet hit.');
    throw error;
  }
}

export async function unlinkCaseFromPlan(db: Db, userId: string, linkId: string) {
  const [link] = await db.select().from(planCaseLinks).where(eq(planCaseLinks.id, linkId));
  if (!link) throw notFound('Fant ikke koblingen til handlingsplanen.');
  await db.transaction(async (tx) => {
    await tx.delete(planCaseLinks).where(eq(planCaseLinks.id, linkId));
    await recordAudit(tx, {
      userId,
      councilId: link.councilId,
      entityType: 'plan_case_link',
      entityId: linkId,
      action: 'delete',
      changes: { caseId: link.caseId, areaId: link.areaId, activityId: link.activityId },
    });
  });
  return link;
}
