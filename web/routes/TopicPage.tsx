import { Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { QueryForm, SearchHelp } from '../components/search/QueryForm.tsx';
import { kindLabel, yearText } from '../components/search/searchParams.ts';
import { useKeptApi } from '../components/search/useKeptApi.ts';
import { formatShortDate } from '../format.ts';
import type { TTimeline, TTimelineItem } from '../types.ts';

const KEPT = ['councilId', 'yearFrom', 'yearTo'] as const;

/** A subject through the years: every case on it, oldest first, grouped by year. */
export function TopicPage() {
  const [params, setParams] = useSearchParams();
  const announce = useAnnounce();
  const q = (params.get('q') ?? '').trim();
  const kept = new URLSearchParams();
  for (const key of KEPT) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  const query = new URLSearchParams({ q, ...Object.fromEntries(kept) }).toString();
  const timeline = useKeptApi<TTimeline>(q ? `/search/timeline?${query}` : null);
  const data = timeline.data;

  useEffect(() => {
    if (timeline.fresh) announce(caseCount(timeline.fresh.total));
  }, [timeline.fresh, announce]);

  const years = groupByYear(data?.items ?? []);
  const scope = yearText({
    yearFrom: params.get('yearFrom') ?? undefined,
    yearTo: params.get('yearTo') ?? undefined,
  });

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          { label: 'Søk', to: q ? `/search?${new URLSearchParams({ q })}` : '/search' },
          { label: 'Tidslinje' },
        ]}
      />
      <PageTitle title={q ? `«${q}» gjennom årene` : 'Tidslinje for et tema'}>
        {q ? <>«{q}» gjennom årene</> : 'Tidslinje for et tema'}
      </PageTitle>
      <Paragraph className="lead">
        Alle saker der temaet er nevnt – i saksframlegget, vedleggene, referatet eller vedtaket –
        eldste først, så du kan lese hvordan rådet har behandlet det over tid.
      </Paragraph>
      <QueryForm
        q={q}
        label="Tema"
        description="Ett eller flere ord, eller et uttrykk i anførselstegn."
        onSearch={(words) => {
          const next = new URLSearchParams(kept);
          if (words) next.set('q', words);
          setParams(next);
        }}
      />
      <SearchHelp />

      <section
        aria-label="Saker om temaet"
        className="section"
        aria-busy={timeline.loading || undefined}
      >
        {q && (
          <p className="timeline-summary">
            <strong>{data ? caseCount(data.total) : 'Saker'}</strong>
            {scope && <span className="muted"> ({scope})</span>}
            {' · '}
            <RouterLink className="ds-link" to={`/search?${query}`}>
              Vis som treffliste
            </RouterLink>
          </p>
        )}
        {!q && <Paragraph>Skriv et tema for å se sakene om det.</Paragraph>}
        <ErrorAlert error={timeline.error} />
        {!data && timeline.loading && <Loading what="tidslinjen" />}
        {q && data && data.total === 0 && (
          <Paragraph data-testid="timeline-empty">
            Ingen saker om «{q}». Prøv færre ord, eller et mer generelt ord for det samme.
          </Paragraph>
        )}
        {years.length > 0 && (
          <ol className="timeline" data-testid="timeline">
            {years.map(([year, items]) => (
              <li key={year} className="timeline__year">
                <h2 className="timeline__year-heading" id={`year-${year}`}>
                  {year}
                  <span className="visually-hidden">, {caseCount(items.length)}</span>
                </h2>
                <ol className="timeline__items" aria-labelledby={`year-${year}`}>
                  {items.map((item) => (
                    <li key={`${item.case.id}`}>
                      <TimelineItem item={item} />
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

const caseCount = (n: number) => (n === 1 ? '1 sak' : `${n.toLocaleString('nb-NO')} saker`);

function groupByYear(items: TTimelineItem[]): [number, TTimelineItem[]][] {
  const byYear = new Map<number, TTimelineItem[]>();
  for (const item of items) {
    const list = byYear.get(item.year) ?? [];
    list.push(item);
    byYear.set(item.year, list);
  }
  // Oldest first: the subject's history reads from the top.
  return [...byYear.entries()].sort(([a], [b]) => a - b);
}

function TimelineItem({ item }: { item: TTimelineItem }) {
  const headingId = `topic-${item.case.id}`;
  return (
    <article className="timeline-item" aria-labelledby={headingId}>
      <h3 className="timeline-item__title" id={headingId}>
        <RouterLink className="ds-link" to={`/cases/${item.case.id}`}>
          <span className="case-number">Sak {item.case.number}</span> {item.case.title}
        </RouterLink>
      </h3>
      <p className="timeline-item__meta">
        <RouterLink className="ds-link" to={`/meetings/${item.meeting.id}`}>
          Møte {item.meeting.number}
        </RouterLink>
        <span>{formatShortDate(item.meeting.date)}</span>
        <span>{item.council.shortName}</span>
      </p>
      {item.decision && (
        <div className="timeline-item__decision">
          <p className="timeline-item__label">Vedtak</p>
          <p>{item.decision}</p>
        </div>
      )}
      {item.foundIn.length > 0 && (
        <p className="timeline-item__found">
          Funnet i: {item.foundIn.map((k) => kindLabel(k)).join(', ')}
        </p>
      )}
    </article>
  );
}
