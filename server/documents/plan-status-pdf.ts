import type { MeetingInfo } from './input.ts';
import type { OverviewHeading, PlanStatusActivityRow, PlanStatusInput } from './overview-input.ts';
import { TYPE } from './pdf-case-paper.ts';
import { createDocument, numberPages } from './pdf-common.ts';
import { A4, COLOR, type DrawOp, drawOps, Flow, MARGIN, type StyledRun } from './pdf-layout.ts';
import { drawTable, type TableRowSpec } from './pdf-table.ts';

/**
 * The status overview of the council's action plan as PDF: one landscape table, a row per
 * activity, grouped by area in plan order. The overview frame (heading, running header, page
 * numbers) and the texts shared with the Word version are exported for the policy overview.
 */

export const PLAN_STATUS_TITLE = 'Status for aktiviteter i handlingsplanen';
export const PLAN_STATUS_COLUMNS = [
  'Område',
  'Aktivitet',
  'Status og kommentarer',
  'Oppfølging og resultater',
];
export const EMPTY_AREA_TEXT = 'Ingen aktiviteter registrert.';
export const NO_AREAS_TEXT = 'Handlingsplanen har ingen områder.';

/** "2026-12-01" → "1.12.2026"; anything else is shown as given. */
export function formatShortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : iso;
}

/**
 * "Vedlegg til sak 50/5/2026", or "Møte 5/2026" before the overview is attached to a case.
 * (The input carries no attachment number, so "Vedlegg 1" cannot be printed.)
 */
export function overviewHeadingLine(heading: OverviewHeading): string {
  return heading.caseNumber
    ? `Vedlegg til sak ${heading.caseNumber}`
    : `Møte ${heading.meetingNumber}`;
}

export function generatedLine(heading: OverviewHeading): string {
  return `Generert ${formatShortDate(heading.generatedOn)}`;
}

/** "Brev: Kommentarer til …", without doubling a kind the description already starts with. */
export function activityText(activity: PlanStatusActivityRow): string {
  const kind = activity.kindLabel.trim();
  const description = activity.description.trim();
  if (
    !kind ||
    description.toLocaleLowerCase('nb-NO').startsWith(`${kind.toLocaleLowerCase('nb-NO')}:`)
  )
    return description;
  return `${kind}: ${description}`;
}

/** "1.2.2026–30.6.2026 · Ansvarlig: Kari Nilsen", empty when neither is set. */
export function activityDetails(activity: PlanStatusActivityRow): string {
  const responsible = activity.responsible.trim();
  return [activity.dates.trim(), responsible ? `Ansvarlig: ${responsible}` : '']
    .filter(Boolean)
    .join(' · ');
}

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
      council: { name: heading.councilName, shortName: heading.councilName },
      // createDocument reads only the number and date of the meeting.
      meeting: { number: heading.meetingNumber, date: heading.generatedOn } as MeetingInfo,
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

export async function renderPlanStatusPdf(input: PlanStatusInput): Promise<Uint8Array> {
  return renderOverviewPdf(
    input,
    PLAN_STATUS_TITLE,
    `${input.planTitle} · ${input.councilName}`,
    (flow) => {
      if (input.areas.length === 0) {
        flow.paragraph([{ text: NO_AREAS_TEXT, font: 'italic' }], { size: TYPE.body });
        return;
      }
      overviewTable(flow, PLAN_STATUS_COLUMNS, [17, 29, 27, 27], input.areas.flatMap(areaRows));
    },
  );
}

function areaRows(area: PlanStatusInput['areas'][number]): TableRowSpec[] {
  // The area is named in bold on its first row and repeated in grey on the rest, so a row
  // at the top of a new page still shows where it belongs.
  const areaCell = (first: boolean) => ({
    runs: textRuns(area.title, first ? { font: 'bold' } : { font: 'regular', color: COLOR.muted }),
  });
  if (area.activities.length === 0) {
    return [
      {
        cells: [
          areaCell(true),
          { runs: [{ text: EMPTY_AREA_TEXT, font: 'italic', color: COLOR.muted }], colSpan: 3 },
        ],
      },
    ];
  }
  return area.activities.map((activity, i) => ({
    cells: [
      areaCell(i === 0),
      {
        runs: joinLines(
          textRuns(activityText(activity)),
          textRuns(activityDetails(activity), { font: 'regular', color: COLOR.muted }),
        ),
      },
      {
        runs: joinLines(
          textRuns(activity.statusLabel, { font: 'bold' }),
          textRuns(activity.comments),
        ),
      },
      { runs: textRuns(activity.results) },
    ],
  }));
}
