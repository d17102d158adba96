import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  type ILevelsOptions,
  type IStylesOptions,
  LevelFormat,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, TableRow as HtmlTableRow, InlineRun } from './html-blocks.ts';

/**
 * Shared by the Word documents. Copied unchanged from case-paper-docx.ts (constants, xmlSafe,
 * inlineChildren, renderBlocks, renderList, renderTable; the styles, numbering, page and footer
 * from its Document options) so the minutes can use them; case-paper-docx.ts should import them.
 */

export const FONT = 'Calibri';
export const TEXT_WIDTH = 9026; // twips: A4 width 11906 minus two 1440 (2.54 cm) margins
export const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'A6ABB2' };
export const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const ORDERED = 'ordered-list';
export const HEADINGS = [
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
] as const;

/** XML 1.0 forbids most control characters; a stray one would make Word refuse the file. */
export function xmlSafe(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 22, language: { value: 'nb-NO' } },
      paragraph: { spacing: { after: 120 } },
    },
    heading1: {
      run: { font: FONT, size: 32, bold: true, color: '1C1C21' },
      paragraph: { spacing: { after: 240 } },
    },
    heading2: {
      run: { font: FONT, size: 26, bold: true, color: '1C1C21' },
      paragraph: { spacing: { before: 360, after: 80 }, keepNext: true },
    },
    heading3: {
      run: { font: FONT, size: 24, bold: true, color: '1C1C21' },
      paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
    },
    heading4: {
      run: { font: FONT, size: 22, bold: true, color: '1C1C21' },
      paragraph: { spacing: { before: 160, after: 60 }, keepNext: true },
    },
    heading5: {
      run: { font: FONT, size: 22, bold: true, italics: true, color: '1C1C21' },
      paragraph: { spacing: { before: 120, after: 40 }, keepNext: true },
    },
  },
};

export const DOCX_NUMBERING: { config: Array<{ reference: string; levels: ILevelsOptions[] }> } = {
  config: [
    {
      reference: ORDERED,
      levels: [0, 1, 2, 3].map((level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      })),
    },
  ],
};

export const A4_PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 },
};

/** "<prefix> · Side N av M", centred and muted. */
export function pageFooter(prefix: string): Footer {
  const run = { size: 17, color: '5F656C' };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: xmlSafe(`${prefix} · Side `), ...run }),
          new TextRun({ children: [PageNumber.CURRENT], ...run }),
          new TextRun({ text: ' av ', ...run }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], ...run }),
        ],
      }),
    ],
  });
}

export function inlineChildren(runs: readonly InlineRun[], forceBold = false): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const run of runs) {
    const pieces = xmlSafe(run.text).split('\n');
    const textRuns = pieces.map(
      (text, i) =>
        new TextRun({
          text,
          // Unset rather than false, so heading styles keep their own bold.
          bold: run.bold || forceBold ? true : undefined,
          italics: run.italic ? true : undefined,
          break: i > 0 ? 1 : undefined,
          style: run.href ? 'Hyperlink' : undefined,
        }),
    );
    if (run.href) out.push(new ExternalHyperlink({ link: run.href, children: textRuns }));
    else out.push(...textRuns);
  }
  return out;
}

export function renderBlocks(
  blocks: readonly Block[],
  depth: number,
  state: { lists: number },
): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(
          new Paragraph({
            heading: HEADINGS[block.level - 2],
            children: inlineChildren(block.runs),
          }),
        );
        break;
      case 'paragraph':
        out.push(new Paragraph({ children: inlineChildren(block.runs) }));
        break;
      case 'list':
        out.push(...renderList(block, depth, state));
        break;
      case 'table':
        out.push(renderTable(block.rows), new Paragraph({ spacing: { after: 0 } }));
        break;
    }
  }
  return out;
}

function renderList(
  list: Extract<Block, { kind: 'list' }>,
  depth: number,
  state: { lists: number },
): Array<Paragraph | Table> {
  // Each ordered list is its own numbering instance, so it starts again at 1.
  const instance = ++state.lists;
  const level = Math.min(depth, 3);
  const out: Array<Paragraph | Table> = [];
  for (const item of list.items) {
    item.blocks.forEach((block, i) => {
      if (i === 0 && (block.kind === 'paragraph' || block.kind === 'heading')) {
        out.push(
          new Paragraph({
            children: inlineChildren(block.runs, block.kind === 'heading'),
            spacing: { after: 60 },
            ...(list.ordered
              ? { numbering: { reference: ORDERED, level, instance } }
              : { bullet: { level } }),
          }),
        );
      } else if (block.kind === 'list') {
        out.push(...renderList(block, depth + 1, state));
      } else if (block.kind === 'table') {
        out.push(renderTable(block.rows));
      } else {
        // Further paragraphs of an item line up with its text, not its marker.
        const indent = { left: 720 * (level + 1) };
        out.push(
          new Paragraph({
            children: inlineChildren(block.runs, block.kind === 'heading'),
            indent,
            spacing: { after: 60 },
          }),
        );
      }
    });
  }
  return out;
}

export function renderTable(rows: readonly HtmlTableRow[]): Table {
  const columns = Math.max(1, ...rows.map((r) => r.cells.reduce((n, c) => n + c.colSpan, 0)));
  const width = Math.floor(TEXT_WIDTH / columns);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: new Array<number>(columns).fill(width),
    borders: {
      top: RULE,
      bottom: RULE,
      left: RULE,
      right: RULE,
      insideHorizontal: RULE,
      insideVertical: RULE,
    },
    rows: rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header,
          children: row.cells.map(
            (cell) =>
              new TableCell({
                columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
                width: { size: width * cell.colSpan, type: WidthType.DXA },
                margins: { top: 40, bottom: 40, left: 80, right: 80 },
                shading: cell.header
                  ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EDEFF2' }
                  : undefined,
                children: [
                  new Paragraph({
                    spacing: { after: 0 },
                    children: inlineChildren(cell.runs, cell.header),
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}
