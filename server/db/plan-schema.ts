import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ACTIVITY_KINDS,
  MEASURE_PRIORITIES,
  PLAN_KINDS,
  type QualificationForm,
  WORK_STATUSES,
} from '../../core/plans.ts';
import { createdAt, id, updatedAt } from './columns.ts';
import { cases, councils, users } from './schema.ts';

/**
 * Action plans: the council's own and the government's plan for the strategy, one model
 * (plan → area → measure; activities under an area). Every row carries its council, so access
 * is decided by the council as everywhere else.
 */
export const planKind = pgEnum('plan_kind', PLAN_KINDS);
export const workStatus = pgEnum('work_status', WORK_STATUSES);
export const activityKind = pgEnum('activity_kind', ACTIVITY_KINDS);
export const measurePriority = pgEnum('measure_priority', MEASURE_PRIORITIES);

const councilId = () =>
  uuid('council_id')
    .notNull()
    .references(() => councils.id, { onDelete: 'cascade' });

export const plans = pgTable(
  'plans',
  {
    id: id(),
    councilId: councilId(),
    kind: planKind('kind').notNull(),
    title: text('title').notNull(),
    periodStart: integer('period_start').notNull(),
    periodEnd: integer('period_end').notNull(),
    /** Who the plan belongs to: the council, or "Regjeringen" for the government's plan. */
    owner: text('owner').notNull().default(''),
    description: text('description').notNull().default(''),
    createdAt: createdAt(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('plans_council_idx').on(t.councilId, t.kind)],
);

export const planAreas = pgTable(
  'plan_areas',
  {
    id: id(),
    councilId: councilId(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** The strategic area's number in the government's plan ("1"–"10"); empty for the council's. */
    code: text('code').notNull().default(''),
    title: text('title').notNull(),
    overallGoal: text('overall_goal').notNull().default(''),
    subGoals: text('sub_goals').array().notNull().default(sql`'{}'`),
    qualification: jsonb('qualification').$type<QualificationForm>().notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('plan_areas_plan_idx').on(t.planId, t.position)],
);

/** People in an area's reference group: members (userId) and others (name and organisation). */
export const planReferenceGroup = pgTable(
  'plan_reference_group',
  {
    id: id(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => planAreas.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    organisation: text('organisation').notNull().default(''),
    position: integer('position').notNull(),
  },
  (t) => [index('plan_reference_group_area_idx').on(t.areaId)],
);

export const planMeasures = pgTable(
  'plan_measures',
  {
    id: id(),
    councilId: councilId(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => planAreas.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    /** Possible or prioritised (the council's plan); null in the government's plan. */
    priority: measurePriority('priority'),
    /** Coordinating body ("HOD") and contributing bodies (["KD", "BLD"]). */
    responsible: text('responsible').notNull().default(''),
    contributors: text('contributors').array().notNull().default(sql`'{}'`),
    status: workStatus('status').notNull().default('planned'),
    /** What shows the status: reports, decisions, budget lines. */
    evidence: text('evidence').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [index('plan_measures_area_idx').on(t.areaId, t.position)],
);

export const planActivities = pgTable(
  'plan_activities',
  {
    id: id(),
    councilId: councilId(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => planAreas.id, { onDelete: 'cascade' }),
    measureId: uuid('measure_id').references(() => planMeasures.id, { onDelete: 'set null' }),
    description: text('description').notNull(),
    kind: activityKind('kind').notNull(),
    responsible: text('responsible').notNull().default(''),
    startDate: date('start_date'),
    endDate: date('end_date'),
    status: workStatus('status').notNull().default('planned'),
    comments: text('comments').notNull().default(''),
    results: text('results').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('plan_activities_area_idx').on(t.areaId)],
);

/** A case concerns an area, or one of its activities; shown from both ends. */
export const planCaseLinks = pgTable(
  'plan_case_links',
  {
    id: id(),
    councilId: councilId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    areaId: uuid('area_id')
      .notNull()
      .references(() => planAreas.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id').references(() => planActivities.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('plan_case_links_case_idx').on(t.caseId),
    index('plan_case_links_area_idx').on(t.areaId),
    unique('plan_case_links_key').on(t.caseId, t.areaId, t.activityId).nullsNotDistinct(),
  ],
);

/** A change of an area's goals, with the decision (case) that made it: the goals' history. */
export const planGoalChanges = pgTable(
  'plan_goal_changes',
  {
    id: id(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => planAreas.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    before: jsonb('before').$type<{ overallGoal: string; subGoals: string[] }>().notNull(),
    after: jsonb('after').$type<{ overallGoal: string; subGoals: string[] }>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('plan_goal_changes_area_idx').on(t.areaId, t.createdAt)],
);
