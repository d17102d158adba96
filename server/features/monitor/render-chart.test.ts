import { DomUtils, Parser, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Cube } from '../../../core/monitor/cube.ts';
import { figureData } from '../../../core/monitor/figure.ts';
import { formatNumber } from '../../../core/monitor/format-number.ts';
import {
  DEMO_DATA_MARK,
  type FigureData,
  type FigureSpec,
} from '../../../core/monitor/indicators.ts';
import { renderChartPng, renderChartSvg } from './render-chart.ts';

const SECTORS = [
  ['nl', 'Næringslivet', 2512.4],
  ['inst', 'Instituttsektoren', 934.1],
  ['uh', 'Universitets- og høgskolesektoren', 4021.7],
  ['hf', 'Helseforetak og private ideelle sykehus', 4213.5],
  ['kommune', 'Kommunene', 61.2],
] as const;
const YEARS = ['2019', '2020', '2021', '2022', '2023'];

/** R&D expenditure on health (mill. kr) by sector and year, growing 6 % a year. */
function rdCube(): Cube {
  const values = new Float64Array(SECTORS.length * YEARS.length);
  SECTORS.forEach(([, , base], s) => {
    YEARS.forEach((_, t) => {
      values[s * YEARS.length + t] = Math.round(base * (1 + 0.06 * t) * 10) / 10;
    });
  });
  const status = new Map<number, string>();
  values[4 * 5] = Number.NaN; // Kommunene 2019: not collected.
  status.set(4 * 5, '..');
  return {
    label: 'FoU-utgifter til helse',
    source: 'SSB',
    updated: null,
    note: [],
    dimensions: [
      {
        id: 'Sektor',
        label: 'Sektor',
        role: null,
        categories: SECTORS.map(([id, label]) => ({ id, label })),
      },
      { id: 'Tid', label: 'År', role: 'time', categories: YEARS.map((y) => ({ id: y, label: y })) },
    ],
    values,
    status,
  };
}

function view(chartType: FigureSpec['chartType'], sectors?: string[]): FigureData {
  const spec: FigureSpec = {
    xDimension: 'Tid',
    seriesDimension: 'Sektor',
    filterDimensions: ['Tid', 'Sektor'],
    fixed: {},
    defaultSelection: {},
    chartType,
    unit: 'mill. kr',
    decimals: 1,
  };
  return figureData(rdCube(), spec, sectors ? { Sektor: sectors } : {});
}

const texts = { title: 'FoU-utgifter til helse etter sektor', demo: true, source: 'SSB' };

/** The texts a reader sees in the SVG, entities decoded. */
function visibleTexts(svg: string): string[] {
  const document = parseDocument(svg, { xmlMode: true, decodeEntities: true });
  return DomUtils.getElementsByTagName('text', document).map((t) => DomUtils.textContent(t));
}

/** Well-formed: one root element, and every element closed by its own end tag. */
function expectWellFormed(svg: string) {
  const open: string[] = [];
  const problems: string[] = [];
  const parser = new Parser(
    {
      onopentagname: (name) => open.push(name),
      onclosetag: (name, implied) => {
        // "<rect/>" closes itself; any other close the parser had to imply is a missing end tag.
        const selfClosing = svg.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>');
        if ((implied && !selfClosing) || open.pop() !== name) problems.push(name);
      },
    },
    { xmlMode: true, recognizeSelfClosing: true },
  );
  parser.end(svg);
  expect(problems).toEqual([]);
  expect(open).toEqual([]);
  const document = parseDocument(svg, { xmlMode: true });
  const roots = document.children.filter((n) => n.type === 'tag');
  expect(roots.map((r) => (r as { name: string }).name)).toEqual(['svg']);
}

function expectEveryValueShown(data: FigureData, svg: string) {
  const shown = visibleTexts(svg);
  let count = 0;
  for (const s of data.series) {
    for (const value of s.values) {
      if (value === null) continue;
      expect(shown).toContain(formatNumber(value, data.decimals));
      count++;
    }
  }
  expect(count).toBeGreaterThan(5);
}

describe('renderChartSvg', () => {
  it('writes every number of a bar chart on its bar, as the table shows it', () => {
    const data = view('bar');
    const svg = renderChartSvg(data, texts);
    expectEveryValueShown(data, svg);
    expect(visibleTexts(svg)).toContain('4\u00A0213,5');
    // Kommunene 2019 has no number; its place on the axis says "..".
    expect(visibleTexts(svg)).toContain('..');
  });

  it('writes every number of a line chart on its point', () => {
    // Lines far enough apart that no number has to give way to another.
    const data = view('line', ['nl', 'inst', 'kommune']);
    const svg = renderChartSvg(data, texts);
    expectEveryValueShown(data, svg);
  });

  it('carries the demo mark, the source, the unit and the legend', () => {
    const shown = visibleTexts(renderChartSvg(view('bar'), texts));
    expect(shown).toContain(DEMO_DATA_MARK);
    expect(shown).toContain('Kilde: SSB');
    expect(shown).toContain('mill. kr');
    expect(shown).toContain('Helseforetak og private ideelle sykehus');
    const real = visibleTexts(renderChartSvg(view('bar'), { ...texts, demo: false }));
    expect(real).not.toContain(DEMO_DATA_MARK);
  });

  it('is a well-formed SVG image with an accessible name', () => {
    for (const chartType of ['bar', 'line', 'stacked_bar', 'heatmap', 'table'] as const) {
      const svg = renderChartSvg(view(chartType), texts);
      expectWellFormed(svg);
      const document = parseDocument(svg, { xmlMode: true });
      const root = DomUtils.findOne((e) => e.name === 'svg', document.children);
      expect(root?.attribs.role).toBe('img');
      expect(root?.attribs['aria-label']).toContain('FoU-utgifter til helse etter sektor');
      const title = DomUtils.findOne((e) => e.name === 'title', document.children);
      expect(title && DomUtils.textContent(title)).toBe(root?.attribs['aria-label']);
    }
  });

  it('escapes dataset labels into the SVG', () => {
    const data = view('bar', ['nl', 'uh']);
    const first = data.series[0];
    if (first) first.label = 'A & B <C>';
    const svg = renderChartSvg(data, { ...texts, title: 'Tall "for" <alle>' });
    expectWellFormed(svg);
    expect(visibleTexts(svg)).toContain('A & B <C>');
  });

  it('draws a table figure as a table of the same numbers, status symbols included', () => {
    const data = view('table');
    const svg = renderChartSvg(data, texts);
    const shown = visibleTexts(svg);
    expectEveryValueShown(data, svg);
    expect(shown).toContain('..');
    expect(shown).toContain(DEMO_DATA_MARK);
    expect(shown).toContain('Kilde: SSB');
  });

  it('writes each number of a heatmap in its cell', () => {
    const data = view('heatmap');
    expectEveryValueShown(data, renderChartSvg(data, texts));
  });
});

describe('renderChartPng', () => {
  it('is a PNG at twice the width and height', () => {
    const png = renderChartPng(view('bar'), texts);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(1600);
    expect(png.readUInt32BE(20)).toBe(900);
  });

  it('follows the size asked for', () => {
    const png = renderChartPng(view('line'), texts, { width: 600, height: 400 });
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(800);
  });
});
