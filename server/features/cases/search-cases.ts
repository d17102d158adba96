import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cases, meetings } from '../../db/schema.ts';
import { caseRefs } from './load-case.ts';

/** Finds cases by title or by number ("19/3/2021" or "19/3") for pickers. */
export async function searchCases(db: Db, councilId: string, query: string) {
  const q = query.trim();
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  // At most six digits: a case number, never a value past PostgreSQL's integer range.
  const numberMatch = /^(\d{1,6})(?:\/(\d+))?(?:\/(\d{2,4}))?$/.exec(q);
  const conditions = [ilike(cases.title, `%${escaped}%`)];
  if (numberMatch) conditions.push(eq(cases.number, Number(numberMatch[1])));
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .innerJoin(meetings, eq(meetings.id, cases.meetingId))
    .where(and(eq(cases.councilId, councilId), or(...conditions)))
    .orderBy(desc(cases.year), desc(sql`${cases.number}`))
    .limit(20);
  return caseRefs(
    db,
    rows.map((r) => r.id),
  );
}
