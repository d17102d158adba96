import { type ChartTexts, chartSummary, sourceLine } from '../../../core/monitor/chart-option.ts';
import { formatNumber } from '../../../core/monitor/format-number.ts';
import type { FigureData } from '../../../core/monitor/indicators.ts';
import type { Db } from '../../db/client.ts';
import { invalid } from '../../errors.ts';
import { redactExemptPassages } from '../../rich-text.ts';
import { listIndicators } from '../monitor/indicator-use-cases.ts';
import { loadFigure } from '../monitor/load-figure.ts';
import { figurePath, figurePngPath } from './paths.ts';
import type { TNewsletterBlock } from './schema.ts';

/**
 * A newsletter's blocks as a reader gets them, on its page and in the e-mail alike: text
 * redacted for the public, figures with their numbers for the chosen view and their addresses.
 */

export type FigureContent = {
  title: string;
  data: FigureData;
  /** One sentence that says what the figure shows: the image's alt text. */
  summary: string;
  /** "Kilde: SSB", or ''. */
  source: string;
  warnings: string[];
  isDemo: boolean;
  /** Paths of the figure's page and its PNG for this view. */
  pagePath: string;
  pngPath: string;
  texts: ChartTexts;
};

export type ContentBlock =
  | { kind: 'text'; html: string }
  | { kind: 'figure'; figure: FigureContent }
  /** The indicator was unpublished or removed after the newsletter was written. */
  | { kind: 'unavailable' };

export async function loadNewsletterContent(
  db: Db,
  council: { id: string; shortName: string },
  blocks: readonly TNewsletterBlock[],
): Promise<ContentBlock[]> {
  const ids = [...new Set(blocks.flatMap((b) => (b.kind === 'figure' ? [b.indicatorId] : [])))];
  const indicators =
    ids.length === 0 ? [] : await listIndicators(db, council.id, { ids, publishedOnly: true });
  const out: ContentBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'text') {
      out.push({ kind: 'text', html: redactExemptPassages(block.html) });
      continue;
    }
    const indicator = indicators.find((i) => i.id === block.indicatorId);
    if (!indicator) {
      out.push({ kind: 'unavailable' });
      continue;
    }
    const { indicator: shown, data, query } = await loadFigure(db, indicator, block.selection);
    const texts: ChartTexts = { title: shown.title, demo: shown.isDemo, source: shown.sourceText };
    out.push({
      kind: 'figure',
      figure: {
        title: shown.title,
        data,
        summary: chartSummary(data, shown.title),
        source: sourceLine(shown.sourceText),
        warnings: shown.warnings,
        isDemo: shown.isDemo,
        pagePath: figurePath(council.shortName, shown.slug, query),
        pngPath: figurePngPath(council.shortName, shown.slug, query),
        texts,
      },
    });
  }
  return out;
}

/** Before sending: a figure unpublished since the newsletter was written must not go out. */
export function assertAllAvailable(content: readonly ContentBlock[]): void {
  const at = content.findIndex((b) => b.kind === 'unavailable');
  if (at < 0) return;
  const message = `Blokk ${at + 1}: indikatoren i figuren er ikke lenger publisert. Fjern figuren eller publiser indikatoren før du sender.`;
  throw invalid(message, { fields: [{ field: 'blocks', message }] });
}

/** The column headings of a figure's table: its series, or its unit for a single series. */
export const tableHeaders = (data: FigureData): { id: string; label: string }[] =>
  data.series.length > 1
    ? data.series.map((s) => ({ id: s.id, label: s.label }))
    : data.series.map((s) => ({ id: s.id, label: data.unit || 'Verdi' }));

/** A figure's numbers as plain text, one line per x category. */
export function figureAsText(figure: FigureContent): string {
  const { data } = figure;
  const single = data.series.length === 1;
  const lines = data.x.categories.map((category, xi) => {
    const values = data.series.map((s) => {
      const value = formatNumber(s.values[xi] ?? null, data.decimals, s.status[xi]);
      return single ? value : `${s.label}: ${value}`;
    });
    return `${category.label}: ${values.join('; ')}`;
  });
  const unit = data.unit ? `Enhet: ${data.unit}` : '';
  return [figure.title, unit, ...lines, figure.source].filter(Boolean).join('\n');
}
