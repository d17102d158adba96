import { sql } from 'drizzle-orm';
import { isFuzzyCandidate } from '../../../core/search-query.ts';
import type { DbOrTx } from '../../db/client.ts';
import { rowsOf } from '../../db/rows.ts';

/** How alike (trigram similarity) a word in the archive must be to count as the same word. */
const MIN_SIMILARITY = 0.55;
const MAX_ALTERNATIVES = 3;

/**
 * Near spellings in the archive of each word searched for ("habiltet" → "habilitet",
 * "Stenstadvold" → "Senstadvold"), found through the trigram index on the archive's words.
 * Spellings that stem to the same word add nothing and are left out.
 */
export async function findAlternatives(
  db: DbOrTx,
  words: readonly string[],
): Promise<Map<string, string[]>> {
  const candidates = [...new Set(words.map((w) => w.toLowerCase()).filter(isFuzzyCandidate))];
  const found = new Map<string, string[]>();
  if (candidates.length === 0) return found;
  const rows = rowsOf<{ term: string; word: string }>(
    await db.execute(sql`
      SELECT t.term, n.word
      FROM jsonb_array_elements_text(${JSON.stringify(candidates)}::jsonb) WITH ORDINALITY AS t(term, i)
      CROSS JOIN LATERAL (
        SELECT word FROM search_words ORDER BY word <-> t.term LIMIT ${MAX_ALTERNATIVES + 1}
      ) AS n
      WHERE similarity(n.word, t.term) >= ${MIN_SIMILARITY}
        AND plainto_tsquery('norwegian', n.word)::text <> plainto_tsquery('norwegian', t.term)::text
      ORDER BY t.i, similarity(n.word, t.term) DESC`),
  );
  for (const { term, word } of rows) {
    const list = found.get(term) ?? [];
    if (list.length < MAX_ALTERNATIVES) list.push(word);
    found.set(term, list);
  }
  return found;
}
