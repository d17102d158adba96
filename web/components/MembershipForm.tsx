import {
  Button,
  Field,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { COUNCIL_ROLE_LABELS, COUNCIL_ROLES, type CouncilRole } from '../../core/roles.ts';
import type { TMembership } from '../types.ts';
import { FormErrors, fieldError } from './FormErrors.tsx';

export type MembershipBody = {
  email?: string;
  name?: string;
  role: CouncilRole;
  organisation: string | null;
  ministry: string | null;
  title: string | null;
  periodStart: string | null;
  periodEnd: string | null;
};

/** Add a person (by e-mail) or change an existing membership. */
export function MembershipForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial?: TMembership;
  onSubmit: (body: MembershipBody) => Promise<void>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [v, setV] = useState({
    email: initial?.email ?? '',
    name: initial?.name ?? '',
    role: (initial?.role ?? 'member') as CouncilRole,
    organisation: initial?.organisation ?? '',
    ministry: initial?.ministry ?? '',
    title: initial?.title ?? '',
    periodStart: initial?.periodStart ?? '',
    periodEnd: initial?.periodEnd ?? '',
  });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const keys = [
    'email',
    'name',
    'role',
    'organisation',
    'ministry',
    'title',
    'periodStart',
    'periodEnd',
  ];
  const fieldIds = Object.fromEntries(keys.map((k) => [k, `${id}-${k}`]));
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  const text = (key: Exclude<keyof typeof v, 'role'>) => ({
    id: fieldIds[key],
    value: v[key],
    onChange: (e: { target: { value: string } }) => setV((x) => ({ ...x, [key]: e.target.value })),
    error: fieldError(error, key),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit({
        ...(initial ? {} : { email: v.email.trim(), name: v.name.trim() }),
        role: v.role,
        organisation: orNull(v.organisation),
        ministry: orNull(v.ministry),
        title: orNull(v.title),
        periodStart: orNull(v.periodStart),
        periodEnd: orNull(v.periodEnd),
      });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const roleError = fieldError(error, 'role');
  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormErrors error={error} fieldIds={fieldIds} heading="Medlemskapet ble ikke lagret" />
      {!initial && (
        <div className="row">
          <Textfield label="E-postadresse" type="email" autoComplete="off" {...text('email')} />
          <Textfield label="Navn" autoComplete="off" {...text('name')} />
        </div>
      )}
      <div className="row">
        <Field>
          <Label htmlFor={fieldIds.role}>Rolle</Label>
          <Select
            id={fieldIds.role}
            value={v.role}
            aria-invalid={roleError ? true : undefined}
            onChange={(e) => setV((x) => ({ ...x, role: e.target.value as CouncilRole }))}
          >
            {COUNCIL_ROLES.map((r) => (
              <Select.Option key={r} value={r}>
                {COUNCIL_ROLE_LABELS[r]}
              </Select.Option>
            ))}
          </Select>
          {roleError && <ValidationMessage>{roleError}</ValidationMessage>}
        </Field>
        <Textfield label="Stillingstittel" {...text('title')} />
      </div>
      <div className="row">
        <Textfield
          label="Organisasjon"
          description="For eksempel Kreftforeningen eller Helse Vest"
          {...text('organisation')}
        />
        <Textfield
          label="Departement"
          description="For observatører: HOD, KD, NFD …"
          {...text('ministry')}
        />
      </div>
      <div className="row">
        <Textfield label="Periode fra" type="date" {...text('periodStart')} />
        <Textfield label="Periode til" type="date" {...text('periodEnd')} />
      </div>
      <div className="actions">
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy ? 'Lagrer …' : initial ? 'Lagre endringer' : 'Legg til person'}
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
