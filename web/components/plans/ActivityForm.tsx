import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  type ActivityKind,
  MEASURE_PRIORITY_LABELS,
  WORK_STATUS_LABELS,
  type WorkStatus,
} from '../../../core/plans.ts';
import { ApiError } from '../../api.ts';
import type { TActivity, TMeasure } from '../../types.ts';
import { FormErrors, fieldError } from '../FormErrors.tsx';

export type ActivityFields = {
  description: string;
  kind: ActivityKind;
  /** '' for none */
  measureId: string;
  responsible: string;
  startDate: string;
  endDate: string;
  status: WorkStatus;
  comments: string;
  results: string;
};

export const EMPTY_ACTIVITY: ActivityFields = {
  description: '',
  kind: 'other',
  measureId: '',
  responsible: '',
  startDate: '',
  endDate: '',
  status: 'planned',
  comments: '',
  results: '',
};

export function activityFields(a: TActivity): ActivityFields {
  return {
    description: a.description,
    kind: a.kind,
    measureId: a.measureId ?? '',
    responsible: a.responsible,
    startDate: a.startDate ?? '',
    endDate: a.endDate ?? '',
    status: a.status,
    comments: a.comments,
    results: a.results,
  };
}

/** The request body for POST and PUT (PUT adds the version). */
export function activityBody(f: ActivityFields) {
  return {
    description: f.description,
    kind: f.kind,
    measureId: f.measureId || null,
    responsible: f.responsible,
    startDate: f.startDate || null,
    endDate: f.endDate || null,
    status: f.status,
    comments: f.comments,
    results: f.results,
  };
}

const FIELDS = [
  'description',
  'kind',
  'measureId',
  'responsible',
  'startDate',
  'endDate',
  'status',
  'comments',
  'results',
] as const;

/** A new or changed activity: what, which kind, under which measure, who, when, status, notes. */
export function ActivityForm({
  idPrefix,
  initial,
  measures,
  statuses,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial: ActivityFields;
  measures: TMeasure[];
  /** The statuses the activity may have after this save. */
  statuses: readonly WorkStatus[];
  submitLabel: string;
  onSubmit: (fields: ActivityFields) => Promise<void>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const id = (field: string) => `${idPrefix}-${field}`;
  const set = (key: keyof ActivityFields) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  useEffect(() => document.getElementById(`${idPrefix}-description`)?.focus(), [idPrefix]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (values.description.trim().length < 2) {
      const message = 'Skriv hva aktiviteten går ut på.';
      setError(
        new ApiError(400, 'invalid', message, { fields: [{ field: 'description', message }] }),
      );
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(values);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormErrors
        error={error}
        fieldIds={Object.fromEntries(FIELDS.map((f) => [f, id(f)]))}
        heading="Aktiviteten ble ikke lagret"
      />
      <Textfield
        id={id('description')}
        label="Aktivitet"
        description="Hva rådet gjør, for eksempel «Brev til HOD om finansiering av KSF»"
        multiline
        rows={2}
        value={values.description}
        onChange={set('description')}
        error={fieldError(error, 'description')}
      />
      <div className="row">
        <Field>
          <Label htmlFor={id('kind')}>Type</Label>
          <Select id={id('kind')} value={values.kind} onChange={set('kind')}>
            {ACTIVITY_KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {ACTIVITY_KIND_LABELS[k]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={id('status')}>Status</Label>
          <Select id={id('status')} value={values.status} onChange={set('status')}>
            {statuses.map((s) => (
              <Select.Option key={s} value={s}>
                {WORK_STATUS_LABELS[s]}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Field>
        <Label htmlFor={id('measureId')}>Tiltak</Label>
        <Select id={id('measureId')} value={values.measureId} onChange={set('measureId')}>
          <Select.Option value="">Ikke knyttet til et bestemt tiltak</Select.Option>
          {measures.map((m) => (
            <Select.Option key={m.id} value={m.id}>
              {m.priority ? `${MEASURE_PRIORITY_LABELS[m.priority]}: ${m.title}` : m.title}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div className="row">
        <Textfield
          id={id('responsible')}
          label="Ansvarlig"
          value={values.responsible}
          onChange={set('responsible')}
          error={fieldError(error, 'responsible')}
        />
        <Textfield
          id={id('startDate')}
          label="Fra dato"
          type="date"
          value={values.startDate}
          onChange={set('startDate')}
          error={fieldError(error, 'startDate')}
        />
        <Textfield
          id={id('endDate')}
          label="Til dato"
          type="date"
          value={values.endDate}
          onChange={set('endDate')}
          error={fieldError(error, 'endDate')}
        />
      </div>
      <Textfield
        id={id('comments')}
        label="Kommentarer"
        description="Om status, for eksempel «Brev sendt HOD 4.1.2026»"
        multiline
        rows={2}
        value={values.comments}
        onChange={set('comments')}
        error={fieldError(error, 'comments')}
      />
      <Textfield
        id={id('results')}
        label="Resultater"
        description="Oppfølging og resultater, for eksempel svar fra departementet"
        multiline
        rows={2}
        value={values.results}
        onChange={set('results')}
        error={fieldError(error, 'results')}
      />
      <div className="actions">
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy ? 'Lagrer …' : submitLabel}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}
