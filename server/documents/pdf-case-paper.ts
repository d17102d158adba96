import {
  CASE_PAPER_LABEL,
  caseLabel,
  headerRows,
  linkSuffix,
  meetingLabel,
  sections,
} from './case-paper-model.ts';
import type { Block, InlineRun } from './html-blocks.ts';
import type { CasePaperInput, CouncilInfo, MeetingInfo } from './input.ts';
import {
  A4,
  COLOR,
  type DrawOp,
  Flow,
  type FontKey,
  MARGIN,
  type StyledRun,
  type TextMeasure,
} from './pdf-layout.ts';
import { drawTable, type TableRowSpec } from './pdf-table.ts';
import { toWinAnsi } from './pdf-text.ts';

/** Type sizes: one body size, headings stepping up from it. */
export const TYPE = {
  body: 10.5,
  small: 8.5,
  table: 9.5,
  h4: 10.5,
  h3: 11,
  h2: 12,
  section: 13,
  title: 17,
};

export function fontFor(bold: boolean, italic: boolean): FontKey {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

export function toStyledRuns(runs: readonly InlineRun[], forceBold = false): StyledRun[] {
  const out: StyledRun[] = [];
  for (const run of runs) {
    const font = fontFor(run.bold || forceBold, run.italic);
    if (run.href) {
      out.push({ text: run.text, font, color: COLOR.link, underline: true });
      const suffix = linkSuffix(run.text, run.href);
      if (suffix) out.push({ text: suffix, font, color: COLOR.muted });
    } else {
      out.push({ text: run.text, font });
    }
  }
  return out;
}

/** Lays a case paper out on its own pages; pages after the first carry a running header. */
export function layoutCasePaper(
  measure: TextMeasure,
  council: CouncilInfo,
  meeting: MeetingInfo,
  casePaper: CasePaperInput,
  /** One-line mentions after the paper, e.g. of attachments that are not PDFs. */
  notes: readonly string[] = [],
): DrawOp[][] {
  const running = `${caseLabel(casePaper)} ${casePaper.title}`;
  const flow = new Flow(measure, (ops, index) => {
    if (index === 0) return;
    const y = A4[1] - MARGIN.top + 26;
    const right = A4[0] - MARGIN.right;
    const meetingText = `${council.shortName || council.name} · ${meetingLabel(meeting)}`;
    const room = flow.width - measure.width(toWinAnsi(meetingText), 'regular', TYPE.small) - 24;
    ops.push(
      {
        kind: 'text',
        x: MARGIN.left,
        y,
        text: truncate(measure, running, TYPE.small, room),
        font: 'regular',
        size: TYPE.small,
        color: COLOR.muted,
      },
      {
        kind: 'text',
        x: right,
        y,
        text: meetingText,
        font: 'regular',
        size: TYPE.small,
        color: COLOR.muted,
        align: 'right',
      },
      {
        kind: 'line',
        x1: MARGIN.left,
        y1: y - 6,
        x2: right,
        y2: y - 6,
        thickness: 0.4,
        color: COLOR.rule,
      },
    );
  });
  flow.newPage();

  // Title lines as in the council's own papers: "Saksframlegg  Møte 3/2025", then case number and title.
  const titleBase = flow.y - 11;
  flow.text(flow.left, titleBase, CASE_PAPER_LABEL, 'bold', 11, { color: COLOR.muted });
  flow.text(flow.left + flow.width, titleBase, meetingLabel(meeting), 'bold', 11, {
    color: COLOR.muted,
    align: 'right',
  });
  flow.y -= 18;
  flow.rule(1.2, COLOR.text);
  flow.y -= 16;
  flow.paragraph([{ text: caseLabel(casePaper), font: 'bold' }], { size: TYPE.h2 });
  flow.gap(2);
  flow.paragraph([{ text: casePaper.title, font: 'bold' }], { size: TYPE.title, lineHeight: 21 });
  flow.gap(12);

  const header: TableRowSpec[] = headerRows(casePaper).map((row) => ({
    cells: [
      { runs: [{ text: row.label, font: 'bold' }] },
      { runs: [{ text: row.lines.join('\n'), font: 'regular' }] },
    ],
  }));
  drawTable(flow, header, {
    size: 10,
    borders: 'rows',
    columnWidths: [118, flow.width - 118],
    padding: { x: 2, y: 4 },
  });

  for (const section of sections(casePaper)) {
    flow.gap(18);
    flow.ensure(TYPE.section * 1.4 + 3 * TYPE.body * 1.38);
    flow.paragraph([{ text: section.title, font: 'bold' }], { size: TYPE.section });
    flow.gap(4);
    renderBlocks(flow, section.blocks, flow.left, 0);
  }
  if (notes.length > 0) flow.gap(18);
  for (const note of notes) {
    flow.paragraph([{ text: note, font: 'italic', color: COLOR.muted }], { size: TYPE.table });
  }
  return flow.pages;
}

function renderBlocks(
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

function truncate(measure: TextMeasure, text: string, size: number, maxWidth: number): string {
  const safe = toWinAnsi(text);
  if (measure.width(safe, 'regular', size) <= maxWidth) return safe;
  let cut = safe;
  while (cut.length > 1 && measure.width(`${cut}…`, 'regular', size) > maxWidth)
    cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
