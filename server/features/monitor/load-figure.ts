import type { Cube } from '../../../core/monitor/cube.ts';
import { figureData, selectionFromQuery, selectionToQuery } from '../../../core/monitor/figure.ts';
import { NOT_SUMMABLE_WARNING } from '../../../core/monitor/indicators.ts';
import type { Db } from '../../db/client.ts';
import { loadCurrentCube } from './cube-store.ts';
import type { TFigure, TIndicator } from './schema.ts';

export type Query = Record<string, string | string[] | undefined>;

/** The warnings a reader sees: the editor's, and the standard one where categories overlap. */
export function indicatorWarnings(indicator: Pick<TIndicator, 'warnings' | 'notSummable'>) {
  return indicator.notSummable && !indicator.warnings.includes(NOT_SUMMABLE_WARNING)
    ? [NOT_SUMMABLE_WARNING, ...indicator.warnings]
    : indicator.warnings;
}

/** One view of an indicator: its numbers for the chosen filters and the words around them. */
export async function loadFigure(
  db: Db,
  indicator: TIndicator,
  query: Query,
): Promise<TFigure & { cube: Cube }> {
  const { cube, importedAt } = await loadCurrentCube(db, indicator.datasetId);
  const data = figureData(cube, indicator.spec, selectionFromQuery(query, cube));
  return {
    cube,
    indicator: {
      id: indicator.id,
      slug: indicator.slug,
      title: indicator.title,
      description: indicator.description,
      sourceText: indicator.sourceText,
      definitions: indicator.definitions,
      footnotes: indicator.footnotes,
      warnings: indicatorWarnings(indicator),
      isDemo: indicator.isDemo,
      updatedAt: importedAt.toISOString(),
    },
    data,
    query: selectionToQuery(data.selection, indicator.spec, cube),
  };
}
