import { type SQL, sql } from 'drizzle-orm';
import { SEARCH_KIND_WEIGHTS, type SearchSort } from '../../../core/search.ts';
import { hasPositiveTerms, type SearchTerms } from '../../../core/search-query.ts';
import type { SearchScope } from '../../auth/permissions.ts';
import { uuidArray } from '../../db/rows.ts';
import type { TSearchFilters } from './schema.ts';

/** The marks ts_headline puts around found words; `refresh-entries.ts` removes them from text. */
export const MARK_START = '⟦';
export const MARK_END = '⟧';
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}`;
const SNIPPET = `${HEADLINE}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

const KIND_WEIGHT = sql.raw(
  `CASE e.kind ${Object.entries(SEARCH_KIND_WEIGHTS)
    .map(([kind, weight]) => `WHEN '${kind}' THEN ${weight}`)
    .join(' ')} END`,
);

const tsquery = (text: string, phrase = false) =>
  phrase ? sql`phraseto_tsquery('norwegian', ${text})` : sql`plainto_tsquery('norwegian', ${text})`;

const joinWith = (parts: SQL[], operator: string): SQL | null =>
  parts.length === 0 ? null : sql`(${sql.join(parts, sql.raw(` ${operator} `))})`;

/**
 * The text-search queries for the parsed terms: `full` (every word or one of its near
 * spellings, every phrase, none of the excluded), `exact` (the same without near spellings,
 * ranked above them) and `any` (any positive term: which part to show and what to mark).
 */
export function textQueries(terms: SearchTerms, alternatives: ReadonlyMap<string, string[]>) {
  if (!hasPositiveTerms(terms)) return null;
  const excluded = terms.excluded.map((t) => sql`!!${tsquery(t, t.includes(' '))}`);
  const phrases = terms.phrases.map((p) => tsquery(p, true));
  const words = terms.words.map((w) => {
    const near = alternatives.get(w.toLowerCase()) ?? [];
    return joinWith([tsquery(w), ...near.map((n) => tsquery(n))], '||') ?? tsquery(w);
  });
  const exactWords = terms.words.map((w) => tsquery(w));
  return {
    full: joinWith([...words, ...phrases, ...excluded], '&&') as SQL,
    exact: joinWith([...exactWords, ...phrases, ...excluded], '&&') as SQL,
    any: joinWith([...words, ...phrases], '||') as SQL,
    fuzzy: alternatives.size > 0,
  };
}

/** Only entries the reader may see: public ones, and their councils' per audience. */
export function accessCondition(scope: SearchScope): SQL {
  if (scope === 'everything') return sql`true`;
  const parts = [sql`e.audience = 'public'`];
  for (const audience of ['council', 'members', 'secretariat'] as const) {
    const councils = scope[audience];
    if (councils.length === 0) continue;
    parts.push(sql`(e.audience = ${audience} AND e.council_id = ANY (${uuidArray(councils)}))`);
  }
  return sql`(${sql.join(parts, sql` OR `)})`;
}

export function filterConditions(f: TSearchFilters): SQL[] {
  const conditions: SQL[] = [];
  if (f.councilId) conditions.push(sql`e.council_id = ${f.councilId}`);
  if (f.yearFrom) conditions.push(sql`e.year >= ${f.yearFrom}`);
  if (f.yearTo) conditions.push(sql`e.year <= ${f.yearTo}`);
  if (f.meetingId) conditions.push(sql`e.meeting_id = ${f.meetingId}`);
  if (f.caseType) conditions.push(sql`${f.caseType}::case_type = ANY (e.case_types)`);
  if (f.kind) conditions.push(sql`e.kind = ${f.kind}`);
  if (f.hasDecision !== undefined) conditions.push(sql`e.has_decision = ${f.hasDecision}`);
  if (f.person) conditions.push(sql`${f.person} = ANY (e.persons)`);
  return conditions;
}

export type MainStatementInput = {
  queries: ReturnType<typeof textQueries>;
  scope: SearchScope;
  filters: TSearchFilters;
  sort: SearchSort;
  limit: number;
  offset: number;
};

/**
 * How many hits are ranked by the full text; beyond them hits follow by title and date. Ranking
 * reads each hit's whole text, so a common word matching most of the archive would otherwise
 * read the archive on every search. The best hits for a word are in the title-first window.
 */
export const RANK_WINDOW = 500;

/**
 * One statement for a page of results: the matching entries (once, from the narrow row), the
 * page in order with marked titles and snippets from the part where the words were found, the
 * total, and the count per filter value. Returns a single JSON value.
 */
export function mainStatement(input: MainStatementInput): SQL {
  const { queries, scope, filters, sort, limit, offset } = input;
  const where = [accessCondition(scope), ...filterConditions(filters)];
  if (queries) where.unshift(sql`e.document @@ q.full`);
  const q = queries
    ? sql`SELECT ${queries.full} AS full, ${queries.exact} AS exact, ${queries.any} AS anyq`
    : sql`SELECT NULL::tsquery AS full, NULL::tsquery AS exact, NULL::tsquery AS anyq`;
  const exactBonus = queries?.fuzzy
    ? sql` + CASE WHEN e.document @@ q.exact THEN 1 ELSE 0 END`
    : sql``;
  // Only the page is numbered: numbering every match would sort them all.
  const direction = sql.raw(sort === 'oldest' ? 'ASC' : 'DESC');
  const page =
    queries && sort === 'relevance'
      ? sql`
candidates AS (SELECT id FROM matches ORDER BY title_hit DESC, date DESC LIMIT ${RANK_WINDOW}),
ranked AS (
  SELECT c.id, (ts_rank_cd(e.document, q.full, 1)${exactBonus}) * ${KIND_WEIGHT} AS rank
  FROM candidates c JOIN search_entries e ON e.id = c.id CROSS JOIN q
),
page AS (
  SELECT id, ${offset} + row_number() OVER (ORDER BY rank DESC NULLS LAST, title_hit DESC, date DESC, id) AS ord
  FROM (
    SELECT m.id, r.rank, m.title_hit, m.date FROM matches m LEFT JOIN ranked r ON r.id = m.id
    ORDER BY r.rank DESC NULLS LAST, m.title_hit DESC, m.date DESC, m.id LIMIT ${limit} OFFSET ${offset}
  ) AS s
)`
      : sql`
page AS (
  SELECT id, ${offset} + row_number() OVER (ORDER BY date ${direction}, title_hit DESC, id) AS ord
  FROM (
    SELECT id, date, title_hit FROM matches
    ORDER BY date ${direction}, title_hit DESC, id LIMIT ${limit} OFFSET ${offset}
  ) AS s
)`;
  return sql`
WITH q AS (${q}),
matches AS MATERIALIZED (
  SELECT e.id, e.council_id, e.meeting_id, e.year, e.date, e.kind, e.case_types,
    e.has_decision, e.persons, coalesce(e.title_document @@ q.anyq, false) AS title_hit
  FROM search_entries e, q
  WHERE ${sql.join(where, sql` AND `)}
),
groups AS MATERIALIZED (
  SELECT GROUPING(${sql.raw(FACET_COLUMNS.join(', '))}) AS g, ${sql.raw(FACET_COLUMNS.join(', '))},
    count(*) AS n
  FROM matches
  GROUP BY GROUPING SETS (${sql.raw(FACET_COLUMNS.map((c) => `(${c})`).join(', '))}, ())
),${page}
SELECT json_build_object(
  'total', coalesce((SELECT n FROM groups WHERE g = ${NOT_GROUPED}), 0),
  'hits', (SELECT coalesce(json_agg(h ORDER BY h.ord), '[]') FROM (${hitRows()}) h),
  'facets', json_build_object(
    'council', (${grouped('council_id', sql`(SELECT short_name FROM councils WHERE id = f.value::uuid)`)}),
    'year', (${grouped('year', sql`f.value`, sql`f.value DESC`)}),
    'meeting', (${grouped(
      'meeting_id',
      sql`(SELECT number || '/' || year || ' ' || to_char(date, 'DD.MM.YYYY') FROM meetings WHERE id = f.value::uuid)`,
      sql`f.n DESC`,
      30,
    )}),
    'kind', (${grouped('kind', sql`f.value`)}),
    'hasDecision', (${grouped('has_decision', sql`f.value`)}),
    'caseType', (${unnested('case_types', 10)}),
    'person', (${unnested('persons', 30)})
  )
) AS result
FROM q`;
}

/**
 * The columns counted per value, in one pass over the matches (GROUPING SETS). The arrays are
 * grouped whole (few distinct combinations) and split into their values afterwards.
 */
const FACET_COLUMNS = [
  'council_id',
  'year',
  'meeting_id',
  'kind',
  'has_decision',
  'case_types',
  'persons',
] as const;
type FacetColumn = (typeof FACET_COLUMNS)[number];

/** GROUPING() sets a bit, first column highest, for each column a row is not grouped by. */
const NOT_GROUPED = 2 ** FACET_COLUMNS.length - 1;
const groupedBy = (column: FacetColumn) =>
  NOT_GROUPED - 2 ** (FACET_COLUMNS.length - 1 - FACET_COLUMNS.indexOf(column));

/** Counts per value of one facet column. */
function grouped(
  column: Exclude<FacetColumn, 'case_types' | 'persons'>,
  label: SQL,
  order: SQL = sql`f.n DESC, f.value`,
  limit = 50,
): SQL {
  return sql`SELECT coalesce(json_agg(json_build_object('value', f.value, 'label', ${label}, 'count', f.n) ORDER BY ${order}), '[]')
    FROM (SELECT ${sql.raw(column)}::text AS value, n FROM groups WHERE g = ${groupedBy(column)}
          ORDER BY n DESC LIMIT ${limit}) f`;
}

/** Counts per value of an array column (an entry can have several). */
function unnested(column: 'case_types' | 'persons', limit: number): SQL {
  return sql`SELECT coalesce(json_agg(json_build_object('value', f.value, 'label', f.value, 'count', f.n) ORDER BY f.n DESC, f.value), '[]')
    FROM (SELECT value::text, sum(n)::bigint AS n
          FROM groups, unnest(${sql.raw(column)}) AS value WHERE g = ${groupedBy(column)}
          GROUP BY value ORDER BY sum(n) DESC LIMIT ${limit}) f`;
}

function hitRows(): SQL {
  return sql`
    SELECT p.ord, e.id, e.kind, e.source_id, e.council_id, e.meeting_id, e.case_id, e.case_types,
      coalesce(ts_headline('norwegian', e.title, q.anyq, ${`${HEADLINE}, HighlightAll=true`}), e.title) AS title,
      coalesce(found.key, first.key) AS section_key,
      coalesce(found.label, first.label) AS section_label,
      coalesce(found.snippet, first.snippet) AS snippet,
      coalesce(found.head, first.head) AS section_head,
      coalesce(found.tail, first.tail) AS section_tail,
      found.key IS NOT NULL AS found_in_section,
      c.number AS case_number, c.title AS case_title, m.number AS meeting_number,
      m.year AS meeting_year, m.date AS meeting_date, co.short_name AS council_short_name
    FROM page p
    JOIN search_entries e ON e.id = p.id
    JOIN cases c ON c.id = e.case_id
    JOIN meetings m ON m.id = e.meeting_id
    JOIN councils co ON co.id = e.council_id
    CROSS JOIN q
    LEFT JOIN LATERAL (
      -- The first part with a searched word; parts are read in order and the scan stops there.
      SELECT s ->> 'key' AS key, s ->> 'label' AS label,
        ts_headline('norwegian', s ->> 'text', q.anyq, ${SNIPPET}) AS snippet,
        left(s ->> 'text', 40) AS head, right(s ->> 'text', 40) AS tail
      FROM jsonb_array_elements(e.sections) AS s
      WHERE to_tsvector('norwegian', s ->> 'text') @@ q.anyq
      LIMIT 1
    ) AS found ON true
    LEFT JOIN LATERAL (
      SELECT s ->> 'key' AS key, s ->> 'label' AS label,
        CASE WHEN q.anyq IS NULL THEN left(s ->> 'text', 240)
          ELSE ts_headline('norwegian', s ->> 'text', q.anyq, ${SNIPPET}) END AS snippet,
        left(s ->> 'text', 40) AS head, right(s ->> 'text', 40) AS tail
      FROM jsonb_array_elements(e.sections) AS s
      WHERE found.key IS NULL
      LIMIT 1
    ) AS first ON true`;
}
