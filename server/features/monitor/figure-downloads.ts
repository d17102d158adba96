/**
 * A figure's view as files: CSV for Excel in Norway, and JSON-stat 2.0 for anyone who reads
 * statistics by machine. Both hold exactly the numbers the chart and the table show.
 */

import { stringify } from 'csv-stringify/sync';
import { type Cube, type Dimension, strides } from '../../../core/monitor/cube.ts';
import { DEMO_DATA_MARK, type FigureData } from '../../../core/monitor/indicators.ts';
import { type JsonStatDataset, toJsonStat } from '../../../core/monitor/jsonstat-write.ts';
import { inertCell } from '../../csv-cell.ts';

export type DownloadTexts = { title: string; source: string; demo: boolean };

/**
 * The view as CSV for Excel in Norway: a byte-order mark so "æøå" survive, semicolons, decimal
 * comma, one row per x category and series. Only data: the title and source go in the file name
 * and in the JSON-stat, so the file stays machine-readable from its first line.
 *
 * Label and status cells are made inert; the value cell is a number we write ourselves
 * ("-12,5" must stay a number), never text from the dataset.
 */
export function figureCsv(data: FigureData, _texts: DownloadTexts): string {
  const withSeries = data.seriesLabel !== null;
  const header = [data.x.label, ...(withSeries ? [data.seriesLabel ?? ''] : []), 'Verdi', 'Status'];
  const rows: string[][] = [];
  data.x.categories.forEach((x, xi) => {
    for (const s of data.series) {
      const value = s.values[xi] ?? null;
      rows.push([
        inertCell(x.label),
        ...(withSeries ? [inertCell(s.label)] : []),
        value === null ? '' : decimalComma(value),
        inertCell(s.status[xi] ?? ''),
      ]);
    }
  });
  return `\uFEFF${stringify([header.map(inertCell), ...rows], {
    delimiter: ';',
    record_delimiter: 'windows',
  })}`;
}

/** 4213.5 → "4213,5": all the digits the dataset holds, no thousands separator, no exponent. */
export function decimalComma(value: number): string {
  const plain = /e/i.test(String(value))
    ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : String(value);
  return plain.replace('.', ',');
}

/**
 * The view as a JSON-stat 2.0 dataset: every dimension with only the categories of the view, in
 * the cube's order, so its size is the view's and its values are the view's cells in JSON-stat
 * order. Label and source are the figure's; the note carries the demo mark on demo data.
 */
export function figureJsonStat(
  cube: Cube,
  data: FigureData,
  texts: DownloadTexts,
): JsonStatDataset {
  const dataset = toJsonStat(viewCube(cube, data));
  dataset.label = texts.title;
  if (texts.source.trim()) dataset.source = texts.source.trim();
  const note = [...(dataset.note ?? [])];
  if (texts.demo && !note.includes(DEMO_DATA_MARK)) note.unshift(DEMO_DATA_MARK);
  if (note.length > 0) dataset.note = note;
  return dataset;
}

/**
 * The part of the cube a view shows, as a cube of its own. Reads only the view's cells: an
 * odometer over the selected positions, mapped to the big cube by its strides.
 */
export function viewCube(cube: Cube, data: FigureData): Cube {
  const positions = cube.dimensions.map((dim) => selectedPositions(dim, data.selection[dim.id]));
  const stride = strides(cube.dimensions.map((d) => d.categories.length));
  const size = positions.map((p) => p.length);
  const total = size.reduce((product, n) => product * n, 1);
  const values = new Float64Array(total);
  const status = new Map<number, string>();
  const counter = new Array<number>(size.length).fill(0);
  for (let cell = 0; cell < total; cell++) {
    let source = 0;
    for (let d = 0; d < size.length; d++) {
      source += (positions[d]?.[counter[d] ?? 0] ?? 0) * (stride[d] ?? 0);
    }
    values[cell] = cube.values[source] ?? Number.NaN;
    const symbol = cube.status.get(source);
    if (symbol !== undefined) status.set(cell, symbol);
    // The last dimension turns fastest, as JSON-stat orders values.
    for (let d = size.length - 1; d >= 0; d--) {
      counter[d] = (counter[d] ?? 0) + 1;
      if ((counter[d] ?? 0) < (size[d] ?? 0)) break;
      counter[d] = 0;
    }
  }
  return {
    ...cube,
    note: [...cube.note],
    dimensions: cube.dimensions.map((dim, d) => ({
      ...dim,
      categories: (positions[d] ?? []).map((p) => dim.categories[p] as Dimension['categories'][0]),
    })),
    values,
    status,
  };
}

/** The positions of a view's categories in one dimension, in the cube's order. */
function selectedPositions(dim: Dimension, ids: readonly string[] | undefined): number[] {
  if (!ids || ids.length === 0) {
    throw new Error(`Utvalget mangler kategorier for dimensjonen «${dim.id}».`);
  }
  const index = new Map(dim.categories.map((c, i) => [c.id, i]));
  const found = new Set<number>();
  for (const id of ids) {
    const p = index.get(id);
    if (p === undefined) throw new Error(`Dimensjonen «${dim.id}» har ingen kategori «${id}».`);
    found.add(p);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * A file name from the figure's title, plain ASCII so any browser and header keeps it:
 * "FoU-utgifter til helse, 2019–2023" → "fou-utgifter-til-helse-2019-2023.csv", with
 * "-demodata" before the extension on demo data.
 */
export function figureFileName(texts: Pick<DownloadTexts, 'title' | 'demo'>, extension: string) {
  const slug = texts.title
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'figur'}${texts.demo ? '-demodata' : ''}.${extension}`;
}
