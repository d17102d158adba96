import { Button, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api.ts';
import type { TFollowUp } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { FormErrors, fieldError } from '../FormErrors.tsx';

export type FollowUpFields = { title: string; owner: string; dueDate: string };

/** The fields of a follow-up item, for creating one from a case or editing one. */
export function FollowUpFieldset({
  idPrefix,
  values,
  error,
  onChange,
}: {
  idPrefix: string;
  values: FollowUpFields;
  error: unknown;
  onChange: (next: FollowUpFields) => void;
}) {
  const set = (key: keyof FollowUpFields) => (e: { target: { value: string } }) =>
    onChange({ ...values, [key]: e.target.value });
  return (
    <>
      <Textfield
        id={`${idPrefix}-title`}
        label="Hva skal følges opp"
        value={values.title}
        onChange={set('title')}
        error={fieldError(error, 'title')}
      />
      <div className="row">
        <Textfield
          id={`${idPrefix}-owner`}
          label="Ansvarlig"
          description="Person eller gruppe, for eksempel «Sekretariatet»"
          value={values.owner}
          onChange={set('owner')}
          error={fieldError(error, 'owner')}
        />
        <Textfield
          id={`${idPrefix}-due`}
          label="Frist"
          type="date"
          value={values.dueDate}
          onChange={set('dueDate')}
          error={fieldError(error, 'dueDate')}
        />
      </div>
    </>
  );
}

export const followUpFieldIds = (prefix: string) => ({
  title: `${prefix}-title`,
  owner: `${prefix}-owner`,
  dueDate: `${prefix}-due`,
});

/** "Ny oppfølging": a follow-up item from a decision in the minutes. */
export function NewFollowUp({
  councilId,
  caseId,
  caseNumber,
}: {
  councilId: string;
  caseId: string;
  caseNumber: string;
}) {
  const id = useId();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<FollowUpFields>({ title: '', owner: '', dueDate: '' });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<TFollowUp[]>([]);
  const focus = (target: string) =>
    window.requestAnimationFrame(() => document.getElementById(target)?.focus());
  const show = (next: boolean) => {
    setOpen(next);
    setError(undefined);
    focus(next ? `${id}-title` : `${id}-toggle`);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const item = await api.post<TFollowUp>(`/councils/${councilId}/follow-ups`, {
        caseId,
        title: values.title,
        owner: values.owner,
        dueDate: values.dueDate || null,
      });
      setCreated((list) => [...list, item]);
      setValues({ title: '', owner: '', dueDate: '' });
      show(false);
      announce(`Oppfølgingspunktet «${item.title}» er opprettet.`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="follow-up-new">
      {created.length > 0 && (
        <ul className="link-list">
          {created.map((f) => (
            <li key={f.id}>
              Oppfølging: {f.title}
              {f.owner && ` (${f.owner})`}
            </li>
          ))}
        </ul>
      )}
      {open ? (
        <form onSubmit={submit} noValidate className="stack card-section">
          <FormErrors
            error={error}
            fieldIds={followUpFieldIds(id)}
            heading="Oppfølgingspunktet ble ikke lagret"
          />
          <FollowUpFieldset idPrefix={id} values={values} error={error} onChange={setValues} />
          <div className="actions">
            <Button type="submit" variant="secondary" aria-disabled={busy || undefined}>
              {busy ? 'Lagrer …' : 'Opprett oppfølging'}
            </Button>
            <Button type="button" variant="tertiary" onClick={() => show(false)}>
              Avbryt
            </Button>
          </div>
        </form>
      ) : (
        <Button
          id={`${id}-toggle`}
          variant="tertiary"
          data-size="sm"
          aria-label={`Ny oppfølging fra sak ${caseNumber}`}
          onClick={() => show(true)}
        >
          Ny oppfølging
        </Button>
      )}
    </div>
  );
}
