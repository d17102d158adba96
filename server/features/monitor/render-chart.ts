/**
 * A figure drawn on the server, for the SVG and PNG downloads and for readers without script:
 * ECharts' server-side SVG renderer, and resvg for the PNG with the DejaVu fonts in the package
 * (never the machine's fonts, so every server draws the same picture).
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import {
  CHART_FONT_FAMILY,
  type ChartTexts,
  chartOption,
  chartSummary,
  sourceLine,
} from '../../../core/monitor/chart-option.ts';
import { formatNumber } from '../../../core/monitor/format-number.ts';
import { DEMO_DATA_MARK, type FigureData } from '../../../core/monitor/indicators.ts';

export type ChartSize = { width: number; height: number };
const DEFAULT_SIZE: ChartSize = { width: 800, height: 450 };

const require = createRequire(import.meta.url);
const REGULAR_FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD_FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const FONT_FILES = [REGULAR_FONT, BOLD_FONT];

/**
 * Without a canvas ECharts guesses text widths from Arial-like ASCII widths (and a full em for
 * "æøå"), so legends and labels laid out for one font collide once resvg draws DejaVu. Measure
 * with DejaVu's own advance widths instead.
 */
const regularWidths = advanceWidths(readFileSync(REGULAR_FONT));
const boldWidths = advanceWidths(readFileSync(BOLD_FONT));
echarts.setPlatformAPI({
  measureText: (text: string, font?: string) => {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
    const bold = /\bbold\b|\b[6-9]00\b/.test(font ?? '');
    return { width: textWidth(text ?? '', size, bold) } as TextMetrics;
  },
});

/**
 * The figure as a standalone SVG with role="img" and a <title>/aria-label that sum it up.
 * A figure of chart type 'table' is drawn as a plain SVG table of the same numbers, so every
 * figure has an image download.
 */
export function renderChartSvg(
  data: FigureData,
  texts: ChartTexts,
  size: ChartSize = DEFAULT_SIZE,
): string {
  const summary = chartSummary(data, texts.title);
  const option = chartOption(data, texts, { forServer: true, width: size.width });
  if (option === null) return withAccessibleName(tableSvg(data, texts, size.width), summary);
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    chart.setOption(option);
    return withAccessibleName(chart.renderToSVGString(), summary);
  } finally {
    // Without dispose the chart keeps timers alive and the process never exits.
    chart.dispose();
  }
}

/** The same figure as PNG at twice the width, sharp on high-density screens and in print. */
export function renderChartPng(
  data: FigureData,
  texts: ChartTexts,
  size: ChartSize = DEFAULT_SIZE,
): Buffer {
  const svg = renderChartSvg(data, texts, size);
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: size.width * 2 },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}

/** Puts role="img", aria-label and a <title> on the root <svg>, replacing any ECharts set. */
function withAccessibleName(svg: string, summary: string): string {
  const label = escapeXml(summary);
  return svg.replace(/<svg\b([^>]*)>/, (_, attributes: string) => {
    const kept = attributes.replace(/\s(role|aria-label)="[^"]*"/g, '');
    return `<svg${kept} role="img" aria-label="${label}"><title>${label}</title>`;
  });
}

/** A plain table of a 'table' figure: x categories down, series across, headers wrapped. */
function tableSvg(data: FigureData, texts: ChartTexts, width: number): string {
  const pad = 16;
  const rowHeight = 24;
  const rowLabels = [data.x.label, ...data.x.categories.map((c) => c.label)];
  const firstColumn = Math.min(
    Math.round(width * 0.4),
    Math.max(...rowLabels.map((l) => textWidth(l, 13, true))) + 24,
  );
  const header = data.series.length > 1 ? data.series.map((s) => s.label) : [data.unit || 'Verdi'];
  const columnWidth = (width - 2 * pad - firstColumn) / header.length;
  const headerLines = header.map((h) => wrapText(h, 13, columnWidth - 12, true).slice(0, 3));
  const headerRows = Math.max(1, ...headerLines.map((l) => l.length));
  const parts: string[] = [];
  const text = (x: number, at: number, content: string, attrs = '') =>
    `<text x="${x.toFixed(1)}" y="${at}" ${attrs}>${escapeXml(content)}</text>`;
  const right = (column: number) => pad + firstColumn + (column + 1) * columnWidth - 6;

  let y = 28;
  for (const line of wrapText(texts.title, 16, width - 2 * pad, true)) {
    parts.push(text(pad, y, line, 'font-size="16" font-weight="bold"'));
    y += 20;
  }
  if (texts.demo) {
    parts.push(text(pad, y, DEMO_DATA_MARK, 'font-size="12" font-weight="bold" fill="#a0122a"'));
    y += 20;
  }
  if (data.unit && data.series.length > 1) {
    parts.push(text(pad, y, `Enhet: ${data.unit}`, 'font-size="12" fill="#595959"'));
    y += 20;
  }
  y += 16;
  headerLines.forEach((lines, i) => {
    lines.forEach((line, l) => {
      const at = y + (headerRows - lines.length + l) * 17;
      parts.push(text(right(i), at, line, 'font-weight="bold" text-anchor="end"'));
    });
  });
  y += (headerRows - 1) * 17;
  parts.push(text(pad, y, data.x.label, 'font-weight="bold"'));
  parts.push(
    `<line x1="${pad}" x2="${width - pad}" y1="${y + 8}" y2="${y + 8}" stroke="#1a1a1a"/>`,
  );
  data.x.categories.forEach((category, xi) => {
    y += rowHeight;
    parts.push(text(pad, y, category.label));
    data.series.forEach((s, si) => {
      const value = formatNumber(s.values[xi] ?? null, data.decimals, s.status[xi]);
      parts.push(text(right(si), y, value, 'text-anchor="end"'));
    });
  });
  y += 32;
  const source = sourceLine(texts.source);
  if (source) parts.push(text(pad, y, source, 'font-size="11" fill="#595959"'));
  const height = y + 16;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    `<g font-family="${CHART_FONT_FAMILY}" font-size="13" fill="#1a1a1a">`,
    ...parts,
    '</g></svg>',
  ].join('\n');
}

function textWidth(text: string, size: number, bold: boolean): number {
  const widths = bold ? boldWidths : regularWidths;
  let width = 0;
  for (const char of text) width += widths(char.codePointAt(0) ?? 32) * size;
  return width;
}

/** Splits a text at spaces into lines no wider than `width` in DejaVu Sans. */
function wrapText(text: string, size: number, width: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/**
 * A TrueType font's advance width per code point, in em: the 'cmap' (format 4, Unicode BMP)
 * table maps characters to glyphs, 'hmtx' gives each glyph's advance.
 */
function advanceWidths(font: Buffer): (codePoint: number) => number {
  const tables = new Map<string, number>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const record = 12 + 16 * i;
    tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  const head = tables.get('head') ?? 0;
  const hhea = tables.get('hhea') ?? 0;
  const hmtx = tables.get('hmtx') ?? 0;
  const cmap = tables.get('cmap') ?? 0;
  const unitsPerEm = font.readUInt16BE(head + 18);
  const metrics = font.readUInt16BE(hhea + 34);
  let subtable = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + 8 * i;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const offset = cmap + font.readUInt32BE(record + 4);
    if (platform === 3 && encoding === 1 && font.readUInt16BE(offset) === 4) subtable = offset;
  }
  const segments = subtable < 0 ? 0 : font.readUInt16BE(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;

  const glyphOf = (c: number): number => {
    for (let i = 0; i < segments; i++) {
      if (c > font.readUInt16BE(ends + 2 * i)) continue;
      const start = font.readUInt16BE(starts + 2 * i);
      if (c < start) return 0;
      const delta = font.readInt16BE(deltas + 2 * i);
      const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (c + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsets + 2 * i + rangeOffset + 2 * (c - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const cache = new Map<number, number>();
  return (codePoint) => {
    const known = cache.get(codePoint);
    if (known !== undefined) return known;
    const glyph = codePoint > 0xffff ? 0 : glyphOf(codePoint);
    // A character the font lacks counts a full em, as ECharts assumes: it measures a line's
    // height as the width of "国", which DejaVu does not have.
    const width =
      glyph === 0 ? 1 : font.readUInt16BE(hmtx + 4 * Math.min(glyph, metrics - 1)) / unitsPerEm;
    cache.set(codePoint, width);
    return width;
  };
}
