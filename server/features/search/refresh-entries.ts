import { type SQL, sql } from 'drizzle-orm';
import { MEETING_STATUSES } from '../../../core/meeting-status.ts';
import { MINUTES_STATUSES } from '../../../core/minutes-status.ts';
import type { SearchAudience } from '../../../core/search.ts';
import { casePaperAudience, FOLLOW_UP_AUDIENCE, minutesAudience } from '../../auth/permissions.ts';
import type { DbOrTx } from '../../db/client.ts';
import { rowsOf, uuidArray } from '../../db/rows.ts';
import { EXEMPT_ATTRIBUTE } from '../../rich-text.ts';

/** The most text of one file that is indexed; PostgreSQL caps a tsvector at 1 MB. */
const MAX_FILE_TEXT = 300_000;

/** A case paper's parts with the labels the paper prints; the prose first, for snippets. */
const CASE_SECTIONS = [
  ['background', 'Bakgrunn', plain('c.background')],
  ['reason', 'Hvorfor saken fremmes', plain('c.reason')],
  ['mainPoints', 'Hovedpunkter', plain('c.main_points')],
  ['proposedDecision', 'Forslag til vedtak', plain('c.proposed_decision')],
  ['addressee', 'Til', plain('c.addressee', false)],
  ['sender', 'Fra', plain('c.sender', false)],
  ['previouslyHandled', 'Tidligere behandlet', "array_to_string(c.previously_handled_text, '; ')"],
  ['stakeholders', 'Berørte parter', "array_to_string(c.stakeholders, ', ')"],
] as const;

/** The case paper's rich-text columns, where a passage may be exempt from public access. */
const RICH_CASE_COLUMNS = ['c.background', 'c.reason', 'c.main_points', 'c.proposed_decision'];

/**
 * Brings the index up to date with every meeting a write has marked (see the triggers in
 * migration 0005). Runs before each search; costs one indexed lookup when nothing changed.
 */
export async function refreshStaleSearchEntries(db: DbOrTx): Promise<number> {
  const pending = rowsOf(await db.execute(sql`SELECT 1 FROM search_stale_meetings LIMIT 1`));
  if (pending.length === 0) return 0;
  return db.transaction(async (tx) => {
    // Taking the marks in the transaction that rebuilds means a concurrent search waits or
    // finds nothing left to do, and a write during the rebuild marks its meeting again.
    const taken = rowsOf<{ meeting_id: string }>(
      await tx.execute(sql`DELETE FROM search_stale_meetings RETURNING meeting_id`),
    );
    const ids = taken.map((r) => r.meeting_id);
    if (ids.length > 0) await rebuildSearchEntries(tx, ids);
    return ids.length;
  });
}

/** Rebuilds the entries of the given meetings from the source tables. */
export async function rebuildSearchEntries(tx: DbOrTx, meetingIds: readonly string[]) {
  const ids = uuidArray(meetingIds);
  await tx.execute(sql`DELETE FROM search_entries WHERE meeting_id = ANY (${ids})`);
  for (const statement of entryStatements(ids)) await tx.execute(statement);
  await tx.execute(sql`
    INSERT INTO search_words (word)
    SELECT DISTINCT w FROM search_entries e,
      unnest(tsvector_to_array(to_tsvector('simple',
        e.title || ' ' || search_persons_text(e.persons) || ' ' || search_sections_text(e.sections)))) AS w
    WHERE e.meeting_id = ANY (${ids}) AND length(w) BETWEEN 4 AND 40 AND w !~ '[0-9_]'
    ON CONFLICT DO NOTHING`);
}

const COLUMNS = sql.raw(
  '(kind, source_id, council_id, meeting_id, case_id, year, date, case_types, has_decision, persons, audience, title, sections)',
);

/** What every entry of a case shares: where it belongs and its filters. */
const CASE_PLACE = `c.council_id, c.meeting_id, c.id, m.year, m.date, c.case_types,
  coalesce(mi.status = 'approved' AND cm.decision <> '' AND NOT cm.postponed, false)`;

/** Place and filters, and the people: its officers and those named in an imported paper. */
const CASE_FACTS = sql.raw(`${CASE_PLACE},
  ARRAY(SELECT u.name FROM case_officers o JOIN users u ON u.id = o.user_id
        WHERE o.case_id = c.id ORDER BY o.position) || c.imported_case_officers`);

const CASE_JOINS = sql.raw(`FROM cases c
  JOIN meetings m ON m.id = c.meeting_id
  LEFT JOIN minutes mi ON mi.meeting_id = m.id
  LEFT JOIN case_minutes cm ON cm.case_id = c.id`);

function entryStatements(ids: SQL): SQL[] {
  const caseParts = CASE_SECTIONS.map(
    ([key, label, expression], i) => `(${i}, '${key}', '${label}', ${expression})`,
  ).join(',\n');
  const paperAudience = (exempt: string) =>
    audienceCase('m.status', MEETING_STATUSES, exempt, casePaperAudience);
  // Text with a passage exempt from public access is never a public entry: its snippet and its
  // words would give the passage away. (The public page shows the rest, with the basis.)
  const withPassage = (columns: string[]) =>
    columns.map((column) => `strpos(${column}, '${EXEMPT_ATTRIBUTE}') > 0`).join(' OR ');
  const minutesAudienceSql = (column: string) =>
    audienceCase(
      'mi.status',
      MINUTES_STATUSES,
      `(c.exemption_basis <> '' OR ${withPassage([column])})`,
      minutesAudience,
    );
  const minutesEntry = (kind: 'minutes' | 'decision', column: string, label: string) => sql`
    INSERT INTO search_entries ${COLUMNS}
    SELECT ${kind}::search_kind, c.id, ${CASE_FACTS}, ${minutesAudienceSql(`cm.${column}`)}, c.title,
      jsonb_build_array(jsonb_build_object('key', ${kind}::text, 'label', ${label}::text, 'text', t.text))
    ${CASE_JOINS}
    CROSS JOIN LATERAL (SELECT ${sql.raw(plain(`cm.${column}`))} AS text) t
    WHERE c.meeting_id = ANY (${ids}) AND mi.id IS NOT NULL AND t.text <> ''`;
  return [
    sql`
    INSERT INTO search_entries ${COLUMNS}
    SELECT 'case', c.id, ${CASE_FACTS},
      ${paperAudience(`(c.exemption_basis <> '' OR ${withPassage(RICH_CASE_COLUMNS)})`)}, c.title,
      coalesce(parts.sections, '[]')
    ${CASE_JOINS}
    CROSS JOIN LATERAL (
      SELECT jsonb_agg(jsonb_build_object('key', k, 'label', l, 'text', t) ORDER BY i) AS sections
      FROM (VALUES ${sql.raw(caseParts)}) AS s(i, k, l, t) WHERE t <> '') parts
    WHERE c.meeting_id = ANY (${ids})`,
    sql`
    INSERT INTO search_entries ${COLUMNS}
    SELECT 'attachment', a.id, ${CASE_FACTS},
      ${paperAudience("(c.exemption_basis <> '' OR a.exemption_basis <> '')")}, a.title,
      CASE WHEN f.text = '' THEN '[]'::jsonb
        ELSE jsonb_build_array(jsonb_build_object('key', 'text', 'label', 'Tekst', 'text', f.text)) END
    ${CASE_JOINS}
    JOIN attachments a ON a.case_id = c.id
    CROSS JOIN LATERAL (SELECT left(${sql.raw(plain("coalesce(a.extracted_text, '')", false))}, ${MAX_FILE_TEXT}) AS text) f
    WHERE c.meeting_id = ANY (${ids})`,
    minutesEntry('minutes', 'discussion', 'Referat'),
    minutesEntry('decision', 'decision', 'Vedtak'),
    sql`
    INSERT INTO search_entries ${COLUMNS}
    SELECT 'follow_up', fu.id, ${sql.raw(CASE_PLACE)},
      CASE WHEN fu.owner <> '' THEN ARRAY[fu.owner] ELSE ARRAY[]::text[] END,
      ${FOLLOW_UP_AUDIENCE}::search_audience, fu.title, '[]'
    ${CASE_JOINS}
    JOIN follow_ups fu ON fu.case_id = c.id
    WHERE c.meeting_id = ANY (${ids})`,
  ];
}

/** A CASE expression giving each status, exempt or not, its audience by the rule in permissions. */
function audienceCase<S extends string>(
  column: string,
  statuses: readonly S[],
  exempt: string,
  rule: (status: S, exempt: boolean) => SearchAudience,
): SQL {
  const branches = statuses
    .flatMap((s) => [
      `WHEN ${exempt} AND ${column} = '${s}' THEN '${rule(s, true)}'`,
      `WHEN ${column} = '${s}' THEN '${rule(s, false)}'`,
    ])
    .join(' ');
  return sql.raw(`(CASE ${branches} END)::search_audience`);
}

/**
 * Plain text from stored rich text (the sanitizer's small HTML) or a file's text, in SQL so a
 * rebuild of thousands of meetings is one statement per kind. The highlight marks are removed
 * so a document cannot forge them.
 */
function plain(expression: string, html = true): string {
  const marksRemoved = `translate(${expression}, '⟦⟧', '')`;
  if (!html) return `btrim(${marksRemoved}, E' \n\t')`;
  const blocks = `regexp_replace(${marksRemoved}, '<(br|/p|/li|/h[1-6]|/tr|/td|/th)[^>]*>', E'\\n', 'gi')`;
  const tags = `regexp_replace(${blocks}, '<[^>]*>', '', 'g')`;
  const entities = [
    ['&nbsp;', ' '],
    ['&lt;', '<'],
    ['&gt;', '>'],
    ['&quot;', '"'],
    ['&#39;', "''"],
    ['&amp;', '&'],
  ].reduce((text, [entity, char]) => `replace(${text}, '${entity}', '${char}')`, tags);
  return `btrim(${entities}, E' \n\t')`;
}
