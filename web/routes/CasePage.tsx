import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { formatCaseTypes } from '../../core/case-types.ts';
import { useMe } from '../auth.tsx';
import { AttachmentsSection } from '../components/AttachmentsSection.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { CaseEditor } from '../components/CaseEditor.tsx';
import { CaseHistory } from '../components/CaseHistory.tsx';
import { RICH_SECTIONS } from '../components/caseForm.ts';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useApi } from '../hooks.ts';
import type { TCase, TMembership } from '../types.ts';

export function CasePage() {
  const { caseId = '' } = useParams();
  const me = useMe();
  const loaded = useApi<TCase>(`/cases/${caseId}`);
  const c = loaded.data;
  const memberships = useApi<TMembership[]>(
    c?.canEdit ? `/councils/${c.councilId}/memberships` : null,
  );
  const [savedCount, setSavedCount] = useState(0);

  if (!c) {
    return (
      <>
        <PageTitle>{loaded.error ? 'Kunne ikke vise saken' : 'Laster saken …'}</PageTitle>
        <ErrorAlert error={loaded.error} />
      </>
    );
  }
  const councilName = me.councils.find((x) => x.id === c.councilId)?.name ?? 'Rådet';

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          { label: councilName, to: `/councils/${c.councilId}` },
          { label: `Møte ${c.meetingNumber}`, to: `/meetings/${c.meetingId}` },
          { label: `Sak ${c.number}` },
        ]}
      />
      <PageTitle title={`Sak ${c.number} ${c.title}`}>
        <span className="case-number">Sak {c.number}</span> {c.title}
      </PageTitle>
      <Paragraph className="muted">
        Saksframlegg til møte{' '}
        <RouterLink className="ds-link" to={`/meetings/${c.meetingId}`}>
          {c.meetingNumber}
        </RouterLink>
        {c.isStanding && ' · fast sak'}
        {c.carriedOverFrom && (
          <>
            {' · overført fra '}
            <RouterLink className="ds-link" to={`/cases/${c.carriedOverFrom.id}`}>
              sak {c.carriedOverFrom.number}
            </RouterLink>
          </>
        )}
        {c.carriedOverTo && (
          <>
            {' · overført til '}
            <RouterLink className="ds-link" to={`/cases/${c.carriedOverTo.id}`}>
              sak {c.carriedOverTo.number}
            </RouterLink>
          </>
        )}
      </Paragraph>

      <nav aria-label="Last ned saksframlegget" className="downloads">
        <a className="ds-link" href={`/api/cases/${c.id}/case-paper.docx`} download>
          Last ned som Word (DOCX)
        </a>
        <a className="ds-link" href={`/api/cases/${c.id}/case-paper.pdf`} download>
          Last ned som PDF
        </a>
      </nav>

      {c.canEdit ? (
        <section aria-labelledby="paper-heading" className="section">
          <Heading level={2} data-size="md" id="paper-heading">
            Saksframlegg
          </Heading>
          {memberships.loading && !memberships.data ? (
            <Loading what="skjemaet" />
          ) : (
            <CaseEditor
              key={c.id}
              initial={c}
              memberships={memberships.data ?? []}
              onSaved={(saved) => {
                loaded.setData(saved);
                setSavedCount((n) => n + 1);
              }}
            />
          )}
          <ErrorAlert error={memberships.error} />
        </section>
      ) : (
        <ReadOnlyCase c={c} />
      )}

      <AttachmentsSection
        key={`att-${c.id}`}
        caseId={c.id}
        initial={c.attachments}
        canEdit={c.canEdit}
      />

      <section aria-label="Historikk" className="section">
        <CaseHistory caseId={c.id} refreshKey={savedCount} />
      </section>
    </>
  );
}

function ReadOnlyCase({ c }: { c: TCase }) {
  const previously = [
    ...c.previouslyHandled.map((r) => `${r.number} ${r.title}`),
    ...c.previouslyHandledText,
  ];
  return (
    <section aria-labelledby="paper-heading" className="section">
      <Heading level={2} data-size="md" id="paper-heading">
        Saksframlegg
      </Heading>
      <dl className="facts">
        <dt>Type sak</dt>
        <dd>{formatCaseTypes(c.caseTypes)}</dd>
        <dt>Til</dt>
        <dd>{c.addressee || '–'}</dd>
        <dt>Fra</dt>
        <dd>{c.sender || '–'}</dd>
        <dt>Saksbehandlere</dt>
        <dd>{c.caseOfficers.map((o) => o.name).join(', ') || '–'}</dd>
        <dt>Tidligere behandlet</dt>
        <dd>{previously.join('; ') || '–'}</dd>
        <dt>Berørte parter</dt>
        <dd>{c.stakeholders.join(', ') || '–'}</dd>
      </dl>
      {RICH_SECTIONS.map((s) =>
        c[s.key] ? (
          <div key={s.key} className="read-section">
            <Heading level={3} data-size="sm">
              {s.label}
            </Heading>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the server sanitises rich text */}
            <div className="rich" dangerouslySetInnerHTML={{ __html: c[s.key] }} />
          </div>
        ) : null,
      )}
    </section>
  );
}
