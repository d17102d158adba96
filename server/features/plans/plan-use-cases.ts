import { and, eq, inArray, max } from 'drizzle-orm';
import { EMPTY_QUALIFICATION_FORM, type QualificationForm } from '../../../core/plans.ts';
import { diff, recordAudit } from '../../audit/record-audit.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { planAreas, planGoalChanges, planReferenceGroup, plans } from '../../db/plan-schema.ts';
import { cases, councilMemberships } from '../../db/schema.ts';
import { conflict, invalid, notFound } from '../../errors.ts';

/** Plans, their areas, qualification forms, reference groups and goals. */

export async function createPlan(
  db: DbOrTx,
  userId: string,
  councilId: string,
  input: {
    kind: 'council' | 'government';
    title: string;
    periodStart: number;
    periodEnd: number;
    owner: string;
    description: string;
  },
): Promise<string> {
  if (input.periodEnd < input.periodStart)
    throw invalid('Planperioden kan ikke slutte før den begynner.', {
      fields: [{ field: 'periodEnd', message: 'Sluttåret må være samme år eller senere.' }],
    });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(plans)
      .values({ ...input, councilId })
      .returning({ id: plans.id });
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      userId,
      councilId,
      entityType: 'plan',
      entityId: row.id,
      action: 'create',
      changes: input,
    });
    return row.id;
  });
}

export async function loadAreaRow(db: DbOrTx, areaId: string) {
  const [row] = await db.select().from(planAreas).where(eq(planAreas.id, areaId));
  if (!row) throw notFound('Fant ikke området i handlingsplanen.');
  return row;
}

export async function createArea(
  db: DbOrTx,
  userId: string,
  planId: string,
  input: { title: string; code: string; overallGoal: string; subGoals?: string[] },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [plan] = await tx.select().from(plans).where(eq(plans.id, planId)).for('update');
    if (!plan) throw notFound('Fant ikke handlingsplanen.');
    const [last] = await tx
      .select({ position: max(planAreas.position) })
      .from(planAreas)
      .where(eq(planAreas.planId, planId));
    const [row] = await tx
      .insert(planAreas)
      .values({
        ...input,
        subGoals: input.subGoals ?? [],
        planId,
        councilId: plan.councilId,
        position: (last?.position ?? 0) + 1,
        qualification: EMPTY_QUALIFICATION_FORM,
      })
      .returning({ id: planAreas.id });
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      userId,
      councilId: plan.councilId,
      entityType: 'plan_area',
      entityId: row.id,
      action: 'create',
      changes: { planId, ...input },
    });
    return row.id;
  });
}

type ReferenceMember = { userId: string | null; name: string; organisation: string };

/** The area's title, qualification form and reference group, as one versioned edit. */
export async function updateArea(
  db: Db,
  userId: string,
  areaId: string,
  input: {
    title: string;
    code: string;
    qualification: QualificationForm;
    referenceGroup: ReferenceMember[];
    version: number;
  },
) {
  const before = await loadAreaRow(db, areaId);
  const { version, referenceGroup, ...values } = input;
  const members = referenceGroup.flatMap((m) => (m.userId ? [m.userId] : []));
  if (members.length) {
    const found = await db
      .selectDistinct({ userId: councilMemberships.userId })
      .from(councilMemberships)
      .where(
        and(
          eq(councilMemberships.councilId, before.councilId),
          inArray(councilMemberships.userId, members),
        ),
      );
    if (found.length !== new Set(members).size)
      throw invalid('Referansegruppen kan bare knytte til personer i rådet.', {
        fields: [{ field: 'referenceGroup', message: 'Velg personer som er med i rådet.' }],
      });
  }
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(planAreas)
      .set({ ...values, version: version + 1, updatedAt: new Date() })
      .where(and(eq(planAreas.id, areaId), eq(planAreas.version, version)))
      .returning({ id: planAreas.id });
    if (updated.length === 0) throw conflict('Noen andre har endret området. Last siden på nytt.');
    const beforeGroup = await tx
      .select()
      .from(planReferenceGroup)
      .where(eq(planReferenceGroup.areaId, areaId));
    await tx.delete(planReferenceGroup).where(eq(planReferenceGroup.areaId, areaId));
    if (referenceGroup.length) {
      await tx
        .insert(planReferenceGroup)
        .values(referenceGroup.map((m, i) => ({ ...m, areaId, position: i + 1 })));
    }
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: 'plan_area',
      entityId: areaId,
      action: 'update',
      changes: {
        ...diff(before, values),
        ...diff(
          { referenceGroup: beforeGroup.map((g) => g.name) },
          { referenceGroup: referenceGroup.map((g) => g.name) },
        ),
      },
    });
  });
}

/**
 * New goals for an area, recorded as a change with the case whose decision set them
 * ("Rådet slutter seg til forslagene for målformuleringer"), so the area keeps its history.
 */
export async function changeGoals(
  db: Db,
  userId: string,
  areaId: string,
  input: { overallGoal: string; subGoals: string[]; caseId: string | null; version: number },
) {
  const area = await loadAreaRow(db, areaId);
  if (input.caseId) {
    const [theCase] = await db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.id, input.caseId), eq(cases.councilId, area.councilId)));
    if (!theCase) throw invalid('Saken finnes ikke i dette rådet.');
  }
  const before = { overallGoal: area.overallGoal, subGoals: area.subGoals };
  const after = { overallGoal: input.overallGoal, subGoals: input.subGoals };
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(planAreas)
      .set({ ...after, version: input.version + 1, updatedAt: new Date() })
      .where(and(eq(planAreas.id, areaId), eq(planAreas.version, input.version)))
      .returning({ id: planAreas.id });
    if (updated.length === 0) throw conflict('Noen andre har endret området. Last siden på nytt.');
    const [change] = await tx
      .insert(planGoalChanges)
      .values({ areaId, caseId: input.caseId, userId, before, after })
      .returning({ id: planGoalChanges.id });
    await recordAudit(tx, {
      userId,
      councilId: area.councilId,
      entityType: 'plan_area',
      entityId: areaId,
      action: 'change_goals',
      changes: { ...diff(before, after), caseId: input.caseId, changeId: change?.id },
    });
  });
}
