import type { SearchSort } from '../../../core/search.ts';
import type { SearchScope } from '../../auth/permissions.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/rows.ts';
import { readQuery } from './expand-terms.ts';
import { presentSearch, type RawSearch } from './presenter.ts';
import { refreshStaleSearchEntries } from './refresh-entries.ts';
import type { TSearchQuery, TSearchResult } from './schema.ts';
import { mainStatement } from './search-statement.ts';

/** Searches what the reader may see; the index is first brought up to date with recent writes. */
export async function searchArchive(
  db: Db,
  scope: SearchScope,
  query: TSearchQuery,
  opts: { publicPages?: boolean } = {},
): Promise<TSearchResult> {
  await refreshStaleSearchEntries(db);
  const { terms, alternatives, sort, raw } = await querySearchIndex(db, scope, query);
  return presentSearch(raw, {
    terms,
    alternatives,
    sort,
    page: query.page,
    pageSize: query.pageSize,
    publicPages: opts.publicPages ?? false,
  });
}

/**
 * The statements of a search and nothing else: near spellings, then one query for hits,
 * total and facets. The benchmark runs this directly as the floor the API cannot beat.
 */
export async function querySearchIndex(db: Db, scope: SearchScope, query: TSearchQuery) {
  const { statement, ...read } = await searchStatement(db, scope, query);
  const [row] = rowsOf<{ result: RawSearch | string }>(await db.execute(statement));
  const result = row?.result;
  const raw =
    typeof result === 'string' ? (JSON.parse(result) as RawSearch) : (result as RawSearch);
  return { ...read, raw };
}

/** Reads the query (one lookup for near spellings) and builds the main statement. */
export async function searchStatement(db: Db, scope: SearchScope, query: TSearchQuery) {
  const { terms, alternatives, queries } = await readQuery(db, query.q, scope);
  // Without words there is nothing to rank by; a list of the newest is what is useful then.
  const sort: SearchSort = query.sort ?? (queries ? 'relevance' : 'newest');
  const statement = mainStatement({
    queries,
    scope,
    filters: query,
    sort,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { terms, alternatives, sort, statement };
}
