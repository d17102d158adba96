import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { formatLongDate } from '../../../../core/dates.ts';
import { SEARCH_KIND_LABELS } from '../../../../core/search.ts';
import { MarkedText } from '../../../../web/components/search/MarkedText.tsx';
import type { TSearchResult } from '../../search/schema.ts';
import { PublicLayout } from './PublicLayout.tsx';

/** Search in everything published, as a plain form: works without script. */
export function SearchView({ q, result }: { q: string; result: TSearchResult | null }) {
  const pageHref = (page: number) =>
    `/public/search?${new URLSearchParams({ q, page: `${page}` })}`;
  const last = result ? Math.ceil(result.total / result.pageSize) : 0;
  return (
    <PublicLayout crumbs={[{ href: '/public', label: 'Offentlig innsyn' }]}>
      <Heading level={1} data-size="lg">
        Søk i offentlige dokumenter
      </Heading>
      <SearchForm q={q} />
      {result && (
        <section className="public-section" aria-labelledby="results">
          <Heading level={2} data-size="md" id="results">
            {result.total === 0
              ? `Ingen treff på «${q}»`
              : `${result.total.toLocaleString('nb-NO')} treff på «${q}»`}
          </Heading>
          <ol className="public-list" start={(result.page - 1) * result.pageSize + 1}>
            {result.hits.map((h) => (
              <li key={h.id}>
                <Link href={h.href}>
                  <MarkedText text={h.title} />
                </Link>
                <p className="public-meta">
                  {SEARCH_KIND_LABELS[h.kind]} · sak {h.case.number} · møte {h.meeting.number},{' '}
                  {formatLongDate(h.meeting.date)}
                  {h.section && ` · ${h.section.label}`}
                </p>
                <Paragraph>
                  <MarkedText text={h.snippet} />
                </Paragraph>
              </li>
            ))}
          </ol>
          {last > 1 && (
            <nav aria-label="Sider" className="public-pager">
              {result.page > 1 && <Link href={pageHref(result.page - 1)}>Forrige side</Link>}
              <span>
                Side {result.page} av {last}
              </span>
              {result.page < last && <Link href={pageHref(result.page + 1)}>Neste side</Link>}
            </nav>
          )}
        </section>
      )}
    </PublicLayout>
  );
}

export function SearchForm({ q = '' }: { q?: string }) {
  return (
    <search>
      <form action="/public/search" method="get" className="public-search">
        <label htmlFor="public-q" className="ds-label">
          Søk i saksdokumenter, referater og vedtak
        </label>
        <div className="public-search__row">
          <input id="public-q" name="q" type="search" className="ds-input" defaultValue={q} />
          <button type="submit" className="ds-button" data-variant="primary">
            Søk
          </button>
        </div>
      </form>
    </search>
  );
}
