import { degrees, PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import { meetingLabel } from './case-paper-model.ts';
import type { Block } from './html-blocks.ts';
import type { CouncilInfo, MeetingInfo } from './input.ts';
import { TYPE, toStyledRuns } from './pdf-case-paper.ts';
import {
  A4,
  COLOR,
  type DrawOp,
  drawOps,
  type Flow,
  type Fonts,
  TextMeasure,
} from './pdf-layout.ts';
import { drawTable } from './pdf-table.ts';
import { toWinAnsi } from './pdf-text.ts';

/**
 * Shared by every PDF the product makes. Copied unchanged from meeting-book-pdf.ts
 * (createDocument, addPages, numberPages, stampFooter) and pdf-case-paper.ts (renderBlocks,
 * markerWidth) so the minutes can use them; those files should import them from here.
 */

/** Reads only the council's name, the meeting's number and date, and the generation time. */
export async function createDocument(
  input: {
    council: Pick<CouncilInfo, 'name'>;
    meeting: Pick<MeetingInfo, 'number' | 'date'>;
    generatedAt: Date;
  },
  kind: string,
) {
  const doc = await PDFDocument.create();
  const [regular, bold, italic, boldItalic] = await Promise.all([
    doc.embedFont(StandardFonts.Helvetica),
    doc.embedFont(StandardFonts.HelveticaBold),
    doc.embedFont(StandardFonts.HelveticaOblique),
    doc.embedFont(StandardFonts.HelveticaBoldOblique),
  ]);
  const fonts: Fonts = { regular, bold, italic, boldItalic };
  const { council, meeting } = input;
  doc.setTitle(`${kind} – ${council.name}, ${meetingLabel(meeting).toLocaleLowerCase('nb-NO')}`, {
    showInWindowTitleBar: true,
  });
  doc.setLanguage('nb-NO');
  doc.setAuthor(council.name);
  doc.setSubject(
    `${kind} for ${meetingLabel(meeting).toLocaleLowerCase('nb-NO')} (${meeting.date})`,
  );
  doc.setCreator('Rådsrom');
  doc.setProducer('Rådsrom');
  // Fixed dates keep the output reproducible for the same input.
  doc.setCreationDate(input.generatedAt);
  doc.setModificationDate(input.generatedAt);
  return { doc, fonts, measure: new TextMeasure(fonts) };
}

export function addPages(doc: PDFDocument, pages: readonly DrawOp[][], fonts: Fonts): void {
  for (const ops of pages) drawOps(doc.addPage(A4), ops, fonts);
}

/** Final pass: "Side N av M" on every page, merged ones included, upright however they are rotated. */
export function numberPages(doc: PDFDocument, font: PDFFont): void {
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    stampFooter(page, toWinAnsi(`Side ${i + 1} av ${pages.length}`), font);
  });
}

function stampFooter(page: PDFPage, text: string, font: PDFFont): void {
  const size = 8.5;
  const width = font.widthOfTextAtSize(text, size);
  const box = page.getCropBox();
  const rotation = ((page.getRotation().angle % 360) + 360) % 360;
  const inset = 26;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const options = { size, font, color: COLOR.muted };
  if (rotation === 90) {
    page.drawText(text, {
      ...options,
      x: box.x + box.width - inset,
      y: cy - width / 2,
      rotate: degrees(90),
    });
  } else if (rotation === 180) {
    page.drawText(text, {
      ...options,
      x: cx + width / 2,
      y: box.y + box.height - inset,
      rotate: degrees(180),
    });
  } else if (rotation === 270) {
    page.drawText(text, { ...options, x: box.x + inset, y: cy + width / 2, rotate: degrees(270) });
  } else {
    page.drawText(text, { ...options, x: cx - width / 2, y: box.y + inset });
  }
}

/** Flows rich-text blocks (paragraphs, headings, lists, tables) from x down the pages. */
export function renderBlocks(
  flow: Flow,
  blocks: readonly Block[],
  x: number,
  depth: number,
  marker?: string,
): void {
  blocks.forEach((block, i) => {
    const first = i === 0 && marker !== undefined;
    const markerOption = first ? { text: marker, x: x - markerWidth(marker) } : undefined;
    if (i > 0) flow.gap(depth > 0 ? 3 : 6);
    switch (block.kind) {
      case 'heading': {
        const size = block.level === 2 ? TYPE.h2 : block.level === 3 ? TYPE.h3 : TYPE.h4;
        const italic = block.level === 4;
        if (i > 0) flow.gap(4);
        flow.ensure(size * 1.4 + 2 * TYPE.body * 1.38);
        flow.paragraph(
          toStyledRuns(
            block.runs.map((r) => ({ ...r, italic: r.italic || italic })),
            true,
          ),
          {
            size,
            x,
            marker: markerOption,
          },
        );
        break;
      }
      case 'paragraph':
        flow.paragraph(toStyledRuns(block.runs), { size: TYPE.body, x, marker: markerOption });
        break;
      case 'list':
        if (first)
          flow.paragraph([{ text: '', font: 'regular' }], {
            size: TYPE.body,
            x,
            marker: markerOption,
          });
        block.items.forEach((item, n) => {
          if (n > 0) flow.gap(2);
          const itemMarker = block.ordered ? `${n + 1}.` : depth % 2 === 0 ? '•' : '–';
          renderBlocks(flow, item.blocks, x + 16, depth + 1, itemMarker);
        });
        break;
      case 'table':
        if (first)
          flow.paragraph([{ text: '', font: 'regular' }], {
            size: TYPE.body,
            x,
            marker: markerOption,
          });
        drawTable(
          flow,
          block.rows.map((row) => ({
            header: row.header,
            cells: row.cells.map((cell) => ({
              runs: toStyledRuns(cell.runs, cell.header),
              colSpan: cell.colSpan,
              fill: cell.header ? COLOR.fill : undefined,
            })),
          })),
          { size: TYPE.table, x },
        );
        break;
    }
  });
}

function markerWidth(marker: string): number {
  return marker.length > 2 ? 18 : 12;
}
