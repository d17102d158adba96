import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Switch,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { FollowUpTable } from '../components/FollowUpTable.tsx';
import { FormErrors } from '../components/FormErrors.tsx';
import {
  type FollowUpFields,
  FollowUpFieldset,
  followUpFieldIds,
} from '../components/minutes/FollowUpForm.tsx';
import { FOLLOW_UP_STATUS_LABELS, type FollowUpStatus } from '../components/minutes/labels.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { useApi, useScrollToHash } from '../hooks.ts';
import type { TFollowUp } from '../types.ts';
import type { TCouncilWithAccess } from './CouncilPage.tsx';

/** The council's follow-up items from its decisions, with status for the secretariat to keep. */
export function FollowUpsPage() {
  const { councilId = '' } = useParams();
  const council = useApi<TCouncilWithAccess>(`/councils/${councilId}`);
  const [showAll, setShowAll] = useState(false);
  const list = useApi<TFollowUp[]>(
    `/councils/${councilId}/follow-ups${showAll ? '' : '?open=true'}`,
  );
  const [editing, setEditing] = useState<TFollowUp | null>(null);
  const canManage = council.data?.canManage ?? false;

  // A search hit opens the list at its row (#follow-up-<id>); a finished item needs "show all".
  const { hash } = useLocation();
  const wanted = hash.startsWith('#follow-up-') ? hash.slice(1) : null;
  const missing =
    wanted !== null && list.data && !list.data.some((f) => `follow-up-${f.id}` === wanted);
  useEffect(() => {
    if (missing && !showAll) setShowAll(true);
  }, [missing, showAll]);
  useScrollToHash(Boolean(list.data) && !missing);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          { label: council.data?.name ?? 'Rådet', to: `/councils/${councilId}` },
          { label: 'Oppfølgingspunkter' },
        ]}
      />
      <PageTitle>Oppfølgingspunkter</PageTitle>
      <Paragraph>
        Det rådet har vedtatt at skal følges opp. Nye punkter opprettes fra en sak i referatet.
      </Paragraph>
      <Switch
        className="switch-row"
        label="Vis også fullførte"
        checked={showAll}
        onChange={(e) => setShowAll(e.target.checked)}
      />
      <section aria-labelledby="list-heading" className="section">
        <Heading level={2} data-size="md" id="list-heading" tabIndex={-1}>
          {showAll ? 'Alle oppfølgingspunkter' : 'Åpne oppfølgingspunkter'}
        </Heading>
        <ErrorAlert error={list.error ?? council.error} />
        {list.loading && !list.data && <Loading what="oppfølgingspunkter" />}
        {list.data && list.data.length === 0 && <Paragraph>Ingen oppfølgingspunkter.</Paragraph>}
        {list.data && list.data.length > 0 && (
          <FollowUpTable
            items={list.data}
            caption="Oppfølgingspunkter"
            onEdit={canManage ? setEditing : undefined}
          />
        )}
      </section>
      {editing && (
        <EditFollowUp
          key={editing.id}
          item={editing}
          onDone={async (saved) => {
            setEditing(null);
            if (saved) await list.reload();
            document.getElementById('list-heading')?.focus();
          }}
        />
      )}
    </>
  );
}

function EditFollowUp({ item, onDone }: { item: TFollowUp; onDone: (saved: boolean) => void }) {
  const id = useId();
  const announce = useAnnounce();
  const [values, setValues] = useState<FollowUpFields>({
    title: item.title,
    owner: item.owner,
    dueDate: item.dueDate ?? '',
  });
  const [status, setStatus] = useState<FollowUpStatus>(item.status);
  const [error, setError] = useState<unknown>();
  useEffect(() => document.getElementById(`${id}-title`)?.focus(), [id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      await api.put<TFollowUp>(`/follow-ups/${item.id}`, {
        title: values.title,
        owner: values.owner,
        dueDate: values.dueDate || null,
        status,
        version: item.version,
      });
      announce(`«${values.title}» er lagret med status ${FOLLOW_UP_STATUS_LABELS[status]}.`);
      onDone(true);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="section card-section">
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        Endre oppfølgingspunkt
      </Heading>
      <form onSubmit={submit} noValidate className="stack">
        <FormErrors error={error} fieldIds={{ ...followUpFieldIds(id), status: `${id}-status` }} />
        <FollowUpFieldset idPrefix={id} values={values} error={error} onChange={setValues} />
        <Field>
          <Label htmlFor={`${id}-status`}>Status</Label>
          <Select
            id={`${id}-status`}
            value={status}
            onChange={(e) => setStatus(e.target.value as FollowUpStatus)}
          >
            {(Object.keys(FOLLOW_UP_STATUS_LABELS) as FollowUpStatus[]).map((s) => (
              <Select.Option key={s} value={s}>
                {FOLLOW_UP_STATUS_LABELS[s]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div className="actions">
          <Button type="submit">Lagre</Button>
          <Button type="button" variant="tertiary" onClick={() => onDone(false)}>
            Avbryt
          </Button>
        </div>
      </form>
    </section>
  );
}
