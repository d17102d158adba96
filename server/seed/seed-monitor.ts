import { and, asc, eq } from 'drizzle-orm';
import type { FigureSpec } from '../../core/monitor/indicators.ts';
import type { Db } from '../db/client.ts';
import { planAreas, planMeasures, plans } from '../db/plan-schema.ts';
import { saveDatasetVersion } from '../features/monitor/cube-store.ts';
import { importHrcsPortfolio } from '../features/monitor/import-hrcs-portfolio.ts';
import { createIndicator } from '../features/monitor/indicator-use-cases.ts';
import {
  DEMO_DATASETS,
  DEMO_HRCS_PORTFOLIO,
  DEMO_INDICATORS,
  type DemoIndicator,
} from './demo-monitor-data.ts';

const HRCS_SOURCE = 'Tallgrunnlaget er syntetiske demodata laget for Rådsrom, HRCS-kodet.';

/** Indicators on the demo HRCS portfolio's aggregates, which exist only once it is imported. */
const HRCS_INDICATORS: (Omit<DemoIndicator, 'datasetKey'> & {
  aggregate: 'byHealthCategory' | 'byActivityGroup' | 'categoryByActivity';
})[] = [
  {
    aggregate: 'byHealthCategory',
    slug: 'hrcs-helsekategorier',
    title: 'Forskningsmidler etter helsekategori (HRCS)',
    description:
      'Bevilgninger til prosjekter fordelt på HRCS-helsekategorier etter prosjektenes prosentandeler.',
    sourceText: HRCS_SOURCE,
    definitions:
      'Hvert prosjekts beløp er fordelt på helsekategoriene etter andelene det er kodet med; summen over kategoriene er porteføljens totalbeløp.',
    footnotes: ['Beløpene er fordelt i hele øre med største-rest-avrunding, så totalene stemmer.'],
    warnings: [],
    notSummable: false,
    theme: 'resources',
    sectors: [],
    spec: {
      xDimension: 'aar',
      seriesDimension: 'helsekategori',
      filterDimensions: ['aar', 'helsekategori'],
      fixed: { maal: 'belop' },
      defaultSelection: { helsekategori: ['cancer', 'mental_health', 'cardiovascular', 'generic'] },
      chartType: 'line',
      unit: 'kr',
      decimals: 0,
    },
    strategicAreas: [],
    councilAreas: [],
    governmentMeasures: [],
  },
  {
    aggregate: 'categoryByActivity',
    slug: 'hrcs-kategori-og-aktivitet',
    title: 'Helsekategori og forskningsaktivitet (HRCS)',
    description: 'Hvor pengene går: helsekategori mot hovedgruppe av forskningsaktivitet.',
    sourceText: HRCS_SOURCE,
    definitions: 'Et prosjekts beløp fordeles etter helseandel × aktivitetsandel.',
    footnotes: [],
    warnings: [],
    notSummable: false,
    theme: 'resources',
    sectors: [],
    spec: {
      xDimension: 'forskningsaktivitet',
      seriesDimension: 'helsekategori',
      filterDimensions: ['helsekategori'],
      fixed: { maal: 'belop' },
      defaultSelection: {},
      chartType: 'heatmap',
      unit: 'kr',
      decimals: 0,
    },
    strategicAreas: [],
    councilAreas: [],
    governmentMeasures: [],
  },
];

async function planIds(db: Db, councilId: string) {
  const areas = await db
    .select({ id: planAreas.id, title: planAreas.title, kind: plans.kind })
    .from(planAreas)
    .innerJoin(plans, eq(plans.id, planAreas.planId))
    .where(eq(plans.councilId, councilId));
  const measures = await db
    .select({ id: planMeasures.id })
    .from(planMeasures)
    .innerJoin(planAreas, eq(planAreas.id, planMeasures.areaId))
    .innerJoin(plans, eq(plans.id, planAreas.planId))
    .where(and(eq(plans.councilId, councilId), eq(plans.kind, 'government')))
    .orderBy(asc(planAreas.position), asc(planMeasures.position));
  const area = (kind: string, title: string) => {
    const found = areas.find((a) => a.kind === kind && a.title === title);
    if (!found) throw new Error(`demo monitor: no ${kind} plan area "${title}"`);
    return found.id;
  };
  return {
    links: (indicator: Omit<DemoIndicator, 'datasetKey'>) => ({
      planAreaIds: [
        ...indicator.strategicAreas.map((t) => area('government', t)),
        ...indicator.councilAreas.map((t) => area('council', t)),
      ],
      planMeasureIds: indicator.governmentMeasures.map((n) => {
        const found = measures[n - 1];
        if (!found) throw new Error(`demo monitor: no government measure ${n}`);
        return found.id;
      }),
    }),
  };
}

const fields = (indicator: Omit<DemoIndicator, 'datasetKey'>, spec: FigureSpec) => ({
  slug: indicator.slug,
  title: indicator.title,
  titleNn: indicator.titleNn ?? '',
  titleEn: indicator.titleEn ?? '',
  description: indicator.description,
  descriptionNn: '',
  descriptionEn: '',
  sourceText: indicator.sourceText,
  definitions: indicator.definitions,
  footnotes: indicator.footnotes,
  warnings: indicator.warnings,
  notSummable: indicator.notSummable,
  theme: indicator.theme,
  sectors: indicator.sectors,
  spec,
  published: true,
});

/** The demo monitor: datasets (real facts and marked synthetic series), a portfolio, indicators. */
export async function seedDemoMonitor(db: Db, actor: string, councilId: string) {
  const datasetIds = new Map<string, string>();
  for (const dataset of DEMO_DATASETS) {
    const saved = await db.transaction((tx) =>
      saveDatasetVersion(
        tx,
        actor,
        {
          councilId,
          title: dataset.title,
          description: dataset.description,
          source: 'demo',
          sourceText: dataset.sourceText,
          isDemo: dataset.isDemo,
        },
        dataset.cube,
        'demodata',
      ),
    );
    datasetIds.set(dataset.key, saved.datasetId);
  }
  const portfolio = await importHrcsPortfolio(db, actor, councilId, {
    title: 'Demoportefølje HRCS 2021–2025',
    fileName: 'demoportefolje-hrcs.csv',
    table: DEMO_HRCS_PORTFOLIO,
    isDemo: true,
    sourceText: HRCS_SOURCE,
  });
  const { links } = await planIds(db, councilId);
  for (const indicator of DEMO_INDICATORS) {
    const datasetId = datasetIds.get(indicator.datasetKey);
    if (!datasetId) throw new Error(`demo monitor: no dataset "${indicator.datasetKey}"`);
    await createIndicator(db, actor, councilId, {
      datasetId,
      ...fields(indicator, indicator.spec),
      ...links(indicator),
    });
  }
  for (const { aggregate, ...indicator } of HRCS_INDICATORS) {
    const datasetId = portfolio.datasetIds[aggregate];
    if (!datasetId) throw new Error(`demo monitor: no HRCS aggregate "${aggregate}"`);
    await createIndicator(db, actor, councilId, {
      datasetId,
      ...fields(indicator, indicator.spec),
      ...links(indicator),
    });
  }
}
