/**
 * The monitor's figure pages, made interactive. The server's page works without this: the
 * filter form submits, the SVG shows the numbers, the table holds them all. With script the
 * static SVG becomes an ECharts chart (tooltips, resizing), and a changed filter redraws the
 * chart and the table in place, with the downloads, the stable link and the address kept to
 * the view. The table stays the accessible equivalent of the chart.
 */

import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { chartOption, chartSummary } from '../core/monitor/chart-option.ts';
import type { FigureData } from '../core/monitor/indicators.ts';

echarts.use([
  LineChart,
  BarChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  VisualMapComponent,
  AriaComponent,
  TitleComponent,
  GraphicComponent,
  SVGRenderer,
  CanvasRenderer,
]);

/** What the page's JSON block holds and `data.json` answers (with the table's HTML). */
type FigureState = {
  indicator: { title: string; isDemo: boolean };
  data: FigureData;
  query: string;
  source: string;
  table?: string;
};

/** Past this many cells a canvas draws faster than thousands of SVG elements. */
const CANVAS_FROM_CELLS = 2_000;
const UPDATED = 'Figuren er oppdatert';
const FAILED = 'Figuren kunne ikke oppdateres. Trykk «Oppdater figuren» for å laste siden på nytt.';

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

/**
 * A chart a little flatter than 16:9 on wide screens. A narrow one wraps its title and legend
 * onto more lines, so it gets more height to keep room for the plot.
 */
function chartHeight(width: number): number {
  return Math.round(Math.min(520, Math.max(width < 600 ? 440 : 340, width * 0.58)));
}

function readState(root: HTMLElement): FigureState | null {
  const block = root.querySelector<HTMLScriptElement>('script[data-monitor-data]');
  try {
    return block?.textContent ? (JSON.parse(block.textContent) as FigureState) : null;
  } catch {
    return null;
  }
}

function queryOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string') params.append(name, value);
  }
  return params.toString();
}

function startFigure(root: HTMLElement) {
  const path = root.dataset.monitorFigure;
  let state = readState(root);
  if (!path || !state) return;
  const holder = root.querySelector<HTMLElement>('[data-monitor-chart]');
  const form = root.querySelector<HTMLFormElement>('form[data-monitor-filters]');
  const status = root.querySelector<HTMLElement>('[data-monitor-status]');
  const tableHolder = root.querySelector<HTMLElement>('[data-monitor-table]');
  let chart: echarts.ECharts | null = null;
  let drawnWidth = 0;

  const draw = () => {
    if (!holder || !state) return;
    const width = Math.round(holder.clientWidth);
    if (width <= 0) return;
    const height = chartHeight(width);
    const texts = {
      title: state.indicator.title,
      demo: state.indicator.isDemo,
      source: state.source,
    };
    const option = chartOption(state.data, texts, { width, height });
    if (option === null) return;
    holder.style.height = `${height}px`;
    if (chart === null) {
      const cells = state.data.series.length * state.data.x.categories.length;
      // The server's SVG goes only once the chart can take its place.
      holder.replaceChildren();
      chart = echarts.init(holder, null, {
        renderer: cells > CANVAS_FROM_CELLS ? 'canvas' : 'svg',
      });
    } else {
      chart.resize({ width, height });
    }
    chart.setOption(option, { notMerge: true });
    drawnWidth = width;
    // One image with a name for assistive technology; the table below has the numbers.
    holder.setAttribute('role', 'img');
    holder.setAttribute('aria-label', chartSummary(state.data, state.indicator.title));
  };

  try {
    draw();
  } catch {
    // The server's SVG stays: a figure without interaction beats none.
    chart = null;
  }

  if (holder && typeof ResizeObserver !== 'undefined') {
    let pending = 0;
    new ResizeObserver(() => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => {
        if (chart && Math.abs(holder.clientWidth - drawnWidth) >= 2) draw();
      });
    }).observe(holder);
  }

  const announce = (message: string) => {
    if (!status) return;
    // Emptied first, so the same words are announced again after the next change.
    status.textContent = '';
    window.setTimeout(() => {
      status.textContent = message;
    }, 50);
  };

  const showLinks = (query: string) => {
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-monitor-download]')) {
      a.href = withQuery(`${path}/${a.dataset.monitorDownload}`, query);
    }
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-monitor-stable]')) {
      const stable = withQuery(a.dataset.monitorStable ?? '', query);
      a.href = stable;
      a.textContent = stable;
    }
  };

  /** The form shows what the figure shows (the server falls back to the default for none). */
  const showChoices = (data: FigureData) => {
    if (!form) return;
    for (const filter of data.filters) {
      const chosen = new Set(filter.options.filter((o) => o.selected).map((o) => o.id));
      for (const element of form.elements) {
        if (
          (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) &&
          element.name === filter.dimension
        ) {
          if (element instanceof HTMLInputElement) element.checked = chosen.has(element.value);
          else element.value = [...chosen][0] ?? element.value;
        }
      }
    }
  };

  let inFlight: AbortController | null = null;
  const update = async () => {
    if (!form) return;
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    try {
      const url = withQuery(`${path}/data.json`, queryOf(form));
      const response = await fetch(url, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`data.json answered ${response.status}`);
      const next = (await response.json()) as FigureState;
      if (controller.signal.aborted) return;
      state = next;
      draw();
      if (tableHolder && typeof next.table === 'string') tableHolder.innerHTML = next.table;
      showChoices(next.data);
      showLinks(next.query);
      history.replaceState(history.state, '', withQuery(path, next.query));
      announce(UPDATED);
    } catch (error) {
      if (controller.signal.aborted) return;
      console.error(error);
      announce(FAILED);
    } finally {
      if (inFlight === controller) inFlight = null;
    }
  };

  // The submit button keeps working as a plain form submit; changes redraw at once.
  form?.addEventListener('change', () => {
    void update();
  });
}

function start() {
  for (const root of document.querySelectorAll<HTMLElement>('[data-monitor-figure]')) {
    startFigure(root);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
