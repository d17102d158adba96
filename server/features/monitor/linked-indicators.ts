import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { monitorIndicatorLinks, monitorIndicators } from '../../db/monitor-schema.ts';
import { councils } from '../../db/schema.ts';

export type LinkedIndicator = {
  id: string;
  slug: string;
  title: string;
  published: boolean;
  /** The figure's public page, once published. */
  publicPath: string | null;
};

/** The monitor's indicators that follow given plan areas or measures, by area and measure id. */
export async function loadLinkedIndicators(
  db: DbOrTx,
  areaIds: string[],
  measureIds: string[],
): Promise<Map<string, LinkedIndicator[]>> {
  const byTarget = new Map<string, LinkedIndicator[]>();
  if (areaIds.length === 0 && measureIds.length === 0) return byTarget;
  const rows = await db
    .select({
      areaId: monitorIndicatorLinks.planAreaId,
      measureId: monitorIndicatorLinks.planMeasureId,
      id: monitorIndicators.id,
      slug: monitorIndicators.slug,
      title: monitorIndicators.title,
      published: monitorIndicators.published,
      shortName: councils.shortName,
    })
    .from(monitorIndicatorLinks)
    .innerJoin(monitorIndicators, eq(monitorIndicators.id, monitorIndicatorLinks.indicatorId))
    .innerJoin(councils, eq(councils.id, monitorIndicators.councilId))
    .where(
      or(
        areaIds.length ? inArray(monitorIndicatorLinks.planAreaId, areaIds) : undefined,
        measureIds.length
          ? and(inArray(monitorIndicatorLinks.planMeasureId, measureIds))
          : undefined,
      ),
    )
    .orderBy(asc(monitorIndicators.position), asc(monitorIndicators.title));
  for (const { areaId, measureId, shortName, ...indicator } of rows) {
    const key = areaId ?? measureId ?? '';
    const publicPath = indicator.published
      ? `/public/${encodeURIComponent(shortName)}/monitor/${indicator.slug}`
      : null;
    byTarget.set(key, [...(byTarget.get(key) ?? []), { ...indicator, publicPath }]);
  }
  return byTarget;
}
