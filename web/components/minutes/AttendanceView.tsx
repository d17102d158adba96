import { Table } from '@digdir/designsystemet-react';
import type { TMinutesAttendance } from '../../types.ts';
import { ATTENDANCE_GROUPS, PRESENCE_LABELS } from './labels.ts';

/** The attendance list as the minutes print it, grouped by kind. */
export function AttendanceView({
  attendance,
}: {
  attendance: Pick<
    TMinutesAttendance,
    'id' | 'name' | 'affiliation' | 'kind' | 'presence' | 'isChair' | 'notes'
  >[];
}) {
  if (attendance.length === 0) return <p>Ingen deltakere er registrert.</p>;
  return (
    <>
      {ATTENDANCE_GROUPS.map((group) => {
        const rows = attendance.filter((a) => a.kind === group.kind);
        if (rows.length === 0) return null;
        return (
          <div key={group.kind} className="table-scroll">
            <Table zebra className="full-width attendance-table attendance-table--view">
              <caption className="attendance-caption">{group.label}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Navn</Table.HeaderCell>
                  <Table.HeaderCell>Virksomhet</Table.HeaderCell>
                  <Table.HeaderCell>Oppmøte</Table.HeaderCell>
                  <Table.HeaderCell>Merknad</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rows.map((a) => (
                  <Table.Row key={a.id}>
                    <Table.Cell>
                      {a.name}
                      {a.isChair && <span className="muted"> (leder)</span>}
                    </Table.Cell>
                    <Table.Cell>{a.affiliation ?? '–'}</Table.Cell>
                    <Table.Cell>{PRESENCE_LABELS[a.presence]}</Table.Cell>
                    <Table.Cell>
                      {a.presence === 'absent' ? '–' : a.notes.join(', ') || '–'}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        );
      })}
    </>
  );
}
