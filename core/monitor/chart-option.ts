/**
 * The ECharts option of a figure, the same in the browser and on the server (which draws the
 * SVG and PNG downloads from it). Only the type comes from ECharts, so core stays pure.
 */

import type { EChartsOption } from 'echarts';
import { decimalsNeeded, formatNumber, THOUSANDS_SEPARATOR } from './format-number.ts';
import { CHART_TYPE_LABELS, DEMO_DATA_MARK, type FigureData } from './indicators.ts';

/** DejaVu first: the server's PNG renderer has it, and the browser falls back to Arial. */
export const CHART_FONT_FAMILY = 'DejaVu Sans, Arial, sans-serif';

/**
 * Series colours, each at least 4.5:1 against white (so also the 3:1 WCAG 1.4.11 asks of
 * graphics), in an order where neighbours differ in hue and lightness.
 */
export const CHART_PALETTE = [
  ...['#0062ba', '#c4501a', '#1e7f4f', '#7b3fa8'], // blue, orange, green, purple
  ...['#00727a', '#b3263e', '#8a6200', '#4b5866'], // teal, red, ochre, slate
] as const;

/** Line markers differ too, so lines are told apart without colour. */
const LINE_SYMBOLS =
  'circle rect triangle diamond emptyCircle emptyRect emptyTriangle emptyDiamond'.split(' ');

/** The heatmap's scale runs from this light blue to this dark blue. */
export const HEATMAP_RANGE = ['#e6f0fa', '#0b3d73'] as const;

const MAX_LABELLED_POINTS = 30;
const TEXT_COLOR = '#1a1a1a';
const MUTED_COLOR = '#595959';
const DEMO_COLOR = '#a0122a';
const PAD = 16;

export type ChartTexts = { title: string; demo: boolean; source: string };
export type ChartOptions = {
  /** Server rendering: no animation, values written on the bars and points. */
  forServer?: boolean;
  /** The drawing's size in pixels, for wrapping the title and the legend. Default 800 × 450. */
  width?: number;
  height?: number;
};

/** The ECharts option, or null for a figure shown as a table only. */
export function chartOption(
  data: FigureData,
  texts: ChartTexts,
  options: ChartOptions = {},
): EChartsOption | null {
  if (data.chartType === 'table') return null;
  const forServer = options.forServer === true;
  const width = options.width ?? 800;
  const height = options.height ?? 450;
  const inner = width - 2 * PAD;
  const font = { fontFamily: CHART_FONT_FAMILY };

  // Everything above the plot is stacked by hand, so nothing overlaps however long the title.
  const titleLines = wrapText(texts.title, 16, inner, true);
  let y = 12 + titleLines.length * 20;
  const graphic: NonNullable<EChartsOption['graphic']> = [];
  if (texts.demo) {
    graphic.push({
      type: 'text',
      left: PAD,
      top: y + 2,
      style: { text: DEMO_DATA_MARK, fill: DEMO_COLOR, font: `bold 12px ${CHART_FONT_FAMILY}` },
    });
    y += 20;
  }
  const heatmap = data.chartType === 'heatmap';
  const names = data.series.map((s) => s.label);
  const legendRows = !heatmap && names.length > 1 ? packLegend(names, inner) : [];
  const legend = legendRows.map((row, i) => ({
    show: true,
    type: 'plain' as const,
    data: row,
    left: PAD,
    top: y + 8 + i * 22,
    padding: 0,
    itemWidth: 22,
    itemHeight: 12,
    itemGap: 16,
    textStyle: { ...font, fontSize: 12, color: TEXT_COLOR },
  }));
  y += legendRows.length > 0 ? 8 + legendRows.length * 22 : 0;
  if (heatmap) y += 34;

  const source = sourceLine(texts.source);
  const sourceLines = source ? wrapText(source, 11, inner, false) : [];
  const bottom = 14 + sourceLines.length * 15 + 8;

  const title = [
    {
      text: titleLines.join('\n'),
      left: PAD,
      top: 12,
      padding: 0,
      textStyle: {
        ...font,
        fontSize: 16,
        lineHeight: 20,
        fontWeight: 'bold' as const,
        color: TEXT_COLOR,
      },
    },
    {
      text: sourceLines.join('\n'),
      left: PAD,
      bottom: 10,
      padding: 0,
      textStyle: {
        ...font,
        fontSize: 11,
        lineHeight: 15,
        fontWeight: 'normal' as const,
        color: MUTED_COLOR,
      },
    },
  ];

  const common: EChartsOption = {
    animation: !forServer,
    backgroundColor: '#ffffff',
    color: [...CHART_PALETTE],
    textStyle: { ...font, color: TEXT_COLOR },
    aria: {
      enabled: true,
      label: { description: chartSummary(data, texts.title) },
      // Patterns tell series apart without colour (WCAG 1.4.1). A heatmap's cells carry their
      // numbers instead: patterns over its shades would only hide them.
      decal: { show: !heatmap },
    },
    title,
    graphic,
    legend,
    grid: {
      left: PAD,
      right: PAD + 8,
      top: y + 24,
      bottom,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
  };
  const plotHeight = height - (y + 24) - bottom - 30;
  return heatmap
    ? { ...common, ...heatmapParts(data, y, forServer) }
    : { ...common, ...cartesianParts(data, inner, plotHeight, forServer) };
}

function cartesianParts(
  data: FigureData,
  inner: number,
  plotHeight: number,
  forServer: boolean,
): EChartsOption {
  const { decimals } = data;
  const stacked = data.chartType === 'stacked_bar';
  const bar = data.chartType === 'bar' || stacked;
  const xCount = Math.max(1, data.x.categories.length);
  const slot = inner / xCount;
  // Bars side by side get a label each; where the bar is narrower than its number, turn it.
  const longest = Math.max(
    ...data.series.flatMap((s) => s.values.map((v) => textWidth(formatNumber(v, decimals), 10))),
    0,
  );
  const barWidth = stacked ? slot * 0.6 : (slot * 0.7) / Math.max(1, data.series.length);
  const rotate = bar && !stacked && barWidth < longest + 2;
  // A stacked segment lower than its number's text shows no number (the table has it).
  const totals = data.x.categories.map((_, xi) =>
    data.series.reduce((sum, s) => sum + Math.max(0, s.values[xi] ?? 0), 0),
  );
  const scale = plotHeight / Math.max(1e-9, ...totals);
  // Past this many points a number on each would bury the chart: bars then show none, lines
  // only their last value.
  const dense = xCount * data.series.length > MAX_LABELLED_POINTS;

  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params) => axisTooltip(data, params),
    },
    xAxis: {
      type: 'category',
      data: data.x.categories.map((c) => c.label),
      axisLabel: {
        fontSize: 12,
        color: TEXT_COLOR,
        // Every label only where each has room; otherwise ECharts leaves out what would overlap.
        ...(xCount <= 12 && slot >= 44 ? { interval: 0, width: slot - 8, overflow: 'break' } : {}),
      },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      name: data.unit,
      nameLocation: 'end',
      nameGap: 14,
      nameTextStyle: { align: 'left', fontSize: 12, color: TEXT_COLOR },
      boundaryGap: rotate ? ['0%', '18%'] : ['0%', '8%'],
      axisLabel: {
        fontSize: 12,
        color: TEXT_COLOR,
        formatter: (value: number) =>
          formatNumber(value, decimalsNeeded(value, Math.max(decimals, 2))),
      },
    },
    series: data.series.map((s, i) => {
      const label = {
        show: forServer && !dense,
        fontSize: 10,
        // A line's numbers take its colour, so a number near two lines says which it belongs to.
        color: stacked ? '#ffffff' : bar ? TEXT_COLOR : CHART_PALETTE[i % CHART_PALETTE.length],
        // A white halo keeps a number readable where a line or grid line runs behind it.
        ...(stacked ? {} : { textBorderColor: '#ffffff', textBorderWidth: 2 }),
        formatter: (p: { dataIndex: number }) =>
          formatNumber(s.values[p.dataIndex] ?? null, decimals, s.status[p.dataIndex]),
      };
      const values = s.values.map((v) => (v === null ? '-' : v));
      const items = s.values.map((v, xi) => {
        if (stacked) {
          return v === null ? '-' : { value: v, label: { show: forServer && v * scale >= 14 } };
        }
        // A missing bar shows its status symbol (".." or ":") on the axis, so the gap reads
        // as "no number" and not as a bar forgotten.
        if (v !== null || !forServer || dense) return v ?? '-';
        const symbol = formatNumber(null, decimals, s.status[xi]);
        return { value: 0, label: { show: true, rotate: 0, align: 'center', formatter: symbol } };
      });
      if (!bar) {
        const last = s.values.findLastIndex((v) => v !== null);
        const points = dense
          ? values.map((v, xi) => (xi === last ? { value: v, label: { show: forServer } } : v))
          : values;
        return {
          type: 'line' as const,
          name: s.label,
          data: points,
          symbol: LINE_SYMBOLS[i % LINE_SYMBOLS.length],
          symbolSize: 8,
          lineStyle: { width: 2.5 },
          connectNulls: false,
          label: { ...label, position: 'top' as const },
          // Where lines run close, the later line's number gives way.
          labelLayout: { hideOverlap: true },
        };
      }
      return {
        type: 'bar' as const,
        name: s.label,
        data: items,
        ...(stacked ? { stack: 'total' } : {}),
        label: rotate
          ? { ...label, position: 'top', rotate: 90, align: 'left', verticalAlign: 'middle' }
          : { ...label, position: stacked ? 'inside' : 'top' },
        labelLayout: { hideOverlap: true },
      };
    }),
  } as EChartsOption;
}

function heatmapParts(data: FigureData, top: number, forServer: boolean): EChartsOption {
  const { decimals } = data;
  const present = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const min = present.length > 0 ? Math.min(...present) : 0;
  const max = present.length > 0 ? Math.max(...present) : 1;
  const cells = data.series.flatMap((s, si) =>
    s.values.map((v, xi) => ({
      value: [xi, si, v === null ? '-' : v] as [number, number, number | string],
      // Dark text on light cells, white on dark ones: the number stays readable on any shade.
      label: { color: v === null ? TEXT_COLOR : labelColorOn(heatmapColor(v, min, max)) },
    })),
  );
  const unit = data.unit ? `${THOUSANDS_SEPARATOR}${data.unit}` : '';
  const axisLabel = { fontSize: 12, color: TEXT_COLOR, lineHeight: 16 };
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = (Array.isArray(params) ? params[0] : params) as { value?: unknown };
        const [xi = 0, si = 0] = Array.isArray(p?.value) ? (p.value as number[]) : [];
        const s = data.series[si];
        const x = data.x.categories[xi];
        if (!s || !x) return '';
        const value = formatNumber(s.values[xi] ?? null, decimals, s.status[xi]);
        return `${escapeHtml(s.label)}, ${escapeHtml(x.label)}: <b>${escapeHtml(value)}</b>`;
      },
    },
    visualMap: {
      type: 'continuous',
      min,
      max: max === min ? min + 1 : max,
      calculable: false,
      orient: 'horizontal',
      left: PAD,
      top: top - 26,
      itemWidth: 12,
      itemHeight: 160,
      // ECharts puts text[0] at the high end, which a horizontal scale draws on the right.
      text: [`${formatNumber(max, decimals)}${unit}`, formatNumber(min, decimals)],
      textStyle: { fontSize: 11, color: TEXT_COLOR },
      inRange: { color: [...HEATMAP_RANGE] },
    },
    xAxis: {
      type: 'category',
      data: data.x.categories.map((c) => c.label),
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel,
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.series.map((s) => s.label),
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { ...axisLabel, width: 200, overflow: 'break' },
    },
    series: [
      {
        type: 'heatmap',
        name: data.seriesLabel ?? data.x.label,
        data: cells,
        label: {
          show: forServer || data.x.categories.length * data.series.length <= 60,
          fontSize: 11,
          formatter: (p: { value?: unknown }) => {
            const [xi = 0, si = 0] = Array.isArray(p.value) ? (p.value as number[]) : [];
            const s = data.series[si];
            return s ? formatNumber(s.values[xi] ?? null, decimals, s.status[xi]) : '';
          },
        },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      },
    ],
  } as EChartsOption;
}

/** The colour the linear visualMap gives a value: HEATMAP_RANGE mixed channel by channel. */
export function heatmapColor(value: number, min: number, max: number): string {
  const t = max === min ? 0 : Math.min(1, Math.max(0, (value - min) / (max - min)));
  const [from, to] = HEATMAP_RANGE.map(rgb);
  const mixed = [0, 1, 2].map((i) =>
    Math.round((from?.[i] ?? 0) + t * ((to?.[i] ?? 0) - (from?.[i] ?? 0))),
  );
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * White or black, whichever contrasts more with the background. Pure black, not the text grey:
 * only the pair of extremes reaches 4.5:1 on every shade between them.
 */
export function labelColorOn(background: string): string {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000')
    ? '#ffffff'
    : '#000000';
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = rgb(hex).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function rgb(hex: string): number[] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
}

function axisTooltip(data: FigureData, params: unknown): string {
  const list = (Array.isArray(params) ? params : [params]) as {
    dataIndex?: number;
    seriesIndex?: number;
    marker?: unknown;
  }[];
  const first = list[0];
  const x = first?.dataIndex === undefined ? undefined : data.x.categories[first.dataIndex];
  const lines = list.map((p) => {
    const s = data.series[p.seriesIndex ?? -1];
    if (!s || p.dataIndex === undefined) return '';
    const value = formatNumber(s.values[p.dataIndex] ?? null, data.decimals, s.status[p.dataIndex]);
    // The marker is ECharts' own coloured dot; the labels come from a dataset and are escaped.
    const marker = typeof p.marker === 'string' ? p.marker : '';
    return `${marker}${escapeHtml(s.label)}: <b>${escapeHtml(value)}</b>`;
  });
  return [x ? escapeHtml(x.label) : '', ...lines].filter(Boolean).join('<br>');
}

/**
 * One sentence about the figure for screen readers (the SVG's aria-label, ECharts' aria text):
 * kind, title, series and the x range.
 */
export function chartSummary(data: FigureData, title: string): string {
  const kind = CHART_TYPE_LABELS[data.chartType];
  const xs = data.x.categories;
  const range =
    xs.length === 0
      ? ''
      : xs.length === 1
        ? ` for ${xs[0]?.label}`
        : ` etter ${data.x.label.toLowerCase()}, ${xs[0]?.label}–${xs[xs.length - 1]?.label}`;
  const series =
    data.series.length > 1
      ? ` ${data.series.length} serier: ${data.series.map((s) => s.label).join(', ')}.`
      : '';
  const unit = data.unit ? ` Enhet: ${data.unit}.` : '';
  return `${kind}: ${title}${range}.${series}${unit}`;
}

/** "Kilde: SSB" for "SSB"; a source already starting with "Kilde" is kept; '' for none. */
export function sourceLine(source: string): string {
  const trimmed = source.trim();
  if (!trimmed) return '';
  return /^kilde\b/i.test(trimmed) ? trimmed : `Kilde: ${trimmed}`;
}

/** Rough width of a text in DejaVu Sans, erring wide so estimated lines never overflow. */
function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.68 : 0.62);
}

/** Splits a text into lines of at most `width` pixels, at spaces. */
export function wrapText(text: string, fontSize: number, width: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** The legend's names in rows that fit the width, one legend component per row. */
function packLegend(names: string[], width: number): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let used = 0;
  for (const name of names) {
    const item = 22 + 5 + textWidth(name, 12) + 16;
    if (row.length > 0 && used + item > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(name);
    used += item;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
