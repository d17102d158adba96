import { z } from 'zod';
import { DIMENSION_ROLES } from '../../../core/monitor/cube.ts';
import { CHART_TYPES, SECTORS, THEMES } from '../../../core/monitor/indicators.ts';

export const ZDatasetParams = z.object({ datasetId: z.string().uuid() });
export const ZDraftParams = z.object({ draftId: z.string().uuid() });
export const ZIndicatorParams = z.object({ indicatorId: z.string().uuid() });

const line = (max = 500) => z.string().trim().max(max);
const text = (max = 10_000) => z.string().trim().max(max);
/** A dimension or category id as statistics offices write them ("ContentsCode", "2024K1"). */
const code = z.string().trim().min(1).max(200);

export const ZColumnMapping = z.object({
  dimensions: z
    .array(
      z.object({
        column: line(200).min(1),
        id: code,
        label: line(200).min(1),
        role: z.enum(DIMENSION_ROLES).nullable(),
      }),
    )
    .min(1)
    .max(20),
  value: line(200).min(1),
  status: line(200).optional(),
  unit: z.object({ label: line(100), decimals: z.number().int().min(0).max(6) }).optional(),
});

const ZCategorySummary = z.object({ id: z.string(), label: z.string() });
const ZDimensionSummary = z.object({
  id: z.string(),
  label: z.string(),
  role: z.enum(DIMENSION_ROLES).nullable(),
  size: z.number().int(),
  /** The first categories (at most 50), for a look. */
  categories: z.array(ZCategorySummary),
});
export const ZCubeSummary = z.object({
  label: z.string().nullable(),
  source: z.string().nullable(),
  updated: z.string().nullable(),
  dimensions: z.array(ZDimensionSummary),
  cells: z.number().int(),
  missing: z.number().int(),
  /** The first cells with their categories, as a reader checks them. */
  sample: z.array(
    z.object({
      categories: z.array(z.string()),
      value: z.number().nullable(),
      status: z.string().nullable(),
    }),
  ),
});

const ZChanges = z.object({
  dimensionsAdded: z.array(z.string()),
  dimensionsRemoved: z.array(z.string()),
  categoriesAdded: z.record(z.string(), z.array(z.string())),
  categoriesRemoved: z.record(z.string(), z.array(z.string())),
  cellsChanged: z.number().int(),
  cellsAdded: z.number().int(),
  cellsRemoved: z.number().int(),
});

export const ZImportPreview = z.object({
  id: z.string().uuid(),
  format: z.enum(['jsonstat', 'csv', 'xlsx', 'pxweb']),
  fileName: z.string(),
  datasetId: z.string().uuid().nullable(),
  /** A tidy table's columns and first rows, for the column mapping. */
  table: z
    .object({
      columns: z.array(z.string()),
      rows: z.array(z.array(z.string())),
      rowCount: z.number().int(),
    })
    .nullable(),
  mapping: ZColumnMapping.nullable(),
  cube: ZCubeSummary.nullable(),
  problems: z.array(z.object({ row: z.number().int().nullable(), message: z.string() })),
  /** Against the dataset's current version, when this updates one. */
  changes: ZChanges.nullable(),
});

export const ZStageImportQuery = z.object({ datasetId: z.string().uuid().optional() });

export const ZPxWebImportRequest = z.object({
  tableId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, 'Tabellnummeret kan bare ha bokstaver, tall, - og _.'),
  selection: z.record(code, z.array(code).min(1).max(5_000)),
  datasetId: z.string().uuid().nullable().default(null),
});

export const ZConfirmImportRequest = z.object({
  /** Required for a new dataset; an update keeps the dataset's own unless given. */
  title: line(300).optional(),
  description: text(5_000).optional(),
  sourceText: line(1_000).optional(),
  isDemo: z.boolean().optional(),
  /** The dataset's version the editor saw, when updating. */
  expectedVersion: z.number().int().optional(),
});

export const ZDataset = z.object({
  id: z.string().uuid(),
  title: z.string(),
  description: z.string(),
  source: z.string(),
  sourceText: z.string(),
  isDemo: z.boolean(),
  pxTableId: z.string().nullable(),
  currentVersion: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
  cells: z.number().int(),
  missing: z.number().int(),
  indicatorCount: z.number().int(),
});

export const ZDatasetDetail = ZDataset.extend({
  cube: ZCubeSummary.nullable(),
  versions: z.array(
    z.object({
      number: z.number().int(),
      fileName: z.string(),
      importedAt: z.string(),
      importedBy: z.string().nullable(),
      cells: z.number().int(),
      missing: z.number().int(),
      changes: ZChanges.nullable(),
    }),
  ),
});

export const ZFigureSpec = z.object({
  xDimension: code,
  seriesDimension: code.nullable(),
  filterDimensions: z.array(code).max(20),
  fixed: z.record(code, code),
  defaultSelection: z.record(code, z.array(code).max(500)),
  chartType: z.enum(CHART_TYPES),
  unit: line(100),
  decimals: z.number().int().min(0).max(6),
});

const indicatorFields = {
  datasetId: z.string().uuid(),
  slug: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$/,
      'Adressen kan bare ha små bokstaver, tall og bindestrek.',
    )
    .max(100),
  title: line(300).min(2),
  titleNn: line(300).default(''),
  titleEn: line(300).default(''),
  description: text().default(''),
  descriptionNn: text().default(''),
  descriptionEn: text().default(''),
  sourceText: line(1_000).default(''),
  definitions: text().default(''),
  footnotes: z.array(line(2_000).min(1)).max(30).default([]),
  warnings: z.array(line(1_000).min(1)).max(10).default([]),
  notSummable: z.boolean().default(false),
  theme: z.enum(THEMES),
  sectors: z.array(z.enum(SECTORS)).max(SECTORS.length).default([]),
  spec: ZFigureSpec,
  published: z.boolean().default(false),
  /** The government's strategic areas and the council's plan areas it follows. */
  planAreaIds: z.array(z.string().uuid()).max(50).default([]),
  planMeasureIds: z.array(z.string().uuid()).max(100).default([]),
};
export const ZCreateIndicatorRequest = z.object(indicatorFields);
export const ZUpdateIndicatorRequest = z.object({ ...indicatorFields, version: z.number().int() });

export const ZIndicatorLink = z.object({
  id: z.string().uuid(),
  title: z.string(),
  planTitle: z.string(),
  planKind: z.string(),
});
export const ZIndicator = z.object({
  id: z.string().uuid(),
  councilId: z.string().uuid(),
  datasetId: z.string().uuid(),
  datasetTitle: z.string(),
  isDemo: z.boolean(),
  slug: z.string(),
  title: z.string(),
  titleNn: z.string(),
  titleEn: z.string(),
  description: z.string(),
  descriptionNn: z.string(),
  descriptionEn: z.string(),
  sourceText: z.string(),
  definitions: z.string(),
  footnotes: z.array(z.string()),
  warnings: z.array(z.string()),
  notSummable: z.boolean(),
  theme: z.enum(THEMES),
  sectors: z.array(z.enum(SECTORS)),
  spec: ZFigureSpec,
  published: z.boolean(),
  position: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
  planAreas: z.array(ZIndicatorLink),
  planMeasures: z.array(ZIndicatorLink),
});

export const ZFigureData = z.object({
  x: z.object({ dimension: z.string(), label: z.string(), categories: z.array(ZCategorySummary) }),
  series: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      values: z.array(z.number().nullable()),
      status: z.array(z.string().nullable()),
    }),
  ),
  seriesLabel: z.string().nullable(),
  selection: z.record(z.string(), z.array(z.string())),
  filters: z.array(
    z.object({
      dimension: z.string(),
      label: z.string(),
      multiple: z.boolean(),
      options: z.array(z.object({ id: z.string(), label: z.string(), selected: z.boolean() })),
    }),
  ),
  chartType: z.enum(CHART_TYPES),
  unit: z.string(),
  decimals: z.number().int(),
});

/** What a figure's page and API answer: the numbers and the words around them. */
export const ZFigure = z.object({
  indicator: z.object({
    id: z.string().uuid(),
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    sourceText: z.string(),
    definitions: z.string(),
    footnotes: z.array(z.string()),
    warnings: z.array(z.string()),
    isDemo: z.boolean(),
    updatedAt: z.string(),
  }),
  data: ZFigureData,
  /** The query string of this view's stable link ('' for the default view). */
  query: z.string(),
});

export const ZHrcsPortfolioQuery = z.object({
  title: line(300).min(2),
  isDemo: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export const ZHrcsPortfolioImported = z.object({
  portfolioId: z.string().uuid(),
  projects: z.number().int(),
  datasetIds: z.record(z.string(), z.string().uuid()),
});

export type TColumnMapping = z.infer<typeof ZColumnMapping>;
export type TImportPreview = z.infer<typeof ZImportPreview>;
export type TCubeSummary = z.infer<typeof ZCubeSummary>;
export type TDataset = z.infer<typeof ZDataset>;
export type TDatasetDetail = z.infer<typeof ZDatasetDetail>;
export type TIndicator = z.infer<typeof ZIndicator>;
export type TCreateIndicatorRequest = z.infer<typeof ZCreateIndicatorRequest>;
export type TFigure = z.infer<typeof ZFigure>;
