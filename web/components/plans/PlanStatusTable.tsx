import { Table } from '@digdir/designsystemet-react';
import { activityTitle } from '../../../core/plans.ts';
import type { PlanStatusInput } from '../../types.ts';

type Row = PlanStatusInput['areas'][number]['activities'][number];

function details(row: Row): string {
  const responsible = row.responsible.trim();
  return [row.dates.trim(), responsible ? `Ansvarlig: ${responsible}` : '']
    .filter(Boolean)
    .join(' · ');
}

/**
 * The status overview as on paper: one row per activity, grouped by area, with the same four
 * columns as the PDF and Word documents.
 */
export function PlanStatusTable({ input }: { input: PlanStatusInput }) {
  return (
    <div className="table-scroll plan-scroll">
      <Table className="full-width plan-table plan-status-table" data-testid="plan-status">
        <caption>Status for aktiviteter i {input.planTitle}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">Område</Table.HeaderCell>
            <Table.HeaderCell scope="col">Aktivitet</Table.HeaderCell>
            <Table.HeaderCell scope="col">Status og kommentarer</Table.HeaderCell>
            <Table.HeaderCell scope="col">Oppfølging og resultater</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        {input.areas.map((area) => (
          <Table.Body key={area.title}>
            {area.activities.length === 0 ? (
              <Table.Row>
                <Table.HeaderCell scope="row">{area.title}</Table.HeaderCell>
                <Table.Cell colSpan={3} className="muted">
                  Ingen aktiviteter registrert.
                </Table.Cell>
              </Table.Row>
            ) : (
              area.activities.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the overview's rows have no ids
                <Table.Row key={i}>
                  {i === 0 && (
                    <Table.HeaderCell scope="rowgroup" rowSpan={area.activities.length}>
                      {area.title}
                    </Table.HeaderCell>
                  )}
                  <Table.Cell className="plan-table__main">
                    {activityTitle(row.kindLabel, row.description)}
                    {details(row) && <div className="muted small">{details(row)}</div>}
                  </Table.Cell>
                  <Table.Cell className="plan-table__text">
                    <strong>{row.statusLabel}</strong>
                    {row.comments && <div>{row.comments}</div>}
                  </Table.Cell>
                  <Table.Cell className="plan-table__text">{row.results || '–'}</Table.Cell>
                </Table.Row>
              ))
            )}
          </Table.Body>
        ))}
      </Table>
    </div>
  );
}
