import type { FastifyReply } from 'fastify';
import { notFound } from '../../errors.ts';
import type { FileStorage } from '../../storage/file-storage.ts';

/** RFC 6266: an ASCII fallback plus the UTF-8 name, so "Årsrapport.pdf" survives. */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string) {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  // encodeURIComponent leaves ' ( ) * as they are; RFC 5987 allows none of them unencoded.
  const utf8 = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/** A stored file as a download, under the name it was uploaded with. */
export async function sendAttachmentFile(
  reply: FastifyReply,
  storage: FileStorage,
  attachment: { storageKey: string; mediaType: string; fileName: string },
) {
  const bytes = await storage.get(attachment.storageKey).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw notFound('Filen til vedlegget finnes ikke lenger.');
    throw error;
  });
  return reply
    .header('Content-Type', attachment.mediaType)
    .header('Content-Disposition', contentDisposition('attachment', attachment.fileName))
    .send(bytes);
}
