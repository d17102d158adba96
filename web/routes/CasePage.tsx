import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { formatCaseTypes } from '../../core/case-types.ts';
import { useMe } from '../auth.tsx';
import { AttachmentsSection } from '../components/AttachmentsSection.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { CaseEditor } from '../components/CaseEditor.tsx';
import { CaseHistory } from '../components/CaseHistory.tsx';
import { RICH_SECTIONS, sectionId } from '../components/caseForm.ts';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { canManagePlans } from '../components/plans/access.ts';
import { CasePlanPanel } from '../components/plans/CasePlanPanel.tsx';
import { useApi, useScrollToHash } from '../hooks.ts';
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
  // A search hit opens the case at a part of the paper or an attachment (#section-…, #attachment-…).
  // The editor waits for the memberships; the target must be the element that stays.
  useScrollToHash(
    Boolean(c) && (!c?.canEdit || memberships.data !== undefined || Boolean(memberships.error)),
  );

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
      {c.exemptionBasis && (
        <p className="exemption-notice">
          <Tag data-color="warning">Unntatt offentlighet: {c.exemptionBasis}</Tag>
        </p>
      )}

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

      <CasePlanPanel
        key={`plan-${c.id}`}
        caseId={c.id}
        councilId={c.councilId}
        canManage={canManagePlans(me, c.councilId)}
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
        <Fact id="addressee" label="Til" value={c.addressee} />
        <Fact id="sender" label="Fra" value={c.sender} />
        {c.exemptionBasis && (
          <>
            <dt>Unntatt offentlighet</dt>
            <dd>{c.exemptionBasis}</dd>
          </>
        )}
        <dt>Saksbehandlere</dt>
        <dd>{c.caseOfficers.map((o) => o.name).join(', ') || '–'}</dd>
        <Fact id="previouslyHandled" label="Tidligere behandlet" value={previously.join('; ')} />
        <Fact id="stakeholders" label="Berørte parter" value={c.stakeholders.join(', ')} />
      </dl>
      {RICH_SECTIONS.map((s) =>
        c[s.key] ? (
          <div
            key={s.key}
            id={sectionId(s.key)}
            tabIndex={-1}
            className="read-section hash-section"
          >
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

/** One line of the paper's facts; its id lets a search hit open the case at it. */
function Fact({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div id={sectionId(id)} tabIndex={-1} className="facts__row hash-section">
      <dt>{label}</dt>
      <dd>{value || '–'}</dd>
    </div>
  );
}
