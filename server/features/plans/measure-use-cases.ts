import { and, eq, max } from 'drizzle-orm';
import type { MeasurePriority, WorkStatus } from '../../../core/plans.ts';
import { diff, recordAudit } from '../../audit/record-audit.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { planMeasures } from '../../db/plan-schema.ts';
import { conflict, notFound } from '../../errors.ts';
import { loadAreaRow } from './plan-use-cases.ts';

type MeasureFields = {
  title: string;
  priority: MeasurePriority | null;
  responsible: string;
  contributors: string[];
  status: WorkStatus;
  evidence: string;
};

export async function loadMeasureRow(db: DbOrTx, measureId: string) {
  const [row] = await db.select().from(planMeasures).where(eq(planMeasures.id, measureId));
  if (!row) throw notFound('Fant ikke tiltaket.');
  return row;
}

export async function createMeasure(
  db: DbOrTx,
  userId: string,
  areaId: string,
  input: MeasureFields,
): Promise<string> {
  const area = await loadAreaRow(db, areaId);
  return db.transaction(async (tx) => {
    const [last] = await tx
      .select({ position: max(planMeasures.position) })
      .from(planMeasures)
      .where(eq(planMeasures.areaId, areaId));
    const [row] = await tx
      .insert(planMeasures)
      .values({
        ...input,
        areaId,
        councilId: area.councilId,
        position: (last?.position ?? 0) + 1,
      })
      .returning({ id: planMeasures.id });
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      userId,
      councilId: area.councilId,
      entityType: 'plan_measure',
      entityId: row.id,
      action: 'create',
      changes: { areaId, ...input },
    });
    return row.id;
  });
}

/** The secretariat records a measure's status and the evidence for it. */
export async function updateMeasure(
  db: Db,
  userId: string,
  measureId: string,
  input: MeasureFields & { version: number },
) {
  const before = await loadMeasureRow(db, measureId);
  const { version, ...values } = input;
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(planMeasures)
      .set({ ...values, version: version + 1, updatedAt: new Date() })
      .where(and(eq(planMeasures.id, measureId), eq(planMeasures.version, version)))
      .returning({ id: planMeasures.id });
    if (updated.length === 0) throw conflict('Noen andre har endret tiltaket. Last siden på nytt.');
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: 'plan_measure',
      entityId: measureId,
      action: 'update',
      changes: diff(before, values),
    });
  });
  return before.areaId;
}
