import { getTableColumns } from 'drizzle-orm';
import { attachments } from '../../db/schema.ts';

/** Every attachment column but the extracted text, which can be megabytes and is rarely needed. */
const { extractedText: _text, ...columns } = getTableColumns(attachments);
export const attachmentColumns = columns;
