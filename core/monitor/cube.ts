/**
 * A statistical cube as the monitor holds it, whatever it was read from (JSON-stat 2.0, a tidy
 * CSV/XLSX table, PxWebApi, an HRCS portfolio's aggregates). Values are stored row-major in
 * dimension order, the last dimension varying fastest, exactly as JSON-stat orders them.
 */

export const DIMENSION_ROLES = ['time', 'geo', 'metric'] as const;
export type DimensionRole = (typeof DIMENSION_ROLES)[number];

/** JSON-stat's unit of a metric category. */
export type Unit = {
  label?: string;
  symbol?: string;
  position?: 'start' | 'end';
  decimals?: number;
};

export type Category = {
  id: string;
  label: string;
  /** Only on categories of a metric dimension. */
  unit?: Unit;
  note?: string[];
};

export type Dimension = {
  id: string;
  label: string;
  role: DimensionRole | null;
  categories: Category[];
  note?: string[];
};

export type Cube = {
  label: string | null;
  source: string | null;
  /** As the file states it (ISO 8601), or null. */
  updated: string | null;
  note: string[];
  dimensions: Dimension[];
  /** One cell per combination of categories; NaN where there is no value. */
  values: Float64Array;
  /** Status symbols by cell index (".." not available, "." not applicable, ":" confidential …). */
  status: ReadonlyMap<number, string>;
};

export function cubeSize(dimensions: readonly Dimension[]): number[] {
  return dimensions.map((d) => d.categories.length);
}

/** How far one step in each dimension moves in `values`. */
export function strides(size: readonly number[]): number[] {
  const result = new Array<number>(size.length).fill(1);
  for (let i = size.length - 2; i >= 0; i--) {
    result[i] = (result[i + 1] ?? 1) * (size[i + 1] ?? 1);
  }
  return result;
}

export function cellCount(size: readonly number[]): number {
  return size.reduce((product, n) => product * n, 1);
}

/** The cell index of one category position per dimension. */
export function cellIndex(stride: readonly number[], positions: readonly number[]): number {
  let index = 0;
  for (let i = 0; i < positions.length; i++) index += (positions[i] ?? 0) * (stride[i] ?? 0);
  return index;
}

export function isMissing(value: number): boolean {
  return Number.isNaN(value);
}
