import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError, api } from '../api.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { parseLines } from '../components/caseForm.ts';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { FormErrors, fieldError } from '../components/FormErrors.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useApi } from '../hooks.ts';
import type { TOrganisation } from '../types.ts';
import type { TCouncilWithAccess } from './CouncilPage.tsx';

/**
 * The council's organisations and their aliases ("LMI" = "Legemiddelindustrien"), which the
 * conflict proposals look for. The secretariat adds, renames and merges duplicates.
 */
export function OrganisationsPage() {
  const { councilId = '' } = useParams();
  const announce = useAnnounce();
  const council = useApi<TCouncilWithAccess>(`/councils/${councilId}`);
  const list = useApi<TOrganisation[]>(`/councils/${councilId}/organisations`);
  const [editing, setEditing] = useState<TOrganisation | null>(null);
  const [merging, setMerging] = useState<TOrganisation | null>(null);
  const canManage = council.data?.canManage ?? false;
  const organisations = list.data ?? [];

  function open(which: 'edit' | 'merge', o: TOrganisation) {
    setEditing(which === 'edit' ? o : null);
    setMerging(which === 'merge' ? o : null);
    window.setTimeout(() => document.getElementById(`${which}-org-heading`)?.focus(), 0);
  }

  async function done(message: string | null) {
    setEditing(null);
    setMerging(null);
    if (message) {
      await list.reload();
      announce(message);
    }
    document.getElementById('orgs-heading')?.focus();
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          { label: council.data?.name ?? 'Rådet', to: `/councils/${councilId}` },
          { label: 'Organisasjoner' },
        ]}
      />
      <PageTitle>Organisasjoner</PageTitle>
      <Paragraph>
        Organisasjonene medlemmene har interesser i. Et alias er et annet navn eller en forkortelse
        for den samme organisasjonen, for eksempel «LMI» for «Legemiddelindustrien». Rådsrom leter
        etter både navnet og aliasene i saksframlegg, vedlegg og berørte parter.
      </Paragraph>
      {council.data && !canManage && (
        <Paragraph className="muted">Bare sekretariatet kan endre organisasjonene.</Paragraph>
      )}

      <section aria-labelledby="orgs-heading" className="section">
        <Heading level={2} data-size="md" id="orgs-heading" tabIndex={-1}>
          Registrerte organisasjoner
        </Heading>
        <ErrorAlert error={list.error ?? council.error} />
        {list.loading && !list.data && <Loading what="organisasjonene" />}
        {list.data && organisations.length === 0 && (
          <Paragraph>Ingen organisasjoner er registrert ennå.</Paragraph>
        )}
        {organisations.length > 0 && (
          <div className="table-scroll">
            <Table zebra className="full-width" data-testid="organisations">
              <caption className="visually-hidden">Organisasjoner og alias</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">Organisasjon</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Alias</Table.HeaderCell>
                  {canManage && <Table.HeaderCell scope="col">Handlinger</Table.HeaderCell>}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {organisations.map((o) => (
                  <Table.Row key={o.id}>
                    <Table.HeaderCell scope="row" className="row-header">
                      {o.name}
                    </Table.HeaderCell>
                    <Table.Cell>
                      {o.aliases.length ? o.aliases.join(', ') : <span className="muted">–</span>}
                    </Table.Cell>
                    {canManage && (
                      <Table.Cell>
                        <div className="row-actions">
                          <Button
                            variant="secondary"
                            data-size="sm"
                            aria-label={`Endre: ${o.name}`}
                            onClick={() => open('edit', o)}
                          >
                            Endre
                          </Button>
                          {organisations.length > 1 && (
                            <Button
                              variant="tertiary"
                              data-size="sm"
                              aria-label={`Slå sammen: ${o.name}`}
                              onClick={() => open('merge', o)}
                            >
                              Slå sammen
                            </Button>
                          )}
                        </div>
                      </Table.Cell>
                    )}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>

      {canManage && editing && (
        <section aria-labelledby="edit-org-heading" className="section card-section">
          <Heading level={2} data-size="md" id="edit-org-heading" tabIndex={-1}>
            Endre «{editing.name}»
          </Heading>
          <OrganisationForm
            key={editing.id}
            initial={editing}
            submitLabel="Lagre endringer"
            onSubmit={async (body) => {
              const saved = await api.put<TOrganisation>(`/organisations/${editing.id}`, {
                ...body,
                version: editing.version,
              });
              await done(`«${saved.name}» er lagret.`);
            }}
            onCancel={() => done(null)}
          />
        </section>
      )}

      {canManage && merging && (
        <MergeForm
          key={merging.id}
          from={merging}
          others={organisations.filter((o) => o.id !== merging.id)}
          onDone={done}
        />
      )}

      {canManage && (
        <section aria-labelledby="new-org-heading" className="section card-section">
          <Heading level={2} data-size="md" id="new-org-heading">
            Legg til organisasjon
          </Heading>
          <Paragraph data-size="sm" className="form-intro">
            Medlemmene kan også skrive inn nye organisasjoner når de registrerer interesser. Legg da
            til forkortelser og andre navn her.
          </Paragraph>
          <OrganisationForm
            submitLabel="Legg til organisasjonen"
            onSubmit={async (body) => {
              const created = await api.post<TOrganisation>(
                `/councils/${councilId}/organisations`,
                body,
              );
              await list.reload();
              announce(`«${created.name}» er lagt til.`);
            }}
          />
        </section>
      )}
    </>
  );
}

function OrganisationForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: TOrganisation;
  submitLabel: string;
  onSubmit: (body: { name: string; aliases: string[] }) => Promise<void>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [aliases, setAliases] = useState(initial?.aliases.join('\n') ?? '');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const ids = { name: `${id}-name`, aliases: `${id}-aliases` };
  useEffect(() => {
    if (initial) document.getElementById(`${id}-name`)?.focus();
  }, [initial, id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit({ name: name.trim(), aliases: parseLines(aliases) });
      if (!initial) {
        setName('');
        setAliases('');
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack narrow-form">
      <FormErrors error={error} fieldIds={ids} heading="Organisasjonen ble ikke lagret" />
      <Textfield
        id={ids.name}
        label="Navn"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldError(error, 'name')}
      />
      <Textfield
        id={ids.aliases}
        label="Alias"
        description="Andre navn og forkortelser, ett per linje."
        multiline
        rows={3}
        value={aliases}
        onChange={(e) => setAliases(e.target.value)}
        error={fieldError(error, 'aliases')}
      />
      <div className="actions">
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy ? 'Lagrer …' : submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="tertiary" onClick={onCancel}>
            Avbryt
          </Button>
        )}
      </div>
    </form>
  );
}

function MergeForm({
  from,
  others,
  onDone,
}: {
  from: TOrganisation;
  others: TOrganisation[];
  onDone: (message: string | null) => Promise<void>;
}) {
  const id = useId();
  const [intoId, setIntoId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  const into = others.find((o) => o.id === intoId);

  async function merge() {
    setConfirming(false);
    setError(undefined);
    try {
      const saved = await api.post<TOrganisation>(`/organisations/${from.id}/merge`, {
        intoOrganisationId: intoId,
      });
      await onDone(`«${from.name}» er slått sammen med «${saved.name}».`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby="merge-org-heading" className="section card-section">
      <Heading level={2} data-size="md" id="merge-org-heading" tabIndex={-1}>
        Slå sammen «{from.name}»
      </Heading>
      <Paragraph data-size="sm" className="form-intro">
        Bruk dette når den samme organisasjonen er registrert to ganger. Interessene flyttes til
        organisasjonen du velger, og «{from.name}» med sine alias blir alias for den.
      </Paragraph>
      <form
        className="stack narrow-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!intoId) {
            setError(new ApiError(400, 'invalid', 'Velg organisasjonen den skal slås sammen med.'));
            return;
          }
          setConfirming(true);
        }}
      >
        <ErrorAlert error={error} />
        <Field>
          <Label htmlFor={`${id}-into`}>Slå sammen med</Label>
          <Select id={`${id}-into`} value={intoId} onChange={(e) => setIntoId(e.target.value)}>
            <Select.Option value="">Velg organisasjon</Select.Option>
            {others.map((o) => (
              <Select.Option key={o.id} value={o.id}>
                {o.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div className="actions">
          <Button type="submit">Slå sammen</Button>
          <Button type="button" variant="tertiary" onClick={() => onDone(null)}>
            Avbryt
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={`Slå sammen «${from.name}» med «${into?.name ?? ''}»?`}
        confirmLabel="Ja, slå sammen"
        onConfirm={merge}
        onCancel={() => setConfirming(false)}
      >
        «{from.name}» forsvinner som egen organisasjon. Dette kan ikke angres.
      </ConfirmDialog>
    </section>
  );
}
