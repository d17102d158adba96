import { Paragraph, TextRun } from 'docx';
import {
  type CellSpec,
  MUTED,
  overviewTableDocx,
  renderOverviewDocx,
  spec,
} from './overview-docx.ts';
import type { PlanStatusActivityRow, PlanStatusInput } from './overview-input.ts';
import {
  activityDetails,
  activityText,
  EMPTY_AREA_TEXT,
  NO_AREAS_TEXT,
  PLAN_STATUS_COLUMNS,
  PLAN_STATUS_SHARES,
  PLAN_STATUS_TITLE,
} from './overview-text.ts';

/**
 * The status overview of the action plan as a Word document: the same table as the PDF, in a
 * landscape section, its header row repeated on every page.
 */

export async function renderPlanStatusDocx(input: PlanStatusInput): Promise<Uint8Array> {
  const body =
    input.areas.length === 0
      ? [new Paragraph({ children: [new TextRun({ text: NO_AREAS_TEXT, italics: true })] })]
      : [overviewTableDocx(PLAN_STATUS_COLUMNS, PLAN_STATUS_SHARES, input.areas.flatMap(areaRows))];
  return renderOverviewDocx(
    input,
    PLAN_STATUS_TITLE,
    `${input.planTitle} · ${input.councilName}`,
    body,
  );
}

function areaRows(area: PlanStatusInput['areas'][number]): CellSpec[][] {
  const areaCell = (first: boolean): CellSpec => ({
    paragraphs: [spec(area.title, first ? { bold: true } : { color: MUTED })],
  });
  if (area.activities.length === 0) {
    return [
      [
        areaCell(true),
        { paragraphs: [[{ text: EMPTY_AREA_TEXT, italics: true, color: MUTED }]], columnSpan: 3 },
      ],
    ];
  }
  return area.activities.map((activity: PlanStatusActivityRow, i) => [
    areaCell(i === 0),
    {
      paragraphs: [spec(activityText(activity)), spec(activityDetails(activity), { color: MUTED })],
    },
    { paragraphs: [spec(activity.statusLabel, { bold: true }), spec(activity.comments)] },
    { paragraphs: [spec(activity.results)] },
  ]);
}
