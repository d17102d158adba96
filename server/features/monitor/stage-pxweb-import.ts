import { toJsonStat } from '../../../core/monitor/jsonstat-write.ts';
import type { Db } from '../../db/client.ts';
import { stageMonitorImport } from './import-drafts.ts';
import { createPxWebClient } from './pxweb-client.ts';
import type { TImportPreview } from './schema.ts';

/** Fetches a table from the configured PxWebApi and keeps it for preview like an upload. */
export async function stagePxWebImport(
  db: Db,
  baseUrl: string,
  userId: string,
  councilId: string,
  request: { tableId: string; selection: Record<string, string[]>; datasetId: string | null },
): Promise<TImportPreview> {
  const client = createPxWebClient({ baseUrl });
  const cube = await client.fetchTable(request.tableId, request.selection);
  const bytes = new TextEncoder().encode(JSON.stringify(toJsonStat(cube)));
  return stageMonitorImport(
    db,
    userId,
    councilId,
    {
      fileName: `${request.tableId}.json`,
      bytes,
      format: 'pxweb',
      origin: { tableId: request.tableId, selection: request.selection },
    },
    request.datasetId,
  );
}
