import { Button, Heading, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { COUNCIL_ROLE_LABELS } from '../../core/roles.ts';
import { api } from '../api.ts';
import { formatShortDate } from '../format.ts';
import { useApi } from '../hooks.ts';
import type { TMembership } from '../types.ts';
import { useAnnounce } from './Announcer.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ErrorAlert, Loading } from './ErrorAlert.tsx';
import { MembershipForm } from './MembershipForm.tsx';

export function MembersSection({ councilId }: { councilId: string }) {
  const base = `/councils/${councilId}/memberships`;
  const list = useApi<TMembership[]>(base);
  const announce = useAnnounce();
  const [editing, setEditing] = useState<TMembership | null>(null);
  const [removing, setRemoving] = useState<TMembership | null>(null);
  const [erasing, setErasing] = useState<TMembership | null>(null);
  const [error, setError] = useState<unknown>();

  async function remove(m: TMembership) {
    setRemoving(null);
    setError(undefined);
    try {
      await api.delete(`${base}/${m.id}`);
      await list.reload();
      announce(`${m.name} er fjernet fra rådet.`);
      document.getElementById('members-heading')?.focus();
    } catch (e) {
      setError(e);
    }
  }

  async function erase(m: TMembership) {
    setErasing(null);
    setError(undefined);
    try {
      const { pseudonym } = await api.post<{ pseudonym: string }>(
        `/councils/${councilId}/people/${m.userId}/removal`,
      );
      await list.reload();
      announce(`${m.name} er fjernet. I referatene står nå «${pseudonym}».`);
      document.getElementById('members-heading')?.focus();
    } catch (e) {
      setError(e);
    }
  }

  const period = (m: TMembership) =>
    m.periodStart || m.periodEnd
      ? `${formatShortDate(m.periodStart) || '…'} – ${formatShortDate(m.periodEnd) || '…'}`
      : '–';

  return (
    <section aria-labelledby="members-heading" className="section">
      <Heading level={2} data-size="md" id="members-heading" tabIndex={-1}>
        Medlemmer, observatører og sekretariat
      </Heading>
      <ErrorAlert error={list.error ?? error} />
      {!list.data && list.loading && <Loading what="medlemmer" />}
      {list.data && (
        <div className="table-scroll">
          <Table zebra className="full-width members-table">
            <caption className="visually-hidden">Personer i rådet</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Navn</Table.HeaderCell>
                <Table.HeaderCell>Rolle</Table.HeaderCell>
                <Table.HeaderCell>Organisasjon</Table.HeaderCell>
                <Table.HeaderCell>Departement</Table.HeaderCell>
                <Table.HeaderCell>Periode</Table.HeaderCell>
                <Table.HeaderCell>Handlinger</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.data.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>
                    {m.name}
                    {m.title && <span className="muted">, {m.title}</span>}
                    <br />
                    <span className="muted small">{m.email}</span>
                  </Table.Cell>
                  <Table.Cell>{COUNCIL_ROLE_LABELS[m.role]}</Table.Cell>
                  <Table.Cell>{m.organisation ?? '–'}</Table.Cell>
                  <Table.Cell>{m.ministry ?? '–'}</Table.Cell>
                  <Table.Cell>{period(m)}</Table.Cell>
                  <Table.Cell>
                    {m.removed ? (
                      <span className="muted">Personopplysninger slettet</span>
                    ) : (
                      <div className="row-actions">
                        <Button
                          variant="secondary"
                          data-size="sm"
                          aria-label={`Endre: ${m.name}`}
                          onClick={() => {
                            setEditing(m);
                            window.requestAnimationFrame(() =>
                              document.getElementById('member-form-heading')?.focus(),
                            );
                          }}
                        >
                          Endre
                        </Button>
                        <Button
                          variant="tertiary"
                          data-color="danger"
                          data-size="sm"
                          aria-label={`Fjern: ${m.name}`}
                          onClick={() => setRemoving(m)}
                        >
                          Fjern
                        </Button>
                        <Button
                          variant="tertiary"
                          data-color="danger"
                          data-size="sm"
                          aria-label={`Anonymiser: ${m.name}`}
                          onClick={() => setErasing(m)}
                        >
                          Anonymiser
                        </Button>
                      </div>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <div className="card-section block">
        <Heading level={3} data-size="sm" id="member-form-heading" tabIndex={-1}>
          {editing ? `Endre ${editing.name}` : 'Legg til person'}
        </Heading>
        <MembershipForm
          key={editing?.id ?? 'new'}
          initial={editing ?? undefined}
          onCancel={editing ? () => setEditing(null) : undefined}
          onSubmit={async (body) => {
            if (editing) await api.put(`${base}/${editing.id}`, body);
            else await api.post(base, body);
            await list.reload();
            announce(editing ? `${editing.name} er oppdatert.` : `${body.name} er lagt til.`);
            setEditing(null);
          }}
        />
      </div>
      <ConfirmDialog
        open={removing !== null}
        title="Fjerne personen fra rådet?"
        confirmLabel="Ja, fjern"
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove(removing)}
      >
        {removing
          ? `${removing.name} (${COUNCIL_ROLE_LABELS[removing.role]}) mister tilgangen til rådet.`
          : ''}
      </ConfirmDialog>
      <ConfirmDialog
        open={erasing !== null}
        title="Anonymisere personen?"
        confirmLabel="Ja, anonymiser"
        onCancel={() => setErasing(null)}
        onConfirm={() => erasing && erase(erasing)}
      >
        {erasing
          ? `${erasing.name} blir «Tidligere medlem» i referater, vedtak og endringslogg. Navnet og personopplysningene slettes: e-postadresse, innlogging og oppgitte interesser, og medlemskapene avsluttes i dag. Dette kan ikke angres.`
          : ''}
      </ConfirmDialog>
    </section>
  );
}
