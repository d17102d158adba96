import { Button, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { formatCaseTypes } from '../../core/case-types.ts';
import { api, errorMessage } from '../api.ts';
import type { TMeetingDetail } from '../types.ts';
import { useAnnounce } from './Announcer.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { MoveButtons } from './MoveButtons.tsx';

type AgendaItem = TMeetingDetail['agenda'][number];

/** The agenda in order, with buttons to move and remove cases. */
export function AgendaTable({
  meeting,
  onChange,
}: {
  meeting: TMeetingDetail;
  onChange: (next: TMeetingDetail) => void;
}) {
  const announce = useAnnounce();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  const agenda = meeting.agenda;
  const editable = meeting.canEdit;

  async function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    const item = agenda[index];
    if (!item || target < 0 || target >= agenda.length || busy) return;
    const ids = agenda.map((a) => a.id);
    ids.splice(index, 1);
    ids.splice(target, 0, item.id);
    setBusy(true);
    setError(undefined);
    try {
      const next = await api.put<TMeetingDetail>(`/meetings/${meeting.id}/agenda`, {
        caseIds: ids,
      });
      onChange(next);
      const moved = next.agenda.find((a) => a.id === item.id);
      announce(
        `«${item.title}» er flyttet ${delta < 0 ? 'opp' : 'ned'} til plass ${target + 1} av ${next.agenda.length}` +
          (moved ? `, nå sak ${moved.number}.` : '.'),
      );
      // Keep focus on the moved case: the same button if it can still move, else the other one.
      window.requestAnimationFrame(() => {
        const row = document.querySelector(`[data-case-row="${item.id}"]`);
        const preferred = row?.querySelector<HTMLButtonElement>(
          `[data-move="${delta < 0 ? 'up' : 'down'}"]:not([disabled])`,
        );
        (
          preferred ?? row?.querySelector<HTMLButtonElement>('[data-move]:not([disabled])')
        )?.focus();
      });
    } catch (e) {
      setError(e);
      announce(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function remove(item: AgendaItem) {
    setRemoving(null);
    setError(undefined);
    try {
      await api.delete(`/cases/${item.id}`);
      onChange(await api.get<TMeetingDetail>(`/meetings/${meeting.id}`));
      announce(`Sak «${item.title}» er fjernet fra sakslisten.`);
      document.getElementById('agenda-heading')?.focus();
    } catch (e) {
      setError(e);
    }
  }

  if (agenda.length === 0) return <p>Sakslisten er tom.</p>;

  return (
    <>
      <ErrorAlert error={error} />
      <div className="table-scroll">
        <Table className="full-width agenda-table" data-testid="agenda">
          <caption className="visually-hidden">Saksliste i møterekkefølge</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Saksnummer</Table.HeaderCell>
              <Table.HeaderCell>Tittel</Table.HeaderCell>
              <Table.HeaderCell>Type sak</Table.HeaderCell>
              <Table.HeaderCell>Vedlegg</Table.HeaderCell>
              {editable && <Table.HeaderCell>Handlinger</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {agenda.map((item, index) => (
              <Table.Row key={item.id} data-case-row={item.id}>
                <Table.Cell className="nowrap" data-testid="case-number">
                  {item.number}
                </Table.Cell>
                <Table.Cell>
                  <RouterLink className="ds-link" to={`/cases/${item.id}`}>
                    {item.title}
                  </RouterLink>
                  {item.isStanding && <span className="muted"> (fast sak)</span>}
                  {item.carriedOverFrom && (
                    <span className="muted"> – overført fra sak {item.carriedOverFrom}</span>
                  )}
                  {item.carriedOverTo && (
                    <span className="muted"> – overført til sak {item.carriedOverTo}</span>
                  )}
                </Table.Cell>
                <Table.Cell>{formatCaseTypes(item.caseTypes)}</Table.Cell>
                <Table.Cell>{item.attachmentCount}</Table.Cell>
                {editable && (
                  <Table.Cell>
                    <div className="row-actions">
                      <MoveButtons
                        label={item.title}
                        index={index}
                        count={agenda.length}
                        onMove={move}
                      />
                      <Button
                        variant="tertiary"
                        data-color="danger"
                        data-size="sm"
                        aria-label={`Fjern: ${item.title}`}
                        onClick={() => setRemoving(item)}
                      >
                        Fjern
                      </Button>
                    </div>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <ConfirmDialog
        open={removing !== null}
        title="Fjerne saken?"
        confirmLabel="Ja, fjern saken"
        onConfirm={() => removing && remove(removing)}
        onCancel={() => setRemoving(null)}
      >
        {removing
          ? `Sak ${removing.number} «${removing.title}» blir slettet med saksframlegg og vedlegg.`
          : ''}
      </ConfirmDialog>
    </>
  );
}
