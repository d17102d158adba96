import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { formatShortDate } from '../format.ts';
import type { TFollowUp } from '../types.ts';
import { FOLLOW_UP_STATUS_LABELS } from './minutes/labels.ts';

const STATUS_COLORS = { open: 'warning', in_progress: 'info', done: 'success' } as const;

/** Follow-up items with case, owner, due date and status; "Endre" for those who may. */
export function FollowUpTable({
  items,
  caption,
  onEdit,
}: {
  items: TFollowUp[];
  caption: string;
  onEdit?: (item: TFollowUp) => void;
}) {
  return (
    <div className="table-scroll">
      <Table zebra className="full-width" data-testid="follow-ups">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Oppfølging</Table.HeaderCell>
            <Table.HeaderCell>Fra sak</Table.HeaderCell>
            <Table.HeaderCell>Ansvarlig</Table.HeaderCell>
            <Table.HeaderCell>Frist</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            {onEdit && <Table.HeaderCell>Handlinger</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((f) => (
            <Table.Row key={f.id} id={`follow-up-${f.id}`} tabIndex={-1} className="hash-row">
              <Table.Cell>{f.title}</Table.Cell>
              <Table.Cell>
                <RouterLink className="ds-link" to={`/cases/${f.caseId}`}>
                  {f.caseNumber} {f.caseTitle}
                </RouterLink>
              </Table.Cell>
              <Table.Cell>{f.owner || '–'}</Table.Cell>
              <Table.Cell className="nowrap">
                {f.dueDate ? formatShortDate(f.dueDate) : '–'}
                {f.overdue && (
                  <div>
                    <Tag data-color="danger" data-size="sm">
                      Forfalt
                    </Tag>
                  </div>
                )}
              </Table.Cell>
              <Table.Cell>
                <Tag data-color={STATUS_COLORS[f.status]} data-size="sm">
                  {FOLLOW_UP_STATUS_LABELS[f.status]}
                </Tag>
              </Table.Cell>
              {onEdit && (
                <Table.Cell>
                  <Button
                    variant="secondary"
                    data-size="sm"
                    aria-label={`Endre: ${f.title}`}
                    onClick={() => onEdit(f)}
                  >
                    Endre
                  </Button>
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
