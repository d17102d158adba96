import { Button, Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FormErrors, fieldError } from '../components/FormErrors.tsx';
import { MembersSection } from '../components/MembersSection.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { StandingCasesEditor } from '../components/StandingCasesEditor.tsx';
import { useApi } from '../hooks.ts';
import type { TCouncil } from '../types.ts';
import type { TCouncilWithAccess } from './CouncilPage.tsx';

export function CouncilSettingsPage() {
  const { councilId = '' } = useParams();
  const council = useApi<TCouncilWithAccess>(`/councils/${councilId}`);
  const c = council.data;
  if (!c) {
    return (
      <>
        <PageTitle>{council.error ? 'Kunne ikke vise rådet' : 'Laster innstillinger …'}</PageTitle>
        <ErrorAlert error={council.error} />
      </>
    );
  }
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          { label: c.name, to: `/councils/${c.id}` },
          { label: 'Innstillinger' },
        ]}
      />
      <PageTitle title={`Innstillinger for ${c.name}`}>Innstillinger for {c.shortName}</PageTitle>
      {!c.canManage ? (
        <Paragraph>Bare sekretariatet og administratorer kan endre rådets innstillinger.</Paragraph>
      ) : (
        <>
          <CouncilNameForm council={c} onSaved={(next) => council.setData({ ...c, ...next })} />
          <InterestsVisibilityForm
            council={c}
            onSaved={(next) => council.setData({ ...c, ...next })}
          />
          <MembersSection councilId={c.id} />
          <StandingCasesEditor councilId={c.id} />
        </>
      )}
    </>
  );
}

function CouncilNameForm({
  council,
  onSaved,
}: {
  council: TCouncil;
  onSaved: (c: TCouncil) => void;
}) {
  const { refresh } = useAuth();
  const announce = useAnnounce();
  const [name, setName] = useState(council.name);
  const [shortName, setShortName] = useState(council.shortName);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    setName(council.name);
    setShortName(council.shortName);
  }, [council]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      const saved = await api.put<TCouncil>(`/councils/${council.id}`, {
        name,
        shortName,
        version: council.version,
      });
      onSaved(saved);
      await refresh();
      announce('Navnet på rådet er lagret.');
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby="name-heading" className="section">
      <Heading level={2} data-size="md" id="name-heading">
        Rådets navn
      </Heading>
      <form onSubmit={submit} noValidate className="stack">
        <FormErrors error={error} fieldIds={{ name: 'council-name', shortName: 'council-short' }} />
        <div className="row">
          <Textfield
            id="council-name"
            label="Navn"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fieldError(error, 'name')}
          />
          <Textfield
            id="council-short"
            label="Kortnavn"
            description="Brukes i dokumenter, f.eks. HO21-rådet"
            value={shortName}
            onChange={(e) => setShortName(e.target.value)}
            error={fieldError(error, 'shortName')}
          />
        </div>
        <div>
          <Button type="submit">Lagre navn</Button>
        </div>
      </form>
    </section>
  );
}

/** Whether members' interests are open to everyone in the council, or only to chair and secretariat. */
function InterestsVisibilityForm({
  council,
  onSaved,
}: {
  council: TCouncil;
  onSaved: (c: TCouncil) => void;
}) {
  const announce = useAnnounce();
  const [visible, setVisible] = useState(council.interestsPublic);
  const [error, setError] = useState<unknown>();
  useEffect(() => setVisible(council.interestsPublic), [council]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      const saved = await api.put<TCouncil>(`/councils/${council.id}`, {
        name: council.name,
        shortName: council.shortName,
        interestsPublic: visible,
        version: council.version,
      });
      onSaved(saved);
      announce(
        saved.interestsPublic
          ? 'Medlemmenes interesser vises nå for alle i rådet.'
          : 'Medlemmenes interesser vises nå bare for medlemmet selv, lederen og sekretariatet.',
      );
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby="interests-visibility-heading" className="section">
      <Heading level={2} data-size="md" id="interests-visibility-heading">
        Interesser og verv
      </Heading>
      <Paragraph>
        Medlemmenes registrerte interesser er personopplysninger. Som standard ser bare medlemmet
        selv, rådets leder og sekretariatet dem.
      </Paragraph>
      <form onSubmit={submit} noValidate className="stack">
        <FormErrors error={error} fieldIds={{ interestsPublic: 'council-interests-public' }} />
        <Checkbox
          id="council-interests-public"
          label="Vis medlemmenes interesser for alle i rådet"
          description="Medlemmer, varamedlemmer og observatører kan da se hverandres interesser og verv."
          checked={visible}
          onChange={(e) => setVisible(e.target.checked)}
        />
        <div>
          <Button type="submit">Lagre synlighet</Button>
        </div>
      </form>
    </section>
  );
}
