import { renderToStaticMarkup } from 'react-dom/server';
import { formatLongDate } from '../../../core/dates.ts';
import { DEMO_DATA_MARK } from '../../../core/monitor/indicators.ts';
import { richTextToPlain } from '../../rich-text.ts';
import type { PublicCouncilRef } from '../public/load-public-statements.ts';
import { type ContentBlock, type FigureContent, figureAsText } from './newsletter-content.ts';
import { FigureTable } from './views/FigureTable.tsx';

/**
 * A newsletter as e-mail: HTML with inline styles (mail programs drop stylesheets) and the same
 * as plain text. Each figure is its PNG linked to its page, with alt text, and its numbers as a
 * table, so the message says the same with images blocked. Every message ends with the
 * recipient's own unsubscribe link.
 */

export type NewsletterEmailInput = {
  council: PublicCouncilRef;
  title: string;
  /** Redacted, sanitised rich text. */
  intro: string;
  publishedOn: string;
  content: ContentBlock[];
  /** Absolute address of the newsletter's page. */
  pageUrl: string;
  publicUrl: string;
};

const TEXT = '#1a1a1a';
const MUTED = '#595959';

function Rich({ html }: { html: string }) {
  return (
    <div
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised and redacted before it comes here
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

function Figure({ figure, publicUrl }: { figure: FigureContent; publicUrl: string }) {
  const pageUrl = `${publicUrl}${figure.pagePath}`;
  return (
    <div style={{ margin: '24px 0' }}>
      <h2 style={{ fontSize: '18px', margin: '0 0 8px' }}>{figure.title}</h2>
      {figure.isDemo && <p style={{ color: '#a0122a', fontWeight: 'bold' }}>{DEMO_DATA_MARK}</p>}
      {figure.warnings.map((w) => (
        <p key={w}>{w}</p>
      ))}
      <a href={pageUrl}>
        <img
          src={`${publicUrl}${figure.pngPath}`}
          alt={figure.summary}
          width={600}
          style={{ maxWidth: '100%', height: 'auto', border: 0, display: 'block' }}
        />
      </a>
      <FigureTable figure={figure} email />
      {figure.source && <p style={{ color: MUTED, fontSize: '13px' }}>{figure.source}</p>}
      <p>
        <a href={pageUrl}>Se figuren i HelseOmsorg21-monitor</a>
      </p>
    </div>
  );
}

function Email({ input, unsubscribeUrl }: { input: NewsletterEmailInput; unsubscribeUrl: string }) {
  const { council, publicUrl } = input;
  return (
    <html lang="nb">
      <head>
        <meta charSet="utf-8" />
        <title>{input.title}</title>
      </head>
      <body style={{ fontFamily: 'Arial, Helvetica, sans-serif', color: TEXT, lineHeight: 1.5 }}>
        <div style={{ maxWidth: '640px', margin: '0 auto', padding: '16px' }}>
          <p style={{ color: MUTED, fontSize: '13px' }}>
            Nyhetsbrev fra {council.name}, {formatLongDate(input.publishedOn)} ·{' '}
            <a href={input.pageUrl}>Les i nettleseren</a>
          </p>
          <h1 style={{ fontSize: '24px' }}>{input.title}</h1>
          {input.intro && <Rich html={input.intro} />}
          {input.content.map((block, i) => {
            const key = `${block.kind}-${i}`;
            if (block.kind === 'figure')
              return <Figure key={key} figure={block.figure} publicUrl={publicUrl} />;
            if (block.kind === 'text') return <Rich key={key} html={block.html} />;
            return null;
          })}
          <hr style={{ border: 0, borderTop: '1px solid #d2d2d2', margin: '32px 0 16px' }} />
          <p style={{ color: MUTED, fontSize: '13px' }}>
            Du får denne e-posten fordi du abonnerer på nyhetsbrevet fra {council.name}.{' '}
            <a href={unsubscribeUrl}>Meld deg av</a>
          </p>
        </div>
      </body>
    </html>
  );
}

const plain = (html: string) => richTextToPlain(html).replace(/\n{3,}/g, '\n\n');

/** The message's HTML and plain text for one recipient's unsubscribe link. */
export function renderNewsletterEmail(
  input: NewsletterEmailInput,
  unsubscribeUrl: string,
): { html: string; text: string } {
  const html = `<!doctype html>${renderToStaticMarkup(<Email input={input} unsubscribeUrl={unsubscribeUrl} />)}`;
  const parts = [
    `Nyhetsbrev fra ${input.council.name}, ${formatLongDate(input.publishedOn)}`,
    input.title,
    input.intro ? plain(input.intro) : '',
    ...input.content.map((block) => {
      if (block.kind === 'text') return plain(block.html);
      if (block.kind === 'unavailable') return '';
      const { figure } = block;
      const demo = figure.isDemo ? `${DEMO_DATA_MARK}\n` : '';
      return `${demo}${figureAsText(figure)}\nSe figuren: ${input.publicUrl}${figure.pagePath}`;
    }),
    `Les nyhetsbrevet i nettleseren: ${input.pageUrl}`,
    `Du får denne e-posten fordi du abonnerer på nyhetsbrevet fra ${input.council.name}.\nMeld deg av: ${unsubscribeUrl}`,
  ];
  return { html, text: `${parts.filter(Boolean).join('\n\n')}\n` };
}
