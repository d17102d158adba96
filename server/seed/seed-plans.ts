import type { WorkStatus } from '../../core/plans.ts';
import type { Db } from '../db/client.ts';
import { createActivity } from '../features/plans/activity-use-cases.ts';
import { linkCaseToPlan } from '../features/plans/case-links.ts';
import { createMeasure } from '../features/plans/measure-use-cases.ts';
import {
  changeGoals,
  createArea,
  createPlan,
  loadAreaRow,
  updateArea,
} from '../features/plans/plan-use-cases.ts';
import { DEMO_PLAN } from './demo-plan-data.ts';
import { GOVERNMENT_PLAN } from './government-plan-data.ts';

/** Demo cases (by title) that concern an area of the council's plan (by position). */
const CASE_AREAS: { caseTitle: string; area: number; setsGoals?: boolean }[] = [
  { caseTitle: 'Handlingsplan for rådet 2026–2027', area: 0, setsGoals: true },
  { caseTitle: 'Kliniske studier som en integrert del av helsetjenesten', area: 1 },
  { caseTitle: 'Bærekraftig helsetjeneste: forslag til tiltak', area: 2 },
  { caseTitle: 'Hjemmemarked og innovative offentlige anskaffelser', area: 3 },
  { caseTitle: 'Helsedata til forskning og innovasjon', area: 4 },
  { caseTitle: 'Teknologi og digitalisering: status og veien videre', area: 4 },
];

/** Status and evidence the secretariat has recorded on some government measures (demo notes). */
const MEASURE_STATUS: { area: string; index: number; status: WorkStatus; evidence: string }[] = [
  { area: '1', index: 1, status: 'done', evidence: 'Demo: regelen er innført i oppdragsbrevene.' },
  {
    area: '3',
    index: 0,
    status: 'done',
    evidence: 'Demo: monitoren er etablert og oppdateres årlig.',
  },
  { area: '7', index: 4, status: 'ongoing', evidence: 'Demo: databasen er under utvikling.' },
  { area: '8', index: 0, status: 'ongoing', evidence: 'Demo: fulgt opp gjennom KSF-strukturen.' },
  { area: '10', index: 4, status: 'stopped', evidence: 'Demo: avsluttet som eget tiltak.' },
];

/** The council's action plan and the government's plan, through the same use cases as the API. */
export async function seedDemoPlans(
  db: Db,
  actor: string,
  councilId: string,
  people: ReadonlyMap<string, string>,
  caseIds: ReadonlyMap<string, string>,
) {
  const planId = await createPlan(db, actor, councilId, {
    kind: 'council',
    title: DEMO_PLAN.title,
    periodStart: DEMO_PLAN.periodStart,
    periodEnd: DEMO_PLAN.periodEnd,
    owner: 'HelseOmsorg21-rådet',
    description: DEMO_PLAN.description,
  });
  const areaIds: string[] = [];
  for (const area of DEMO_PLAN.areas) {
    const areaId = await createArea(db, actor, planId, {
      title: area.title,
      code: '',
      overallGoal: area.overallGoal,
      subGoals: area.subGoals,
    });
    areaIds.push(areaId);
    await updateArea(db, actor, areaId, {
      title: area.title,
      code: '',
      qualification: area.qualification,
      referenceGroup: area.referenceGroup.map((m) => ({
        userId: (m.email && people.get(m.email)) || null,
        name: m.name,
        organisation: m.organisation,
      })),
      version: 1,
    });
    for (const m of area.measures) {
      await createMeasure(db, actor, areaId, {
        ...m,
        responsible: '',
        contributors: [],
        status: 'planned',
        evidence: '',
      });
    }
    for (const a of area.activities) {
      await createActivity(db, actor, areaId, { ...a, measureId: null });
    }
  }
  for (const link of CASE_AREAS) {
    const caseId = caseIds.get(link.caseTitle);
    const areaId = areaIds[link.area];
    if (!caseId || !areaId) continue;
    await linkCaseToPlan(db, actor, caseId, { areaId, activityId: null });
    if (link.setsGoals) {
      // The decision on the plan adopted the goals of the first area as they stand now.
      const area = await loadAreaRow(db, areaId);
      await changeGoals(db, actor, areaId, {
        overallGoal: area.overallGoal,
        subGoals: area.subGoals,
        caseId,
        version: area.version,
      });
    }
  }

  const governmentPlanId = await createPlan(db, actor, councilId, {
    kind: 'government',
    title: GOVERNMENT_PLAN.title,
    periodStart: GOVERNMENT_PLAN.periodStart,
    periodEnd: GOVERNMENT_PLAN.periodEnd,
    owner: GOVERNMENT_PLAN.owner,
    description: GOVERNMENT_PLAN.description,
  });
  for (const area of GOVERNMENT_PLAN.areas) {
    const areaId = await createArea(db, actor, governmentPlanId, {
      title: area.title,
      code: area.code,
      overallGoal: '',
    });
    for (const [index, m] of area.measures.entries()) {
      const recorded = MEASURE_STATUS.find((x) => x.area === area.code && x.index === index);
      await createMeasure(db, actor, areaId, {
        title: m.title,
        priority: null,
        responsible: m.responsible,
        contributors: m.contributors,
        status: recorded?.status ?? 'planned',
        evidence: recorded?.evidence ?? '',
      });
    }
  }
  return { planId, governmentPlanId };
}
