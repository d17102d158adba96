import {
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { meetingLabel } from './case-paper-model.ts';
import {
  A4_PAGE,
  DOCX_NUMBERING,
  DOCX_STYLES,
  NONE,
  pageFooter,
  RULE,
  renderBlocks,
  TEXT_WIDTH,
  xmlSafe,
} from './docx-common.ts';
import type { MinutesInput } from './minutes-input.ts';
import {
  attendanceGroups,
  DECISION_LABEL,
  draftMark,
  factRows,
  MINUTES_LABEL,
  minutesCases,
  minutesTitle,
  POSTPONED_TEXT,
} from './minutes-model.ts';

/** The minutes as a Word document, with the same content and order as the PDF. */

const MUTED = '5F656C';
const DRAFT_COLOR = 'A31A1F';
const DRAFT_FILL = 'FCEBEB';
const LABEL_WIDTH = 2400; // twips, the left column of the fact and attendance tables

export async function renderMinutesDocx(input: MinutesInput): Promise<Buffer> {
  const state = { lists: 0 };
  const mark = draftMark(input);
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '1C1C21', space: 4 } },
      spacing: { after: 240 },
      children: [
        new TextRun({ text: xmlSafe(input.council.name), bold: true, color: MUTED }),
        ...(mark
          ? [
              new TextRun({ text: '\t' }),
              new TextRun({
                text: mark.toLocaleUpperCase('nb-NO'),
                bold: true,
                color: DRAFT_COLOR,
                shading: { type: ShadingType.CLEAR, color: 'auto', fill: DRAFT_FILL },
              }),
            ]
          : []),
      ],
    }),
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [
        new TextRun({ text: MINUTES_LABEL, size: 44 }),
        new TextRun({ text: meetingLabel(input.meeting), break: 1, size: 28, color: MUTED }),
      ],
    }),
    labelledTable(
      factRows(input).map((row) => ({
        label: row.label,
        lines: row.lines,
        highlight: row.label === 'Status' || row.label === 'Merknadsfrist',
      })),
    ),
  ];

  const groups = attendanceGroups(input.attendance);
  if (groups.length > 0) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Deltakere' }),
      labelledTable(groups.map((g) => ({ label: g.heading, lines: g.lines, highlight: false }))),
    );
  }

  const cases = minutesCases(input);
  if (cases.length === 0) {
    children.push(
      new Paragraph({
        spacing: { before: 360 },
        children: [new TextRun({ text: 'Ingen saker er ført i referatet.', italics: true })],
      }),
    );
  }
  for (const entry of cases) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [new TextRun({ text: xmlSafe(`${entry.label} ${entry.title}`) })],
      }),
      ...entry.notParticipating.map(
        (line) =>
          new Paragraph({ children: [new TextRun({ text: xmlSafe(line), italics: true })] }),
      ),
      ...renderBlocks(entry.discussion, 0, state),
    );
    if (entry.postponed) {
      children.push(
        new Paragraph({
          children: [new TextRun({ text: POSTPONED_TEXT, bold: true, italics: true })],
        }),
      );
    }
    if (entry.decision.length > 0) {
      children.push(
        new Paragraph({
          keepNext: true,
          spacing: { before: 120, after: 60 },
          children: [new TextRun({ text: `${DECISION_LABEL}:`, bold: true })],
        }),
        ...renderBlocks(entry.decision, 0, state),
      );
    }
  }

  const title = minutesTitle(input);
  const doc = new Document({
    title: xmlSafe(`${title}, ${input.council.name}`),
    subject: mark ? `${title} (${mark.toLocaleLowerCase('nb-NO')})` : title,
    creator: input.council.name,
    description: `${MINUTES_LABEL} fra ${input.council.name}`,
    styles: DOCX_STYLES,
    numbering: DOCX_NUMBERING,
    sections: [
      {
        // Page one carries the draft badge under its own heading, so its header stays empty.
        properties: { page: A4_PAGE, titlePage: true },
        headers: mark
          ? { first: new Header({ children: [] }), default: draftHeader(mark) }
          : undefined,
        footers: { first: pageFooter(title), default: pageFooter(title) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** On drafts every page says so, in the top right corner. */
function draftHeader(mark: string): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [new TextRun({ text: `\t${mark}`, bold: true, size: 17, color: DRAFT_COLOR })],
      }),
    ],
  });
}

type LabelledRow = { label: string; lines: string[]; highlight: boolean };

function labelledTable(rows: readonly LabelledRow[]): Table {
  const cell = (width: number, paragraphs: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 60, bottom: 60 },
      children: paragraphs,
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH],
    borders: {
      top: RULE,
      bottom: RULE,
      insideHorizontal: RULE,
      left: NONE,
      right: NONE,
      insideVertical: NONE,
    },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(LABEL_WIDTH, [
              new Paragraph({
                spacing: { after: 0 },
                children: [new TextRun({ text: row.label, bold: true })],
              }),
            ]),
            cell(
              TEXT_WIDTH - LABEL_WIDTH,
              row.lines.map(
                (line) =>
                  new Paragraph({
                    spacing: { after: 0 },
                    children: [
                      new TextRun({
                        text: xmlSafe(line),
                        bold: row.highlight ? true : undefined,
                        color: row.highlight ? DRAFT_COLOR : undefined,
                      }),
                    ],
                  }),
              ),
            ),
          ],
        }),
    ),
  });
}
