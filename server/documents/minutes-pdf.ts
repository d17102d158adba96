import { rgb } from 'pdf-lib';
import { meetingLabel } from './case-paper-model.ts';
import type { Block } from './html-blocks.ts';
import type { MinutesInput } from './minutes-input.ts';
import {
  attendanceGroups,
  DECISION_LABEL,
  DRAFT_LABEL,
  draftMark,
  factRows,
  MINUTES_LABEL,
  type MinutesCase,
  minutesCases,
  minutesTitle,
  POSTPONED_TEXT,
} from './minutes-model.ts';
import { TYPE } from './pdf-case-paper.ts';
import { addPages, createDocument, numberPages, renderBlocks } from './pdf-common.ts';
import { A4, COLOR, type DrawOp, Flow, MARGIN, type TextMeasure } from './pdf-layout.ts';
import { drawTable, type TableRowSpec } from './pdf-table.ts';

/**
 * The minutes ("Referat") as PDF, laid out like the council's own: title and meeting facts,
 * attendance by block, then every case with its discussion and "Vedtak". Drafts say so on
 * every page; pages are numbered "Side N av M".
 */

/** Labels ("Til stede", "Sak 19/3/2025", "Vedtak") sit in a left column, content beside them. */
const LABEL_COLUMN = 112;
const DRAFT_COLOR = rgb(0.64, 0.1, 0.12);
const DRAFT_FILL = rgb(0.99, 0.92, 0.92);

export async function renderMinutesPdf(input: MinutesInput): Promise<Uint8Array> {
  const title = draftMark(input)
    ? `${MINUTES_LABEL} (${DRAFT_LABEL.toLowerCase()})`
    : MINUTES_LABEL;
  const { doc, fonts, measure } = await createDocument(input, title);
  addPages(doc, layoutMinutes(measure, input), fonts);
  numberPages(doc, fonts.regular);
  return doc.save({ updateFieldAppearances: false });
}

export function layoutMinutes(measure: TextMeasure, input: MinutesInput): DrawOp[][] {
  const mark = draftMark(input);
  const flow = new Flow(measure, (ops, index) => {
    if (index > 0) runningHeader(ops, input, mark);
  });
  flow.newPage();
  const contentX = flow.left + LABEL_COLUMN;

  // Council name, with the draft mark as a badge in the corner.
  const top = flow.y - 11;
  flow.text(flow.left, top, input.council.name, 'bold', 11, { color: COLOR.muted });
  if (mark) badge(flow, measure, mark.toLocaleUpperCase('nb-NO'), top);
  flow.y -= 20;
  flow.rule(1.2, COLOR.text);
  flow.y -= 16;
  flow.paragraph([{ text: MINUTES_LABEL, font: 'bold' }], { size: 24, lineHeight: 28 });
  flow.paragraph([{ text: meetingLabel(input.meeting), font: 'bold', color: COLOR.muted }], {
    size: 15,
  });
  flow.gap(12);

  labelledTable(
    flow,
    factRows(input).map((row) => ({
      label: row.label,
      text: row.lines.join('\n'),
      highlight: row.label === 'Status' || row.label === 'Merknadsfrist',
    })),
  );

  const groups = attendanceGroups(input.attendance);
  if (groups.length > 0) {
    flow.gap(24);
    flow.ensure(TYPE.section * 1.4 + 4 * TYPE.body * 1.3);
    flow.paragraph([{ text: 'Deltakere', font: 'bold' }], { size: TYPE.section });
    flow.gap(6);
    labelledTable(
      flow,
      groups.map((g) => ({ label: g.heading, text: g.lines.join('\n'), highlight: false })),
    );
  }

  const cases = minutesCases(input);
  if (cases.length === 0) {
    flow.gap(22);
    flow.paragraph([{ text: 'Ingen saker er ført i referatet.', font: 'italic' }], {
      size: TYPE.body,
      x: contentX,
    });
  }
  cases.forEach((entry, i) => {
    layoutCase(flow, entry, contentX, i === 0);
  });
  return flow.pages;
}

function layoutCase(flow: Flow, entry: MinutesCase, contentX: number, first: boolean): void {
  const lh = TYPE.body * 1.38;
  const titleSize = TYPE.h2;
  const titleLines = flow.measure.wrap(
    [{ text: entry.title, font: 'bold' }],
    titleSize,
    flow.left + flow.width - contentX,
  );
  flow.gap(first ? 26 : 22);
  // Keep the case heading with the first lines of what follows.
  flow.ensure(titleLines.length * titleSize * 1.38 + 12 + 3 * lh);
  // A rule between cases; not after the attendance table, nor under a running header.
  if (!first && !flow.atPageTop) {
    flow.rule(0.6);
    flow.y -= 10;
  }
  labelBeside(flow, entry.label, titleSize * 1.38, titleSize);
  flow.paragraph([{ text: entry.title, font: 'bold' }], { size: titleSize, x: contentX });
  for (const line of entry.notParticipating) {
    flow.gap(6);
    flow.paragraph([{ text: line, font: 'italic' }], { size: TYPE.body, x: contentX });
  }

  if (entry.discussion.length > 0) {
    flow.gap(6);
    renderBlocks(flow, entry.discussion, contentX, 0);
  }
  if (entry.postponed) {
    flow.gap(8);
    flow.paragraph([{ text: POSTPONED_TEXT, font: 'boldItalic' }], {
      size: TYPE.body,
      x: contentX,
    });
  }
  if (entry.decision.length > 0) {
    flow.gap(10);
    labelledBlocks(flow, DECISION_LABEL, entry.decision, contentX);
  }
}

/** A left-column label on the same baseline as the first line of blocks beside it. */
function labelledBlocks(flow: Flow, label: string, blocks: readonly Block[], x: number): void {
  const lh = TYPE.body * 1.38;
  // Room for a heading or two lines, so the blocks start on the label's page.
  flow.ensure(TYPE.h2 * 1.4 + 2 * lh);
  labelBeside(flow, label, lh, TYPE.body);
  renderBlocks(flow, blocks, x, 0);
}

function labelBeside(flow: Flow, label: string, lineHeight: number, size: number): void {
  if (flow.pages.length === 0) flow.newPage();
  flow.text(flow.left, flow.y - lineHeight * 0.74, label, 'bold', size);
}

type LabelledRow = { label: string; text: string; highlight: boolean };

function labelledTable(flow: Flow, rows: readonly LabelledRow[]): void {
  const spec: TableRowSpec[] = rows.map((row) => ({
    cells: [
      { runs: [{ text: row.label, font: 'bold' }] },
      {
        runs: [
          {
            text: row.text,
            font: row.highlight ? 'bold' : 'regular',
            color: row.highlight ? DRAFT_COLOR : undefined,
          },
        ],
      },
    ],
  }));
  drawTable(flow, spec, {
    size: TYPE.body,
    borders: 'rows',
    columnWidths: [LABEL_COLUMN, flow.width - LABEL_COLUMN],
    padding: { x: 0, y: 5 },
  });
}

function badge(flow: Flow, measure: TextMeasure, text: string, baseline: number): void {
  const size = 11;
  const width = measure.width(text, 'bold', size);
  const right = flow.left + flow.width;
  flow.push({
    kind: 'rect',
    x: right - width - 16,
    y: baseline - 6,
    w: width + 16,
    h: size + 10,
    color: DRAFT_FILL,
  });
  flow.text(right - 8, baseline, text, 'bold', size, { color: DRAFT_COLOR, align: 'right' });
}

/** Pages after the first: council and meeting on the left, the draft mark on the right. */
function runningHeader(ops: DrawOp[], input: MinutesInput, mark: string | null): void {
  const y = A4[1] - MARGIN.top + 26;
  const right = A4[0] - MARGIN.right;
  const left = `${input.council.shortName || input.council.name} · ${minutesTitle(input)}`;
  const size = TYPE.small;
  ops.push({
    kind: 'text',
    x: MARGIN.left,
    y,
    text: left,
    font: 'regular',
    size,
    color: COLOR.muted,
  });
  if (mark) {
    ops.push({
      kind: 'text',
      x: right,
      y,
      text: mark,
      font: 'bold',
      size,
      color: DRAFT_COLOR,
      align: 'right',
    });
  }
  ops.push({
    kind: 'line',
    x1: MARGIN.left,
    y1: y - 6,
    x2: right,
    y2: y - 6,
    thickness: 0.4,
    color: COLOR.rule,
  });
}
