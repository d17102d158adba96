import { sql } from 'drizzle-orm';
import { formatCaseNumber, formatMeetingNumber } from '../../../core/numbers.ts';
import type { SearchKind } from '../../../core/search.ts';
import type { SearchScope } from '../../auth/permissions.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/rows.ts';
import { readQuery } from './expand-terms.ts';
import { refreshStaleSearchEntries } from './refresh-entries.ts';
import type { TSearchFilters, TTimeline } from './schema.ts';
import { accessCondition, filterConditions } from './search-statement.ts';

/** The most cases a timeline shows; a subject with more is narrowed by years or council. */
const MAX_ITEMS = 500;

type Row = {
  case_id: string;
  case_number: number;
  case_title: string;
  meeting_id: string;
  meeting_number: number;
  year: number;
  date: string;
  council_id: string;
  short_name: string;
  found_in: SearchKind[] | string;
  decision: string | null;
  total: number;
};

/**
 * A subject across the years: every case whose paper, files, minutes or decision mention it,
 * oldest first, with the decision where the reader may see it.
 */
export async function topicTimeline(
  db: Db,
  scope: SearchScope,
  filters: TSearchFilters,
): Promise<TTimeline> {
  await refreshStaleSearchEntries(db);
  const { queries } = await readQuery(db, filters.q, scope);
  if (!queries) return { total: 0, items: [] };
  const access = accessCondition(scope);
  const rows = rowsOf<Row>(
    await db.execute(sql`
      WITH q AS (SELECT ${queries.full} AS full),
      matches AS (
        SELECT e.case_id, array_agg(DISTINCT e.kind::text) AS found_in
        FROM search_entries e, q
        WHERE e.document @@ q.full AND ${sql.join([access, ...filterConditions(filters)], sql` AND `)}
        GROUP BY e.case_id
      )
      SELECT c.id AS case_id, c.number AS case_number, c.title AS case_title,
        m.id AS meeting_id, m.number AS meeting_number, m.year, m.date,
        co.id AS council_id, co.short_name, mt.found_in, count(*) OVER () AS total,
        (SELECT e.sections -> 0 ->> 'text' FROM search_entries e
          WHERE e.kind = 'decision' AND e.case_id = c.id AND ${access}) AS decision
      FROM matches mt
      JOIN cases c ON c.id = mt.case_id
      JOIN meetings m ON m.id = c.meeting_id
      JOIN councils co ON co.id = c.council_id
      ORDER BY m.date, c.number
      LIMIT ${MAX_ITEMS}`),
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => ({
      case: {
        id: r.case_id,
        number: formatCaseNumber(r.case_number, r.meeting_number, r.year),
        title: r.case_title,
      },
      council: { id: r.council_id, shortName: r.short_name },
      meeting: {
        id: r.meeting_id,
        number: formatMeetingNumber(r.meeting_number, r.year),
        date: String(r.date),
      },
      year: r.year,
      decision: r.decision,
      foundIn: parseKinds(r.found_in),
    })),
  };
}

/** PGlite returns a text[] from array_agg as an array; postgres-js may give its literal. */
function parseKinds(value: SearchKind[] | string): SearchKind[] {
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean) as SearchKind[];
}
