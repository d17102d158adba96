import { z } from 'zod';
import {
  ACTIVITY_KINDS,
  MEASURE_PRIORITIES,
  PLAN_KINDS,
  WORK_STATUSES,
} from '../../../core/plans.ts';
import { ZIsoDate } from '../councils/schema.ts';

export const ZPlanParams = z.object({ planId: z.string().uuid() });
export const ZAreaParams = z.object({ areaId: z.string().uuid() });
export const ZActivityParams = z.object({ activityId: z.string().uuid() });
export const ZMeasureParams = z.object({ measureId: z.string().uuid() });
export const ZPlanLinkParams = z.object({ linkId: z.string().uuid() });

const line = (max = 500) => z.string().trim().max(max);
const text = (max = 10_000) => z.string().trim().max(max);

export const ZQualificationForm = z.object({
  centralQuestion: text().default(''),
  contribution: text().default(''),
  background: text().default(''),
  keyArguments: z
    .array(text(2_000).min(1, { message: 'Et argument kan ikke være tomt.' }))
    .max(30)
    .default([]),
  stakeholders: z
    .array(z.object({ name: line(200).min(1), role: text(1_000).default('') }))
    .max(100)
    .default([]),
  relevantDocuments: z
    .array(
      z.object({
        title: line().min(1),
        // Only web addresses: a javascript: link in the form would run on click.
        url: z
          .string()
          .trim()
          .max(2_000)
          .refine((v) => v === '' || /^https?:\/\//i.test(v), {
            message: 'Lenken må begynne med http:// eller https://.',
          })
          .default(''),
      }),
    )
    .max(50)
    .default([]),
});

export const ZReferenceGroupMember = z.object({
  userId: z.string().uuid().nullable().default(null),
  name: line(200).min(1),
  organisation: line(200).default(''),
});

export const ZCaseRef = z.object({
  linkId: z.string().uuid(),
  caseId: z.string().uuid(),
  caseNumber: z.string(),
  caseTitle: z.string(),
  meetingId: z.string().uuid(),
  meetingNumber: z.string(),
  meetingDate: z.string(),
  /** The decision as recorded in the minutes, when the reader may see it; else null. */
  decision: z.string().nullable(),
  activityId: z.string().uuid().nullable(),
});

export const ZActivity = z.object({
  id: z.string().uuid(),
  areaId: z.string().uuid(),
  measureId: z.string().uuid().nullable(),
  description: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  responsible: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.enum(WORK_STATUSES),
  comments: z.string(),
  results: z.string(),
  version: z.number().int(),
});
export type TActivity = z.infer<typeof ZActivity>;

/** A monitor indicator that follows an area or measure. */
const ZLinkedIndicator = z.object({
  id: z.string().uuid(),
  slug: z.string(),
  title: z.string(),
  published: z.boolean(),
  publicPath: z.string().nullable(),
});

export const ZMeasure = z.object({
  id: z.string().uuid(),
  areaId: z.string().uuid(),
  title: z.string(),
  priority: z.enum(MEASURE_PRIORITIES).nullable(),
  responsible: z.string(),
  contributors: z.array(z.string()),
  status: z.enum(WORK_STATUSES),
  evidence: z.string(),
  indicators: z.array(ZLinkedIndicator),
  version: z.number().int(),
});
export type TMeasure = z.infer<typeof ZMeasure>;

export const ZGoalChange = z.object({
  id: z.string().uuid(),
  at: z.string(),
  by: z.string().nullable(),
  caseId: z.string().uuid().nullable(),
  caseNumber: z.string().nullable(),
  before: z.object({ overallGoal: z.string(), subGoals: z.array(z.string()) }),
  after: z.object({ overallGoal: z.string(), subGoals: z.array(z.string()) }),
});

export const ZArea = z.object({
  id: z.string().uuid(),
  planId: z.string().uuid(),
  code: z.string(),
  title: z.string(),
  overallGoal: z.string(),
  subGoals: z.array(z.string()),
  qualification: ZQualificationForm,
  referenceGroup: z.array(ZReferenceGroupMember),
  measures: z.array(ZMeasure),
  activities: z.array(ZActivity),
  cases: z.array(ZCaseRef),
  goalChanges: z.array(ZGoalChange),
  indicators: z.array(ZLinkedIndicator),
  version: z.number().int(),
});
export type TArea = z.infer<typeof ZArea>;

export const ZPlanSummary = z.object({
  id: z.string().uuid(),
  kind: z.enum(PLAN_KINDS),
  title: z.string(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  owner: z.string(),
  areaCount: z.number().int(),
  /** Activities (council) or measures (government) per status. */
  statusCounts: z.record(z.enum(WORK_STATUSES), z.number().int()),
});
export type TPlanSummary = z.infer<typeof ZPlanSummary>;

export const ZPlan = ZPlanSummary.extend({
  description: z.string(),
  councilId: z.string().uuid(),
  areas: z.array(ZArea),
  version: z.number().int(),
});
export type TPlan = z.infer<typeof ZPlan>;

export const ZCreatePlanRequest = z.object({
  kind: z.enum(PLAN_KINDS),
  title: line(300).min(2),
  periodStart: z.number().int().min(1990).max(2100),
  periodEnd: z.number().int().min(1990).max(2100),
  owner: line(200).default(''),
  description: text().default(''),
});

export const ZCreateAreaRequest = z.object({
  title: line(300).min(2),
  code: line(20).default(''),
  overallGoal: text(2_000).default(''),
});

export const ZUpdateAreaRequest = z.object({
  title: line(300).min(2),
  code: line(20).default(''),
  qualification: ZQualificationForm,
  referenceGroup: z.array(ZReferenceGroupMember).max(50),
  version: z.number().int(),
});

/** New goals for an area, with the case whose decision set them (null for a plain correction). */
export const ZChangeGoalsRequest = z.object({
  overallGoal: text(2_000),
  subGoals: z.array(text(2_000).min(1, { message: 'Et delmål kan ikke være tomt.' })).max(30),
  caseId: z.string().uuid().nullable().default(null),
  version: z.number().int(),
});

const activityFields = {
  description: text(2_000).min(2),
  kind: z.enum(ACTIVITY_KINDS),
  measureId: z.string().uuid().nullable().default(null),
  responsible: line(300).default(''),
  startDate: ZIsoDate.nullable().default(null),
  endDate: ZIsoDate.nullable().default(null),
  comments: text(5_000).default(''),
  results: text(5_000).default(''),
};
export const ZCreateActivityRequest = z.object({
  ...activityFields,
  status: z.enum(WORK_STATUSES).default('planned'),
});
export const ZUpdateActivityRequest = z.object({
  ...activityFields,
  status: z.enum(WORK_STATUSES),
  version: z.number().int(),
});

const measureFields = {
  title: text(2_000).min(2),
  priority: z.enum(MEASURE_PRIORITIES).nullable().default(null),
  responsible: line(200).default(''),
  contributors: z.array(line(200).min(1)).max(20).default([]),
  evidence: text(5_000).default(''),
};
export const ZCreateMeasureRequest = z.object({
  ...measureFields,
  status: z.enum(WORK_STATUSES).default('planned'),
});
export const ZUpdateMeasureRequest = z.object({
  ...measureFields,
  status: z.enum(WORK_STATUSES),
  version: z.number().int(),
});

export const ZCreatePlanLinkRequest = z.object({
  areaId: z.string().uuid(),
  activityId: z.string().uuid().nullable().default(null),
});

/** What a case is linked to, for the case page. */
export const ZCasePlanLink = z.object({
  linkId: z.string().uuid(),
  planId: z.string().uuid(),
  planTitle: z.string(),
  areaId: z.string().uuid(),
  areaTitle: z.string(),
  activityId: z.string().uuid().nullable(),
  activityDescription: z.string().nullable(),
});
export type TCasePlanLink = z.infer<typeof ZCasePlanLink>;
