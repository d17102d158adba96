import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { formatCaseNumber, formatMeetingNumber } from '../../../core/numbers.ts';
import { WORK_STATUSES, type WorkStatus } from '../../../core/plans.ts';
import { type Actor, canReadMinutes } from '../../auth/permissions.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  planActivities,
  planAreas,
  planCaseLinks,
  planGoalChanges,
  planMeasures,
  planReferenceGroup,
  plans,
} from '../../db/plan-schema.ts';
import { caseMinutes, cases, meetings, minutes, users } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { loadLinkedIndicators } from '../monitor/linked-indicators.ts';
import type { TArea, TPlan, TPlanSummary } from './schema.ts';

type StatusCounts = Record<WorkStatus, number>;

const zeroCounts = (): StatusCounts =>
  Object.fromEntries(WORK_STATUSES.map((s) => [s, 0])) as StatusCounts;

export async function loadPlanRow(db: DbOrTx, planId: string) {
  const [row] = await db.select().from(plans).where(eq(plans.id, planId));
  if (!row) throw notFound('Fant ikke handlingsplanen.');
  return row;
}

/** The council's plans with how far their work has come: activities, or measures without any. */
export async function listPlans(db: DbOrTx, councilId: string): Promise<TPlanSummary[]> {
  const rows = await db
    .select()
    .from(plans)
    .where(eq(plans.councilId, councilId))
    .orderBy(asc(plans.kind), asc(plans.periodStart));
  if (rows.length === 0) return [];
  const ids = rows.map((p) => p.id);
  const areaCounts = await db
    .select({ planId: planAreas.planId, n: count() })
    .from(planAreas)
    .where(inArray(planAreas.planId, ids))
    .groupBy(planAreas.planId);
  const countBy = async (table: typeof planActivities | typeof planMeasures) =>
    db
      .select({ planId: planAreas.planId, status: table.status, n: count() })
      .from(table)
      .innerJoin(planAreas, eq(planAreas.id, table.areaId))
      .where(inArray(planAreas.planId, ids))
      .groupBy(planAreas.planId, table.status);
  const [activityCounts, measureCounts] = await Promise.all([
    countBy(planActivities),
    countBy(planMeasures),
  ]);
  return rows.map((p) => {
    const statusCounts = zeroCounts();
    const source = p.kind === 'government' ? measureCounts : activityCounts;
    for (const c of source) if (c.planId === p.id) statusCounts[c.status] = c.n;
    return {
      id: p.id,
      kind: p.kind,
      title: p.title,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      owner: p.owner,
      areaCount: areaCounts.find((a) => a.planId === p.id)?.n ?? 0,
      statusCounts,
    };
  });
}

/**
 * A whole plan: areas with goals, form, reference group, measures, activities and history;
 * with `onlyAreaId`, just that area (for answering a write to it without reading the rest).
 */
export async function loadPlan(
  db: DbOrTx,
  planId: string,
  actor: Actor | null,
  onlyAreaId?: string,
): Promise<TPlan> {
  const plan = await loadPlanRow(db, planId);
  const areaRows = await db
    .select()
    .from(planAreas)
    .where(and(eq(planAreas.planId, planId), onlyAreaId ? eq(planAreas.id, onlyAreaId) : undefined))
    .orderBy(asc(planAreas.position));
  const areaIds = areaRows.map((a) => a.id);
  const [measures, activities, group, links, changes] = areaIds.length
    ? await Promise.all([
        db
          .select()
          .from(planMeasures)
          .where(inArray(planMeasures.areaId, areaIds))
          .orderBy(asc(planMeasures.position)),
        db
          .select()
          .from(planActivities)
          .where(inArray(planActivities.areaId, areaIds))
          .orderBy(asc(planActivities.startDate), asc(planActivities.createdAt)),
        db
          .select()
          .from(planReferenceGroup)
          .where(inArray(planReferenceGroup.areaId, areaIds))
          .orderBy(asc(planReferenceGroup.position)),
        loadCaseLinks(db, areaIds, actor),
        loadGoalChanges(db, areaIds),
      ])
    : [[], [], [], [], []];
  const indicators = await loadLinkedIndicators(
    db,
    areaIds,
    measures.map((m) => m.id),
  );

  const statusCounts = zeroCounts();
  for (const x of plan.kind === 'government' ? measures : activities) statusCounts[x.status]++;
  const areas: TArea[] = areaRows.map((a) => ({
    id: a.id,
    planId: a.planId,
    code: a.code,
    title: a.title,
    overallGoal: a.overallGoal,
    subGoals: a.subGoals,
    qualification: a.qualification,
    referenceGroup: group
      .filter((g) => g.areaId === a.id)
      .map((g) => ({ userId: g.userId, name: g.name, organisation: g.organisation })),
    measures: measures
      .filter((m) => m.areaId === a.id)
      .map(({ councilId: _c, position: _p, updatedAt: _u, ...m }) => ({
        ...m,
        indicators: indicators.get(m.id) ?? [],
      })),
    activities: activities
      .filter((x) => x.areaId === a.id)
      .map(({ councilId: _c, createdAt: _cr, updatedAt: _u, ...x }) => x),
    cases: links.filter((l) => l.areaId === a.id).map(({ areaId: _a, ...l }) => l),
    goalChanges: changes.filter((c) => c.areaId === a.id).map(({ areaId: _a, ...c }) => c),
    indicators: indicators.get(a.id) ?? [],
    version: a.version,
  }));
  return {
    id: plan.id,
    councilId: plan.councilId,
    kind: plan.kind,
    title: plan.title,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    owner: plan.owner,
    description: plan.description,
    areaCount: areas.length,
    statusCounts,
    areas,
    version: plan.version,
  };
}

/** Cases linked to the areas, oldest meeting first: an area's history of cases. */
async function loadCaseLinks(db: DbOrTx, areaIds: string[], actor: Actor | null) {
  const rows = await db
    .select({
      linkId: planCaseLinks.id,
      areaId: planCaseLinks.areaId,
      activityId: planCaseLinks.activityId,
      c: { id: cases.id, number: cases.number, title: cases.title, councilId: cases.councilId },
      m: { id: meetings.id, number: meetings.number, year: meetings.year, date: meetings.date },
      minutesStatus: minutes.status,
      decision: caseMinutes.decision,
    })
    .from(planCaseLinks)
    .innerJoin(cases, eq(cases.id, planCaseLinks.caseId))
    .innerJoin(meetings, eq(meetings.id, cases.meetingId))
    .leftJoin(minutes, eq(minutes.meetingId, meetings.id))
    .leftJoin(caseMinutes, eq(caseMinutes.caseId, cases.id))
    .where(inArray(planCaseLinks.areaId, areaIds))
    .orderBy(asc(meetings.date), asc(cases.position));
  return rows.map((r) => ({
    linkId: r.linkId,
    areaId: r.areaId,
    activityId: r.activityId,
    caseId: r.c.id,
    caseNumber: formatCaseNumber(r.c.number, r.m.number, r.m.year),
    caseTitle: r.c.title,
    meetingId: r.m.id,
    meetingNumber: formatMeetingNumber(r.m.number, r.m.year),
    meetingDate: r.m.date,
    // The decision is shown only to those who may read these minutes in their state.
    decision:
      r.decision &&
      r.minutesStatus &&
      actor &&
      canReadMinutes(actor, r.c.councilId, r.minutesStatus)
        ? r.decision
        : null,
  }));
}

async function loadGoalChanges(db: DbOrTx, areaIds: string[]) {
  const rows = await db
    .select({
      change: planGoalChanges,
      by: users.name,
      c: { number: cases.number, year: cases.year },
      m: { number: meetings.number },
    })
    .from(planGoalChanges)
    .leftJoin(users, eq(users.id, planGoalChanges.userId))
    .leftJoin(cases, eq(cases.id, planGoalChanges.caseId))
    .leftJoin(meetings, eq(meetings.id, cases.meetingId))
    .where(inArray(planGoalChanges.areaId, areaIds))
    .orderBy(asc(planGoalChanges.createdAt));
  return rows.map(({ change, by, c, m }) => ({
    id: change.id,
    areaId: change.areaId,
    at: change.createdAt.toISOString(),
    by,
    caseId: change.caseId,
    caseNumber: c && m ? formatCaseNumber(c.number, m.number, c.year) : null,
    before: change.before,
    after: change.after,
  }));
}
