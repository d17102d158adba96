import type { PlanStatusInput } from './overview-input.ts';
import { joinLines, overviewTable, renderOverviewPdf, textRuns } from './overview-pdf.ts';
import {
  activityDetails,
  activityText,
  EMPTY_AREA_TEXT,
  NO_AREAS_TEXT,
  PLAN_STATUS_COLUMNS,
  PLAN_STATUS_SHARES,
  PLAN_STATUS_TITLE,
} from './overview-text.ts';
import { TYPE } from './pdf-case-paper.ts';
import { COLOR } from './pdf-layout.ts';
import type { TableRowSpec } from './pdf-table.ts';

/**
 * The status overview of the council's action plan as PDF: one landscape table, a row per
 * activity, grouped by area in plan order.
 */

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
      overviewTable(flow, PLAN_STATUS_COLUMNS, PLAN_STATUS_SHARES, input.areas.flatMap(areaRows));
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
