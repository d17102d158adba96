import { describe, expect, it } from 'vitest';
import {
  CHART_FONT_FAMILY,
  CHART_PALETTE,
  chartOption,
  chartSummary,
  contrastRatio,
  HEATMAP_RANGE,
  heatmapColor,
  labelColorOn,
  sourceLine,
} from './chart-option.ts';
import { formatNumber, formatUnit } from './format-number.ts';
import { DEMO_DATA_MARK, type FigureData } from './indicators.ts';

const NBSP = '\u00A0';

/** R&D expenditure on health by sector, 2021–2023 (mill. kr). */
function view(chartType: FigureData['chartType'] = 'bar', seriesCount = 3): FigureData {
  const series = [
    {
      id: 'nl',
      label: 'Næringslivet',
      values: [2813.9, 2964.6, 3115.4],
      status: [null, null, null],
    },
    {
      id: 'uh',
      label: 'Universitets- og høgskolesektoren',
      values: [4504.3, 4745.6, null],
      status: [null, null, '..'],
    },
    {
      id: 'x',
      label: '<img src=x onerror=alert(1)>',
      values: [68.5, 72.2, 75.9],
      status: [null, null, null],
    },
  ].slice(0, seriesCount);
  return {
    x: {
      dimension: 'Tid',
      label: 'År',
      categories: ['2021', '2022', '2023'].map((id) => ({ id, label: id })),
    },
    series,
    seriesLabel: seriesCount > 1 ? 'Sektor' : null,
    selection: { Tid: ['2021', '2022', '2023'], Sektor: series.map((s) => s.id) },
    filters: [],
    chartType,
    unit: 'mill. kr',
    decimals: 1,
  };
}

const texts = { title: 'FoU-utgifter til helse', demo: true, source: 'SSB, FoU-statistikk' };

// The option is a loose union; the tests read it as plain data.
// biome-ignore lint/suspicious/noExplicitAny: reading ECharts' option shape in tests
type Loose = any;

describe('formatNumber', () => {
  it('writes Norwegian numbers: no-break space for thousands, decimal comma, true minus', () => {
    expect(formatNumber(4213.5, 1)).toBe(`4${NBSP}213,5`);
    expect(formatNumber(1234567.891, 2)).toBe(`1${NBSP}234${NBSP}567,89`);
    expect(formatNumber(-12.25, 1)).toBe('\u221212,3');
    expect(formatNumber(999, 0)).toBe('999');
    expect(formatNumber(0.5, 0)).toBe('1');
    expect(formatNumber(12, 2)).toBe('12,00');
  });

  it('never writes a negative zero', () => {
    expect(formatNumber(-0.04, 1)).toBe('0,0');
    expect(formatNumber(-0, 0)).toBe('0');
  });

  it('shows a missing value by its status symbol, or ".."', () => {
    expect(formatNumber(null, 1)).toBe('..');
    expect(formatNumber(null, 1, ':')).toBe(':');
    expect(formatNumber(Number.NaN, 1, '.')).toBe('.');
  });

  it('puts the unit after a no-break space, and none on a missing value', () => {
    expect(formatUnit(12.5, 1, '%')).toBe(`12,5${NBSP}%`);
    expect(formatUnit(4213, 0, 'mill. kr')).toBe(`4${NBSP}213${NBSP}mill. kr`);
    expect(formatUnit(null, 0, 'mill. kr', '..')).toBe('..');
    expect(formatUnit(3, 0, '')).toBe('3');
  });
});

describe('chartOption', () => {
  it('gives no chart for a figure shown as a table', () => {
    expect(chartOption(view('table'), texts)).toBeNull();
  });

  it('draws without animation on the server, and with patterns and ARIA everywhere', () => {
    const server = chartOption(view('bar'), texts, { forServer: true }) as Loose;
    expect(server.animation).toBe(false);
    expect(server.aria).toMatchObject({ enabled: true, decal: { show: true } });
    expect(server.aria.label.description).toContain('FoU-utgifter til helse');
    expect(server.textStyle.fontFamily).toBe(CHART_FONT_FAMILY);
    const browser = chartOption(view('bar'), texts) as Loose;
    expect(browser.animation).toBe(true);
  });

  it('uses series colours with at least 3:1 contrast against white', () => {
    for (const colour of CHART_PALETTE) {
      expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
    const option = chartOption(view('line'), texts) as Loose;
    expect(option.color).toEqual([...CHART_PALETTE]);
  });

  it('writes the demo mark into the chart only for demo data', () => {
    const demo = chartOption(view(), texts) as Loose;
    expect(demo.graphic.map((g: Loose) => g.style.text)).toEqual([DEMO_DATA_MARK]);
    const real = chartOption(view(), { ...texts, demo: false }) as Loose;
    expect(real.graphic).toEqual([]);
  });

  it('carries the title at the top and the source at the bottom', () => {
    const option = chartOption(view(), texts) as Loose;
    expect(option.title[0]).toMatchObject({ text: 'FoU-utgifter til helse', top: 12 });
    expect(option.title[1]).toMatchObject({ text: 'Kilde: SSB, FoU-statistikk', bottom: 10 });
    expect(sourceLine('Kilde: NIFU')).toBe('Kilde: NIFU');
    expect(sourceLine('  ')).toBe('');
  });

  it('wraps a long title so it stays inside the picture', () => {
    const title =
      'Driftsutgifter til forskning og utviklingsarbeid innen helse og omsorg etter sektor og finansieringskilde';
    const option = chartOption(view(), { ...texts, title }, { width: 600 }) as Loose;
    const lines = option.title[0].text.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
  });

  it('shows a legend for several series and none for one', () => {
    const several = chartOption(view('line', 3), texts) as Loose;
    expect(several.legend.flatMap((l: Loose) => l.data)).toEqual([
      'Næringslivet',
      'Universitets- og høgskolesektoren',
      '<img src=x onerror=alert(1)>',
    ]);
    const one = chartOption(view('line', 1), texts) as Loose;
    expect(one.legend).toEqual([]);
  });

  it('names the unit on the value axis and formats its ticks the Norwegian way', () => {
    const option = chartOption(view('bar'), texts) as Loose;
    expect(option.yAxis.name).toBe('mill. kr');
    expect(option.yAxis.axisLabel.formatter(4000)).toBe(`4${NBSP}000`);
    expect(option.yAxis.axisLabel.formatter(2500.5)).toBe(`2${NBSP}500,5`);
    expect(option.xAxis.data).toEqual(['2021', '2022', '2023']);
  });

  it('writes values on bars and points on the server only', () => {
    const server = chartOption(view('bar'), texts, { forServer: true }) as Loose;
    const label = server.series[0].label;
    expect(label.show).toBe(true);
    expect(label.formatter({ dataIndex: 2 })).toBe(`3${NBSP}115,4`);
    expect(server.series[1].label.formatter({ dataIndex: 2 })).toBe('..');
    const browser = chartOption(view('line'), texts) as Loose;
    expect(browser.series[0].label.show).toBe(false);
  });

  it('marks a missing bar with its status symbol on the axis', () => {
    const server = chartOption(view('bar'), texts, { forServer: true }) as Loose;
    expect(server.series[1].data[2]).toMatchObject({ value: 0, label: { formatter: '..' } });
    expect(server.series[1].data[0]).toBe(4504.3);
  });

  it('keeps a dense chart readable: no numbers on bars, only the last one on each line', () => {
    const dense = view('line');
    dense.x.categories = Array.from({ length: 12 }, (_, i) => ({
      id: `${2012 + i}`,
      label: `${2012 + i}`,
    }));
    for (const s of dense.series) {
      s.values = dense.x.categories.map((_, i) => 100 + i);
      s.status = s.values.map(() => null);
    }
    const line = chartOption(dense, texts, { forServer: true }) as Loose;
    expect(line.series[0].label.show).toBe(false);
    expect(line.series[0].data[11]).toEqual({ value: 111, label: { show: true } });
    expect(line.series[0].data[10]).toBe(110);
    const bar = chartOption({ ...dense, chartType: 'bar' }, texts, { forServer: true }) as Loose;
    expect(bar.series.every((s: Loose) => s.label.show === false)).toBe(true);
  });

  it('stacks the bars of a stacked bar chart, and gives lines different markers', () => {
    const stacked = chartOption(view('stacked_bar'), texts) as Loose;
    expect(stacked.series.map((s: Loose) => s.stack)).toEqual(['total', 'total', 'total']);
    const line = chartOption(view('line'), texts) as Loose;
    expect(new Set(line.series.map((s: Loose) => s.symbol)).size).toBe(3);
    expect(line.series[1].data).toEqual([4504.3, 4745.6, '-']);
  });

  it('escapes dataset labels in the tooltip and shows Norwegian numbers and status', () => {
    const option = chartOption(view('line'), texts) as Loose;
    const html = option.tooltip.formatter([
      { seriesIndex: 1, dataIndex: 2, marker: '' },
      { seriesIndex: 2, dataIndex: 2, marker: '' },
    ]);
    expect(html).toContain('Universitets- og høgskolesektoren: <b>..</b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;: <b>75,9</b>');
    expect(html).not.toContain('<img');
  });

  it('draws a heatmap with a scale and numbers readable on every shade', () => {
    const option = chartOption(view('heatmap'), texts, { forServer: true }) as Loose;
    expect(option.visualMap).toMatchObject({ min: 68.5, max: 4745.6 });
    expect(option.visualMap.inRange.color).toEqual([...HEATMAP_RANGE]);
    expect(option.yAxis.data).toHaveLength(3);
    for (const cell of option.series[0].data as Loose[]) {
      const value = cell.value[2];
      if (typeof value !== 'number') continue;
      const background = heatmapColor(value, 68.5, 4745.6);
      expect(contrastRatio(background, cell.label.color)).toBeGreaterThanOrEqual(4.5);
    }
    expect(labelColorOn(HEATMAP_RANGE[1])).toBe('#ffffff');
    for (let step = 0; step <= 100; step++) {
      const background = heatmapColor(step, 0, 100);
      expect(contrastRatio(background, labelColorOn(background))).toBeGreaterThanOrEqual(4.5);
    }
    expect(option.series[0].label.formatter({ value: [1, 1, 4745.6] })).toBe(`4${NBSP}745,6`);
  });

  it('sums the figure up in one Norwegian sentence', () => {
    expect(chartSummary(view('line', 2), 'FoU-utgifter til helse')).toBe(
      'Linje: FoU-utgifter til helse etter år, 2021–2023. 2 serier: Næringslivet, Universitets- og høgskolesektoren. Enhet: mill. kr.',
    );
  });
});
