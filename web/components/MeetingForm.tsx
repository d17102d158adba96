import { Button, Checkbox, Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { LOCATION_KIND_LABELS } from '../format.ts';
import type { LocationKind, TMeeting } from '../types.ts';
import { FormErrors, fieldError } from './FormErrors.tsx';

export type MeetingFields = {
  date: string;
  startTime: string;
  endTime: string | null;
  locationKind: LocationKind;
  room: string | null;
  address: string | null;
  link: string | null;
};

const FIELDS = ['date', 'startTime', 'endTime', 'locationKind', 'room', 'address', 'link'] as const;

export function MeetingForm({
  initial,
  submitLabel,
  askStandingCases = false,
  onSubmit,
  onCancel,
}: {
  initial?: TMeeting;
  submitLabel: string;
  askStandingCases?: boolean;
  onSubmit: (fields: MeetingFields & { withStandingCases?: boolean }) => Promise<void>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [values, setValues] = useState({
    date: initial?.date ?? '',
    startTime: initial?.startTime ?? '10:00',
    endTime: initial?.endTime ?? '15:00',
    locationKind: (initial?.locationKind ?? 'physical') as LocationKind,
    room: initial?.room ?? '',
    address: initial?.address ?? '',
    link: initial?.link ?? '',
  });
  const [withStandingCases, setWithStandingCases] = useState(true);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fieldIds = Object.fromEntries(FIELDS.map((f) => [f, `${id}-${f}`]));
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const orNull = (s: string) => (s.trim() ? s.trim() : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit({
        date: values.date,
        startTime: values.startTime,
        endTime: orNull(values.endTime),
        locationKind: values.locationKind,
        room: orNull(values.room),
        address: orNull(values.address),
        link: orNull(values.link),
        ...(askStandingCases ? { withStandingCases } : {}),
      });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const text = (key: 'date' | 'startTime' | 'endTime' | 'room' | 'address' | 'link') => ({
    id: fieldIds[key],
    value: values[key],
    onChange: set(key),
    error: fieldError(error, key),
  });

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormErrors error={error} fieldIds={fieldIds} />
      <div className="row">
        <Textfield label="Dato" type="date" required {...text('date')} />
        <Textfield label="Starttid" type="time" required {...text('startTime')} />
        <Textfield label="Sluttid" type="time" {...text('endTime')} />
      </div>
      <Fieldset id={fieldIds.locationKind}>
        <Fieldset.Legend>Type møte</Fieldset.Legend>
        {(Object.keys(LOCATION_KIND_LABELS) as LocationKind[]).map((kind) => (
          <Radio
            key={kind}
            name={`${id}-kind`}
            value={kind}
            label={LOCATION_KIND_LABELS[kind]}
            checked={values.locationKind === kind}
            onChange={() => setValues((v) => ({ ...v, locationKind: kind }))}
          />
        ))}
      </Fieldset>
      <Textfield label="Møterom" {...text('room')} />
      <Textfield label="Adresse" autoComplete="street-address" {...text('address')} />
      <Textfield
        label="Lenke til digitalt møte"
        description="For eksempel https://zoom.us/j/… (valgfritt for fysiske møter)"
        type="url"
        {...text('link')}
      />
      {askStandingCases && (
        <Checkbox
          label="Legg inn rådets faste saker på sakslisten"
          checked={withStandingCases}
          onChange={(e) => setWithStandingCases(e.target.checked)}
        />
      )}
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
