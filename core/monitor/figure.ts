/**
 * A figure's view of its cube: which categories each dimension shows, and the numbers of exactly
 * those cells. The chart, the table, the SVG/PNG and the CSV/JSON-stat downloads all start here.
 */

import { type Cube, cubeSize, type Dimension, strides } from './cube.ts';
import type { FigureData, FigureFilter, FigureSpec, Selection } from './indicators.ts';

/** Limits on what an address may ask for, so a crafted link cannot make the server work hard. */
export const MAX_QUERY_VALUE_LENGTH = 200;
export const MAX_QUERY_VALUES = 500;

/** The one series of a figure without a series dimension. */
export const SINGLE_SERIES_ID = 'verdi';

/**
 * The numbers of one view. Reads only the selected cells (by index arithmetic), so a view of a
 * million-cell cube costs its own few cells. Throws, in Norwegian, when the spec names a
 * dimension or category the cube lacks.
 */
export function figureData(cube: Cube, spec: FigureSpec, requested: Selection): FigureData {
  checkSpec(cube, spec);
  const positions = resolvePositions(cube, spec, requested);
  const stride = strides(cubeSize(cube.dimensions));
  const xAt = dimensionIndex(cube, spec.xDimension);
  const seriesAt = spec.seriesDimension === null ? -1 : dimensionIndex(cube, spec.seriesDimension);

  // Every dimension but x and series holds one category: its offset is the same for all cells.
  let base = 0;
  cube.dimensions.forEach((_, d) => {
    if (d !== xAt && d !== seriesAt) base += (positions[d]?.[0] ?? 0) * (stride[d] ?? 0);
  });

  const xDim = cube.dimensions[xAt] as Dimension;
  const xPositions = positions[xAt] ?? [];
  const seriesDim = seriesAt < 0 ? null : (cube.dimensions[seriesAt] as Dimension);
  const seriesPositions = seriesAt < 0 ? [-1] : (positions[seriesAt] ?? []);

  const series = seriesPositions.map((s) => {
    const offset = base + (s < 0 ? 0 : s * (stride[seriesAt] ?? 0));
    const values: (number | null)[] = [];
    const status: (string | null)[] = [];
    for (const x of xPositions) {
      const cell = offset + x * (stride[xAt] ?? 0);
      const value = cube.values[cell] ?? Number.NaN;
      values.push(Number.isNaN(value) ? null : value);
      status.push(cube.status.get(cell) ?? null);
    }
    const category = seriesDim && s >= 0 ? seriesDim.categories[s] : undefined;
    return category
      ? { id: category.id, label: category.label, values, status }
      : { id: SINGLE_SERIES_ID, label: cube.label ?? 'Verdi', values, status };
  });

  const selection: Selection = {};
  cube.dimensions.forEach((dim, d) => {
    selection[dim.id] = (positions[d] ?? []).map((p) => dim.categories[p]?.id ?? '');
  });

  return {
    x: {
      dimension: xDim.id,
      label: xDim.label,
      categories: xPositions.map((p) => {
        const c = xDim.categories[p];
        return { id: c?.id ?? '', label: c?.label ?? '' };
      }),
    },
    series,
    seriesLabel: seriesDim ? seriesDim.label : null,
    selection,
    filters: filtersOf(cube, spec, positions),
    chartType: spec.chartType,
    unit: spec.unit,
    decimals: spec.decimals,
  };
}

function dimensionIndex(cube: Cube, id: string): number {
  return cube.dimensions.findIndex((d) => d.id === id);
}

function checkSpec(cube: Cube, spec: FigureSpec): void {
  const named = [
    spec.xDimension,
    ...(spec.seriesDimension === null ? [] : [spec.seriesDimension]),
    ...spec.filterDimensions,
    ...Object.keys(spec.fixed),
    ...Object.keys(spec.defaultSelection),
  ];
  for (const id of named) {
    if (dimensionIndex(cube, id) < 0) throw new Error(`Datasettet har ingen dimensjon «${id}».`);
  }
  if (spec.seriesDimension === spec.xDimension) {
    throw new Error(`Dimensjonen «${spec.xDimension}» kan ikke være både x-akse og serie.`);
  }
  for (const [id, category] of Object.entries(spec.fixed)) {
    const dim = cube.dimensions[dimensionIndex(cube, id)];
    if (!dim?.categories.some((c) => c.id === category)) {
      throw new Error(`Dimensjonen «${id}» har ingen kategori «${category}» å holde fast.`);
    }
  }
  for (const dim of cube.dimensions) {
    if (dim.categories.length === 0) {
      throw new Error(`Dimensjonen «${dim.id}» i datasettet har ingen kategorier.`);
    }
  }
}

/** The selected category positions of every dimension, in cube order. */
function resolvePositions(cube: Cube, spec: FigureSpec, requested: Selection): number[][] {
  const filterable = new Set(spec.filterDimensions);
  return cube.dimensions.map((dim) => {
    const multiple = dim.id === spec.xDimension || dim.id === spec.seriesDimension;
    const fixed = Object.hasOwn(spec.fixed, dim.id) ? spec.fixed[dim.id] : undefined;
    if (fixed !== undefined) return positionsOf(dim, [fixed], false);
    const asked = Object.hasOwn(requested, dim.id) ? requested[dim.id] : undefined;
    if (filterable.has(dim.id) && asked) {
      const chosen = positionsOf(dim, asked, multiple);
      if (chosen.length > 0) return chosen;
    }
    return defaultPositions(dim, spec, multiple);
  });
}

function defaultPositions(dim: Dimension, spec: FigureSpec, multiple: boolean): number[] {
  const preset = Object.hasOwn(spec.defaultSelection, dim.id)
    ? spec.defaultSelection[dim.id]
    : undefined;
  if (preset) {
    const chosen = positionsOf(dim, preset, multiple);
    if (chosen.length > 0) return chosen;
  }
  return multiple ? dim.categories.map((_, i) => i) : [0];
}

/**
 * Positions of the known ids: several in the cube's order, or the first one asked for.
 * Unknown ids are dropped, and so are repeats.
 */
function positionsOf(dim: Dimension, ids: readonly string[], multiple: boolean): number[] {
  const index = new Map(dim.categories.map((c, i) => [c.id, i]));
  const found: number[] = [];
  for (const id of ids) {
    const p = index.get(id);
    if (p === undefined) continue;
    if (!multiple) return [p];
    found.push(p);
  }
  return [...new Set(found)].sort((a, b) => a - b);
}

function filtersOf(cube: Cube, spec: FigureSpec, positions: number[][]): FigureFilter[] {
  const seen = new Set<string>();
  const filters: FigureFilter[] = [];
  for (const id of spec.filterDimensions) {
    if (seen.has(id) || Object.hasOwn(spec.fixed, id)) continue;
    seen.add(id);
    const d = dimensionIndex(cube, id);
    const dim = cube.dimensions[d] as Dimension;
    const chosen = new Set(positions[d] ?? []);
    filters.push({
      dimension: dim.id,
      label: dim.label,
      multiple: id === spec.xDimension || id === spec.seriesDimension,
      options: dim.categories.map((c, i) => ({
        id: c.id,
        label: c.label,
        selected: chosen.has(i),
      })),
    });
  }
  return filters;
}

/**
 * The selection an address asks for (`?Tid=2020&Tid=2021`): only the cube's dimension ids, every
 * value as an array, over-long values dropped and at most MAX_QUERY_VALUES values in all.
 * Whether the categories exist is figureData's business.
 */
export function selectionFromQuery(
  query: Record<string, string | string[] | undefined>,
  cube: Cube,
): Selection {
  const selection: Selection = {};
  let count = 0;
  for (const dim of cube.dimensions) {
    if (!Object.hasOwn(query, dim.id)) continue;
    const raw = query[dim.id];
    const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    const kept: string[] = [];
    for (const value of values) {
      if (count >= MAX_QUERY_VALUES) break;
      if (typeof value !== 'string' || value === '' || value.length > MAX_QUERY_VALUE_LENGTH) {
        continue;
      }
      if (kept.includes(value)) continue;
      kept.push(value);
      count++;
    }
    if (kept.length > 0) selection[dim.id] = kept;
  }
  return selection;
}

/**
 * A stable address for a view: only the filter dimensions that differ from the default, in
 * dimension order and category order, e.g. `Tid=2020&Tid=2021&Sektor=hf`; '' for the default.
 *
 * `selection` is FigureData.selection (already in cube order). Without `cube` the default is
 * known only where the spec gives a defaultSelection; a filter dimension without one is then
 * always written out (a correct but longer link). Pass the cube for the shortest link.
 */
export function selectionToQuery(selection: Selection, spec: FigureSpec, cube?: Cube): string {
  const defaults = cube ? figureData(cube, spec, {}).selection : null;
  const filterable = new Set(spec.filterDimensions.filter((id) => !Object.hasOwn(spec.fixed, id)));
  const order = cube ? cube.dimensions.map((d) => d.id) : Object.keys(selection);
  const parts: string[] = [];
  for (const id of order) {
    if (!filterable.has(id) || !Object.hasOwn(selection, id)) continue;
    let chosen = selection[id] ?? [];
    if (cube) {
      const dim = cube.dimensions.find((d) => d.id === id);
      const rank = new Map(dim?.categories.map((c, i) => [c.id, i]));
      chosen = [...new Set(chosen.filter((c) => rank.has(c)))].sort(
        (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0),
      );
    }
    const preset = defaults
      ? defaults[id]
      : Object.hasOwn(spec.defaultSelection, id)
        ? spec.defaultSelection[id]
        : undefined;
    if (chosen.length === 0 || (preset && sameSet(chosen, preset))) continue;
    for (const category of chosen) {
      parts.push(`${encodeURIComponent(id)}=${encodeURIComponent(category)}`);
    }
  }
  return parts.join('&');
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((v) => right.has(v));
}
