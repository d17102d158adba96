import type { ChartType, FigureSpec, Sector, Theme } from '../../../core/monitor/indicators.ts';
import type { TCreateIndicatorRequest, TCubeSummary, TIndicator } from '../../types.ts';

export type Dimension = TCubeSummary['dimensions'][number];

/**
 * The figure as the form edits it. Every dimension that is neither x nor series is "held" at
 * one category: fixed when the reader cannot change it, the first shown when it is a filter.
 */
export type SpecValues = {
  xDimension: string;
  /** '' for a figure with one series. */
  seriesDimension: string;
  filterDimensions: string[];
  /** Category by dimension id; '' or absent is the dimension's first category. */
  held: Record<string, string>;
  /** The x and series categories shown first; none chosen shows all. */
  defaultSelection: Record<string, string[]>;
  chartType: ChartType;
  unit: string;
  decimals: string;
};

export type Values = {
  datasetId: string;
  slug: string;
  title: string;
  titleNn: string;
  titleEn: string;
  description: string;
  descriptionNn: string;
  descriptionEn: string;
  sourceText: string;
  definitions: string;
  footnotes: string[];
  warnings: string[];
  notSummable: boolean;
  theme: Theme;
  sectors: Sector[];
  published: boolean;
  planAreaIds: string[];
  planMeasureIds: string[];
  spec: SpecValues;
};

export const EMPTY_SPEC: SpecValues = {
  xDimension: '',
  seriesDimension: '',
  filterDimensions: [],
  held: {},
  defaultSelection: {},
  chartType: 'line',
  unit: '',
  decimals: '0',
};

export const emptyValues = (datasetId: string): Values => ({
  datasetId,
  slug: '',
  title: '',
  titleNn: '',
  titleEn: '',
  description: '',
  descriptionNn: '',
  descriptionEn: '',
  sourceText: '',
  definitions: '',
  footnotes: [],
  warnings: [],
  notSummable: false,
  theme: 'resources',
  sectors: [],
  published: false,
  planAreaIds: [],
  planMeasureIds: [],
  spec: EMPTY_SPEC,
});

function specValuesOf(spec: FigureSpec): SpecValues {
  const axes = [spec.xDimension, spec.seriesDimension];
  const held: Record<string, string> = { ...spec.fixed };
  const defaultSelection: Record<string, string[]> = {};
  for (const [dimension, ids] of Object.entries(spec.defaultSelection)) {
    if (axes.includes(dimension)) defaultSelection[dimension] = ids;
    else if (ids[0]) held[dimension] = ids[0];
  }
  return {
    xDimension: spec.xDimension,
    seriesDimension: spec.seriesDimension ?? '',
    filterDimensions: spec.filterDimensions,
    held,
    defaultSelection,
    chartType: spec.chartType,
    unit: spec.unit,
    decimals: String(spec.decimals),
  };
}

export function valuesOf(i: TIndicator): Values {
  return {
    datasetId: i.datasetId,
    slug: i.slug,
    title: i.title,
    titleNn: i.titleNn,
    titleEn: i.titleEn,
    description: i.description,
    descriptionNn: i.descriptionNn,
    descriptionEn: i.descriptionEn,
    sourceText: i.sourceText,
    definitions: i.definitions,
    footnotes: i.footnotes,
    warnings: i.warnings,
    notSummable: i.notSummable,
    theme: i.theme,
    sectors: i.sectors,
    published: i.published,
    planAreaIds: i.planAreas.map((a) => a.id),
    planMeasureIds: i.planMeasures.map((m) => m.id),
    spec: specValuesOf(i.spec),
  };
}

/** A first figure for a dataset: time along the axis, one series, a metric held at its first. */
export function defaultSpec(dimensions: Dimension[], keep: SpecValues): SpecValues {
  const x = dimensions.find((d) => d.role === 'time') ?? dimensions[0];
  const held: Record<string, string> = {};
  for (const d of dimensions) {
    if (d.role === 'metric' && d.id !== x?.id && d.categories[0]) held[d.id] = d.categories[0].id;
  }
  return {
    ...EMPTY_SPEC,
    xDimension: x?.id ?? '',
    held,
    chartType: x?.role === 'time' ? 'line' : 'bar',
    unit: keep.unit,
    decimals: keep.decimals,
  };
}

/** Does the spec name only dimensions the dataset has? (Else the dataset was changed.) */
export const specFits = (spec: SpecValues, dimensions: Dimension[]) =>
  dimensions.some((d) => d.id === spec.xDimension) &&
  (spec.seriesDimension === '' || dimensions.some((d) => d.id === spec.seriesDimension));

export function specOf(spec: SpecValues, dimensions: Dimension[]): FigureSpec {
  const ids = dimensions.map((d) => d.id);
  const axes = [spec.xDimension, spec.seriesDimension].filter(Boolean);
  const filterDimensions = spec.filterDimensions.filter((d) => ids.includes(d));
  const fixed: Record<string, string> = {};
  const defaultSelection: Record<string, string[]> = {};
  for (const id of ids) {
    if (axes.includes(id)) {
      const chosen = spec.defaultSelection[id] ?? [];
      if (chosen.length > 0) defaultSelection[id] = chosen;
      continue;
    }
    const category = spec.held[id];
    if (!category) continue;
    if (filterDimensions.includes(id)) defaultSelection[id] = [category];
    else fixed[id] = category;
  }
  const decimals = Number.parseInt(spec.decimals, 10);
  return {
    xDimension: spec.xDimension,
    seriesDimension: spec.seriesDimension || null,
    filterDimensions,
    fixed,
    defaultSelection,
    chartType: spec.chartType,
    unit: spec.unit.trim(),
    decimals: Number.isFinite(decimals) ? decimals : 0,
  };
}

export function requestOf(values: Values, dimensions: Dimension[]): TCreateIndicatorRequest {
  const { spec, ...rest } = values;
  return { ...rest, slug: values.slug.trim(), spec: specOf(spec, dimensions) };
}

/** "FoU-utgifter til helse" → "fou-utgifter-til-helse", as the public address needs it. */
// Accents go (é → e) but the ring of å stays: NFKD splits it off, NFC puts it back.
export function slugify(title: string): string {
  return title
    .toLocaleLowerCase('nb-NO')
    .normalize('NFKD')
    .replace(/[\u0300-\u0309\u030b-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[^a-z0-9æøå]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}
