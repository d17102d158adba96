import { and, asc, desc, eq, ilike, inArray, ne, or, sql } from 'drizzle-orm';
import type { CaseType } from '../../../core/case-types.ts';
import type { MinutesStatus } from '../../../core/minutes-status.ts';
import { formatCaseNumber, formatMeetingNumber } from '../../../core/numbers.ts';
import type { Db } from '../../db/client.ts';
import { caseMinutes, cases, meetings, minutes } from '../../db/schema.ts';
import type { TDecision } from './schema.ts';

export type DecisionFilter = { year?: number; meetingId?: string; caseType?: CaseType; q?: string };

/**
 * The register of the council's decisions, newest meeting first. `statuses` limits it to the
 * minutes the reader may see (approved only, for most readers).
 */
export async function listDecisions(
  db: Db,
  councilId: string,
  filter: DecisionFilter,
  statuses: readonly MinutesStatus[],
): Promise<TDecision[]> {
  const conditions = [
    eq(cases.councilId, councilId),
    inArray(minutes.status, [...statuses]),
    ne(caseMinutes.decision, ''),
  ];
  if (filter.year) conditions.push(eq(meetings.year, filter.year));
  if (filter.meetingId) conditions.push(eq(meetings.id, filter.meetingId));
  if (filter.caseType) conditions.push(sql`${filter.caseType} = ANY(${cases.caseTypes})`);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(ilike(cases.title, pattern), ilike(caseMinutes.decision, pattern)) ?? sql`true`,
    );
  }
  const rows = await db
    .select({
      c: cases,
      m: meetings,
      cm: caseMinutes,
      minutesId: minutes.id,
      minutesStatus: minutes.status,
    })
    .from(caseMinutes)
    .innerJoin(cases, eq(cases.id, caseMinutes.caseId))
    .innerJoin(meetings, eq(meetings.id, cases.meetingId))
    .innerJoin(minutes, eq(minutes.meetingId, meetings.id))
    .where(and(...conditions))
    .orderBy(desc(meetings.year), desc(meetings.number), asc(cases.position))
    .limit(500);
  return rows.map(({ c, m, cm, minutesId, minutesStatus }) => ({
    caseId: c.id,
    caseNumber: formatCaseNumber(c.number, m.number, m.year),
    caseTitle: c.title,
    caseTypes: c.caseTypes,
    meetingId: m.id,
    meetingNumber: formatMeetingNumber(m.number, m.year),
    meetingDate: m.date,
    decision: cm.decision,
    postponed: cm.postponed,
    minutesId,
    minutesStatus,
  }));
}
