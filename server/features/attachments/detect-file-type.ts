import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../errors.ts';

/** The file types a case may carry, recognised by their content, not their name. */
export const ACCEPTED_TYPES: Record<string, { ext: string; label: string }> = {
  'application/pdf': { ext: 'pdf', label: 'PDF' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    ext: 'docx',
    label: 'Word (DOCX)',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    ext: 'xlsx',
    label: 'Excel (XLSX)',
  },
  'image/png': { ext: 'png', label: 'PNG' },
  'image/jpeg': { ext: 'jpg', label: 'JPEG' },
};

export async function detectAcceptedType(bytes: Uint8Array): Promise<string | null> {
  const type = await fileTypeFromBuffer(bytes);
  return type && type.mime in ACCEPTED_TYPES ? type.mime : null;
}

/** The error code of a refused file name; the import route refuses the whole request on it. */
export const UNSAFE_FILE_NAME = 'unsafe_file_name';

/**
 * A browser sends only the file's own name. Folder parts ("../../etc/passwd", "C:\x.pdf") and
 * control characters (NUL, line breaks) come from crafted requests, so they are refused, not
 * quietly cleaned: nobody should believe such a file was stored under the name they chose.
 */
export function assertPlainFileName(name: string): void {
  if (/[\\/]|\p{Cc}/u.test(name) || /^\s*\.{1,2}\s*$/.test(name)) {
    throw new AppError(
      400,
      UNSAFE_FILE_NAME,
      'Filnavnet kan ikke inneholde mappestier eller spesialtegn. Gi filen et vanlig navn og prøv igjen.',
    );
  }
}

/** A file name safe to store and to send back in Content-Disposition. */
export function safeFileName(name: string): string {
  const base = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_')
    .replace(/^\.+/, '')
    .slice(0, 150)
    .trim();
  return base || 'vedlegg';
}

/** A safe file name that ends in the extension of its (detected) type. */
export function cleanFileName(name: string, mediaType: string): string {
  const ext = ACCEPTED_TYPES[mediaType]?.ext ?? 'bin';
  const withName = safeFileName(name);
  return withName.toLowerCase().endsWith(`.${ext}`) ? withName : `${withName}.${ext}`;
}
