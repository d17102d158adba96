import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { SEARCH_SORTS, type SearchSort } from '../../core/search.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { HitList } from '../components/search/HitList.tsx';
import { QueryForm, SearchHelp } from '../components/search/QueryForm.tsx';
import { SearchFilters } from '../components/search/SearchFilters.tsx';
import { SearchPager } from '../components/search/SearchPager.tsx';
import {
  PAGE_SIZE,
  readSearch,
  type SearchState,
  SORT_LABELS,
  searchQuery,
  topicHref,
  withFilters,
} from '../components/search/searchParams.ts';
import { useKeptApi } from '../components/search/useKeptApi.ts';
import type { TSearchResult } from '../types.ts';

const hrefOf = (state: SearchState) => {
  const qs = searchQuery(state);
  return `/search${qs ? `?${qs}` : ''}`;
};

/** The archive search: words, filters from the facets, sorted and paged hits. All in the URL. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const state = readSearch(params);
  const announce = useAnnounce();
  const result = useKeptApi<TSearchResult>(
    `/search?${searchQuery(state, { pageSize: String(PAGE_SIZE) })}`,
  );
  const data = result.data;
  const go = (next: SearchState) => setParams(new URLSearchParams(searchQuery(next)));

  // "N treff", read out politely when a search has answered.
  useEffect(() => {
    if (result.fresh) announce(countText(result.fresh.total));
  }, [result.fresh, announce]);

  const q = state.q.trim();
  const sort: SearchSort = state.sort || data?.sort || 'relevance';
  const pageCount = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const hasFilters = Object.keys(state.filters).length > 0;

  return (
    <>
      <Breadcrumbs items={[{ label: 'Forside', to: '/' }, { label: 'Søk' }]} />
      <PageTitle title={q ? `«${q}» – søk i arkivet` : 'Søk i arkivet'}>Søk i arkivet</PageTitle>
      <Paragraph className="lead">
        Saksframlegg, vedlegg, referater, vedtak og oppfølgingspunkter fra alle møtene du har
        tilgang til.
      </Paragraph>
      <QueryForm
        q={state.q}
        label="Søkeord"
        onSearch={(words) => go({ ...state, q: words, page: 1 })}
      />
      <SearchHelp />

      <div className="search-layout">
        <SearchFilters
          state={state}
          facets={data?.facets}
          onChange={(changes) => go(withFilters(state, changes))}
        />

        <section
          aria-labelledby="results-heading"
          className="search-results"
          aria-busy={result.loading || undefined}
        >
          <div className="search-results__head">
            <Heading level={2} data-size="md" id="results-heading" tabIndex={-1}>
              {data ? countText(data.total) : 'Treff'}
              {q && <span className="search-results__query"> på «{q}»</span>}
            </Heading>
            <form onSubmit={(e) => e.preventDefault()} className="sort-form">
              <Field>
                <Label htmlFor="search-sort">Sorter</Label>
                <Select
                  id="search-sort"
                  data-size="sm"
                  value={sort}
                  onChange={(e) => go({ ...state, sort: e.target.value as SearchSort, page: 1 })}
                >
                  {SEARCH_SORTS.map((s) => (
                    <Select.Option key={s} value={s}>
                      {SORT_LABELS[s]}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            </form>
          </div>

          {data && <Interpretation result={data} />}
          {q && (
            <p className="search-results__topic">
              <RouterLink className="ds-link" to={topicHref(state)}>
                Vis som tidslinje
              </RouterLink>
              <span className="muted"> – alle saker om «{q}» gjennom årene</span>
            </p>
          )}
          <ErrorAlert error={result.error} />
          {!data && result.loading && <Loading what="treffene" />}
          {data && result.loading && (
            <p className="muted small search-results__busy" aria-hidden="true">
              Søker …
            </p>
          )}
          {data && data.total === 0 && <NoHits q={q} hasFilters={hasFilters} />}
          {data && data.hits.length > 0 && (
            <HitList hits={data.hits} start={(data.page - 1) * data.pageSize + 1} />
          )}
          {data && (
            <SearchPager
              page={data.page}
              count={pageCount}
              hrefFor={(page) => hrefOf({ ...state, page })}
            />
          )}
        </section>
      </div>
    </>
  );
}

const countText = (total: number) =>
  total === 0 ? 'Ingen treff' : `${total.toLocaleString('nb-NO')} treff`;

/** How the words were read: near spellings also searched, and what was left out. */
function Interpretation({ result }: { result: TSearchResult }) {
  const { alternatives, excluded } = result.interpreted;
  const alts = alternatives.filter((a) => a.alternatives.length > 0);
  const many = alts.length > 1;
  if (alts.length === 0 && excluded.length === 0) return null;
  return (
    <div className="search-interpretation">
      {alts.length > 0 && (
        <p data-testid="search-alternatives">
          Viser også treff for:{' '}
          {alts.map((a, i) => (
            <span key={a.word}>
              {i > 0 && '; '}
              <strong>{a.alternatives.join(', ')}</strong>
              {many && <> (for «{a.word}»)</>}
            </span>
          ))}
        </p>
      )}
      {excluded.length > 0 && (
        <p>
          Uten treff som inneholder: <strong>{excluded.join(', ')}</strong>
        </p>
      )}
    </div>
  );
}

function NoHits({ q, hasFilters }: { q: string; hasFilters: boolean }) {
  return (
    <div className="search-empty" data-testid="search-empty">
      <Paragraph>
        <strong>Ingen treff{q ? ` på «${q}»` : ''}.</strong> Dette kan du prøve:
      </Paragraph>
      <ul>
        {/\s/.test(q) && <li>Bruk færre ord. Alle ordene må finnes i samme dokument.</li>}
        {q.includes('"') && <li>Fjern anførselstegnene, så trenger ikke ordene stå sammen.</li>}
        {/(^|\s)-/.test(q) && <li>Ta bort ord med minus foran.</li>}
        <li>Bruk andre eller mer generelle ord for det samme.</li>
        {hasFilters && <li>Fjern ett eller flere av filtrene.</li>}
      </ul>
    </div>
  );
}
