import { HeadingLevel, Paragraph, type Table, TextRun } from 'docx';
import { xmlSafe } from './docx-common.ts';
import {
  type CellSpec,
  MUTED,
  overviewTableDocx,
  type RunSpec,
  renderOverviewDocx,
  spec,
} from './overview-docx.ts';
import type { PolicyOverviewInput, PolicyOverviewRow } from './overview-input.ts';
import {
  ARCHIVED_HEADING,
  CHANGE_TAG,
  changeSummary,
  kindAndMinistry,
  NO_ARCHIVED_TEXT,
  NO_ROWS_TEXT,
  POLICY_OVERVIEW_COLUMNS,
  POLICY_OVERVIEW_SHARES,
  POLICY_OVERVIEW_TITLE,
  warningText,
} from './overview-text.ts';

/** The overview of white papers and strategies as a Word document, with the PDF's content. */

const TAG_COLOR = { new: '0D6B33', changed: '9E5405' };
const WARNING_COLOR = 'A31A1F';

export async function renderPolicyOverviewDocx(input: PolicyOverviewInput): Promise<Uint8Array> {
  const body: Array<Paragraph | Table> = [
    input.rows.length === 0
      ? new Paragraph({ children: [new TextRun({ text: NO_ROWS_TEXT, italics: true })] })
      : overviewTableDocx(POLICY_OVERVIEW_COLUMNS, POLICY_OVERVIEW_SHARES, input.rows.map(row)),
    new Paragraph({
      spacing: { before: 240 },
      children: [new TextRun({ text: xmlSafe(changeSummary(input)) })],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: ARCHIVED_HEADING }),
  ];
  if (input.archived.length === 0)
    body.push(
      new Paragraph({ children: [new TextRun({ text: NO_ARCHIVED_TEXT, italics: true })] }),
    );
  for (const entry of input.archived) {
    const reference = entry.reference.trim();
    const reason = entry.reason.trim();
    body.push(
      new Paragraph({
        bullet: { level: 0 },
        spacing: { after: 60 },
        children: [
          ...(reference ? [new TextRun({ text: xmlSafe(`${reference} `), bold: true })] : []),
          new TextRun({ text: xmlSafe(entry.title.trim()) }),
          ...(reason ? [new TextRun({ text: xmlSafe(` – ${reason}`), color: MUTED })] : []),
        ],
      }),
    );
  }
  return renderOverviewDocx(input, POLICY_OVERVIEW_TITLE, input.councilName, body);
}

function row(entry: PolicyOverviewRow): CellSpec[] {
  const tag: RunSpec[] = entry.change
    ? [{ text: `${CHANGE_TAG[entry.change]} `, bold: true, color: TAG_COLOR[entry.change] }]
    : [];
  // The reference leads when there is one; otherwise the tag goes with the title.
  const reference = spec(entry.reference, { bold: true });
  const title = spec(entry.title);
  return [
    {
      paragraphs: [
        [...tag, ...(reference.length > 0 ? reference : title)],
        reference.length > 0 ? title : [],
        spec(kindAndMinistry(entry), { color: MUTED }),
        spec(entry.warning ? warningText(entry.warning) : '', {
          bold: true,
          color: WARNING_COLOR,
        }),
      ],
    },
    { paragraphs: [spec(entry.input)] },
    { paragraphs: [spec(entry.launch)] },
    { paragraphs: [spec(entry.consultation)] },
    { paragraphs: [spec(entry.followUp)] },
  ];
}
