import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Dimension } from '../../core/monitor/cube.ts';
import type { DatasetChanges } from '../../core/monitor/dataset-changes.ts';
import type { HrcsShare } from '../../core/monitor/hrcs.ts';
import {
  CHART_TYPES,
  type FigureSpec,
  type Sector,
  THEMES,
} from '../../core/monitor/indicators.ts';
import { createdAt, id, updatedAt } from './columns.ts';
import { planAreas, planMeasures } from './plan-schema.ts';
import { councils, users } from './schema.ts';

/**
 * HelseOmsorg21-monitor: datasets (cubes, every import kept as a version), the indicators drawn
 * from them, HRCS portfolios, and the newsletter with its subscribers.
 */
export const datasetSource = pgEnum('monitor_dataset_source', [
  'jsonstat',
  'csv',
  'xlsx',
  'pxweb',
  'hrcs',
  'demo',
]);
export const monitorTheme = pgEnum('monitor_theme', THEMES);
export const chartType = pgEnum('monitor_chart_type', CHART_TYPES);
export const subscriberStatus = pgEnum('monitor_subscriber_status', [
  'pending',
  'confirmed',
  'unsubscribed',
]);

/** A cube's cells as little-endian float64, NaN where there is no value. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

const councilId = () =>
  uuid('council_id')
    .notNull()
    .references(() => councils.id, { onDelete: 'cascade' });

export const monitorDatasets = pgTable(
  'monitor_datasets',
  {
    id: id(),
    councilId: councilId(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    source: datasetSource('source').notNull(),
    /** "Tallgrunnlaget er …": the default source line of indicators on this dataset. */
    sourceText: text('source_text').notNull().default(''),
    /** PxWebApi: the table id and the selection fetched (valueCodes by variable). */
    pxTableId: text('px_table_id'),
    pxSelection: jsonb('px_selection').$type<Record<string, string[]>>(),
    /** Synthetic numbers: every figure on it is marked "Demodata – ikke offisiell statistikk". */
    isDemo: boolean('is_demo').notNull().default(false),
    /** The version figures read; 0 before the first import. */
    currentVersion: integer('current_version').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('monitor_datasets_council_idx').on(t.councilId)],
);

/** One import of a dataset. Earlier versions are kept; figures read the current one. */
export const monitorDatasetVersions = pgTable(
  'monitor_dataset_versions',
  {
    id: id(),
    datasetId: uuid('dataset_id')
      .notNull()
      .references(() => monitorDatasets.id, { onDelete: 'cascade' }),
    councilId: councilId(),
    number: integer('number').notNull(),
    label: text('label'),
    source: text('source'),
    /** As the file stated it. */
    updated: text('updated'),
    note: jsonb('note').$type<string[]>().notNull().default([]),
    dimensions: jsonb('dimensions').$type<Dimension[]>().notNull(),
    values: bytea('values').notNull(),
    /** [cell index, symbol] pairs. */
    status: jsonb('status').$type<[number, string][]>().notNull().default([]),
    cells: integer('cells').notNull(),
    missing: integer('missing').notNull(),
    /** What changed from the previous version: categories added/removed, cells changed. */
    changes: jsonb('changes').$type<DatasetChanges | null>(),
    fileName: text('file_name').notNull().default(''),
    importedBy: uuid('imported_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [unique('monitor_dataset_versions_number_uq').on(t.datasetId, t.number)],
);

/** An upload waiting for the editor's look (preview, column mapping) before it becomes a version. */
export const monitorImportDrafts = pgTable('monitor_import_drafts', {
  id: id(),
  councilId: councilId(),
  /** The dataset it will update; null makes a new one. */
  datasetId: uuid('dataset_id').references(() => monitorDatasets.id, { onDelete: 'cascade' }),
  format: datasetSource('format').notNull(),
  fileName: text('file_name').notNull(),
  content: bytea('content').notNull(),
  mapping: jsonb('mapping').$type<Record<string, unknown> | null>(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

export const monitorIndicators = pgTable(
  'monitor_indicators',
  {
    id: id(),
    councilId: councilId(),
    datasetId: uuid('dataset_id')
      .notNull()
      .references(() => monitorDatasets.id, { onDelete: 'restrict' }),
    /** The figure's address: /public/:shortName/monitor/:slug. */
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    titleNn: text('title_nn').notNull().default(''),
    titleEn: text('title_en').notNull().default(''),
    description: text('description').notNull().default(''),
    descriptionNn: text('description_nn').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    sourceText: text('source_text').notNull().default(''),
    definitions: text('definitions').notNull().default(''),
    footnotes: jsonb('footnotes').$type<string[]>().notNull().default([]),
    warnings: jsonb('warnings').$type<string[]>().notNull().default([]),
    /** Categories overlap (HRCS codes, several sectors): "Tallene kan ikke summeres". */
    notSummable: boolean('not_summable').notNull().default(false),
    theme: monitorTheme('theme').notNull(),
    sectors: jsonb('sectors').$type<Sector[]>().notNull().default([]),
    spec: jsonb('spec').$type<FigureSpec>().notNull(),
    chartType: chartType('chart_type').notNull(),
    published: boolean('published').notNull().default(false),
    position: integer('position').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('monitor_indicators_slug_uq').on(t.councilId, t.slug),
    index('monitor_indicators_dataset_idx').on(t.datasetId),
  ],
);

/** An indicator ↔ a strategic area or council action-plan area, or a government measure. */
export const monitorIndicatorLinks = pgTable(
  'monitor_indicator_links',
  {
    id: id(),
    councilId: councilId(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => monitorIndicators.id, { onDelete: 'cascade' }),
    planAreaId: uuid('plan_area_id').references(() => planAreas.id, { onDelete: 'cascade' }),
    planMeasureId: uuid('plan_measure_id').references(() => planMeasures.id, {
      onDelete: 'cascade',
    }),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      'monitor_indicator_links_one_target',
      sql`(${t.planAreaId} IS NULL) <> (${t.planMeasureId} IS NULL)`,
    ),
    unique('monitor_indicator_links_area_uq').on(t.indicatorId, t.planAreaId),
    unique('monitor_indicator_links_measure_uq').on(t.indicatorId, t.planMeasureId),
    index('monitor_indicator_links_area_idx').on(t.planAreaId),
    index('monitor_indicator_links_measure_idx').on(t.planMeasureId),
  ],
);

/** A portfolio of HRCS-coded projects; its aggregates are datasets like any other. */
export const hrcsPortfolios = pgTable('monitor_hrcs_portfolios', {
  id: id(),
  councilId: councilId(),
  title: text('title').notNull(),
  fileName: text('file_name').notNull().default(''),
  isDemo: boolean('is_demo').notNull().default(false),
  /** The datasets made from it: by health category, by activity group, category × group. */
  datasetIds: jsonb('dataset_ids').$type<Record<string, string>>().notNull().default({}),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const hrcsProjects = pgTable(
  'monitor_hrcs_projects',
  {
    id: id(),
    councilId: councilId(),
    portfolioId: uuid('portfolio_id')
      .notNull()
      .references(() => hrcsPortfolios.id, { onDelete: 'cascade' }),
    /** The funder's own project number. */
    projectCode: text('project_code').notNull(),
    title: text('title').notNull(),
    funder: text('funder').notNull(),
    sector: text('sector').notNull().default(''),
    year: integer('year').notNull(),
    /** NOK, exact. */
    amount: numeric('amount', { precision: 16, scale: 2 }).notNull(),
    healthCategories: jsonb('health_categories').$type<HrcsShare[]>().notNull(),
    researchActivities: jsonb('research_activities').$type<HrcsShare[]>().notNull(),
  },
  (t) => [unique('monitor_hrcs_projects_code_uq').on(t.portfolioId, t.projectCode, t.year)],
);

export type NewsletterBlock =
  | { kind: 'text'; html: string }
  | { kind: 'figure'; indicatorId: string; selection: Record<string, string[]> };

export const newsletters = pgTable(
  'monitor_newsletters',
  {
    id: id(),
    councilId: councilId(),
    title: text('title').notNull(),
    /** Rich text, sanitised. */
    intro: text('intro').notNull().default(''),
    blocks: jsonb('blocks').$type<NewsletterBlock[]>().notNull().default([]),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('monitor_newsletters_council_idx').on(t.councilId)],
);

/** Double opt-in: a subscriber is sent nothing but the confirmation until confirmed. */
export const newsletterSubscribers = pgTable(
  'monitor_newsletter_subscribers',
  {
    id: id(),
    councilId: councilId(),
    email: text('email').notNull(),
    status: subscriberStatus('status').notNull().default('pending'),
    /** sha256 of the token in the confirmation link (it is sent once). */
    confirmTokenHash: text('confirm_token_hash').notNull(),
    /** In every newsletter's unsubscribe link; it can do nothing but unsubscribe. */
    unsubscribeToken: text('unsubscribe_token').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('monitor_newsletter_subscribers_email_uq').on(t.councilId, t.email)],
);

/** Each newsletter reaches each subscriber once, however often "send" is pressed. */
export const newsletterDeliveries = pgTable(
  'monitor_newsletter_deliveries',
  {
    newsletterId: uuid('newsletter_id')
      .notNull()
      .references(() => newsletters.id, { onDelete: 'cascade' }),
    subscriberId: uuid('subscriber_id')
      .notNull()
      .references(() => newsletterSubscribers.id, { onDelete: 'cascade' }),
    sentAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.newsletterId, t.subscriberId] })],
);

/**
 * Bytes in and out of a bytea column as base64 text: PGlite serialises a Uint8Array parameter
 * (and parses a bytea result) more than ten times slower than it decodes base64, which matters
 * for a cube of a million cells (8 MB). PostgreSQL takes the same SQL.
 */
export const toBytea = (bytes: Uint8Array) =>
  sql`decode(${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}, 'base64')`;
export const fromBytea = (column: AnyPgColumn) => sql<string>`encode(${column}, 'base64')`;
export const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
