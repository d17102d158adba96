import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { formatLongDate } from '../../../../core/dates.ts';
import { DEMO_DATA_MARK } from '../../../../core/monitor/indicators.ts';
import { renderChartSvg } from '../../monitor/render-chart.ts';
import type { PublicCouncilRef } from '../../public/load-public-statements.ts';
import { PublicLayout } from '../../public/views/PublicLayout.tsx';
import { RichText } from '../../public/views/RichText.tsx';
import type { PublicNewsletter, PublicNewsletterSummary } from '../load-public-newsletters.ts';
import type { FigureContent } from '../newsletter-content.ts';
import { archivePath, newsletterCrumbs, newsletterPath } from '../paths.ts';
import { FigureTable } from './FigureTable.tsx';
import { SubscribeForm } from './SubscriptionViews.tsx';

/** The archive: every published newsletter, newest first, and the form to subscribe. */
export function NewsletterArchiveView({
  council,
  newsletters,
}: {
  council: PublicCouncilRef;
  newsletters: PublicNewsletterSummary[];
}) {
  return (
    <PublicLayout crumbs={newsletterCrumbs(council)}>
      <Heading level={1} data-size="lg">
        Nyhetsbrev fra HelseOmsorg21-monitor
      </Heading>
      <Paragraph>
        {`Nytt om forskning og innovasjon i helse og omsorg, med tall og figurer, fra ${council.name}. Nyeste først.`}
      </Paragraph>
      <SubscribeSection council={council} />
      <section className="public-section" aria-labelledby="archive-heading">
        <Heading level={2} data-size="md" id="archive-heading">
          Tidligere nyhetsbrev
        </Heading>
        {newsletters.length === 0 ? (
          <Paragraph>Ingen nyhetsbrev er publisert ennå.</Paragraph>
        ) : (
          <ul className="public-list" data-testid="newsletters">
            {newsletters.map((n) => (
              <li key={n.id}>
                <Heading level={3} data-size="xs">
                  <Link href={newsletterPath(council.shortName, n.id)}>{n.title}</Link>
                </Heading>
                <p className="public-meta">Publisert {formatLongDate(n.publishedOn)}</p>
                {n.excerpt && <Paragraph>{n.excerpt}</Paragraph>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </PublicLayout>
  );
}

function SubscribeSection({ council }: { council: PublicCouncilRef }) {
  return (
    <section className="public-section" aria-labelledby="subscribe-heading">
      <Heading level={2} data-size="sm" id="subscribe-heading">
        Få nyhetsbrevet på e-post
      </Heading>
      <SubscribeForm council={council} />
    </section>
  );
}

/** One newsletter: its text and its figures, each with its numbers and a link to the figure. */
export function NewsletterView({
  council,
  newsletter: n,
}: {
  council: PublicCouncilRef;
  newsletter: PublicNewsletter;
}) {
  return (
    <PublicLayout crumbs={newsletterCrumbs(council, true)}>
      <article>
        <Heading level={1} data-size="lg">
          {n.title}
        </Heading>
        <p className="public-meta">
          Nyhetsbrev fra {council.name}, publisert {formatLongDate(n.publishedOn)}
        </p>
        {n.intro && (
          <div className="public-section">
            <RichText html={n.intro} />
          </div>
        )}
        {n.content.map((block, i) => {
          // Blocks have no ids of their own; their order is fixed for the page's life.
          const key = `${block.kind}-${i}`;
          if (block.kind === 'text')
            return (
              <div className="public-section" key={key}>
                <RichText html={block.html} />
              </div>
            );
          if (block.kind === 'figure')
            return <FigureBlock key={key} figure={block.figure} headingId={`figur-${i + 1}`} />;
          return (
            <p className="public-exempt" key={key}>
              En figur i dette nyhetsbrevet er ikke lenger publisert.
            </p>
          );
        })}
      </article>
      <SubscribeSection council={council} />
      <Paragraph>
        <Link href={archivePath(council.shortName)}>Alle nyhetsbrev</Link>
      </Paragraph>
    </PublicLayout>
  );
}

function FigureBlock({ figure, headingId }: { figure: FigureContent; headingId: string }) {
  const svg = renderChartSvg(figure.data, figure.texts);
  return (
    <section className="public-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {figure.title}
      </Heading>
      {figure.isDemo && <p className="public-exempt">{DEMO_DATA_MARK}</p>}
      {figure.warnings.map((w) => (
        <Paragraph key={w}>{w}</Paragraph>
      ))}
      <div
        className="table-scroll"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the server's own SVG; its texts are escaped there
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <div className="table-scroll">
        <FigureTable figure={figure} />
      </div>
      {figure.source && <p className="public-meta">{figure.source}</p>}
      <Paragraph>
        <Link href={figure.pagePath}>Se figuren i HelseOmsorg21-monitor</Link>
      </Paragraph>
    </section>
  );
}
