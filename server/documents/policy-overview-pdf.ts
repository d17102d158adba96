import { rgb } from 'pdf-lib';
import type { PolicyOverviewInput, PolicyOverviewRow } from './overview-input.ts';
import { joinLines, overviewTable, renderOverviewPdf, textRuns } from './overview-pdf.ts';
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
import { TYPE } from './pdf-case-paper.ts';
import { COLOR, type StyledRun } from './pdf-layout.ts';
import type { TableRowSpec } from './pdf-table.ts';

/**
 * The overview of white papers, strategies and official reports the council follows, as PDF:
 * one landscape table in the council's own columns, changes since the previous meeting tagged
 * in words, then a count of the changes and the entries archived since then.
 */

const TAG_COLOR = { new: rgb(0.05, 0.42, 0.2), changed: rgb(0.62, 0.33, 0.02) };
const WARNING_COLOR = rgb(0.64, 0.1, 0.12);

export async function renderPolicyOverviewPdf(input: PolicyOverviewInput): Promise<Uint8Array> {
  return renderOverviewPdf(input, POLICY_OVERVIEW_TITLE, input.councilName, (flow) => {
    if (input.rows.length === 0)
      flow.paragraph([{ text: NO_ROWS_TEXT, font: 'italic' }], { size: TYPE.body });
    else overviewTable(flow, POLICY_OVERVIEW_COLUMNS, POLICY_OVERVIEW_SHARES, input.rows.map(row));

    flow.gap(12);
    flow.paragraph([{ text: changeSummary(input), font: 'regular' }], { size: TYPE.body });
    flow.gap(16);
    flow.ensure(TYPE.h2 * 1.4 + 2 * TYPE.body * 1.38);
    flow.paragraph([{ text: ARCHIVED_HEADING, font: 'bold' }], { size: TYPE.h2 });
    flow.gap(4);
    if (input.archived.length === 0)
      flow.paragraph([{ text: NO_ARCHIVED_TEXT, font: 'italic' }], { size: TYPE.body });
    input.archived.forEach((entry, i) => {
      if (i > 0) flow.gap(3);
      const reason = entry.reason.trim();
      flow.paragraph(
        [
          ...textRuns(entry.reference, { font: 'bold' }),
          { text: ` ${entry.title.trim()}`, font: 'regular' },
          ...(reason
            ? [{ text: ` – ${reason}`, font: 'regular' as const, color: COLOR.muted }]
            : []),
        ],
        { size: TYPE.body, x: flow.left + 14, marker: { text: '•', x: flow.left + 2 } },
      );
    });
  });
}

function row(entry: PolicyOverviewRow): TableRowSpec {
  const tag: StyledRun[] = entry.change
    ? [{ text: `${CHANGE_TAG[entry.change]} `, font: 'bold', color: TAG_COLOR[entry.change] }]
    : [];
  // The reference leads when there is one; otherwise the tag goes with the title.
  const reference = textRuns(entry.reference, { font: 'bold' });
  const title = textRuns(entry.title);
  const first = joinLines(
    [...tag, ...(reference.length > 0 ? reference : title)],
    reference.length > 0 ? title : [],
    textRuns(kindAndMinistry(entry), { font: 'regular', color: COLOR.muted }),
    textRuns(entry.warning ? warningText(entry.warning) : '', {
      font: 'bold',
      color: WARNING_COLOR,
    }),
  );
  return {
    cells: [
      { runs: first },
      { runs: textRuns(entry.input) },
      { runs: textRuns(entry.launch) },
      { runs: textRuns(entry.consultation) },
      { runs: textRuns(entry.followUp) },
    ],
  };
}
