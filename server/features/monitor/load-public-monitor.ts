import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Cube } from '../../../core/monitor/cube.ts';
import { SECTORS, type Sector, THEMES, type Theme } from '../../../core/monitor/indicators.ts';
import { PUBLIC_ACCESS } from '../../auth/permissions.ts';
import type { Db } from '../../db/client.ts';
import {
  monitorDatasets,
  monitorDatasetVersions,
  monitorIndicatorLinks,
  monitorIndicators,
} from '../../db/monitor-schema.ts';
import { planAreas, planMeasures, plans } from '../../db/plan-schema.ts';
import { councils } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { findCouncilByShortName, type PublicCouncilRef } from '../public/load-public-statements.ts';
import { listIndicators } from './indicator-use-cases.ts';
import { loadFigure, type Query } from './load-figure.ts';
import type { TFigure, TIndicator } from './schema.ts';

/**
 * The monitor as the public sees it: only indicators their editor has published
 * (`PUBLIC_ACCESS.indicator`). An unpublished one is not listed and its address is a 404,
 * the same answer as for a slug that never existed.
 */

/** A path segment with every reserved character escaped, so no attribute escaping is needed. */
const segment = (text: string) =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

export const monitorPath = (shortName: string) => `/public/${segment(shortName)}/monitor`;
export const figurePath = (shortName: string, slug: string) =>
  `${monitorPath(shortName)}/${segment(slug)}`;
export const newsletterArchivePath = (shortName: string) => `${monitorPath(shortName)}/nyhetsbrev`;
/** The address with a view's query string ('' for the default view). */
export const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

/** One of the government's strategic areas, as the reader browses by them. */
export type StrategicArea = { id: string; code: string; title: string };

export type PublicIndicatorSummary = {
  id: string;
  slug: string;
  title: string;
  description: string;
  theme: Theme;
  sectors: Sector[];
  isDemo: boolean;
  areas: StrategicArea[];
};

export type MonitorIndexFilter = {
  theme: Theme | null;
  sector: Sector | null;
  areaId: string | null;
};

export type PublicMonitorIndex = {
  council: PublicCouncilRef;
  /** Every published indicator, in the editor's order. */
  indicators: PublicIndicatorSummary[];
  /** Those the filter lets through. */
  matching: PublicIndicatorSummary[];
  /** The filter as understood: values the monitor does not have are dropped. */
  filter: MonitorIndexFilter;
  /** What the filter offers: only what published indicators have. */
  themes: Theme[];
  sectors: Sector[];
  areas: StrategicArea[];
};

const first = (value: unknown): string | null => {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v !== '' ? v : null;
};

/**
 * The government's strategic areas each indicator follows: linked directly, or through one of
 * the area's measures.
 */
async function strategicAreasOf(db: Db, indicatorIds: string[]) {
  const byIndicator = new Map<string, StrategicArea[]>();
  if (indicatorIds.length === 0) return byIndicator;
  const rows = await db
    .selectDistinct({
      indicatorId: monitorIndicatorLinks.indicatorId,
      id: planAreas.id,
      code: planAreas.code,
      title: planAreas.title,
      position: planAreas.position,
    })
    .from(monitorIndicatorLinks)
    .leftJoin(planMeasures, eq(planMeasures.id, monitorIndicatorLinks.planMeasureId))
    .innerJoin(
      planAreas,
      sql`${planAreas.id} = coalesce(${monitorIndicatorLinks.planAreaId}, ${planMeasures.areaId})`,
    )
    .innerJoin(plans, eq(plans.id, planAreas.planId))
    .where(
      and(inArray(monitorIndicatorLinks.indicatorId, indicatorIds), eq(plans.kind, 'government')),
    )
    .orderBy(asc(planAreas.position));
  for (const row of rows) {
    const list = byIndicator.get(row.indicatorId) ?? [];
    list.push({ id: row.id, code: row.code, title: row.title });
    byIndicator.set(row.indicatorId, list);
  }
  return byIndicator;
}

async function publishedIndicators(db: Db, councilId: string): Promise<TIndicator[]> {
  const all = await listIndicators(db, councilId, { publishedOnly: true });
  return all.filter((i) => PUBLIC_ACCESS.indicator(i.published));
}

/** The monitor's front page: the published indicators, and those matching the reader's filter. */
export async function loadPublicMonitorIndex(
  db: Db,
  shortName: string,
  query: Record<string, unknown>,
): Promise<PublicMonitorIndex> {
  const council = await findCouncilByShortName(db, shortName);
  const published = await publishedIndicators(db, council.id);
  const areasOf = await strategicAreasOf(
    db,
    published.map((i) => i.id),
  );
  const indicators = published.map((i) => ({
    id: i.id,
    slug: i.slug,
    title: i.title,
    description: i.description,
    theme: i.theme,
    sectors: i.sectors,
    isDemo: i.isDemo,
    areas: areasOf.get(i.id) ?? [],
  }));

  const themes = THEMES.filter((t) => indicators.some((i) => i.theme === t));
  const sectors = SECTORS.filter((s) => indicators.some((i) => i.sectors.includes(s)));
  const areas = new Map<string, StrategicArea>();
  for (const list of areasOf.values()) for (const a of list) areas.set(a.id, a);
  const ordered = [...areas.values()].sort(
    (a, b) => Number(a.code) - Number(b.code) || a.title.localeCompare(b.title, 'nb'),
  );

  const tema = first(query.tema);
  const sektor = first(query.sektor);
  const omrade = first(query.omrade);
  const filter: MonitorIndexFilter = {
    theme: themes.find((t) => t === tema) ?? null,
    sector: sectors.find((s) => s === sektor) ?? null,
    areaId: omrade && areas.has(omrade) ? omrade : null,
  };
  const matching = indicators.filter(
    (i) =>
      (filter.theme === null || i.theme === filter.theme) &&
      (filter.sector === null || i.sectors.includes(filter.sector)) &&
      (filter.areaId === null || i.areas.some((a) => a.id === filter.areaId)),
  );
  return { council, indicators, matching, filter, themes, sectors, areas: ordered };
}

export type PublicFigure = {
  council: PublicCouncilRef;
  indicator: TIndicator;
  figure: TFigure & { cube: Cube };
};

/** One published indicator by its address, with the view its query asks for; else a 404. */
export async function loadPublicFigure(
  db: Db,
  shortName: string,
  slug: string,
  query: Query,
): Promise<PublicFigure> {
  const council = await findCouncilByShortName(db, shortName);
  const [row] = await db
    .select({ id: monitorIndicators.id, published: monitorIndicators.published })
    .from(monitorIndicators)
    .where(and(eq(monitorIndicators.councilId, council.id), eq(monitorIndicators.slug, slug)));
  if (!row || !PUBLIC_ACCESS.indicator(row.published)) throw notFound('Fant ikke indikatoren.');
  const [indicator] = await listIndicators(db, council.id, { ids: [row.id], publishedOnly: true });
  if (!indicator) throw notFound('Fant ikke indikatoren.');
  const figure = await loadFigure(db, indicator, query);
  return { council, indicator, figure };
}

/**
 * The monitor's public pages for the sitemap: each council's front page (when it has published
 * indicators) and each published figure, dated by the later of the indicator's last edit and
 * its dataset's last import.
 */
export async function listPublicMonitorPages(db: Db): Promise<{ path: string; updated: Date }[]> {
  const rows = await db
    .select({
      shortName: councils.shortName,
      slug: monitorIndicators.slug,
      published: monitorIndicators.published,
      edited: monitorIndicators.updatedAt,
      imported: monitorDatasetVersions.createdAt,
    })
    .from(monitorIndicators)
    .innerJoin(councils, eq(councils.id, monitorIndicators.councilId))
    .innerJoin(monitorDatasets, eq(monitorDatasets.id, monitorIndicators.datasetId))
    .innerJoin(
      monitorDatasetVersions,
      and(
        eq(monitorDatasetVersions.datasetId, monitorDatasets.id),
        eq(monitorDatasetVersions.number, monitorDatasets.currentVersion),
      ),
    )
    .where(eq(monitorIndicators.published, true))
    .orderBy(asc(councils.shortName), asc(monitorIndicators.position));
  const pages: { path: string; updated: Date }[] = [];
  const fronts = new Map<string, { path: string; updated: Date }>();
  for (const row of rows) {
    if (!PUBLIC_ACCESS.indicator(row.published)) continue;
    const updated = new Date(Math.max(row.edited.getTime(), row.imported.getTime()));
    const front = fronts.get(row.shortName);
    if (!front) {
      const page = { path: monitorPath(row.shortName), updated };
      fronts.set(row.shortName, page);
      pages.push(page);
    } else if (updated > front.updated) {
      front.updated = updated;
    }
    pages.push({ path: figurePath(row.shortName, row.slug), updated });
  }
  return pages;
}
