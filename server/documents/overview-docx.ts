import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { A4_PAGE, DOCX_STYLES, pageFooter, RULE, xmlSafe } from './docx-common.ts';
import type { OverviewHeading } from './overview-input.ts';
import { generatedLine, overviewHeadingLine } from './overview-text.ts';

/**
 * The frame the overviews share as Word documents: a landscape section with the heading,
 * page numbers in the footer, and one full-width table whose header row repeats on every page.
 */

export const MUTED = '5F656C';
/** Twips: landscape A4 (16838) minus the two side margins. */
export const LANDSCAPE_TEXT_WIDTH =
  A4_PAGE.size.height - A4_PAGE.margin.left - A4_PAGE.margin.right;
const TABLE_SIZE = 18; // half-points: 9 pt, as in the PDF

export type RunSpec = { text: string; bold?: boolean; italics?: boolean; color?: string };
/** A cell is paragraphs of runs; empty runs are dropped and "\n" becomes a line break. */
export type CellSpec = { paragraphs: RunSpec[][]; columnSpan?: number };

/** Leaves out empty text, so a blank field gives no empty paragraph. */
export function spec(text: string, style: Omit<RunSpec, 'text'> = {}): RunSpec[] {
  const trimmed = text.trim();
  return trimmed ? [{ ...style, text: trimmed }] : [];
}

function cellParagraphs(paragraphs: RunSpec[][], size: number): Paragraph[] {
  const kept = paragraphs.filter((p) => p.length > 0);
  return (kept.length > 0 ? kept : [[]]).map(
    (runs) =>
      new Paragraph({
        spacing: { after: 0 },
        children: runs.flatMap((run) =>
          xmlSafe(run.text)
            .split('\n')
            .map(
              (text, i) =>
                new TextRun({
                  text,
                  size,
                  bold: run.bold ? true : undefined,
                  italics: run.italics ? true : undefined,
                  color: run.color,
                  break: i > 0 ? 1 : undefined,
                }),
            ),
        ),
      }),
  );
}

/** One full-width table: a repeated header row, then a row per entry; columns are shares. */
export function overviewTableDocx(
  columns: readonly string[],
  shares: readonly number[],
  rows: readonly CellSpec[][],
): Table {
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((share) => Math.floor((share / total) * LANDSCAPE_TEXT_WIDTH));
  const cell = (c: CellSpec, col: number, header: boolean) => {
    const span = Math.max(1, c.columnSpan ?? 1);
    const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
    return new TableCell({
      columnSpan: span > 1 ? span : undefined,
      width: { size: width, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EDEFF2' } : undefined,
      children: cellParagraphs(c.paragraphs, TABLE_SIZE),
    });
  };
  const tableRow = (cells: readonly CellSpec[], header: boolean) => {
    let col = 0;
    return new TableRow({
      tableHeader: header ? true : undefined,
      cantSplit: header ? true : undefined,
      children: cells.map((c) => {
        const out = cell(c, col, header);
        col += Math.max(1, c.columnSpan ?? 1);
        return out;
      }),
    });
  };
  return new Table({
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: RULE,
      bottom: RULE,
      left: RULE,
      right: RULE,
      insideHorizontal: RULE,
      insideVertical: RULE,
    },
    rows: [
      tableRow(
        columns.map((label) => ({ paragraphs: [[{ text: label, bold: true }]] })),
        true,
      ),
      ...rows.map((cells) => tableRow(cells, false)),
    ],
  });
}

/** The overview as a landscape Word document: heading line, title, subtitle, date, `body`. */
export async function renderOverviewDocx(
  heading: OverviewHeading,
  title: string,
  subtitle: string,
  body: Array<Paragraph | Table>,
): Promise<Uint8Array> {
  const line = overviewHeadingLine(heading);
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: LANDSCAPE_TEXT_WIDTH }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '1C1C21', space: 4 } },
      spacing: { after: 200 },
      children: [
        new TextRun({ text: xmlSafe(line), bold: true, color: MUTED, size: 20 }),
        ...(heading.caseNumber
          ? [
              new TextRun({
                text: xmlSafe(`\tMøte ${heading.meetingNumber}`),
                color: MUTED,
                size: 20,
              }),
            ]
          : []),
      ],
    }),
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      spacing: { after: 40 },
      children: [new TextRun({ text: xmlSafe(title), size: 34 })],
    }),
    new Paragraph({
      spacing: { after: 20 },
      children: [new TextRun({ text: xmlSafe(subtitle), bold: true, color: MUTED, size: 24 })],
    }),
    new Paragraph({
      spacing: { after: 200 },
      children: [new TextRun({ text: generatedLine(heading), color: MUTED, size: 17 })],
    }),
    ...body,
  ];
  const doc = new Document({
    title: xmlSafe(`${title} – ${heading.councilName}`),
    subject: xmlSafe(`${title}: ${subtitle}`),
    creator: xmlSafe(heading.councilName),
    description: xmlSafe(`${title}, ${line.toLocaleLowerCase('nb-NO')}`),
    styles: DOCX_STYLES,
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height for a landscape page.
            size: { ...A4_PAGE.size, orientation: PageOrientation.LANDSCAPE },
            margin: A4_PAGE.margin,
          },
        },
        footers: { default: pageFooter(`${line} · ${title}`) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
