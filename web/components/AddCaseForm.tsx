import { Button, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import type { CaseType } from '../../core/case-types.ts';
import { api } from '../api.ts';
import type { TCase } from '../types.ts';
import { useAnnounce } from './Announcer.tsx';
import { CaseTypeCheckboxes } from './CaseTypeCheckboxes.tsx';
import { FormErrors, fieldError } from './FormErrors.tsx';

/** Adds a new case at the end of the agenda. */
export function AddCaseForm({
  meetingId,
  onAdded,
}: {
  meetingId: string;
  onAdded: (created: TCase) => Promise<void> | void;
}) {
  const id = useId();
  const announce = useAnnounce();
  const [title, setTitle] = useState('');
  const [types, setTypes] = useState<CaseType[]>(['decision']);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fieldIds = { title: `${id}-title`, caseTypes: `${id}-types` };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const created = await api.post<TCase>(`/meetings/${meetingId}/cases`, {
        title,
        caseTypes: types,
      });
      setTitle('');
      setTypes(['decision']);
      await onAdded(created);
      announce(`Sak ${created.number} «${created.title}» er lagt til på sakslisten.`);
      document.getElementById(fieldIds.title)?.focus();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormErrors error={error} fieldIds={fieldIds} heading="Saken ble ikke lagt til" />
      <Textfield
        id={fieldIds.title}
        label="Tittel på saken"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldError(error, 'title')}
      />
      <CaseTypeCheckboxes
        id={fieldIds.caseTypes}
        value={types}
        onChange={setTypes}
        error={fieldError(error, 'caseTypes')}
      />
      <div>
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy ? 'Legger til …' : 'Legg til sak'}
        </Button>
      </div>
    </form>
  );
}
