/**
 * Writes a Cube as a JSON-stat 2.0 dataset, the form the monitor offers for download and the
 * form parseJsonStat reads back unchanged.
 */
import { type Cube, DIMENSION_ROLES, type DimensionRole, type Unit } from './cube.ts';

export type JsonStatCategory = {
  index: string[];
  label: Record<string, string>;
  unit?: Record<string, Unit>;
  note?: Record<string, string[]>;
};

export type JsonStatDataset = {
  version: '2.0';
  class: 'dataset';
  label?: string;
  source?: string;
  updated?: string;
  note?: string[];
  id: string[];
  size: number[];
  role?: Partial<Record<DimensionRole, string[]>>;
  dimension: Record<string, { label: string; note?: string[]; category: JsonStatCategory }>;
  value: (number | null)[];
  status?: Record<string, string>;
};

export function toJsonStat(cube: Cube): JsonStatDataset {
  const dataset: JsonStatDataset = {
    version: '2.0',
    class: 'dataset',
    id: cube.dimensions.map((d) => d.id),
    size: cube.dimensions.map((d) => d.categories.length),
    dimension: {},
    value: [],
  };
  if (cube.label !== null) dataset.label = cube.label;
  if (cube.source !== null) dataset.source = cube.source;
  if (cube.updated !== null) dataset.updated = cube.updated;
  if (cube.note.length > 0) dataset.note = [...cube.note];

  const role: Partial<Record<DimensionRole, string[]>> = {};
  for (const name of DIMENSION_ROLES) {
    const members = cube.dimensions.filter((d) => d.role === name).map((d) => d.id);
    if (members.length > 0) role[name] = members;
  }
  if (Object.keys(role).length > 0) dataset.role = role;

  // Built from entries, so a dimension id such as "__proto__" stays an ordinary key.
  const dimensions = cube.dimensions.map((dimension) => {
    const category: JsonStatCategory = {
      index: dimension.categories.map((c) => c.id),
      label: Object.fromEntries(dimension.categories.map((c) => [c.id, c.label])),
    };
    const units = dimension.categories.filter((c) => c.unit !== undefined);
    if (units.length > 0) {
      category.unit = Object.fromEntries(units.map((c) => [c.id, { ...c.unit }]));
    }
    const notes = dimension.categories.filter((c) => c.note !== undefined);
    if (notes.length > 0) {
      category.note = Object.fromEntries(notes.map((c) => [c.id, [...(c.note ?? [])]]));
    }
    const written = {
      label: dimension.label,
      ...(dimension.note !== undefined ? { note: [...dimension.note] } : {}),
      category,
    };
    return [dimension.id, written] as const;
  });
  dataset.dimension = Object.fromEntries(dimensions);

  // JSON has no NaN: a missing cell is null, as JSON-stat prescribes.
  const value = new Array<number | null>(cube.values.length);
  for (let i = 0; i < cube.values.length; i++) {
    const v = cube.values[i] as number;
    value[i] = Number.isNaN(v) ? null : v;
  }
  dataset.value = value;

  if (cube.status.size > 0) {
    const status: Record<string, string> = {};
    for (const [cell, symbol] of [...cube.status].sort((a, b) => a[0] - b[0])) {
      status[String(cell)] = symbol;
    }
    dataset.status = status;
  }
  return dataset;
}
