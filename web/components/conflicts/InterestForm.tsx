import {
  Button,
  Field,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import {
  INTEREST_KIND_LABELS,
  INTEREST_KINDS,
  type InterestKind,
} from '../../../core/conflicts.ts';
import type { TInterest, TOrganisation } from '../../types.ts';
import { FormErrors, fieldError } from '../FormErrors.tsx';

export type InterestFields = {
  userId: string;
  organisationName: string;
  kind: InterestKind;
  role: string;
  periodStart: string;
  periodEnd: string;
};

export const emptyInterest = (userId = ''): InterestFields => ({
  userId,
  organisationName: '',
  kind: 'employer',
  role: '',
  periodStart: '',
  periodEnd: '',
});

export const fieldsFromInterest = (i: TInterest): InterestFields => ({
  userId: i.userId,
  organisationName: i.organisationName,
  kind: i.kind,
  role: i.role,
  periodStart: i.periodStart ?? '',
  periodEnd: i.periodEnd ?? '',
});

/** The request body shared by create and update; the server finds the organisation by name or alias. */
export const interestBody = (f: InterestFields) => ({
  organisationName: f.organisationName.trim(),
  kind: f.kind,
  role: f.role.trim(),
  periodStart: f.periodStart || null,
  periodEnd: f.periodEnd || null,
});

/**
 * One interest: organisation (typed, with known names and aliases suggested), kind, role and
 * period. With `members`, the secretariat chooses whose interest it is.
 */
export function InterestForm({
  initial,
  organisations,
  members,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: InterestFields;
  organisations: TOrganisation[];
  members?: { userId: string; name: string }[];
  submitLabel: string;
  onSubmit: (fields: InterestFields) => Promise<void>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof InterestFields) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const ids = {
    userId: `${id}-user`,
    organisationName: `${id}-org`,
    organisationId: `${id}-org`,
    kind: `${id}-kind`,
    role: `${id}-role`,
    periodStart: `${id}-from`,
    periodEnd: `${id}-to`,
  };
  const listId = `${id}-org-list`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(values);
      if (!onCancel) setValues(emptyInterest(values.userId));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack narrow-form">
      <FormErrors error={error} fieldIds={ids} heading="Interessen ble ikke lagret" />
      {members && (
        <Field>
          <Label htmlFor={ids.userId}>Gjelder</Label>
          <Select
            id={ids.userId}
            value={values.userId}
            onChange={set('userId')}
            aria-invalid={Boolean(fieldError(error, 'userId')) || undefined}
          >
            <Select.Option value="">Velg medlem</Select.Option>
            {members.map((m) => (
              <Select.Option key={m.userId} value={m.userId}>
                {m.name}
              </Select.Option>
            ))}
          </Select>
          {fieldError(error, 'userId') && (
            <ValidationMessage>{fieldError(error, 'userId')}</ValidationMessage>
          )}
        </Field>
      )}
      <Textfield
        id={ids.organisationName}
        label="Organisasjon"
        description="Skriv navnet eller velg i listen. Forkortelser og andre navn på kjente organisasjoner virker også."
        list={listId}
        autoComplete="off"
        value={values.organisationName}
        onChange={set('organisationName')}
        error={fieldError(error, 'organisationName') ?? fieldError(error, 'organisationId')}
      />
      <datalist id={listId}>
        {organisations.flatMap((o) => [
          <option key={o.id} value={o.name} />,
          ...o.aliases.map((a) => (
            <option key={`${o.id}-${a}`} value={a} label={`${a} (${o.name})`} />
          )),
        ])}
      </datalist>
      <div className="row row--end">
        <Field>
          <Label htmlFor={ids.kind}>Type</Label>
          <Select id={ids.kind} value={values.kind} onChange={set('kind')}>
            {INTEREST_KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {INTEREST_KIND_LABELS[k]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={ids.role}
          label="Rolle eller stilling"
          description="For eksempel «styremedlem» eller «seniorforsker»."
          value={values.role}
          onChange={set('role')}
          error={fieldError(error, 'role')}
        />
      </div>
      <div className="row row--end">
        <Textfield
          id={ids.periodStart}
          label="Fra"
          type="date"
          value={values.periodStart}
          onChange={set('periodStart')}
          error={fieldError(error, 'periodStart')}
        />
        <Textfield
          id={ids.periodEnd}
          label="Til"
          description="La stå tom hvis det fortsatt gjelder."
          type="date"
          value={values.periodEnd}
          onChange={set('periodEnd')}
          error={fieldError(error, 'periodEnd')}
        />
      </div>
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
