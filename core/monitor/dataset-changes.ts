import { type Cube, cellIndex, cubeSize, strides } from './cube.ts';

/** What an update of a dataset changed, shown in its history. */
export type DatasetChanges = {
  dimensionsAdded: string[];
  dimensionsRemoved: string[];
  categoriesAdded: Record<string, string[]>;
  categoriesRemoved: Record<string, string[]>;
  /** Cells present in both versions whose value or status differs. */
  cellsChanged: number;
  /** Cells with a value now that had none, or did not exist. */
  cellsAdded: number;
  /** Cells with a value before that have none now, or no longer exist. */
  cellsRemoved: number;
};

const cellKey = (value: number, status: string | undefined) =>
  Number.isNaN(value) ? `-${status ?? ''}` : `${value}|${status ?? ''}`;

/**
 * Compares two versions cell by cell where their dimensions agree (matched by id, categories by
 * id, in any order); with different dimensions only the dimension lists are compared.
 */
export function compareCubes(before: Cube, after: Cube): DatasetChanges {
  const beforeIds = before.dimensions.map((d) => d.id);
  const afterIds = after.dimensions.map((d) => d.id);
  const changes: DatasetChanges = {
    dimensionsAdded: afterIds.filter((id) => !beforeIds.includes(id)),
    dimensionsRemoved: beforeIds.filter((id) => !afterIds.includes(id)),
    categoriesAdded: {},
    categoriesRemoved: {},
    cellsChanged: 0,
    cellsAdded: 0,
    cellsRemoved: 0,
  };
  for (const dimension of after.dimensions) {
    const old = before.dimensions.find((d) => d.id === dimension.id);
    if (!old) continue;
    const oldIds = new Set(old.categories.map((c) => c.id));
    const newIds = new Set(dimension.categories.map((c) => c.id));
    const added = [...newIds].filter((id) => !oldIds.has(id));
    const removed = [...oldIds].filter((id) => !newIds.has(id));
    if (added.length > 0) changes.categoriesAdded[dimension.id] = added;
    if (removed.length > 0) changes.categoriesRemoved[dimension.id] = removed;
  }
  if (changes.dimensionsAdded.length > 0 || changes.dimensionsRemoved.length > 0) return changes;

  // For every cell of the new version, where the same categories sit in the old one (-1: absent).
  const oldStride = strides(cubeSize(before.dimensions));
  const oldDims = after.dimensions.map((d) => {
    const old = before.dimensions.find((o) => o.id === d.id);
    return old ?? { categories: [] };
  });
  const oldOrder = after.dimensions.map((d) => beforeIds.indexOf(d.id));
  const positions = after.dimensions.map((d, i) => {
    const index = new Map(oldDims[i]?.categories.map((c, p) => [c.id, p]));
    return d.categories.map((c) => index.get(c.id) ?? -1);
  });
  const size = cubeSize(after.dimensions);
  const coords = new Array<number>(size.length).fill(0);
  const oldCoords = new Array<number>(size.length).fill(0);
  let matchedWithOldValue = 0;
  for (let cell = 0; cell < after.values.length; cell++) {
    let present = true;
    for (let i = 0; i < coords.length; i++) {
      const p = positions[i]?.[coords[i] ?? 0] ?? -1;
      if (p < 0) present = false;
      oldCoords[oldOrder[i] ?? 0] = p;
    }
    const value = after.values[cell] ?? Number.NaN;
    if (present) {
      const oldCell = cellIndex(oldStride, oldCoords);
      const oldValue = before.values[oldCell] ?? Number.NaN;
      if (!Number.isNaN(oldValue)) matchedWithOldValue++;
      const was = cellKey(oldValue, before.status.get(oldCell));
      const now = cellKey(value, after.status.get(cell));
      if (Number.isNaN(oldValue) && !Number.isNaN(value)) changes.cellsAdded++;
      else if (!Number.isNaN(oldValue) && Number.isNaN(value)) changes.cellsRemoved++;
      else if (was !== now) changes.cellsChanged++;
    } else if (!Number.isNaN(value)) {
      changes.cellsAdded++;
    }
    // Next coordinates, last dimension fastest.
    for (let i = coords.length - 1; i >= 0; i--) {
      coords[i] = (coords[i] ?? 0) + 1;
      if ((coords[i] ?? 0) < (size[i] ?? 0)) break;
      coords[i] = 0;
    }
  }
  // Old cells with a value whose categories are gone.
  let oldWithValue = 0;
  for (const v of before.values) if (!Number.isNaN(v)) oldWithValue++;
  changes.cellsRemoved += oldWithValue - matchedWithOldValue;
  return changes;
}
