import { and, asc, eq, sql } from 'drizzle-orm';
import { formatCaseNumber, formatMeetingNumber } from '../../../core/numbers.ts';
import type { Db } from '../../db/client.ts';
import { cases, conflictAssessments, meetings, users } from '../../db/schema.ts';

/** Every assessment in the council, per member, for one year (or all years). */
export async function listAssessments(
  db: Db,
  councilId: string,
  filter: { year?: number; userId?: string },
) {
  const rows = await db
    .select({ a: conflictAssessments, c: cases, m: meetings, name: users.name })
    .from(conflictAssessments)
    .innerJoin(cases, eq(cases.id, conflictAssessments.caseId))
    .innerJoin(meetings, eq(meetings.id, cases.meetingId))
    .innerJoin(users, eq(users.id, conflictAssessments.userId))
    .where(
      and(
        eq(conflictAssessments.councilId, councilId),
        filter.year ? eq(meetings.year, filter.year) : sql`true`,
        filter.userId ? eq(conflictAssessments.userId, filter.userId) : sql`true`,
      ),
    )
    .orderBy(asc(users.name), asc(meetings.date), asc(cases.position));
  const years = await db
    .selectDistinct({ year: meetings.year })
    .from(conflictAssessments)
    .innerJoin(cases, eq(cases.id, conflictAssessments.caseId))
    .innerJoin(meetings, eq(meetings.id, cases.meetingId))
    .where(
      and(
        eq(conflictAssessments.councilId, councilId),
        filter.userId ? eq(conflictAssessments.userId, filter.userId) : sql`true`,
      ),
    );

  const members = new Map<string, { userId: string; name: string; items: Item[] }>();
  type Item = ReturnType<typeof toItem>;
  const toItem = ({ a, c, m }: (typeof rows)[number]) => ({
    caseId: c.id,
    caseNumber: formatCaseNumber(c.number, m.number, m.year),
    caseTitle: c.title,
    meetingId: m.id,
    meetingNumber: formatMeetingNumber(m.number, m.year),
    meetingDate: m.date,
    disqualified: a.disqualified,
    ground: a.ground,
    reason: a.reason,
  });
  for (const row of rows) {
    const entry = members.get(row.a.userId) ?? { userId: row.a.userId, name: row.name, items: [] };
    entry.items.push(toItem(row));
    members.set(row.a.userId, entry);
  }
  return {
    years: years.map((y) => y.year).sort((a, b) => b - a),
    members: [...members.values()].map((m) => ({
      ...m,
      assessed: m.items.length,
      disqualified: m.items.filter((i) => i.disqualified).length,
    })),
  };
}
