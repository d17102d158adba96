import {
  Button,
  Details,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { addDays, DEFAULT_COMMENT_DAYS } from '../../../core/deadlines.ts';
import { api } from '../../api.ts';
import { todayIso } from '../../format.ts';
import type { TMinutes } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { FormErrors, fieldError } from '../FormErrors.tsx';

type Props = { minutes: TMinutes; onChange: (next: TMinutes) => void };

/** The secretariat's next steps: circulate for comments, record a revision, approve. */
export function WorkflowPanel({ minutes, onChange }: Props) {
  const next = minutes.nextStatuses;
  if (!minutes.canEdit || next.length === 0) return null;
  return (
    <section aria-labelledby="workflow-heading" className="section card-section">
      <Heading level={2} data-size="md" id="workflow-heading">
        Neste steg
      </Heading>
      <div className="workflow-steps">
        {minutes.status === 'draft' && <CirculateForm minutes={minutes} onChange={onChange} />}
        {next.includes('revised') && <ReviseButton minutes={minutes} onChange={onChange} />}
        {next.includes('approved') && <ApproveForm minutes={minutes} onChange={onChange} />}
        {minutes.status === 'revised' && (
          <Details>
            <Details.Summary>Send på ny merknadsrunde</Details.Summary>
            <Details.Content>
              <CirculateForm minutes={minutes} onChange={onChange} />
            </Details.Content>
          </Details>
        )}
      </div>
    </section>
  );
}

function CirculateForm({ minutes, onChange }: Props) {
  const id = useId();
  const announce = useAnnounce();
  const [deadline, setDeadline] = useState(() => addDays(todayIso(), DEFAULT_COMMENT_DAYS));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const next = await api.post<TMinutes>(`/minutes/${minutes.id}/circulate`, {
        ...(deadline ? { deadlineDate: deadline } : {}),
        version: minutes.version,
      });
      onChange(next);
      announce('Referatet er sendt på merknadsrunde. Medlemmene har fått e-post og varsel.');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      {minutes.status === 'draft' && (
        <Heading level={3} data-size="xs">
          Send på merknadsrunde
        </Heading>
      )}
      <Paragraph data-size="sm">
        Medlemmene, varamedlemmene og lederen får e-post og varsel i Rådsrom, og kan gi merknader
        sak for sak til og med fristen.
      </Paragraph>
      <FormErrors
        error={error}
        fieldIds={{ deadlineDate: `${id}-deadline` }}
        heading="Referatet ble ikke sendt"
      />
      <Textfield
        id={`${id}-deadline`}
        label="Merknadsfrist"
        description="Siste dag for merknader (norsk tid). Standard er sju dager fra i dag."
        type="date"
        className="narrow"
        value={deadline}
        onChange={(e) => setDeadline(e.target.value)}
        error={fieldError(error, 'deadlineDate')}
      />
      <div>
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy ? 'Sender …' : 'Send på merknadsrunde'}
        </Button>
      </div>
    </form>
  );
}

function ReviseButton({ minutes, onChange }: Props) {
  const announce = useAnnounce();
  const [error, setError] = useState<unknown>();
  const open = minutes.comments.filter((c) => c.status === 'open').length;

  async function revise() {
    setError(undefined);
    try {
      const next = await api.post<TMinutes>(`/minutes/${minutes.id}/revise`, {
        version: minutes.version,
      });
      onChange(next);
      announce(`Revidert referat er lagret som versjon ${next.versionCount}.`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="stack">
      <Heading level={3} data-size="xs">
        Revider etter merknadene
      </Heading>
      <Paragraph data-size="sm">
        Rett referatet sak for sak, og lagre så en revidert versjon.
        {open > 0 && ` ${open} merknad${open === 1 ? '' : 'er'} er ikke behandlet ennå.`}
      </Paragraph>
      <ErrorAlert error={error} />
      <div>
        <Button variant="secondary" onClick={revise}>
          Lagre revidert versjon
        </Button>
      </div>
    </div>
  );
}

function ApproveForm({ minutes, onChange }: Props) {
  const id = useId();
  const announce = useAnnounce();
  const via = minutes.approvalCase;
  const [withChange, setWithChange] = useState(false);
  const [change, setChange] = useState('');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();

  async function approve() {
    setConfirming(false);
    setError(undefined);
    try {
      const body = via
        ? { viaCaseId: via.id, ...(withChange && change.trim() ? { change } : {}) }
        : { reason };
      const next = await api.post<TMinutes>(`/minutes/${minutes.id}/approve`, {
        ...body,
        version: minutes.version,
      });
      onChange(next);
      announce('Referatet er godkjent og låst.');
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form
      noValidate
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        setConfirming(true);
      }}
    >
      <Heading level={3} data-size="xs">
        Godkjenn referatet
      </Heading>
      <FormErrors
        error={error}
        fieldIds={{ reason: `${id}-reason`, change: `${id}-change` }}
        heading="Referatet ble ikke godkjent"
      />
      {via ? (
        <>
          <Paragraph data-size="sm">
            Referatet godkjennes i sak{' '}
            <RouterLink className="ds-link" to={`/cases/${via.id}`}>
              {via.number}
            </RouterLink>{' '}
            på{' '}
            <RouterLink className="ds-link" to={`/meetings/${via.meetingId}`}>
              neste møte
            </RouterLink>
            . Vedtaket i den saken blir «Referatet godkjennes.»
          </Paragraph>
          <Fieldset>
            <Fieldset.Legend>Vedtok møtet endringer?</Fieldset.Legend>
            <Radio
              name={`${id}-mode`}
              label="Godkjent uten endringer"
              checked={!withChange}
              onChange={() => setWithChange(false)}
            />
            <Radio
              name={`${id}-mode`}
              label="Godkjent med endring"
              checked={withChange}
              onChange={() => setWithChange(true)}
            />
          </Fieldset>
          {withChange && (
            <Textfield
              id={`${id}-change`}
              label="Endringen møtet vedtok"
              multiline
              rows={3}
              value={change}
              onChange={(e) => setChange(e.target.value)}
              error={fieldError(error, 'change')}
            />
          )}
        </>
      ) : (
        <Textfield
          id={`${id}-reason`}
          label="Begrunnelse for å godkjenne uten møte"
          description="Neste møte har ingen sak for godkjenning av referatet, for eksempel fordi det var rådets siste møte."
          multiline
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fieldError(error, 'reason')}
        />
      )}
      <div>
        <Button type="submit">Godkjenn referatet</Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Godkjenne referatet?"
        confirmLabel="Ja, godkjenn"
        onConfirm={approve}
        onCancel={() => setConfirming(false)}
      >
        Et godkjent referat blir låst. Senere rettelser må begrunnes og lagres som nye versjoner.
      </ConfirmDialog>
    </form>
  );
}
