import { Button, Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router-dom';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { DeadlineList } from '../components/policy/DeadlineList.tsx';
import { PolicyDocumentForm } from '../components/policy/PolicyDocumentForm.tsx';
import { PolicyTable } from '../components/policy/PolicyTable.tsx';
import { usePolicyPeople } from '../components/policy/usePolicyPeople.ts';
import { useApi, useScrollToHash } from '../hooks.ts';
import type { TPolicyDocument } from '../types.ts';
import type { TCouncilWithAccess } from './CouncilPage.tsx';

const focusLater = (id: string) =>
  window.requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * "Meldinger og høringer": the register of white papers, strategies, official reports and
 * consultations the council follows, the deadlines ahead, and the archive.
 */
export function PolicyRegisterPage() {
  const { councilId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  // Kept in the address for links and reloads; the state answers the click at once.
  const [archived, setArchived] = useState(params.get('vis') === 'arkivert');
  const council = useApi<TCouncilWithAccess>(`/councils/${councilId}`);
  const base = `/councils/${councilId}/policy-documents`;
  const active = useApi<TPolicyDocument[]>(`${base}?archived=false`);
  const archive = useApi<TPolicyDocument[]>(archived ? `${base}?archived=true` : null);
  const list = archived ? archive : active;
  const canWrite = council.data?.canManage ?? false;
  const [creating, setCreating] = useState(false);
  const { people } = usePolicyPeople(councilId, canWrite);
  const announce = useAnnounce();
  useScrollToHash(Boolean(list.data));
  const councilName = council.data?.name ?? 'Rådet';

  const show = (next: 'aktive' | 'arkivert') => {
    setArchived(next === 'arkivert');
    setParams(next === 'arkivert' ? { vis: 'arkivert' } : {}, { replace: true });
  };

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          { label: councilName, to: `/councils/${councilId}` },
          { label: 'Meldinger og høringer' },
        ]}
      />
      <PageTitle>Meldinger og høringer</PageTitle>
      <Paragraph>
        Stortingsmeldinger, strategier, NOU-er og høringer rådet følger: når de lanseres, rådets
        innspill og høringsfrister. Oversikten til hvert rådsmøte lages herfra.
      </Paragraph>
      <ul className="link-list">
        <li>
          <RouterLink className="ds-link" to={`/councils/${councilId}/statements`}>
            Rådet mener: rådets høringssvar og innspill
          </RouterLink>
        </li>
      </ul>
      <ErrorAlert error={council.error} />

      <section aria-labelledby="deadlines-heading" className="section">
        <Heading level={2} data-size="md" id="deadlines-heading">
          Frister
        </Heading>
        <ErrorAlert error={active.error} />
        {active.loading && !active.data && <Loading what="fristene" />}
        {active.data && <DeadlineList docs={active.data} />}
      </section>

      {canWrite && !creating && (
        <div className="section">
          <Button id="new-policy-button" onClick={() => setCreating(true)}>
            Nytt dokument
          </Button>
        </div>
      )}
      {canWrite && creating && (
        <section aria-labelledby="new-policy-heading" className="section card-section">
          <Heading level={2} data-size="md" id="new-policy-heading">
            Nytt dokument i registeret
          </Heading>
          <PolicyDocumentForm
            councilId={councilId}
            people={people}
            onCancel={() => {
              setCreating(false);
              focusLater('new-policy-button');
            }}
            onSaved={async (doc) => {
              setCreating(false);
              show('aktive');
              await active.reload();
              announce(`«${doc.title}» er lagt til i registeret.`);
              focusLater(`policy-${doc.id}`);
            }}
          />
        </section>
      )}

      <section aria-labelledby="register-heading" className="section">
        <Heading level={2} data-size="md" id="register-heading" tabIndex={-1}>
          {archived ? 'Arkiverte dokumenter' : 'Registeret'}
        </Heading>
        <Fieldset className="policy-filter" data-size="sm">
          <Fieldset.Legend>Vis</Fieldset.Legend>
          <div className="inline-choices">
            <Radio
              name="policy-filter"
              label="Dokumenter som følges"
              value="aktive"
              checked={!archived}
              onChange={() => show('aktive')}
            />
            <Radio
              name="policy-filter"
              label="Arkiverte (følges ikke lenger)"
              value="arkivert"
              checked={archived}
              onChange={() => show('arkivert')}
            />
          </div>
        </Fieldset>
        <ErrorAlert error={list.error} />
        {list.loading && !list.data && <Loading what="registeret" />}
        {list.data && (
          <Paragraph role="status" className="muted">
            {list.data.length === 0
              ? archived
                ? 'Ingen dokumenter er arkivert.'
                : 'Registeret er tomt.'
              : `${list.data.length} ${list.data.length === 1 ? 'dokument' : 'dokumenter'}, etter frist, eller lansering der det ikke er noen frist.`}
          </Paragraph>
        )}
        {list.data && list.data.length > 0 && (
          <PolicyTable
            docs={list.data}
            caption={archived ? 'Arkiverte dokumenter' : 'Dokumenter rådet følger'}
          />
        )}
      </section>
    </>
  );
}
