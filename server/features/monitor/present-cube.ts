import { type Cube, cubeSize, strides } from '../../../core/monitor/cube.ts';
import type { TCubeSummary } from './schema.ts';

const SAMPLE_CELLS = 20;
const SAMPLE_CATEGORIES = 50;

/** What an editor looks at before saving: dimensions, counts and the first cells. */
// The indicator form chooses categories from the dataset's summary, so it asks for all of them.
export function summariseCube(cube: Cube, maxCategories = SAMPLE_CATEGORIES): TCubeSummary {
  const size = cubeSize(cube.dimensions);
  const stride = strides(size);
  let missing = 0;
  for (const v of cube.values) if (Number.isNaN(v)) missing++;
  const sample: TCubeSummary['sample'] = [];
  for (let cell = 0; cell < Math.min(SAMPLE_CELLS, cube.values.length); cell++) {
    const value = cube.values[cell] ?? Number.NaN;
    sample.push({
      categories: cube.dimensions.map((d, i) => {
        const position = Math.floor(cell / (stride[i] ?? 1)) % (size[i] ?? 1);
        return d.categories[position]?.label ?? '';
      }),
      value: Number.isNaN(value) ? null : value,
      status: cube.status.get(cell) ?? null,
    });
  }
  return {
    label: cube.label,
    source: cube.source,
    updated: cube.updated,
    dimensions: cube.dimensions.map((d) => ({
      id: d.id,
      label: d.label,
      role: d.role,
      size: d.categories.length,
      categories: d.categories.slice(0, maxCategories).map((c) => ({ id: c.id, label: c.label })),
    })),
    cells: cube.values.length,
    missing,
    sample,
  };
}
