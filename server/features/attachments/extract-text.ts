import { createRequire } from 'node:module';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { htmlToText } from '../../rich-text.ts';

/** Enough for any real case document; keeps one odd file from filling the database. */
export const MAX_TEXT_CHARS = 2_000_000;
export const MAX_PDF_PAGES = 2_000;

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const standardFontDataUrl = `${createRequire(import.meta.url)
  .resolve('pdfjs-dist/package.json')
  .replace(/package\.json$/, '')}standard_fonts/`;

/**
 * The text of an uploaded PDF or DOCX, for matching and search. Null for other types and for
 * files that cannot be read (broken, encrypted): the upload itself must not fail over it.
 */
export async function extractText(bytes: Uint8Array, mediaType: string): Promise<string | null> {
  try {
    const raw =
      mediaType === PDF ? await pdfText(bytes) : mediaType === DOCX ? await docxText(bytes) : null;
    return raw === null ? null : clean(raw);
  } catch {
    // Deliberately silent: the error could quote the document's content.
    return null;
  }
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const task = getDocument({
    // pdf.js may transfer (detach) the buffer it is given; the caller still needs its bytes.
    data: new Uint8Array(bytes),
    standardFontDataUrl,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    let length = 0;
    const last = Math.min(pdf.numPages, MAX_PDF_PAGES);
    for (let n = 1; n <= last && length < MAX_TEXT_CHARS; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      page.cleanup();
      const trimmed = text.trim();
      pages.push(trimmed);
      length += trimmed.length + 2;
    }
    return pages.join('\n\n');
  } finally {
    // Destroying the loading task also destroys the document, and works when opening failed.
    await task.destroy();
  }
}

/** Unpacked, a DOCX above this is refused: a small "zip bomb" must not fill the memory. */
const MAX_DOCX_UNPACKED = 200 * 1024 * 1024;

async function docxText(bytes: Uint8Array): Promise<string> {
  // The sizes the archive declares, read from its directory without unpacking anything.
  let declared = 0;
  unzipSync(bytes, {
    filter: (file) => {
      declared += file.originalSize;
      return false;
    },
  });
  if (declared > MAX_DOCX_UNPACKED) return '';
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Through HTML rather than mammoth's raw text, which drops line breaks inside a paragraph
  // ("Referat<br>Møte 3/2025" would become "ReferatMøte 3/2025").
  return htmlToText((await mammoth.convertToHtml({ buffer })).value, DOCX_BREAKS);
}

/** Paragraphs separated by a blank line, line breaks kept, table cells on one line. */
const DOCX_BREAKS: Record<string, string> = {
  ...Object.fromEntries(
    ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'table'].map((tag) => [tag, '\n\n']),
  ),
  br: '\n',
  td: '\t',
  th: '\t',
};

function clean(text: string): string | null {
  const out = text
    .normalize('NFC')
    // PostgreSQL text cannot hold NUL.
    .replaceAll('\u0000', '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_TEXT_CHARS)
    // The cut may split a surrogate pair; a lone half is not valid UTF-8.
    .replace(/[\uD800-\uDBFF]$/, '');
  return out === '' ? null : out;
}
