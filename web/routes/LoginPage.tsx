import {
  Alert,
  Button,
  ErrorSummary,
  ErrorSummaryHeading,
  ErrorSummaryItem,
  ErrorSummaryLink,
  ErrorSummaryList,
  Heading,
  Link,
  Paragraph,
  Textfield,
} from '@digdir/designsystemet-react';
import { type ComponentRef, type FormEvent, useEffect, useRef, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, api, errorMessage } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import type { TProviders } from '../types.ts';

type Problem = { field?: 'email' | 'password'; message: string };

export function LoginPage() {
  const { me, refresh } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const next = params.get('neste');
  const target = next?.startsWith('/') && !next.startsWith('//') ? next : '/';
  const providers = useProviders();
  const ssoProblem = SSO_PROBLEMS[params.get('feil') ?? ''];

  useEffect(() => {
    if (problems.length) summaryRef.current?.focus();
  }, [problems]);

  if (me) return <Navigate to={target} replace />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: Problem[] = [];
    if (!email.trim()) found.push({ field: 'email', message: 'Skriv inn e-postadressen din.' });
    if (!password) found.push({ field: 'password', message: 'Skriv inn passordet ditt.' });
    if (found.length) return setProblems(found);
    setBusy(true);
    try {
      await api.post('/auth/login', { email: email.trim(), password });
      await refresh();
      navigate(target, { replace: true });
    } catch (e) {
      const fields = e instanceof ApiError ? e.fieldErrors : {};
      const list: Problem[] = Object.entries(fields).map(([field, message]) => ({
        field: field === 'password' ? 'password' : 'email',
        message,
      }));
      setProblems(list.length ? list : [{ message: errorMessage(e) }]);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: Problem['field']) => problems.find((p) => p.field === field)?.message;

  return (
    <div className="narrow">
      <PageTitle>Logg inn</PageTitle>
      <Paragraph>Logg inn for å arbeide med møter og saker i rådet.</Paragraph>
      {ssoProblem && (
        <Alert data-color="danger" className="block">
          {ssoProblem}
        </Alert>
      )}
      {providers?.oidc && (
        <>
          <Paragraph>
            <a
              className="ds-button"
              data-variant="primary"
              href={`${providers.oidc.loginUrl}?${new URLSearchParams({ returnTo: target })}`}
            >
              {providers.oidc.label}
            </a>
          </Paragraph>
          <Heading level={2} data-size="xs" className="login-alternative">
            Eller med e-post og passord
          </Heading>
        </>
      )}
      {problems.length > 0 && (
        <ErrorSummary ref={summaryRef} tabIndex={-1} className="block">
          <ErrorSummaryHeading>Innloggingen mislyktes</ErrorSummaryHeading>
          <ErrorSummaryList>
            {problems.map((p) => (
              <ErrorSummaryItem key={p.message}>
                <ErrorSummaryLink href={`#login-${p.field ?? 'email'}`}>
                  {p.message}
                </ErrorSummaryLink>
              </ErrorSummaryItem>
            ))}
          </ErrorSummaryList>
        </ErrorSummary>
      )}
      <form onSubmit={onSubmit} noValidate className="stack">
        <Textfield
          id="login-email"
          label="E-postadresse"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError('email')}
        />
        <Textfield
          id="login-password"
          label="Passord"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError('password')}
        />
        <div>
          <Button type="submit" aria-disabled={busy || undefined}>
            {busy ? 'Logger inn …' : 'Logg inn'}
          </Button>
        </div>
      </form>
      <Paragraph>
        Uten innlogging kan du lese rådenes offentlige møtedokumenter på{' '}
        <Link href="/public">Offentlig innsyn</Link>.
      </Paragraph>
    </div>
  );
}

/** Why a sign-in at the identity provider came back without a session (`?feil=`). */
const SSO_PROBLEMS: Record<string, string> = {
  sso: 'Innloggingen hos identitetsleverandøren mislyktes. Prøv igjen, eller logg inn med e-post og passord.',
  'ikke-invitert':
    'Du er ikke invitert til Rådsrom med denne e-postadressen. Be sekretariatet legge deg til i rådet.',
};

function useProviders() {
  const [providers, setProviders] = useState<TProviders | null>(null);
  useEffect(() => {
    api.get<TProviders>('/auth/providers').then(setProviders, () => setProviders(null));
  }, []);
  return providers;
}
