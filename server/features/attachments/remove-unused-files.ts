import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { attachments } from '../../db/schema.ts';
import type { FileStorage } from '../../storage/file-storage.ts';

/** Deletes stored files no attachment refers to any more (carried-over cases share files). */
export async function removeUnusedFiles(db: Db, storage: FileStorage, keys: string[]) {
  if (keys.length === 0) return;
  const stillUsed = await db
    .select({ key: attachments.storageKey })
    .from(attachments)
    .where(inArray(attachments.storageKey, keys));
  const used = new Set(stillUsed.map((r) => r.key));
  for (const key of new Set(keys)) if (!used.has(key)) await storage.remove(key);
}
