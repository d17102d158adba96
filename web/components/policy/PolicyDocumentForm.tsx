import { Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import {
  COUNCIL_INPUT_LABELS,
  COUNCIL_INPUTS,
  type CouncilInput,
  DEFAULT_REMINDER_DAYS,
  POLICY_KIND_LABELS,
  POLICY_KINDS,
  type PolicyKind,
} from '../../../core/policy.ts';
import { ApiError, api } from '../../api.ts';
import type { TPolicyDocument } from '../../types.ts';
import { FormErrors, fieldError } from '../FormErrors.tsx';
import { LinksField, type LinkValue } from './LinksField.tsx';
import { UncertainDateField } from './UncertainDateField.tsx';
import { type Person, WorkingGroupField } from './WorkingGroupField.tsx';

type Values = {
  title: string;
  reference: string;
  kind: PolicyKind;
  ministry: string;
  launch: string;
  councilInput: CouncilInput;
  inputDate: string;
  deadline: string;
  reminderDays: string;
  proposedFollowUp: string;
  status: string;
  workingGroup: string[];
  links: LinkValue[];
};

const EMPTY: Values = {
  title: '',
  reference: '',
  kind: 'white_paper',
  ministry: '',
  launch: '',
  councilInput: 'none',
  inputDate: '',
  deadline: '',
  reminderDays: String(DEFAULT_REMINDER_DAYS),
  proposedFollowUp: '',
  status: '',
  workingGroup: [],
  links: [],
};

const valuesOf = (d: TPolicyDocument): Values => ({
  title: d.title,
  reference: d.reference,
  kind: d.kind,
  ministry: d.ministry,
  launch: d.launchText,
  councilInput: d.councilInput,
  inputDate: d.inputDate ?? '',
  deadline: d.deadlineText,
  reminderDays: String(d.reminderDays),
  proposedFollowUp: d.proposedFollowUp,
  status: d.status,
  workingGroup: d.workingGroup.map((p) => p.userId),
  links: d.links,
});

/**
 * A document in the register: new (POST to the council) or changed (PUT with its version; a
 * stale version is refused and the newest can be fetched). Dates are kept as worded.
 */
export function PolicyDocumentForm({
  councilId,
  initial,
  people,
  onSaved,
  onCancel,
  onStale,
}: {
  councilId: string;
  initial?: TPolicyDocument;
  people: Person[];
  onSaved: (doc: TPolicyDocument) => void;
  onCancel: () => void;
  /** Fetch the newest version after a refused save; the form is then filled from it. */
  onStale?: () => Promise<void>;
}) {
  const id = useId();
  const [values, setValues] = useState<Values>(initial ? valuesOf(initial) : EMPTY);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const ids = {
    title: `${id}-title`,
    reference: `${id}-reference`,
    kind: `${id}-kind`,
    ministry: `${id}-ministry`,
    launch: `${id}-launch`,
    councilInput: `${id}-input`,
    inputDate: `${id}-input-date`,
    deadline: `${id}-deadline`,
    reminderDays: `${id}-reminder`,
    proposedFollowUp: `${id}-follow-up`,
    status: `${id}-status`,
    workingGroup: `${id}-group`,
    links: `${id}-links`,
  };
  useEffect(() => document.getElementById(ids.title)?.focus(), [ids.title]);
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const text = (key: 'title' | 'reference' | 'ministry' | 'status' | 'proposedFollowUp') => ({
    id: ids[key],
    value: values[key],
    error: fieldError(error, key),
    onChange: (e: { target: { value: string } }) => set(key)(e.target.value),
  });
  const stale = error instanceof ApiError && error.status === 409;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    const body = {
      ...values,
      inputDate: values.inputDate || null,
      reminderDays: Number.parseInt(values.reminderDays, 10) || 0,
      links: values.links.filter((l) => l.title.trim() || l.url.trim()),
    };
    try {
      const saved = initial
        ? await api.put<TPolicyDocument>(`/policy-documents/${initial.id}`, {
            ...body,
            version: initial.version,
          })
        : await api.post<TPolicyDocument>(`/councils/${councilId}/policy-documents`, body);
      onSaved(saved);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack" aria-busy={busy}>
      <FormErrors error={error} fieldIds={ids} heading="Dokumentet ble ikke lagret" />
      {stale && onStale && (
        <div className="actions">
          <Button type="button" variant="secondary" onClick={() => void onStale()}>
            Hent den nyeste versjonen (endringene dine forkastes)
          </Button>
        </div>
      )}
      <Textfield label="Tittel" {...text('title')} />
      <div className="row">
        <Textfield
          label="Referanse"
          description="For eksempel «Meld. St. 21 (2024–2025)» eller «NOU 2025: 8»"
          {...text('reference')}
        />
        <Field>
          <Label htmlFor={ids.kind}>Type dokument</Label>
          <Select
            id={ids.kind}
            value={values.kind}
            onChange={(e) => set('kind')(e.target.value as PolicyKind)}
          >
            {POLICY_KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {POLICY_KIND_LABELS[k]}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Textfield
        label="Departement"
        description="Ansvarlig departement, for eksempel «Helse- og omsorgsdepartementet»"
        {...text('ministry')}
      />
      <div className="row">
        <UncertainDateField
          id={ids.launch}
          label="Lansering"
          value={values.launch}
          error={fieldError(error, 'launch')}
          onChange={set('launch')}
        />
        <UncertainDateField
          id={ids.deadline}
          label="Høringsfrist"
          value={values.deadline}
          error={fieldError(error, 'deadline')}
          onChange={set('deadline')}
        />
      </div>
      <div className="row">
        <Field>
          <Label htmlFor={ids.councilInput}>Rådets innspill</Label>
          <Select
            id={ids.councilInput}
            value={values.councilInput}
            onChange={(e) => set('councilInput')(e.target.value as CouncilInput)}
          >
            {COUNCIL_INPUTS.map((k) => (
              <Select.Option key={k} value={k}>
                {COUNCIL_INPUT_LABELS[k]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={ids.inputDate}
          label="Dato for innspillet"
          type="date"
          value={values.inputDate}
          error={fieldError(error, 'inputDate')}
          onChange={(e) => set('inputDate')(e.target.value)}
        />
        <Textfield
          id={ids.reminderDays}
          label="Påminnelse (dager før fristen)"
          type="number"
          min={0}
          max={365}
          value={values.reminderDays}
          error={fieldError(error, 'reminderDays')}
          onChange={(e) => set('reminderDays')(e.target.value)}
        />
      </div>
      <Textfield
        label="Status"
        description="Hva som har skjedd, for eksempel «Frokostseminar holdt 10.11.2025»"
        {...text('status')}
      />
      <Textfield
        label="Forslag til videre oppfølging"
        multiline
        rows={3}
        {...text('proposedFollowUp')}
      />
      <WorkingGroupField
        id={ids.workingGroup}
        people={people}
        value={values.workingGroup}
        error={fieldError(error, 'workingGroup')}
        onChange={set('workingGroup')}
      />
      <LinksField
        id={ids.links}
        value={values.links}
        error={fieldError(error, 'links')}
        onChange={set('links')}
      />
      {!initial && (
        <Paragraph className="muted small">
          Dokumentet legges i registeret og kommer med i neste oversikt til rådsmøtet.
        </Paragraph>
      )}
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {initial ? 'Lagre endringer' : 'Legg til i registeret'}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}
