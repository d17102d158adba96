import type { OverviewHeading } from './overview-input.ts';
import { generatedLine, overviewHeadingLine } from './overview-text.ts';
import { TYPE } from './pdf-case-paper.ts';
import { createDocument, numberPages } from './pdf-common.ts';
import { A4, COLOR, type DrawOp, drawOps, Flow, MARGIN, type StyledRun } from './pdf-layout.ts';
import { drawTable, type TableRowSpec } from './pdf-table.ts';

/**
 * The frame the overviews share as PDF: landscape A4 pages with the heading on page one, a
 * running header on the others and page numbers on all, and one full-width table.
 */

/** Table text size: landscape tables carry a lot of text. */
export const OVERVIEW_TABLE_SIZE = 9;
export const A4_LANDSCAPE: [number, number] = [A4[1], A4[0]];

/** The text flow on landscape A4; drawTable and Flow read the page from these fields. */
class LandscapeFlow extends Flow {
  override readonly width = A4_LANDSCAPE[0] - MARGIN.left - MARGIN.right;
  override readonly top = A4_LANDSCAPE[1] - MARGIN.top;
}

/**
 * Lays out an overview: heading line, title, subtitle and generation date on page one, a
 * running header on the others, `body` in between, and "Side N av M" on every page.
 */
export async function renderOverviewPdf(
  heading: OverviewHeading,
  title: string,
  subtitle: string,
  body: (flow: Flow) => void,
): Promise<Uint8Array> {
  const generatedAt = new Date(`${heading.generatedOn}T12:00:00Z`);
  const { doc, fonts, measure } = await createDocument(
    {
      council: { name: heading.councilName },
      meeting: { number: heading.meetingNumber, date: heading.generatedOn },
      generatedAt: Number.isNaN(generatedAt.getTime()) ? new Date(0) : generatedAt,
    },
    title,
  );
  doc.setSubject(`${title}: ${subtitle}`);
  const line = overviewHeadingLine(heading);
  const flow = new LandscapeFlow(measure, (ops, index) => {
    if (index > 0) runningHeader(ops, `${line} · ${title}`, heading.councilName);
  });
  flow.newPage();
  const right = flow.left + flow.width;
  const top = flow.y - 10;
  flow.text(flow.left, top, line, 'bold', 10, { color: COLOR.muted });
  if (heading.caseNumber)
    flow.text(right, top, `Møte ${heading.meetingNumber}`, 'regular', 10, {
      color: COLOR.muted,
      align: 'right',
    });
  flow.y -= 18;
  flow.rule(1.2, COLOR.text);
  flow.y -= 12;
  flow.paragraph([{ text: title, font: 'bold' }], { size: TYPE.title, lineHeight: 22 });
  flow.paragraph([{ text: subtitle, font: 'bold', color: COLOR.muted }], { size: TYPE.h2 });
  flow.paragraph([{ text: generatedLine(heading), font: 'regular', color: COLOR.muted }], {
    size: TYPE.small,
  });
  flow.gap(10);
  body(flow);
  for (const ops of flow.pages) drawOps(doc.addPage(A4_LANDSCAPE), ops, fonts);
  numberPages(doc, fonts.regular);
  return doc.save({ updateFieldAppearances: false });
}

function runningHeader(ops: DrawOp[], left: string, right: string): void {
  const y = A4_LANDSCAPE[1] - MARGIN.top + 26;
  const x2 = A4_LANDSCAPE[0] - MARGIN.right;
  const style = { kind: 'text', y, font: 'regular', size: TYPE.small, color: COLOR.muted } as const;
  ops.push(
    { ...style, x: MARGIN.left, text: left },
    { ...style, x: x2, text: right, align: 'right' },
    { kind: 'line', x1: MARGIN.left, y1: y - 6, x2, y2: y - 6, thickness: 0.4, color: COLOR.rule },
  );
}

/** One table over the full width; columns are shares of it, the header row repeats per page. */
export function overviewTable(
  flow: Flow,
  columns: readonly string[],
  shares: readonly number[],
  rows: readonly TableRowSpec[],
): void {
  const total = shares.reduce((a, b) => a + b, 0);
  const header: TableRowSpec = {
    header: true,
    cells: columns.map((label) => ({ runs: [{ text: label, font: 'bold' }], fill: COLOR.fill })),
  };
  drawTable(flow, [header, ...rows], {
    size: OVERVIEW_TABLE_SIZE,
    columnWidths: shares.map((share) => (share / total) * flow.width),
    padding: { x: 5, y: 4 },
  });
}

/** Runs for free text: empty stays empty, line breaks are kept. */
export function textRuns(text: string, style: Omit<StyledRun, 'text'> = { font: 'regular' }) {
  const trimmed = text.trim();
  return trimmed ? [{ ...style, text: trimmed }] : [];
}

/** Line break before `runs` when something precedes them. */
export function joinLines(...parts: StyledRun[][]): StyledRun[] {
  const out: StyledRun[] = [];
  for (const part of parts.filter((p) => p.length > 0)) {
    if (out.length > 0) out.push({ text: '\n', font: 'regular' });
    out.push(...part);
  }
  return out;
}
