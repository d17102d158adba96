import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../attachments/send-attachment-file.ts';

export const DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** "Møtebok HO21-rådet møte 1/2026" → a file name without slashes, extension by type. */
export function sendDocument(
  reply: FastifyReply,
  kind: keyof typeof DOCUMENT_TYPES,
  name: string,
  bytes: Uint8Array,
) {
  const fileName = `${name.replaceAll('/', '-')}.${kind}`;
  return reply
    .type(DOCUMENT_TYPES[kind])
    .header('Content-Disposition', contentDisposition('attachment', fileName))
    .send(Buffer.from(bytes));
}
