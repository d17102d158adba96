import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractText, MAX_TEXT_CHARS } from './extract-text.ts';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Two pages of Norwegian text, one name broken over two lines as a letter might have it. */
async function twoPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const first = doc.addPage([595, 842]);
  first.drawText('Søknad om støtte fra Helse', { x: 50, y: 780, size: 12, font });
  first.drawText('Vest til forskning på åpen omsorg', { x: 50, y: 764, size: 12, font });
  const second = doc.addPage([595, 842]);
  second.drawText('Ærlig talt: Øyvind Åsen er inhabil', { x: 50, y: 780, size: 12, font });
  return doc.save();
}

async function docx(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('extractText', () => {
  it('reads a PDF page by page, keeping line breaks and æøå', async () => {
    const text = await extractText(await twoPagePdf(), PDF);
    expect(text).toBe(
      'Søknad om støtte fra Helse\nVest til forskning på åpen omsorg\n\n' +
        'Ærlig talt: Øyvind Åsen er inhabil',
    );
  });

  it('reads the paragraphs of a DOCX', async () => {
    const text = await extractText(
      await docx(['Uttalelse fra Helse Sør-Øst', 'Kjære rådsmedlemmer, vi ønsker å bidra.']),
      DOCX,
    );
    expect(text).toBe(
      'Uttalelse fra Helse Sør-Øst\n\nKjære rådsmedlemmer, vi ønsker å bidra.'.normalize('NFC'),
    );
  });

  it('gives nothing for images and spreadsheets', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    expect(await extractText(png, 'image/png')).toBeNull();
    expect(
      await extractText(
        await docx(['x']),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ),
    ).toBeNull();
  });

  it('gives null, not an error, for a broken PDF or DOCX', async () => {
    const pdf = await twoPagePdf();
    const garbage = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(500, 0x41)]);
    expect(await extractText(garbage, PDF)).toBeNull();
    expect(await extractText(pdf.slice(0, pdf.length / 2), PDF)).toBeNull();
    const word = await docx(['Helse Vest']);
    expect(await extractText(word.slice(0, word.length / 2), DOCX)).toBeNull();
  });

  it('leaves out NUL characters, which PostgreSQL cannot store', async () => {
    // The docx package drops NUL itself, so put one in the XML as a broken writer might.
    const files = unzipSync(await docx(['HelseVest']));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    files['word/document.xml'] = strToU8(xml.replace('HelseVest', 'Helse&#0;Vest'));
    expect(await extractText(zipSync(files), DOCX)).toBe('HelseVest');
  });

  it('keeps at most MAX_TEXT_CHARS characters', async () => {
    const text = await extractText(await docx(['a'.repeat(MAX_TEXT_CHARS + 10)]), DOCX);
    expect(text?.length).toBe(MAX_TEXT_CHARS);
  });
});
