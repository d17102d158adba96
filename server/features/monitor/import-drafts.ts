import { eq, getTableColumns } from 'drizzle-orm';
import type { Cube } from '../../../core/monitor/cube.ts';
import { compareCubes } from '../../../core/monitor/dataset-changes.ts';
import { JsonStatError, parseJsonStat } from '../../../core/monitor/jsonstat.ts';
import { type ColumnMapping, suggestMapping, tidyToCube } from '../../../core/monitor/tidy.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import {
  bytesOf,
  fromBytea,
  monitorDatasets,
  monitorImportDrafts,
  toBytea,
} from '../../db/monitor-schema.ts';
import { invalid, notFound } from '../../errors.ts';
import { assertPlainFileName } from '../attachments/detect-file-type.ts';
import { loadCurrentCube, saveDatasetVersion } from './cube-store.ts';
import { summariseCube } from './present-cube.ts';
import { readTableFile, TableFileError } from './read-table-file.ts';
import type { TImportPreview } from './schema.ts';

type DraftRow = typeof monitorImportDrafts.$inferSelect;
type DraftFormat = TImportPreview['format'];
type Problem = TImportPreview['problems'][number];

const PREVIEW_ROWS = 20;

/** By content, never by the name: JSON is JSON-stat, a zip is XLSX, other text is CSV. */
function detectFormat(bytes: Uint8Array): DraftFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] ?? 0)) i++;
  return bytes[i] === 0x7b ? 'jsonstat' : 'csv';
}

type Read = {
  cube: Cube | null;
  table: { columns: string[]; rows: string[][] } | null;
  mapping: ColumnMapping | null;
  problems: Problem[];
};

/** Reads a draft's file as it stands (with its mapping, for a table) into a cube or problems. */
async function readDraft(draft: DraftRow, label: string): Promise<Read> {
  if (draft.format === 'jsonstat' || draft.format === 'pxweb') {
    try {
      return {
        cube: parseJsonStat(new TextDecoder().decode(draft.content)),
        table: null,
        mapping: null,
        problems: [],
      };
    } catch (error) {
      if (!(error instanceof JsonStatError)) throw error;
      return {
        cube: null,
        table: null,
        mapping: null,
        problems: error.problems.map((message) => ({ row: null, message })),
      };
    }
  }
  let table: { columns: string[]; rows: string[][] };
  try {
    table = await readTableFile(draft.content, draft.fileName);
  } catch (error) {
    if (!(error instanceof TableFileError)) throw error;
    return {
      cube: null,
      table: null,
      mapping: null,
      problems: [{ row: null, message: error.message }],
    };
  }
  const mapping = (draft.mapping as ColumnMapping | null) ?? suggestMapping(table);
  const read = tidyToCube(table, mapping, { label });
  return { cube: read.cube, table, mapping, problems: read.problems };
}

async function preview(db: Db, draft: DraftRow): Promise<TImportPreview> {
  const read = await readDraft(draft, draft.fileName);
  let changes: TImportPreview['changes'] = null;
  if (draft.datasetId && read.cube && read.problems.length === 0) {
    const current = await loadCurrentCube(db, draft.datasetId).catch(() => null);
    if (current) changes = compareCubes(current.cube, read.cube);
  }
  return {
    id: draft.id,
    format: draft.format as DraftFormat,
    fileName: draft.fileName,
    datasetId: draft.datasetId,
    table: read.table && {
      columns: read.table.columns,
      rows: read.table.rows.slice(0, PREVIEW_ROWS),
      rowCount: read.table.rows.length,
    },
    mapping: read.mapping,
    cube: read.cube && read.problems.length === 0 ? summariseCube(read.cube) : null,
    problems: read.problems,
    changes,
  };
}

const { content: _content, ...draftColumns } = getTableColumns(monitorImportDrafts);

export async function loadDraftRow(db: Db, draftId: string): Promise<DraftRow> {
  const [draft] = await db
    .select({ ...draftColumns, content: fromBytea(monitorImportDrafts.content) })
    .from(monitorImportDrafts)
    .where(eq(monitorImportDrafts.id, draftId));
  if (!draft) throw notFound('Fant ikke importen. Den kan være lagret eller forkastet.');
  return { ...draft, content: bytesOf(draft.content) };
}

async function assertDatasetOf(db: Db, councilId: string, datasetId: string | null) {
  if (!datasetId) return;
  const [dataset] = await db
    .select({ councilId: monitorDatasets.councilId })
    .from(monitorDatasets)
    .where(eq(monitorDatasets.id, datasetId));
  if (dataset?.councilId !== councilId) throw notFound('Fant ikke datasettet.');
}

/** Keeps an upload for preview; nothing else is written until the editor confirms. */
export async function stageMonitorImport(
  db: Db,
  userId: string | null,
  councilId: string,
  file: {
    fileName: string;
    bytes: Uint8Array;
    format?: DraftFormat;
    /** PxWebApi: the table and selection fetched. */
    origin?: { tableId: string; selection: Record<string, string[]> };
  },
  datasetId: string | null,
): Promise<TImportPreview> {
  assertPlainFileName(file.fileName);
  if (file.bytes.length === 0) throw invalid('Filen er tom.');
  await assertDatasetOf(db, councilId, datasetId);
  const draft = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(monitorImportDrafts)
      .values({
        councilId,
        datasetId,
        format: file.format ?? detectFormat(file.bytes),
        fileName: file.fileName,
        content: toBytea(file.bytes),
        mapping: file.origin ?? null,
        createdBy: userId,
      })
      .returning(draftColumns);
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      userId,
      councilId,
      entityType: 'monitor_import',
      entityId: row.id,
      action: 'stage',
      changes: { fileName: file.fileName, format: row.format, bytes: file.bytes.length, datasetId },
    });
    return { ...row, content: file.bytes };
  });
  return preview(db, draft);
}

export async function previewMonitorImport(db: Db, draftId: string): Promise<TImportPreview> {
  return preview(db, await loadDraftRow(db, draftId));
}

export async function setImportMapping(
  db: Db,
  userId: string,
  draftId: string,
  mapping: ColumnMapping,
): Promise<TImportPreview> {
  const draft = await loadDraftRow(db, draftId);
  if (draft.format !== 'csv' && draft.format !== 'xlsx') {
    throw invalid('Bare tabeller (CSV og XLSX) har kolonneoppsett.');
  }
  const [updated] = await db.transaction(async (tx) => {
    await recordAudit(tx, {
      userId,
      councilId: draft.councilId,
      entityType: 'monitor_import',
      entityId: draft.id,
      action: 'map_columns',
      changes: { mapping },
    });
    return tx
      .update(monitorImportDrafts)
      .set({ mapping })
      .where(eq(monitorImportDrafts.id, draftId))
      .returning(draftColumns);
  });
  if (!updated) throw notFound('Fant ikke importen.');
  return preview(db, { ...updated, content: draft.content });
}

export type ConfirmImport = {
  title?: string;
  description?: string;
  sourceText?: string;
  isDemo?: boolean;
  expectedVersion?: number;
};

/** Saves the draft as a new dataset, or as the next version of the one it updates. */
export async function confirmMonitorImport(
  db: Db,
  userId: string | null,
  draftId: string,
  request: ConfirmImport,
): Promise<{ datasetId: string; number: number }> {
  const draft = await loadDraftRow(db, draftId);
  const title = request.title?.trim() ?? '';
  const read = await readDraft(draft, title || draft.fileName);
  if (!read.cube || read.problems.length > 0) {
    throw invalid('Filen har feil som må rettes før den kan lagres.', { problems: read.problems });
  }
  const cube = read.cube;
  if (!draft.datasetId && title.length < 2)
    throw invalid('Gi datasettet en tittel.', { field: 'title' });
  return db.transaction(async (tx) => {
    const target = draft.datasetId
      ? { datasetId: draft.datasetId, expectedVersion: request.expectedVersion }
      : {
          councilId: draft.councilId,
          title,
          description: request.description,
          source: draft.format,
          sourceText: request.sourceText ?? cube.source ?? '',
          isDemo: request.isDemo,
          ...pxWebOrigin(draft),
        };
    const saved = await saveDatasetVersion(tx, userId, target, cube, draft.fileName);
    if (draft.datasetId) {
      const changed = {
        ...(title ? { title } : {}),
        ...(request.description !== undefined ? { description: request.description } : {}),
        ...(request.sourceText !== undefined ? { sourceText: request.sourceText } : {}),
        ...(request.isDemo !== undefined ? { isDemo: request.isDemo } : {}),
      };
      if (Object.keys(changed).length > 0) {
        await tx
          .update(monitorDatasets)
          .set(changed)
          .where(eq(monitorDatasets.id, saved.datasetId));
      }
    }
    await tx.delete(monitorImportDrafts).where(eq(monitorImportDrafts.id, draft.id));
    return { datasetId: saved.datasetId, number: saved.number };
  });
}

/** A PxWebApi draft remembers its table and selection, so the dataset can be fetched again. */
function pxWebOrigin(draft: DraftRow) {
  if (draft.format !== 'pxweb') return {};
  const origin = draft.mapping as { tableId?: string; selection?: Record<string, string[]> } | null;
  return { pxTableId: origin?.tableId ?? null, pxSelection: origin?.selection ?? null };
}

export async function discardMonitorImport(db: Db, userId: string, draftId: string): Promise<void> {
  const draft = await loadDraftRow(db, draftId);
  await db.transaction(async (tx) => {
    await tx.delete(monitorImportDrafts).where(eq(monitorImportDrafts.id, draftId));
    await recordAudit(tx, {
      userId,
      councilId: draft.councilId,
      entityType: 'monitor_import',
      entityId: draftId,
      action: 'discard',
      changes: { fileName: draft.fileName },
    });
  });
}
