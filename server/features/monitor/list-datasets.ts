import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  monitorDatasets,
  monitorDatasetVersions,
  monitorIndicators,
} from '../../db/monitor-schema.ts';
import { users } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { loadCurrentCube } from './cube-store.ts';
import { summariseCube } from './present-cube.ts';
import type { TDataset, TDatasetDetail } from './schema.ts';

export async function listDatasets(db: Db, councilId: string, ids?: string[]): Promise<TDataset[]> {
  const rows = await db
    .select({
      dataset: monitorDatasets,
      cells: monitorDatasetVersions.cells,
      missing: monitorDatasetVersions.missing,
    })
    .from(monitorDatasets)
    .leftJoin(
      monitorDatasetVersions,
      and(
        eq(monitorDatasetVersions.datasetId, monitorDatasets.id),
        eq(monitorDatasetVersions.number, monitorDatasets.currentVersion),
      ),
    )
    .where(eq(monitorDatasets.councilId, councilId))
    .orderBy(monitorDatasets.title);
  const counts = await db
    .select({ datasetId: monitorIndicators.datasetId, n: count() })
    .from(monitorIndicators)
    .where(eq(monitorIndicators.councilId, councilId))
    .groupBy(monitorIndicators.datasetId);
  return rows
    .filter((r) => !ids || ids.includes(r.dataset.id))
    .map(({ dataset, cells, missing }) => ({
      id: dataset.id,
      title: dataset.title,
      description: dataset.description,
      source: dataset.source,
      sourceText: dataset.sourceText,
      isDemo: dataset.isDemo,
      pxTableId: dataset.pxTableId,
      currentVersion: dataset.currentVersion,
      version: dataset.version,
      updatedAt: dataset.updatedAt.toISOString(),
      cells: cells ?? 0,
      missing: missing ?? 0,
      indicatorCount: counts.find((c) => c.datasetId === dataset.id)?.n ?? 0,
    }));
}

export async function loadDatasetDetail(db: Db, datasetId: string): Promise<TDatasetDetail> {
  const [row] = await db
    .select({ councilId: monitorDatasets.councilId })
    .from(monitorDatasets)
    .where(eq(monitorDatasets.id, datasetId));
  const [dataset] = row ? await listDatasets(db, row.councilId, [datasetId]) : [];
  if (!dataset) throw notFound('Fant ikke datasettet.');
  const versions = await db
    .select({
      number: monitorDatasetVersions.number,
      fileName: monitorDatasetVersions.fileName,
      importedAt: monitorDatasetVersions.createdAt,
      importedBy: users.name,
      cells: monitorDatasetVersions.cells,
      missing: monitorDatasetVersions.missing,
      changes: monitorDatasetVersions.changes,
    })
    .from(monitorDatasetVersions)
    .leftJoin(users, eq(users.id, monitorDatasetVersions.importedBy))
    .where(eq(monitorDatasetVersions.datasetId, datasetId))
    .orderBy(desc(monitorDatasetVersions.number));
  const current = dataset.currentVersion > 0 ? await loadCurrentCube(db, datasetId) : null;
  return {
    ...dataset,
    cube: current ? summariseCube(current.cube, 5_000) : null,
    versions: versions.map((v) => ({
      ...v,
      importedAt: v.importedAt.toISOString(),
      importedBy: v.importedBy ?? null,
    })),
  };
}
