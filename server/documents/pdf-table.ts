import type { RGB } from 'pdf-lib';
import {
  COLOR,
  type Flow,
  type Line,
  MARGIN,
  type StyledRun,
  type TextMeasure,
} from './pdf-layout.ts';

export type TableCellSpec = { runs: StyledRun[]; colSpan?: number; fill?: RGB };
export type TableRowSpec = { cells: TableCellSpec[]; header?: boolean };

export type TableOptions = {
  size: number;
  lineHeight?: number;
  x?: number;
  width?: number;
  /** Fixed column widths (points); computed from the content when left out. */
  columnWidths?: number[];
  /** 'grid' draws every cell border; 'rows' only rules between rows (the case-paper header). */
  borders?: 'grid' | 'rows';
  padding?: { x: number; y: number };
};

type PreparedRow = {
  cells: Array<{ x: number; width: number; lines: Line[]; fill?: RGB }>;
  header: boolean;
};

/**
 * Draws a table row by row. Header rows repeat on every page the table reaches; a row taller
 * than a page is split between lines rather than clipped.
 */
export function drawTable(flow: Flow, rows: readonly TableRowSpec[], o: TableOptions): void {
  if (rows.length === 0) return;
  const x = o.x ?? flow.left;
  const width = o.width ?? flow.left + flow.width - x;
  const lh = o.lineHeight ?? o.size * 1.3;
  const pad = o.padding ?? { x: 5, y: 4 };
  const borders = o.borders ?? 'grid';
  const columns = o.columnWidths ?? columnWidths(flow.measure, rows, o.size, width, pad.x);

  const prepared = rows.map((row): PreparedRow => {
    let col = 0;
    let cx = x;
    const cells = row.cells.map((cell) => {
      const span = Math.max(1, Math.min(cell.colSpan ?? 1, columns.length - col));
      const isLast = col + span >= columns.length;
      const w = isLast ? x + width - cx : columns.slice(col, col + span).reduce((a, b) => a + b, 0);
      const lines = flow.measure.wrap(cell.runs, o.size, Math.max(8, w - 2 * pad.x));
      const out = { x: cx, width: w, lines, fill: cell.fill };
      col += span;
      cx += w;
      return out;
    });
    return { cells, header: !!row.header };
  });

  const headerRows: PreparedRow[] = [];
  for (const row of prepared) {
    if (!row.header) break;
    headerRows.push(row);
  }
  const rowHeight = (row: PreparedRow) =>
    Math.max(1, ...row.cells.map((c) => c.lines.length)) * lh + 2 * pad.y;
  const headerHeight = headerRows.reduce((sum, r) => sum + rowHeight(r), 0);
  const repeatHeader = headerRows.length > 0 && headerHeight < (flow.top - MARGIN.bottom) / 3;

  const drawSlice = (row: PreparedRow, offsets: number[], count: number) => {
    const height = count * lh + 2 * pad.y;
    const top = flow.y;
    const bottom = top - height;
    for (const [i, cell] of row.cells.entries()) {
      if (cell.fill)
        flow.push({
          kind: 'rect',
          x: cell.x,
          y: bottom,
          w: cell.width,
          h: height,
          color: cell.fill,
        });
      const from = offsets[i] ?? 0;
      cell.lines.slice(from, from + count).forEach((line, n) => {
        flow.drawLine(line, cell.x + pad.x, top - pad.y - n * lh - lh * 0.74, o.size);
      });
    }
    const line = (x1: number, y1: number, x2: number, y2: number) =>
      flow.push({ kind: 'line', x1, y1, x2, y2, thickness: 0.5, color: COLOR.rule });
    line(x, top, x + width, top);
    line(x, bottom, x + width, bottom);
    if (borders === 'grid') {
      line(x, top, x, bottom);
      for (const cell of row.cells) line(cell.x + cell.width, top, cell.x + cell.width, bottom);
    }
    flow.y = bottom;
  };

  const drawWhole = (row: PreparedRow) => {
    drawSlice(row, [], Math.max(1, ...row.cells.map((c) => c.lines.length)));
  };

  const breakPage = () => {
    flow.newPage();
    if (repeatHeader) for (const h of headerRows) drawWhole(h);
  };

  const pageContent = flow.top - MARGIN.bottom - (repeatHeader ? headerHeight : 0);
  // Keep the header with at least the first body row.
  const firstBody = prepared[headerRows.length];
  flow.ensure(headerHeight + (firstBody ? Math.min(rowHeight(firstBody), 3 * lh) : 0));
  if (flow.pages.length === 0) flow.newPage();

  for (const row of prepared) {
    const offsets = row.cells.map(() => 0);
    let fresh = false;
    for (;;) {
      const left = Math.max(1, ...row.cells.map((c, i) => c.lines.length - (offsets[i] ?? 0)));
      const need = left * lh + 2 * pad.y;
      if (need <= flow.remaining + 0.01) {
        drawSlice(row, offsets, left);
        break;
      }
      if (!fresh && need <= pageContent) {
        breakPage();
        fresh = true;
        continue;
      }
      const fit = Math.floor((flow.remaining - 2 * pad.y) / lh);
      if (fit < 1) {
        breakPage();
        fresh = true;
        continue;
      }
      drawSlice(row, offsets, fit);
      for (let i = 0; i < offsets.length; i++) offsets[i] = (offsets[i] ?? 0) + fit;
      breakPage();
      fresh = true;
    }
  }
}

/** Shares the width out by content: every column gets its longest word, the rest by text length. */
export function columnWidths(
  measure: TextMeasure,
  rows: readonly TableRowSpec[],
  size: number,
  total: number,
  padX: number,
): number[] {
  const count = Math.max(
    1,
    ...rows.map((r) => r.cells.reduce((n, c) => n + Math.max(1, c.colSpan ?? 1), 0)),
  );
  const min = new Array<number>(count).fill(24);
  const want = new Array<number>(count).fill(24);
  for (const row of rows) {
    let col = 0;
    for (const cell of row.cells) {
      const span = Math.max(1, cell.colSpan ?? 1);
      if (span === 1) {
        for (const line of measure.wrap(cell.runs, size, Number.POSITIVE_INFINITY)) {
          want[col] = Math.max(want[col] ?? 0, line.width + 2 * padX);
        }
        const word = measure.longestWord(cell.runs, size);
        min[col] = Math.max(min[col] ?? 0, Math.min(word + 2 * padX, total / count));
      }
      col += span;
    }
  }
  const sumMin = min.reduce((a, b) => a + b, 0);
  const sumWant = want.reduce((a, b) => a + b, 0);
  if (sumWant <= total) return want.map((w) => (w / sumWant) * total);
  if (sumMin >= total) return min.map((w) => (w / sumMin) * total);
  const flexible = sumWant - sumMin;
  return min.map((m, i) => m + (((want[i] ?? m) - m) / flexible) * (total - sumMin));
}
