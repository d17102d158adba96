import { rgb } from 'pdf-lib';
import type { PolicyOverviewInput, PolicyOverviewRow } from './overview-input.ts';
import { TYPE } from './pdf-case-paper.ts';
import { COLOR, type StyledRun } from './pdf-layout.ts';
import type { TableRowSpec } from './pdf-table.ts';
import {
  formatShortDate,
  joinLines,
  overviewTable,
  renderOverviewPdf,
  textRuns,
} from './plan-status-pdf.ts';

/**
 * The overview of white papers, strategies and official reports the council follows, as PDF:
 * one landscape table in the council's own columns, changes since the previous meeting tagged
 * in words, then a count of the changes and the entries archived since then.
 */

export const POLICY_OVERVIEW_TITLE = 'Oversikt meldinger og strategier';
export const POLICY_OVERVIEW_COLUMNS = [
  'Melding/strategi/NOU',
  'Innspill fra rådet',
  'Lansering',
  'Høring',
  'Forslag videre oppfølging',
];
export const ARCHIVED_HEADING = 'Arkivert siden forrige møte';
export const NO_ROWS_TEXT = 'Ingen meldinger eller strategier følges nå.';

export const CHANGE_TAG = { new: 'Ny', changed: 'Endret' } as const;
const TAG_COLOR = { new: rgb(0.05, 0.42, 0.2), changed: rgb(0.62, 0.33, 0.02) };
const WARNING_COLOR = rgb(0.64, 0.1, 0.12);

export function warningText(warning: string): string {
  return `Merk: ${warning.trim()}`;
}

/** "Endringer siden forrige møte (22.10.2026): 1 ny, 1 endret, 2 arkiverte." */
export function changeSummary(input: PolicyOverviewInput): string {
  if (!input.previousMeetingDate)
    return 'Endringer siden forrige møte: ingen tidligere møte å sammenligne med.';
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const created = input.rows.filter((r) => r.change === 'new').length;
  const changed = input.rows.filter((r) => r.change === 'changed').length;
  return `Endringer siden forrige møte (${formatShortDate(input.previousMeetingDate)}): ${[
    count(created, 'ny', 'nye'),
    count(changed, 'endret', 'endrede'),
    count(input.archived.length, 'arkivert', 'arkiverte'),
  ].join(', ')}.`;
}

/** "Meld. St. 21 (2024–2025) Tittel", or the title alone. */
export function referenceAndTitle(entry: { reference: string; title: string }): string {
  return [entry.reference.trim(), entry.title.trim()].filter(Boolean).join(' ');
}

export function kindAndMinistry(row: PolicyOverviewRow): string {
  return [row.kindLabel.trim(), row.ministry.trim()].filter(Boolean).join(' · ');
}

export async function renderPolicyOverviewPdf(input: PolicyOverviewInput): Promise<Uint8Array> {
  return renderOverviewPdf(input, POLICY_OVERVIEW_TITLE, input.councilName, (flow) => {
    if (input.rows.length === 0)
      flow.paragraph([{ text: NO_ROWS_TEXT, font: 'italic' }], { size: TYPE.body });
    else overviewTable(flow, POLICY_OVERVIEW_COLUMNS, [30, 16, 13, 13, 28], input.rows.map(row));

    flow.gap(12);
    flow.paragraph([{ text: changeSummary(input), font: 'regular' }], { size: TYPE.body });
    flow.gap(16);
    flow.ensure(TYPE.h2 * 1.4 + 2 * TYPE.body * 1.38);
    flow.paragraph([{ text: ARCHIVED_HEADING, font: 'bold' }], { size: TYPE.h2 });
    flow.gap(4);
    if (input.archived.length === 0)
      flow.paragraph([{ text: 'Ingen.', font: 'italic' }], { size: TYPE.body });
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
