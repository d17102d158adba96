import { and, eq, isNull } from 'drizzle-orm';
import {
  type ActivityKind,
  canMoveWork,
  WORK_STATUS_LABELS,
  type WorkStatus,
} from '../../../core/plans.ts';
import { diff, recordAudit } from '../../audit/record-audit.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { planActivities, planCaseLinks, planMeasures } from '../../db/plan-schema.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { loadAreaRow } from './plan-use-cases.ts';

type ActivityFields = {
  description: string;
  kind: ActivityKind;
  measureId: string | null;
  responsible: string;
  startDate: string | null;
  endDate: string | null;
  status: WorkStatus;
  comments: string;
  results: string;
};

export async function loadActivityRow(db: DbOrTx, activityId: string) {
  const [row] = await db.select().from(planActivities).where(eq(planActivities.id, activityId));
  if (!row) throw notFound('Fant ikke aktiviteten.');
  return row;
}

async function checkFields(db: DbOrTx, areaId: string, input: ActivityFields) {
  if (input.startDate && input.endDate && input.endDate < input.startDate)
    throw invalid('Sluttdatoen kan ikke være før startdatoen.', {
      fields: [{ field: 'endDate', message: 'Velg en sluttdato etter startdatoen.' }],
    });
  if (input.measureId) {
    const [measure] = await db
      .select({ id: planMeasures.id })
      .from(planMeasures)
      .where(and(eq(planMeasures.id, input.measureId), eq(planMeasures.areaId, areaId)));
    if (!measure)
      throw invalid('Tiltaket hører ikke til dette området.', {
        fields: [{ field: 'measureId', message: 'Velg et tiltak i samme område.' }],
      });
  }
}

export async function createActivity(
  db: Db,
  userId: string,
  areaId: string,
  input: ActivityFields,
): Promise<string> {
  const area = await loadAreaRow(db, areaId);
  await checkFields(db, areaId, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(planActivities)
      .values({ ...input, areaId, councilId: area.councilId })
      .returning({ id: planActivities.id });
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      userId,
      councilId: area.councilId,
      entityType: 'plan_activity',
      entityId: row.id,
      action: 'create',
      changes: { areaId, ...input },
    });
    return row.id;
  });
}

/** Changes an activity; its status moves only along `WORK_STATUS_WORKFLOW`. */
export async function updateActivity(
  db: Db,
  userId: string,
  activityId: string,
  input: ActivityFields & { version: number },
) {
  const before = await loadActivityRow(db, activityId);
  const { version, ...values } = input;
  if (!canMoveWork(before.status, values.status))
    throw invalid(
      `En aktivitet som er «${WORK_STATUS_LABELS[before.status].toLowerCase()}» kan ikke settes til «${WORK_STATUS_LABELS[values.status].toLowerCase()}».`,
      { fields: [{ field: 'status', message: 'Velg en annen status.' }] },
    );
  await checkFields(db, before.areaId, values);
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(planActivities)
      .set({ ...values, version: version + 1, updatedAt: new Date() })
      .where(and(eq(planActivities.id, activityId), eq(planActivities.version, version)))
      .returning({ id: planActivities.id });
    if (updated.length === 0)
      throw conflict('Noen andre har endret aktiviteten. Last siden på nytt.');
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: 'plan_activity',
      entityId: activityId,
      action: before.status === values.status ? 'update' : 'change_status',
      changes: diff(before, values),
    });
  });
  return before.areaId;
}

export async function deleteActivity(db: Db, userId: string, activityId: string) {
  const before = await loadActivityRow(db, activityId);
  await db.transaction(async (tx) => {
    // Cases linked to the activity stay linked to its area, so the area keeps its history.
    const links = await tx
      .select()
      .from(planCaseLinks)
      .where(eq(planCaseLinks.activityId, activityId));
    for (const link of links) {
      const [areaLink] = await tx
        .select({ id: planCaseLinks.id })
        .from(planCaseLinks)
        .where(
          and(
            eq(planCaseLinks.caseId, link.caseId),
            eq(planCaseLinks.areaId, link.areaId),
            isNull(planCaseLinks.activityId),
          ),
        );
      if (areaLink) await tx.delete(planCaseLinks).where(eq(planCaseLinks.id, link.id));
      else
        await tx
          .update(planCaseLinks)
          .set({ activityId: null })
          .where(eq(planCaseLinks.id, link.id));
      await recordAudit(tx, {
        userId,
        councilId: before.councilId,
        entityType: 'plan_case_link',
        entityId: link.id,
        action: areaLink ? 'delete' : 'update',
        changes: { caseId: link.caseId, activityId: { from: activityId, to: null } },
      });
    }
    await tx.delete(planActivities).where(eq(planActivities.id, activityId));
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: 'plan_activity',
      entityId: activityId,
      action: 'delete',
      changes: { description: before.description, areaId: before.areaId },
    });
  });
}
