import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { STATEMENT_KIND_LABELS } from '../../core/policy.ts';
import { useMe } from '../auth.tsx';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ArchiveDialog } from '../components/policy/ArchiveDialog.tsx';
import { PolicyDocumentForm } from '../components/policy/PolicyDocumentForm.tsx';
import { PolicyFacts } from '../components/policy/PolicyFacts.tsx';
import { referenceAndTitle } from '../components/policy/policyText.ts';
import { StatementForm } from '../components/policy/StatementForm.tsx';
import { usePolicyPeople } from '../components/policy/usePolicyPeople.ts';
import { formatShortDate } from '../format.ts';
import { useApi } from '../hooks.ts';
import type { TPolicyDocument } from '../types.ts';
import type { TCouncilWithAccess } from './CouncilPage.tsx';

const focusLater = (id: string) =>
  window.requestAnimationFrame(() => document.getElementById(id)?.focus());

/** The document carries its council; until it does, a person in one council is in that one. */
function useCouncilIdOf(doc: TPolicyDocument | undefined): string | undefined {
  const me = useMe();
  const own = (doc as (TPolicyDocument & { councilId?: string }) | undefined)?.councilId;
  if (own) return own;
  return doc && me.councils.length === 1 ? me.councils[0]?.id : undefined;
}

/** One document in the register: every field, changes, archiving, and the council's statements. */
export function PolicyDocumentPage() {
  const { policyDocumentId = '' } = useParams();
  const loaded = useApi<TPolicyDocument>(`/policy-documents/${policyDocumentId}`);
  const doc = loaded.data;
  const councilId = useCouncilIdOf(doc);
  const council = useApi<TCouncilWithAccess>(councilId ? `/councils/${councilId}` : null);
  const canWrite = council.data?.canManage ?? false;
  const { people } = usePolicyPeople(councilId, canWrite, doc);
  const [editing, setEditing] = useState(false);
  const [archiveOpen, setArchiveOpen] = useState(false);
  const [writing, setWriting] = useState(false);
  const announce = useAnnounce();

  if (!doc) {
    return (
      <>
        <PageTitle>{loaded.error ? 'Kunne ikke vise dokumentet' : 'Laster dokumentet …'}</PageTitle>
        <ErrorAlert error={loaded.error} />
      </>
    );
  }
  const councilName = council.data?.name ?? 'Rådet';
  const heading = referenceAndTitle(doc);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          ...(councilId
            ? [
                { label: councilName, to: `/councils/${councilId}` },
                { label: 'Meldinger og høringer', to: `/councils/${councilId}/policy` },
              ]
            : []),
          { label: doc.reference || doc.title },
        ]}
      />
      <PageTitle title={heading}>
        {doc.reference && <span className="case-number">{doc.reference}</span>} {doc.title}
      </PageTitle>
      {doc.archivedAt && (
        <Alert data-color="info" className="block">
          <Paragraph>
            Dokumentet er arkivert og følges ikke lenger opp
            {doc.archivedReason ? `: ${doc.archivedReason}` : '.'}
          </Paragraph>
        </Alert>
      )}
      <ErrorAlert error={council.error} />

      <section aria-labelledby="facts-heading" className="section">
        <Heading level={2} data-size="md" id="facts-heading" tabIndex={-1}>
          Opplysninger
        </Heading>
        {editing ? (
          <PolicyDocumentForm
            key={doc.version}
            councilId={councilId ?? ''}
            initial={doc}
            people={people}
            onStale={loaded.reload}
            onCancel={() => {
              setEditing(false);
              focusLater('edit-policy-button');
            }}
            onSaved={(next) => {
              loaded.setData(next);
              setEditing(false);
              announce('Endringene er lagret.');
              focusLater('facts-heading');
            }}
          />
        ) : (
          <>
            <PolicyFacts doc={doc} />
            {canWrite && (
              <div className="actions">
                <Button
                  id="edit-policy-button"
                  variant="secondary"
                  onClick={() => setEditing(true)}
                >
                  Endre opplysninger
                </Button>
                <Button variant="secondary" onClick={() => setArchiveOpen(true)}>
                  {doc.archivedAt ? 'Ta tilbake i registeret' : 'Arkiver'}
                </Button>
              </div>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="statements-heading" className="section">
        <Heading level={2} data-size="md" id="statements-heading" tabIndex={-1}>
          Rådets innspill og høringssvar
        </Heading>
        {doc.statements.length === 0 ? (
          <Paragraph>Rådet har ikke skrevet noe til dette dokumentet ennå.</Paragraph>
        ) : (
          <ul className="link-list" data-testid="policy-statements">
            {doc.statements.map((s) => (
              <li key={s.id}>
                {councilId ? (
                  <RouterLink
                    className="ds-link"
                    to={`/councils/${councilId}/statements#statement-${s.id}`}
                  >
                    {s.title}
                  </RouterLink>
                ) : (
                  s.title
                )}
                <span className="muted small">
                  {' '}
                  {STATEMENT_KIND_LABELS[s.kind]}
                  {s.sentOn ? `, sendt ${formatShortDate(s.sentOn)}` : ', utkast (ikke sendt)'}
                </span>
              </li>
            ))}
          </ul>
        )}
        {canWrite && councilId && !writing && (
          <Button id="new-statement-button" variant="secondary" onClick={() => setWriting(true)}>
            Nytt innspill eller høringssvar
          </Button>
        )}
        {canWrite && councilId && writing && (
          <div className="card-section">
            <Heading level={3} data-size="sm">
              Nytt innspill eller høringssvar
            </Heading>
            <StatementForm
              councilId={councilId}
              documents={[{ id: doc.id, title: heading }]}
              preset={{
                policyDocumentId: doc.id,
                kind: doc.deadlineText ? 'consultation_response' : 'input',
              }}
              onCancel={() => {
                setWriting(false);
                focusLater('new-statement-button');
              }}
              onSaved={async (s) => {
                setWriting(false);
                await loaded.reload();
                announce(`«${s.title}» er lagret.`);
                focusLater('statements-heading');
              }}
            />
          </div>
        )}
      </section>

      {canWrite && (
        <ArchiveDialog
          doc={doc}
          open={archiveOpen}
          onClose={() => setArchiveOpen(false)}
          onDone={(next) => {
            loaded.setData(next);
            setArchiveOpen(false);
            announce(next.archivedAt ? 'Dokumentet er arkivert.' : 'Dokumentet er tatt tilbake.');
          }}
        />
      )}
    </>
  );
}
