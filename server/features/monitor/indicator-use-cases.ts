import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import { figureData } from '../../../core/monitor/figure.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db, Tx } from '../../db/client.ts';
import {
  monitorDatasets,
  monitorIndicatorLinks,
  monitorIndicators,
} from '../../db/monitor-schema.ts';
import { planAreas, planMeasures, plans } from '../../db/plan-schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { loadCurrentCube } from './cube-store.ts';
import type { TCreateIndicatorRequest, TIndicator } from './schema.ts';

type IndicatorRow = typeof monitorIndicators.$inferSelect;

export async function loadIndicatorRow(db: Db, indicatorId: string): Promise<IndicatorRow> {
  const [row] = await db
    .select()
    .from(monitorIndicators)
    .where(eq(monitorIndicators.id, indicatorId));
  if (!row) throw notFound('Fant ikke indikatoren.');
  return row;
}

/** Indicators of a council in their order, with their dataset and plan links. */
export async function listIndicators(
  db: Db,
  /** Null only with `ids`, where the ids decide. */
  councilId: string | null,
  filter: { ids?: string[]; publishedOnly?: boolean } = {},
): Promise<TIndicator[]> {
  const rows = await db
    .select({
      indicator: monitorIndicators,
      datasetTitle: monitorDatasets.title,
      isDemo: monitorDatasets.isDemo,
    })
    .from(monitorIndicators)
    .innerJoin(monitorDatasets, eq(monitorDatasets.id, monitorIndicators.datasetId))
    .where(
      and(
        councilId ? eq(monitorIndicators.councilId, councilId) : undefined,
        filter.ids ? inArray(monitorIndicators.id, filter.ids) : undefined,
        filter.publishedOnly ? eq(monitorIndicators.published, true) : undefined,
      ),
    )
    .orderBy(asc(monitorIndicators.position), asc(monitorIndicators.title));
  const ids = rows.map((r) => r.indicator.id);
  const links =
    ids.length === 0
      ? []
      : await db
          .select({
            indicatorId: monitorIndicatorLinks.indicatorId,
            areaId: planAreas.id,
            areaTitle: planAreas.title,
            measureId: planMeasures.id,
            measureTitle: planMeasures.title,
            planTitle: plans.title,
            planKind: plans.kind,
          })
          .from(monitorIndicatorLinks)
          .leftJoin(planMeasures, eq(planMeasures.id, monitorIndicatorLinks.planMeasureId))
          .leftJoin(
            planAreas,
            sql`${planAreas.id} = coalesce(${monitorIndicatorLinks.planAreaId}, ${planMeasures.areaId})`,
          )
          .leftJoin(plans, eq(plans.id, planAreas.planId))
          .where(inArray(monitorIndicatorLinks.indicatorId, ids))
          .orderBy(asc(planAreas.position), asc(planMeasures.position));
  return rows.map(({ indicator, datasetTitle, isDemo }) => {
    const own = links.filter((l) => l.indicatorId === indicator.id);
    return {
      ...indicator,
      datasetTitle,
      isDemo,
      updatedAt: indicator.updatedAt.toISOString(),
      planAreas: own
        .filter((l) => !l.measureId && l.areaId)
        .map((l) => ({
          id: l.areaId ?? '',
          title: l.areaTitle ?? '',
          planTitle: l.planTitle ?? '',
          planKind: l.planKind ?? '',
        })),
      planMeasures: own
        .filter((l) => l.measureId)
        .map((l) => ({
          id: l.measureId ?? '',
          title: l.measureTitle ?? '',
          planTitle: l.planTitle ?? '',
          planKind: l.planKind ?? '',
        })),
    };
  });
}

export async function loadIndicator(db: Db, indicatorId: string): Promise<TIndicator> {
  // By id alone: the figure API calls this on every request, so one query less counts.
  const [found] = await listIndicators(db, null, { ids: [indicatorId] });
  if (!found) throw notFound('Fant ikke indikatoren.');
  return found;
}

/** The spec must draw from the dataset as it stands: every dimension and category it names. */
async function assertSpecFits(db: Db, councilId: string, request: TCreateIndicatorRequest) {
  const [dataset] = await db
    .select({ councilId: monitorDatasets.councilId })
    .from(monitorDatasets)
    .where(eq(monitorDatasets.id, request.datasetId));
  if (dataset?.councilId !== councilId) throw notFound('Fant ikke datasettet.');
  const { cube } = await loadCurrentCube(db, request.datasetId);
  const { spec } = request;
  const named = [
    spec.xDimension,
    ...(spec.seriesDimension ? [spec.seriesDimension] : []),
    ...spec.filterDimensions,
    ...Object.keys(spec.fixed),
    ...Object.keys(spec.defaultSelection),
  ];
  for (const id of named) {
    const dimension = cube.dimensions.find((d) => d.id === id);
    if (!dimension) throw invalid(`Datasettet har ingen dimensjon «${id}».`, { field: 'spec' });
    const chosen = [
      ...(spec.defaultSelection[id] ?? []),
      ...(spec.fixed[id] ? [spec.fixed[id]] : []),
    ];
    const unknown = chosen.filter((c) => !dimension.categories.some((k) => k.id === c));
    if (unknown.length > 0) {
      throw invalid(`«${dimension.label}» har ingen kategori «${unknown.join('», «')}».`, {
        field: 'spec',
      });
    }
  }
  if (spec.seriesDimension === spec.xDimension) {
    throw invalid('Serien og x-aksen må være ulike dimensjoner.', { field: 'spec' });
  }
  figureData(cube, spec, {});
}

async function assertLinksOf(tx: Tx, councilId: string, request: TCreateIndicatorRequest) {
  const areas = request.planAreaIds.length
    ? await tx
        .select({ id: planAreas.id })
        .from(planAreas)
        .where(and(inArray(planAreas.id, request.planAreaIds), eq(planAreas.councilId, councilId)))
    : [];
  const measures = request.planMeasureIds.length
    ? await tx
        .select({ id: planMeasures.id })
        .from(planMeasures)
        .where(
          and(
            inArray(planMeasures.id, request.planMeasureIds),
            eq(planMeasures.councilId, councilId),
          ),
        )
    : [];
  if (areas.length !== new Set(request.planAreaIds).size) {
    throw invalid('Et av områdene finnes ikke i rådets planer.', { field: 'planAreaIds' });
  }
  if (measures.length !== new Set(request.planMeasureIds).size) {
    throw invalid('Et av tiltakene finnes ikke i planene.', { field: 'planMeasureIds' });
  }
}

async function writeLinks(
  tx: Tx,
  councilId: string,
  indicatorId: string,
  request: TCreateIndicatorRequest,
) {
  await assertLinksOf(tx, councilId, request);
  await tx.delete(monitorIndicatorLinks).where(eq(monitorIndicatorLinks.indicatorId, indicatorId));
  const rows = [
    ...[...new Set(request.planAreaIds)].map((planAreaId) => ({
      councilId,
      indicatorId,
      planAreaId,
    })),
    ...[...new Set(request.planMeasureIds)].map((planMeasureId) => ({
      councilId,
      indicatorId,
      planMeasureId,
    })),
  ];
  if (rows.length > 0) await tx.insert(monitorIndicatorLinks).values(rows);
}

const slugTaken = () =>
  conflict('Adressen er allerede brukt av en annen indikator.', { field: 'slug' });

function columnsOf(request: TCreateIndicatorRequest) {
  const { planAreaIds: _a, planMeasureIds: _m, ...columns } = request;
  return { ...columns, chartType: request.spec.chartType };
}

export async function createIndicator(
  db: Db,
  userId: string | null,
  councilId: string,
  request: TCreateIndicatorRequest,
): Promise<string> {
  await assertSpecFits(db, councilId, request);
  try {
    return await db.transaction(async (tx) => {
      const [last] = await tx
        .select({ position: max(monitorIndicators.position) })
        .from(monitorIndicators)
        .where(eq(monitorIndicators.councilId, councilId));
      const [row] = await tx
        .insert(monitorIndicators)
        .values({ ...columnsOf(request), councilId, position: (last?.position ?? 0) + 1 })
        .returning({ id: monitorIndicators.id });
      if (!row) throw new Error('insert returned nothing');
      await writeLinks(tx, councilId, row.id, request);
      await recordAudit(tx, {
        userId,
        councilId,
        entityType: 'monitor_indicator',
        entityId: row.id,
        action: 'create',
        changes: { ...request },
      });
      return row.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

export async function updateIndicator(
  db: Db,
  userId: string,
  indicatorId: string,
  request: TCreateIndicatorRequest & { version: number },
): Promise<void> {
  const before = await loadIndicatorRow(db, indicatorId);
  const { version, ...fields } = request;
  await assertSpecFits(db, before.councilId, fields);
  try {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .update(monitorIndicators)
        .set({ ...columnsOf(fields), version: version + 1, updatedAt: new Date() })
        .where(and(eq(monitorIndicators.id, indicatorId), eq(monitorIndicators.version, version)))
        .returning({ id: monitorIndicators.id });
      if (!row) throw conflict('Indikatoren er endret av noen andre. Last siden på nytt.');
      await writeLinks(tx, before.councilId, indicatorId, fields);
      await recordAudit(tx, {
        userId,
        councilId: before.councilId,
        entityType: 'monitor_indicator',
        entityId: indicatorId,
        action: 'update',
        changes: { ...fields },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

export async function deleteIndicator(db: Db, userId: string, indicatorId: string): Promise<void> {
  const before = await loadIndicatorRow(db, indicatorId);
  await db.transaction(async (tx) => {
    await tx.delete(monitorIndicators).where(eq(monitorIndicators.id, indicatorId));
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: 'monitor_indicator',
      entityId: indicatorId,
      action: 'delete',
      changes: { slug: before.slug, title: before.title },
    });
  });
}
