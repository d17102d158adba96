import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import {
  DEMO_DATA_MARK,
  SECTOR_LABELS,
  THEME_LABELS,
} from '../../../../core/monitor/indicators.ts';
import type { PublicCouncilRef } from '../../public/load-public-statements.ts';
import { PublicLayout } from '../../public/views/PublicLayout.tsx';
import {
  figurePath,
  monitorPath,
  newsletterArchivePath,
  type PublicIndicatorSummary,
  type PublicMonitorIndex,
  type StrategicArea,
} from '../load-public-monitor.ts';

export const councilCrumbs = (council: PublicCouncilRef) => [
  { href: '/public', label: 'Offentlig innsyn' },
  { href: `/public/councils/${council.id}`, label: council.name },
];

export const areaName = (area: StrategicArea) =>
  area.code ? `${area.code}. ${area.title}` : area.title;

/** The monitor's front page: a filter that works as a plain GET form, and the indicators. */
export function MonitorIndexView({ index }: { index: PublicMonitorIndex }) {
  const { council, filter, matching, indicators } = index;
  const filtered = filter.theme !== null || filter.sector !== null || filter.areaId !== null;
  const grouped = index.areas
    .map((area) => ({
      area,
      items: matching.filter((i) => i.areas.some((a) => a.id === area.id)),
    }))
    .filter((g) => g.items.length > 0);
  return (
    <PublicLayout crumbs={councilCrumbs(council)}>
      <Heading level={1} data-size="lg">
        Monitor – {council.name}
      </Heading>
      <Paragraph data-size="lg">
        HelseOmsorg21-monitor viser utviklingen i forskning og innovasjon i helse og omsorg:
        ressurser, resultater, sykdomsbyrde, kliniske studier, brukermedvirkning og innovasjon. Hver
        figur har tallene som tabell og kan lastes ned.
      </Paragraph>
      <Paragraph>
        <Link href={newsletterArchivePath(council.shortName)}>Nyhetsbrev fra monitoren</Link>
      </Paragraph>

      {indicators.length === 0 ? (
        <Paragraph>Rådet har ikke publisert noen indikatorer ennå.</Paragraph>
      ) : (
        <>
          <IndexFilter index={index} />
          <section aria-labelledby="monitor-results" className="public-section">
            <Heading level={2} data-size="md" id="monitor-results">
              {filtered
                ? `${matching.length} av ${indicators.length} indikatorer`
                : `Alle indikatorer (${indicators.length})`}
            </Heading>
            {matching.length === 0 ? (
              <Paragraph>
                Ingen indikatorer passer til filteret.{' '}
                <Link href={monitorPath(council.shortName)}>Vis alle indikatorer</Link>
              </Paragraph>
            ) : (
              <ul className="monitor-cards" data-testid="monitor-indicators">
                {matching.map((i) => (
                  <IndicatorCard key={i.id} shortName={council.shortName} indicator={i} />
                ))}
              </ul>
            )}
          </section>
          {grouped.length > 0 && (
            <section aria-labelledby="monitor-areas" className="public-section">
              <Heading level={2} data-size="md" id="monitor-areas">
                Etter strategisk område i HelseOmsorg21-strategien
              </Heading>
              {grouped.map(({ area, items }) => (
                <section key={area.id} aria-labelledby={`area-${area.id}`}>
                  <Heading level={3} data-size="xs" id={`area-${area.id}`}>
                    <Link href={`${monitorPath(council.shortName)}?omrade=${area.id}`}>
                      {areaName(area)}
                    </Link>
                  </Heading>
                  <ul className="monitor-area-list">
                    {items.map((i) => (
                      <li key={i.id}>
                        <Link href={figurePath(council.shortName, i.slug)}>{i.title}</Link>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </section>
          )}
        </>
      )}
    </PublicLayout>
  );
}

function IndexFilter({ index }: { index: PublicMonitorIndex }) {
  const { council, filter } = index;
  const select = (
    id: string,
    name: string,
    label: string,
    all: string,
    value: string | null,
    options: [string, string][],
  ) => (
    <div className="ds-field monitor-index-filter__field">
      <label htmlFor={id} className="ds-label">
        {label}
      </label>
      <select id={id} name={name} className="ds-input" defaultValue={value ?? ''}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <search>
      <form action={monitorPath(council.shortName)} method="get" className="monitor-index-filter">
        {select(
          'monitor-tema',
          'tema',
          'Tema',
          'Alle temaer',
          filter.theme,
          index.themes.map((t) => [t, THEME_LABELS[t]]),
        )}
        {select(
          'monitor-sektor',
          'sektor',
          'Sektor',
          'Alle sektorer',
          filter.sector,
          index.sectors.map((s) => [s, SECTOR_LABELS[s]]),
        )}
        {index.areas.length > 0 &&
          select(
            'monitor-omrade',
            'omrade',
            'Strategisk område',
            'Alle områder',
            filter.areaId,
            index.areas.map((a) => [a.id, areaName(a)]),
          )}
        <button type="submit" className="ds-button" data-variant="primary">
          Vis
        </button>
      </form>
    </search>
  );
}

function IndicatorCard({
  shortName,
  indicator: i,
}: {
  shortName: string;
  indicator: PublicIndicatorSummary;
}) {
  return (
    <li className="ds-card monitor-card" data-variant="default">
      <Heading level={3} data-size="xs">
        <Link href={figurePath(shortName, i.slug)}>{i.title}</Link>
      </Heading>
      {i.isDemo && (
        <p className="monitor-card__demo">
          <Tag data-color="danger">{DEMO_DATA_MARK}</Tag>
        </p>
      )}
      {i.description && <Paragraph data-size="sm">{i.description}</Paragraph>}
      <dl className="monitor-card__facts">
        <dt>Tema</dt>
        <dd>{THEME_LABELS[i.theme]}</dd>
        {i.sectors.length > 0 && (
          <>
            <dt>{i.sectors.length === 1 ? 'Sektor' : 'Sektorer'}</dt>
            <dd>{i.sectors.map((s) => SECTOR_LABELS[s]).join(', ')}</dd>
          </>
        )}
        {i.areas.length > 0 && (
          <>
            <dt>Strategisk område</dt>
            <dd>{i.areas.map(areaName).join('; ')}</dd>
          </>
        )}
      </dl>
    </li>
  );
}
