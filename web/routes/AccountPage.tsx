import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { api } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { useAnnounce } from '../components/Announcer.tsx';
import { FormErrors, fieldError } from '../components/FormErrors.tsx';
import { PageTitle } from '../components/PageTitle.tsx';

/** A person's own account: a new password, and everything Rådsrom holds about them. */
export function AccountPage() {
  const { me } = useAuth();
  return (
    <>
      <PageTitle>Min konto</PageTitle>
      <section aria-labelledby="password-heading" className="section">
        <Heading level={2} data-size="md" id="password-heading">
          Passord
        </Heading>
        {me?.hasPassword ? (
          <>
            <Paragraph>
              Bruk minst 12 tegn. Noen ord satt sammen er lett å huske og vanskelig å gjette. Når du
              bytter passord, blir du logget ut alle andre steder.
            </Paragraph>
            <PasswordForm />
          </>
        ) : (
          <Paragraph>
            Du logger inn gjennom innloggingstjenesten til virksomheten din og har ikke passord i
            Rådsrom. Passordet byttes der.
          </Paragraph>
        )}
      </section>
      <section aria-labelledby="data-heading" className="section">
        <Heading level={2} data-size="md" id="data-heading">
          Dine personopplysninger
        </Heading>
        <Paragraph>
          Du kan laste ned alt Rådsrom har lagret om deg: medlemskap, interesser,
          habilitetserklæringer og merknader. Når du går ut av rådet, kan sekretariatet fjerne
          opplysningene dine. I referatene står du da som «Tidligere medlem».
        </Paragraph>
        <a className="ds-link" href="/api/me/data-export" download>
          Last ned mine data (JSON)
        </a>
      </section>
    </>
  );
}

function PasswordForm() {
  const id = useId();
  const announce = useAnnounce();
  const empty = { currentPassword: '', newPassword: '' };
  const [v, setV] = useState(empty);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fieldIds = { currentPassword: `${id}-current`, newPassword: `${id}-new` };
  const field = (key: keyof typeof v) => ({
    id: fieldIds[key],
    value: v[key],
    type: 'password' as const,
    onChange: (e: { target: { value: string } }) => setV((x) => ({ ...x, [key]: e.target.value })),
    error: fieldError(error, key),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.put('/auth/password', v);
      setV(empty);
      announce('Passordet er byttet.');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormErrors error={error} fieldIds={fieldIds} heading="Passordet ble ikke byttet" />
      <Textfield
        label="Nåværende passord"
        autoComplete="current-password"
        {...field('currentPassword')}
      />
      <Textfield label="Nytt passord" autoComplete="new-password" {...field('newPassword')} />
      <div className="actions">
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy ? 'Bytter …' : 'Bytt passord'}
        </Button>
      </div>
    </form>
  );
}
