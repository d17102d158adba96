import { and, desc, eq, lte } from 'drizzle-orm';
import { osloToday } from '../../../core/dates.ts';
import { formatCaseNumber, formatMeetingNumber } from '../../../core/numbers.ts';
import { ACTIVITY_KIND_LABELS, WORK_STATUS_LABELS } from '../../../core/plans.ts';
import { formatShortDate } from '../../../core/uncertain-dates.ts';
import type { DbOrTx } from '../../db/client.ts';
import { plans } from '../../db/plan-schema.ts';
import { councils } from '../../db/schema.ts';
import type { PlanStatusInput } from '../../documents/overview-input.ts';
import { invalid, notFound } from '../../errors.ts';
import { loadCaseRow } from '../cases/load-case.ts';
import { loadMeeting } from '../meetings/load-meeting.ts';
import { loadPlan } from './load-plan.ts';

const span = (from: string | null, to: string | null) => {
  if (!from && !to) return '';
  if (!from || !to || from === to) return formatShortDate((from ?? to) as string);
  return `${formatShortDate(from)}–${formatShortDate(to)}`;
};

/**
 * The status overview of the council's action plan for a meeting: every area, every activity.
 * Without a plan named, the council's plan whose period holds the meeting's year (or the latest).
 */
export async function loadPlanStatus(
  db: DbOrTx,
  meetingId: string,
  opts: { planId?: string; caseId?: string | null } = {},
): Promise<PlanStatusInput & { planId: string }> {
  const meeting = await loadMeeting(db, meetingId);
  const [council] = await db.select().from(councils).where(eq(councils.id, meeting.councilId));
  if (!council) throw notFound('Fant ikke rådet.');
  const [chosen] = opts.planId
    ? await db
        .select()
        .from(plans)
        .where(and(eq(plans.id, opts.planId), eq(plans.councilId, meeting.councilId)))
    : await db
        .select()
        .from(plans)
        .where(
          and(
            eq(plans.councilId, meeting.councilId),
            eq(plans.kind, 'council'),
            lte(plans.periodStart, meeting.year),
          ),
        )
        .orderBy(desc(plans.periodEnd))
        .limit(1);
  if (!chosen) throw invalid('Rådet har ingen handlingsplan for dette møtet ennå.');
  let caseNumber: string | null = null;
  if (opts.caseId) {
    const theCase = await loadCaseRow(db, opts.caseId);
    if (theCase.meetingId !== meetingId) throw invalid('Saken hører ikke til dette møtet.');
    caseNumber = formatCaseNumber(theCase.number, meeting.number, meeting.year);
  }
  const plan = await loadPlan(db, chosen.id, null);
  return {
    planId: plan.id,
    councilName: council.name,
    meetingNumber: formatMeetingNumber(meeting.number, meeting.year),
    caseNumber,
    generatedOn: osloToday(),
    planTitle: plan.title,
    areas: plan.areas.map((area) => ({
      title: area.title,
      activities: area.activities.map((a) => ({
        description: a.description,
        kindLabel: ACTIVITY_KIND_LABELS[a.kind],
        statusLabel: WORK_STATUS_LABELS[a.status],
        dates: span(a.startDate, a.endDate),
        responsible: a.responsible,
        comments: a.comments,
        results: a.results,
      })),
    })),
  };
}
