import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { AttachOverviewForm } from '../components/policy/AttachOverviewForm.tsx';
import {
  ArchivedSinceList,
  changeSummary,
  PolicyOverviewTable,
} from '../components/policy/PolicyOverviewTable.tsx';
import { formatShortDate } from '../format.ts';
import { useApi } from '../hooks.ts';
import type { PolicyOverviewInput, TMeetingDetail } from '../types.ts';

/**
 * "Oversikt meldinger og strategier" for one meeting: the table the meeting papers will carry,
 * with what is new or changed since the previous meeting, the files to download, and (for the
 * secretariat) attaching them to the meeting's case.
 */
export function PolicyOverviewPage() {
  const { meetingId = '' } = useParams();
  const meeting = useApi<TMeetingDetail>(`/meetings/${meetingId}`);
  const overview = useApi<PolicyOverviewInput>(`/meetings/${meetingId}/policy-overview`);
  const m = meeting.data;
  const o = overview.data;
  const base = `/api/meetings/${meetingId}/policy-overview`;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          ...(m
            ? [
                { label: m.councilName, to: `/councils/${m.councilId}` },
                { label: `Møte ${m.number}`, to: `/meetings/${m.id}` },
              ]
            : []),
          { label: 'Oversikt meldinger og strategier' },
        ]}
      />
      <PageTitle>Oversikt meldinger og strategier</PageTitle>
      <ErrorAlert error={meeting.error ?? overview.error} />
      {m && (
        <Paragraph>
          Til møte {m.number}. Oversikten lages fra{' '}
          <RouterLink className="ds-link" to={`/councils/${m.councilId}/policy`}>
            registeret over meldinger og høringer
          </RouterLink>{' '}
          slik det er i dag.
        </Paragraph>
      )}
      {overview.loading && !o && <Loading what="oversikten" />}
      {o && (
        <>
          <p className="muted" data-testid="overview-changes">
            {changeSummary(o, formatShortDate)}
            {o.caseNumber && ` Lagt ved sak ${o.caseNumber}.`}
          </p>
          <section aria-labelledby="downloads-heading" className="section">
            <Heading level={2} data-size="md" id="downloads-heading">
              Last ned
            </Heading>
            <div className="downloads">
              <a className="ds-link" href={`${base}.pdf`} download>
                Oversikten som PDF
              </a>
              <a className="ds-link" href={`${base}.docx`} download>
                Oversikten som Word (DOCX)
              </a>
            </div>
          </section>
          <section aria-labelledby="overview-heading" className="section">
            <Heading level={2} data-size="md" id="overview-heading">
              Dokumentene rådet følger
            </Heading>
            <PolicyOverviewTable input={o} />
          </section>
          <ArchivedSinceList input={o} />
          {m?.canEdit && (
            <section aria-labelledby="attach-heading" className="section card-section">
              <Heading level={2} data-size="md" id="attach-heading">
                Legg ved saken
              </Heading>
              {m.status === 'held' || m.status === 'minutes_approved' ? (
                <Paragraph>
                  Møtet er avholdt, så saksframleggene er låst. Oversikten kan fortsatt lastes ned.
                </Paragraph>
              ) : (
                <AttachOverviewForm
                  meeting={m}
                  attachedTo={o.caseNumber}
                  onAttached={() => void overview.reload()}
                />
              )}
            </section>
          )}
        </>
      )}
    </>
  );
}
