import { sql } from 'drizzle-orm';
import { isFuzzyCandidate, parseSearchQuery } from '../../../core/search-query.ts';
import type { SearchScope } from '../../auth/permissions.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/rows.ts';
import { accessCondition, textQueries } from './search-statement.ts';

const MAX_ALTERNATIVES = 3;

/**
 * How alike (trigram similarity) a word in the archive must be to count as a near spelling. A
 * typo changes up to four of a word's n + 2 trigrams whatever its length, so long words must be
 * more alike: otherwise "beredskapskommuneavtale" would bring in every "beredskapskommune…".
 */
export function minSimilarity(word: string): number {
  const n = word.length;
  return Math.max(0.55, (n - 4) / (n + 6));
}

/**
 * Near spellings in the archive of each word searched for ("habiltet" → "habilitet",
 * "Stenstadvold" → "Senstadvold"), found through the trigram index on the archive's words.
 * Spellings that stem to the same word add nothing and are left out. The word list holds every
 * word ever indexed, exempt and restricted text included, so a spelling is offered only when
 * an entry the reader may see holds it: a suggestion must not reveal what the reader cannot read.
 */
export async function findAlternatives(
  db: Db,
  words: readonly string[],
  scope: SearchScope,
): Promise<Map<string, string[]>> {
  const candidates = [...new Set(words.map((w) => w.toLowerCase()).filter(isFuzzyCandidate))];
  const found = new Map<string, string[]>();
  if (candidates.length === 0) return found;
  const terms = candidates.map((term) => ({ term, min: minSimilarity(term) }));
  const lowest = Math.min(...terms.map((t) => t.min));
  const rows = await db.transaction(async (tx) => {
    // The index answers `%` at the session's threshold; raising it for this query keeps the
    // index scan small instead of filtering thousands of loose matches afterwards.
    await tx.execute(
      sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(lowest)}, true)`,
    );
    return rowsOf<{ term: string; word: string }>(
      await tx.execute(sql`
        SELECT t.term, w.word
        FROM jsonb_to_recordset(${JSON.stringify(terms)}::jsonb) AS t(term text, min real)
        JOIN search_words w ON w.word % t.term
        WHERE similarity(w.word, t.term) >= t.min
          AND plainto_tsquery('norwegian', w.word)::text <> plainto_tsquery('norwegian', t.term)::text
          AND EXISTS (SELECT 1 FROM search_entries e
            WHERE e.document @@ plainto_tsquery('norwegian', w.word) AND ${accessCondition(scope)})
        ORDER BY t.term, similarity(w.word, t.term) DESC, w.word`),
    );
  });
  for (const { term, word } of rows) {
    const list = found.get(term) ?? [];
    if (list.length < MAX_ALTERNATIVES) list.push(word);
    found.set(term, list);
  }
  return found;
}

/** The search box's text read: its terms, their near spellings, and the text-search queries. */
export async function readQuery(db: Db, q: string, scope: SearchScope) {
  const terms = parseSearchQuery(q);
  const alternatives = await findAlternatives(db, terms.words, scope);
  return { terms, alternatives, queries: textQueries(terms, alternatives) };
}
