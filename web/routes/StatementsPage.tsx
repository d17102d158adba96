import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { MarkSentDialog } from '../components/policy/MarkSentDialog.tsx';
import { StatementCard } from '../components/policy/StatementCard.tsx';
import { StatementForm } from '../components/policy/StatementForm.tsx';
import { useApi, useScrollToHash } from '../hooks.ts';
import type { TPolicyDocument, TStatement } from '../types.ts';
import type { TCouncilWithAccess } from './CouncilPage.tsx';

const focusLater = (id: string) =>
  window.requestAnimationFrame(() => document.getElementById(id)?.focus());

/** Newest sent first; drafts on their own, in the order they came. */
function split(list: TStatement[]) {
  const drafts = list.filter((s) => !s.sentOn);
  const sent = list
    .filter((s) => s.sentOn)
    .sort((a, b) => (b.sentOn ?? '').localeCompare(a.sentOn ?? ''));
  return { drafts, sent };
}

/** "Rådet mener": the council's consultation responses, input, letters and op-eds. */
export function StatementsPage() {
  const { councilId = '' } = useParams();
  const council = useApi<TCouncilWithAccess>(`/councils/${councilId}`);
  const list = useApi<TStatement[]>(`/councils/${councilId}/statements`);
  const canWrite = council.data?.canManage ?? false;
  const documents = useApi<TPolicyDocument[]>(
    canWrite ? `/councils/${councilId}/policy-documents?archived=false` : null,
  );
  const [editing, setEditing] = useState<TStatement | 'new' | null>(null);
  const [sending, setSending] = useState<TStatement | null>(null);
  const announce = useAnnounce();
  useScrollToHash(Boolean(list.data));
  const councilName = council.data?.name ?? 'Rådet';
  const { drafts, sent } = split(list.data ?? []);
  const choices = (documents.data ?? []).map((d) => ({
    id: d.id,
    title: d.reference ? `${d.reference}: ${d.title}` : d.title,
  }));

  async function saved(statement: TStatement, verb: string) {
    setEditing(null);
    setSending(null);
    await list.reload();
    announce(`«${statement.title}» er ${verb}.`);
    focusLater(`statement-${statement.id}`);
  }

  const card = (s: TStatement) => (
    <li key={s.id}>
      <StatementCard
        statement={s}
        onEdit={canWrite ? () => setEditing(s) : undefined}
        onMarkSent={canWrite ? () => setSending(s) : undefined}
      />
    </li>
  );

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          { label: councilName, to: `/councils/${councilId}` },
          { label: 'Rådet mener' },
        ]}
      />
      <PageTitle>Rådet mener</PageTitle>
      <Paragraph>
        Rådets høringssvar, innspill, brev og kronikker. Når et innspill er sendt, publiseres det på
        de offentlige sidene under «Rådet mener», med mindre det er unntatt offentlighet.
      </Paragraph>
      <ul className="link-list">
        <li>
          <RouterLink className="ds-link" to={`/councils/${councilId}/policy`}>
            Meldinger og høringer rådet følger
          </RouterLink>
        </li>
      </ul>
      <ErrorAlert error={council.error ?? list.error} />

      {canWrite && editing === null && (
        <div className="section">
          <Button id="new-statement-button" onClick={() => setEditing('new')}>
            Nytt innspill eller høringssvar
          </Button>
        </div>
      )}
      {canWrite && editing !== null && (
        <section aria-labelledby="statement-form-heading" className="section card-section">
          <Heading level={2} data-size="md" id="statement-form-heading">
            {editing === 'new' ? 'Nytt innspill eller høringssvar' : 'Endre innspill'}
          </Heading>
          <StatementForm
            key={editing === 'new' ? 'new' : editing.id}
            councilId={councilId}
            initial={editing === 'new' ? undefined : editing}
            documents={choices}
            onCancel={() => {
              const target = editing === 'new' ? 'new-statement-button' : `statement-${editing.id}`;
              setEditing(null);
              focusLater(target);
            }}
            onSaved={(s) => saved(s, editing === 'new' ? 'opprettet' : 'lagret')}
          />
        </section>
      )}

      {list.loading && !list.data && <Loading what="innspillene" />}
      {list.data && (
        <>
          {(canWrite || drafts.length > 0) && (
            <section aria-labelledby="drafts-heading" className="section">
              <Heading level={2} data-size="md" id="drafts-heading">
                Under arbeid
              </Heading>
              {drafts.length === 0 ? (
                <Paragraph>Ingen utkast.</Paragraph>
              ) : (
                <ul className="policy-statement-list">{drafts.map(card)}</ul>
              )}
            </section>
          )}
          <section aria-labelledby="sent-heading" className="section">
            <Heading level={2} data-size="md" id="sent-heading">
              Sendt
            </Heading>
            {sent.length === 0 ? (
              <Paragraph>Rådet har ikke sendt noen innspill ennå.</Paragraph>
            ) : (
              <ul className="policy-statement-list">{sent.map(card)}</ul>
            )}
          </section>
        </>
      )}
      <MarkSentDialog
        key={sending?.id ?? 'none'}
        statement={sending}
        onClose={() => {
          const target = sending ? `statement-${sending.id}` : 'sent-heading';
          setSending(null);
          focusLater(target);
        }}
        onDone={(s) => saved(s, 'markert som sendt')}
      />
    </>
  );
}
