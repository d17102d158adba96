import { invalid } from '../../errors.ts';
import { detectAcceptedType } from '../attachments/detect-file-type.ts';
import { extractText } from '../attachments/extract-text.ts';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TEXT = 'text/plain';

/** An encrypted PDF names its /Encrypt dictionary in the trailer, near the end of the file. */
function looksEncrypted(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 64 * 1024))).toString(
    'latin1',
  );
  return tail.includes('/Encrypt');
}

function asText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The text of an archive file (PDF, DOCX or plain text), or a Norwegian reason why not. */
export async function readImportFile(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ mediaType: string; text: string }> {
  if (bytes.length === 0) throw invalid(`«${fileName}» er tom.`);
  const type = await detectAcceptedType(bytes);
  if (type === PDF || type === DOCX) {
    if (type === PDF && looksEncrypted(bytes)) {
      throw invalid(`«${fileName}» er en kryptert PDF. Lagre den uten passord og prøv igjen.`);
    }
    const text = await extractText(bytes, type);
    if (!text) {
      throw invalid(
        `Fant ingen tekst i «${fileName}». Er den skannet eller skadet? Skannede papirer må gjennom tekstgjenkjenning (OCR) først.`,
      );
    }
    return { mediaType: type, text };
  }
  const text = type ? null : asText(bytes);
  if (text === null) {
    throw invalid(`«${fileName}» er verken PDF, Word (DOCX) eller ren tekst (UTF-8).`);
  }
  return { mediaType: TEXT, text: text.replace(/^\uFEFF/, '') };
}
