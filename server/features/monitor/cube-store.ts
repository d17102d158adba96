import { and, desc, eq, sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { Cube } from '../../../core/monitor/cube.ts';
import { compareCubes, type DatasetChanges } from '../../../core/monitor/dataset-changes.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import {
  bytesOf,
  fromBytea,
  monitorDatasets,
  monitorDatasetVersions,
  toBytea,
} from '../../db/monitor-schema.ts';
import { conflict, notFound } from '../../errors.ts';

/** A cube's values as stored: little-endian float64 (NaN for no value), whatever the machine. */
export function encodeValues(values: Float64Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat64(i * 8, values[i] ?? Number.NaN, true);
  return bytes;
}

export function decodeValues(bytes: Uint8Array): Float64Array {
  const values = new Float64Array(bytes.byteLength / 8);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < values.length; i++) values[i] = view.getFloat64(i * 8, true);
  return values;
}

/** The columns a cube is made of, its cells as base64 (see `fromBytea`). */
const cubeColumns = {
  label: monitorDatasetVersions.label,
  source: monitorDatasetVersions.source,
  updated: monitorDatasetVersions.updated,
  note: monitorDatasetVersions.note,
  dimensions: monitorDatasetVersions.dimensions,
  values: fromBytea(monitorDatasetVersions.values),
  status: monitorDatasetVersions.status,
};
type CubeRow = Pick<
  typeof monitorDatasetVersions.$inferSelect,
  'label' | 'source' | 'updated' | 'note' | 'dimensions' | 'status'
> & { values: string };

function cubeOf(row: CubeRow): Cube {
  return {
    label: row.label,
    source: row.source,
    updated: row.updated,
    note: row.note,
    dimensions: row.dimensions,
    values: decodeValues(bytesOf(row.values)),
    status: new Map(row.status),
  };
}

// Versions never change once written, so a cube read once is good until evicted.
const cubes = new LRUCache<string, Cube>({
  maxSize: 400 * 1024 * 1024,
  sizeCalculation: (cube) => cube.values.byteLength + 1024 + cube.status.size * 64,
});

/** The cube figures read: the dataset's current version. */
export async function loadCurrentCube(
  db: DbOrTx,
  datasetId: string,
): Promise<{ cube: Cube; versionId: string; number: number; importedAt: Date }> {
  const [head] = await db
    .select({
      id: monitorDatasetVersions.id,
      number: monitorDatasetVersions.number,
      createdAt: monitorDatasetVersions.createdAt,
    })
    .from(monitorDatasetVersions)
    .innerJoin(monitorDatasets, eq(monitorDatasets.id, monitorDatasetVersions.datasetId))
    .where(
      and(
        eq(monitorDatasetVersions.datasetId, datasetId),
        eq(monitorDatasetVersions.number, monitorDatasets.currentVersion),
      ),
    );
  if (!head) throw notFound('Datasettet har ingen tall ennå.');
  const cached = cubes.get(head.id);
  const cube = cached ?? (await readCube(db, head.id));
  if (!cached) cubes.set(head.id, cube);
  return { cube, versionId: head.id, number: head.number, importedAt: head.createdAt };
}

async function readCube(db: DbOrTx, versionId: string): Promise<Cube> {
  const [row] = await db
    .select(cubeColumns)
    .from(monitorDatasetVersions)
    .where(eq(monitorDatasetVersions.id, versionId));
  if (!row) throw notFound('Fant ikke versjonen av datasettet.');
  return cubeOf(row);
}

export type NewDataset = {
  councilId: string;
  title: string;
  description?: string;
  source: (typeof monitorDatasets.$inferInsert)['source'];
  sourceText?: string;
  isDemo?: boolean;
  pxTableId?: string | null;
  pxSelection?: Record<string, string[]> | null;
};

/**
 * Writes a cube as the dataset's next version (making the dataset first when `target` is a
 * new one) and makes it current; the earlier versions stay. Call inside a transaction.
 */
export async function saveDatasetVersion(
  tx: Tx,
  userId: string | null,
  target: { datasetId: string; expectedVersion?: number } | NewDataset,
  cube: Cube,
  fileName: string,
): Promise<{ datasetId: string; number: number; changes: DatasetChanges | null }> {
  let datasetId: string;
  let councilId: string;
  if ('datasetId' in target) {
    const [dataset] = await tx
      .select()
      .from(monitorDatasets)
      .where(eq(monitorDatasets.id, target.datasetId))
      .for('update');
    if (!dataset) throw notFound('Fant ikke datasettet.');
    if (target.expectedVersion !== undefined && dataset.version !== target.expectedVersion) {
      throw conflict('Datasettet er endret av noen andre. Last siden på nytt.');
    }
    datasetId = dataset.id;
    councilId = dataset.councilId;
  } else {
    const [created] = await tx
      .insert(monitorDatasets)
      .values({
        councilId: target.councilId,
        title: target.title,
        description: target.description ?? '',
        source: target.source,
        sourceText: target.sourceText ?? '',
        isDemo: target.isDemo ?? false,
        pxTableId: target.pxTableId ?? null,
        pxSelection: target.pxSelection ?? null,
      })
      .returning({ id: monitorDatasets.id });
    if (!created) throw new Error('insert returned nothing');
    datasetId = created.id;
    councilId = target.councilId;
    await recordAudit(tx, {
      userId,
      councilId,
      entityType: 'monitor_dataset',
      entityId: datasetId,
      action: 'create',
      changes: { title: target.title, source: target.source },
    });
  }
  const [previous] = await tx
    .select({ ...cubeColumns, number: monitorDatasetVersions.number })
    .from(monitorDatasetVersions)
    .where(eq(monitorDatasetVersions.datasetId, datasetId))
    .orderBy(desc(monitorDatasetVersions.number))
    .limit(1);
  const changes = previous ? compareCubes(cubeOf(previous), cube) : null;
  const number = (previous?.number ?? 0) + 1;
  let missing = 0;
  for (const v of cube.values) if (Number.isNaN(v)) missing++;
  await tx.insert(monitorDatasetVersions).values({
    datasetId,
    councilId,
    number,
    label: cube.label,
    source: cube.source,
    updated: cube.updated,
    note: cube.note,
    dimensions: cube.dimensions,
    values: toBytea(encodeValues(cube.values)),
    status: [...cube.status],
    cells: cube.values.length,
    missing,
    changes,
    fileName,
    importedBy: userId,
  });
  await tx
    .update(monitorDatasets)
    .set({
      currentVersion: number,
      version: sql`${monitorDatasets.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(monitorDatasets.id, datasetId));
  await recordAudit(tx, {
    userId,
    councilId,
    entityType: 'monitor_dataset',
    entityId: datasetId,
    action: 'import_version',
    changes: { number, fileName, cells: cube.values.length, missing, changes },
  });
  return { datasetId, number, changes };
}
