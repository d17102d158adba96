import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../api.ts';
import { useAuth } from '../auth.tsx';
import type { TCouncil } from '../types.ts';
import { FormErrors, fieldError } from './FormErrors.tsx';

/** For system administrators: one installation holds many councils. */
export function CreateCouncilForm() {
  const id = useId();
  const navigate = useNavigate();
  const { refresh } = useAuth();
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fieldIds = { name: `${id}-name`, shortName: `${id}-short` };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const council = await api.post<TCouncil>('/councils', { name, shortName });
      await refresh();
      navigate(`/councils/${council.id}/settings`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <section className="card-section" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        Opprett et nytt råd
      </Heading>
      <form onSubmit={submit} noValidate className="stack">
        <FormErrors error={error} fieldIds={fieldIds} heading="Rådet ble ikke opprettet" />
        <Textfield
          id={fieldIds.name}
          label="Navn"
          description="For eksempel «HelseOmsorg21-rådet»"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(error, 'name')}
        />
        <Textfield
          id={fieldIds.shortName}
          label="Kortnavn"
          description="Brukes i filnavn og saksnumre, for eksempel «HO21-rådet»"
          value={shortName}
          onChange={(e) => setShortName(e.target.value)}
          error={fieldError(error, 'shortName')}
        />
        <div>
          <Button type="submit" aria-disabled={busy || undefined}>
            {busy ? 'Oppretter …' : 'Opprett råd'}
          </Button>
        </div>
      </form>
    </section>
  );
}
