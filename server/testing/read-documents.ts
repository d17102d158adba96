import { createRequire } from 'node:module';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect } from 'vitest';

/** Reading generated documents back the way a user's software would, for test assertions. */

const standardFontDataUrl = `${createRequire(import.meta.url)
  .resolve('pdfjs-dist/package.json')
  .replace(/package\.json$/, '')}standard_fonts/`;

/** Text of every page, whitespace collapsed. */
export async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl,
    isEvalSupported: false,
  }).promise;
  const out: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    out.push(text.replace(/\s+/g, ' '));
  }
  await pdf.destroy();
  return out;
}

/** Asserts the needles occur in this order in the haystack. */
export function expectInOrder(haystack: string, needles: string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

/** One file of a zip package (a DOCX is one), as text. */
export function readZipEntry(zip: Uint8Array, name: string): string {
  const entry = unzipSync(zip, { filter: (file) => file.name === name })[name];
  if (!entry) throw new Error(`${name} not in archive`);
  return strFromU8(entry);
}

/** Word XML as plain text: paragraphs, tabs and breaks become spaces. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<w:tab\/>|<w:br\/>|<\/w:p>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}
