import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { formatLongDate, osloToday } from '../../../../core/dates.ts';
import { sourceLine } from '../../../../core/monitor/chart-option.ts';
import { DEMO_DATA_MARK } from '../../../../core/monitor/indicators.ts';
import { PLAN_KIND_LABELS, type PlanKind } from '../../../../core/plans.ts';
import { PublicLayout } from '../../public/views/PublicLayout.tsx';
import { figurePath, monitorPath, type PublicFigure, withQuery } from '../load-public-monitor.ts';
import { FigureFilterForm, FigureTable } from './FigureParts.tsx';
import { councilCrumbs } from './MonitorIndexView.tsx';

/** The files a view can be downloaded as, each carrying the view's query. */
export const DOWNLOADS = [
  { file: 'tall.csv', label: 'Tallene som CSV' },
  { file: 'tall.json', label: 'Tallene som JSON-stat 2.0' },
  { file: 'figur.png', label: 'Figuren som PNG-bilde' },
  { file: 'figur.svg', label: 'Figuren som SVG-bilde' },
] as const;

/** What the browser script starts from: the same as `data.json` answers. */
export type FigureBootData = {
  indicator: PublicFigure['figure']['indicator'];
  data: PublicFigure['figure']['data'];
  query: string;
  /** The chart's source line, as the server's SVG has it. */
  source: string;
};

/** JSON inside a <script> block: nothing in it can close the element or open a comment. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/** Plain text the editor wrote, one paragraph per blank-line-separated block. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <Paragraph key={p}>{p}</Paragraph>
        ))}
    </>
  );
}

type Followed = { heading: string; items: string[] };

/** The plan areas and measures an indicator follows, grouped by plan. */
function followedOf(indicator: PublicFigure['indicator']): Followed[] {
  const groups = new Map<string, Followed>();
  const add = (heading: string, item: string) => {
    const group = groups.get(heading) ?? { heading, items: [] };
    if (!group.items.includes(item)) group.items.push(item);
    groups.set(heading, group);
  };
  const kindLabel = (kind: string, planTitle: string) =>
    planTitle || PLAN_KIND_LABELS[kind as PlanKind] || 'Plan';
  for (const a of indicator.planAreas) {
    const what = a.planKind === 'government' ? 'Strategisk område' : 'Område';
    add(`${what} i ${kindLabel(a.planKind, a.planTitle)}`, a.title);
  }
  for (const m of indicator.planMeasures)
    add(`Tiltak i ${kindLabel(m.planKind, m.planTitle)}`, m.title);
  return [...groups.values()];
}

export function FigureView({
  page,
  svg,
  publicUrl,
  script,
}: {
  page: PublicFigure;
  /** The server-drawn chart, or null for a figure shown as a table only. */
  svg: string | null;
  publicUrl: string;
  script: string | null;
}) {
  const { council, indicator, figure } = page;
  const texts = figure.indicator;
  const { data, query } = figure;
  const path = figurePath(council.shortName, indicator.slug);
  const source = texts.sourceText || figure.cube.source || '';
  const boot: FigureBootData = { indicator: texts, data, query, source };
  const followed = followedOf(indicator);
  const stable = `${publicUrl}${withQuery(path, query)}`;
  return (
    <>
      <PublicLayout
        crumbs={[
          ...councilCrumbs(council),
          { href: monitorPath(council.shortName), label: 'Monitor' },
        ]}
      >
        <article className="monitor-page" data-monitor-figure={path}>
          <Heading level={1} data-size="lg">
            {texts.title}
          </Heading>
          {texts.isDemo && (
            <Alert data-color="danger" className="monitor-demo" data-testid="demo-mark">
              <strong>{DEMO_DATA_MARK}.</strong> Tallene er laget for å vise hvordan monitoren
              virker.
            </Alert>
          )}
          {texts.description && <Paragraph data-size="lg">{texts.description}</Paragraph>}
          {texts.warnings.length > 0 && (
            <Alert data-color="warning" className="monitor-warnings">
              <Heading level={2} data-size="xs">
                Les dette før du bruker tallene
              </Heading>
              {texts.warnings.length === 1 ? (
                <Paragraph>{texts.warnings[0]}</Paragraph>
              ) : (
                <ul>
                  {texts.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              )}
            </Alert>
          )}

          <div className={data.filters.length > 0 ? 'monitor-view' : 'monitor-view--single'}>
            {data.filters.length > 0 && (
              <section aria-labelledby="monitor-filters" className="monitor-view__filters">
                <Heading level={2} data-size="xs" id="monitor-filters">
                  Velg hva figuren viser
                </Heading>
                <FigureFilterForm action={path} filters={data.filters} />
              </section>
            )}
            <div className="monitor-view__main">
              {svg !== null && (
                <figure className="monitor-chart">
                  <div
                    className="monitor-chart__drawing"
                    data-monitor-chart=""
                    // The server's own drawing: ECharts escapes every text it writes.
                    // biome-ignore lint/security/noDangerouslySetInnerHtml: trusted SVG
                    dangerouslySetInnerHTML={{ __html: svg }}
                  />
                  {source && <figcaption>{sourceLine(source)}</figcaption>}
                </figure>
              )}
              <p className="monitor-status" aria-live="polite" data-monitor-status="" />
              <section aria-labelledby="monitor-numbers" className="monitor-numbers">
                <Heading level={2} data-size="xs" id="monitor-numbers">
                  Tallene i figuren
                </Heading>
                <div data-monitor-table="">
                  <FigureTable data={data} title={texts.title} />
                </div>
                {svg === null && source && <p className="public-meta">{sourceLine(source)}</p>}
              </section>
            </div>
          </div>

          {texts.definitions && (
            <section aria-labelledby="monitor-definitions" className="public-section">
              <Heading level={2} data-size="sm" id="monitor-definitions">
                Definisjoner
              </Heading>
              <Paragraphs text={texts.definitions} />
            </section>
          )}
          {texts.footnotes.length > 0 && (
            <section aria-labelledby="monitor-footnotes" className="public-section">
              <Heading level={2} data-size="sm" id="monitor-footnotes">
                Fotnoter
              </Heading>
              <ol className="monitor-footnotes">
                {texts.footnotes.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ol>
            </section>
          )}
          <p className="public-meta">
            Sist oppdatert {formatLongDate(osloToday(new Date(texts.updatedAt)))}
          </p>

          <section aria-labelledby="monitor-downloads" className="public-section">
            <Heading level={2} data-size="sm" id="monitor-downloads">
              Last ned
            </Heading>
            <ul className="monitor-downloads">
              {DOWNLOADS.map((d) => (
                <li key={d.file}>
                  <Link href={withQuery(`${path}/${d.file}`, query)} data-monitor-download={d.file}>
                    {d.label}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="monitor-link" className="public-section">
            <Heading level={2} data-size="sm" id="monitor-link">
              Lenke til denne visningen
            </Heading>
            <Paragraph className="monitor-stable-link">
              <Link href={stable} data-monitor-stable={`${publicUrl}${path}`}>
                {stable}
              </Link>
            </Paragraph>
          </section>
          {followed.length > 0 && (
            <section aria-labelledby="monitor-follows" className="public-section">
              <Heading level={2} data-size="sm" id="monitor-follows">
                Følger opp
              </Heading>
              {followed.map((g) => (
                <div key={g.heading}>
                  <Heading level={3} data-size="2xs">
                    {g.heading}
                  </Heading>
                  <ul>
                    {g.items.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          )}
          <script
            type="application/json"
            data-monitor-data=""
            // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped by scriptJson
            dangerouslySetInnerHTML={{ __html: scriptJson(boot) }}
          />
        </article>
      </PublicLayout>
      {script && <script type="module" src={script} />}
    </>
  );
}
