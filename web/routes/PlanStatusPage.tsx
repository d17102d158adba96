import { Paragraph } from '@digdir/designsystemet-react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useMe } from '../auth.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { AttachOverviewForm } from '../components/plans/AttachOverviewForm.tsx';
import { canManagePlans } from '../components/plans/access.ts';
import { PlanStatusTable } from '../components/plans/PlanStatusTable.tsx';
import { formatShortDate } from '../format.ts';
import { useApi } from '../hooks.ts';
import type { PlanStatusInput, TMeetingDetail } from '../types.ts';

/**
 * The status overview of the action plan for a meeting: the table the documents print, the
 * downloads, and for the secretariat "Legg ved saken". `?planId=` picks another plan than the
 * council's own.
 */
export function PlanStatusPage() {
  const { meetingId = '' } = useParams();
  const [params] = useSearchParams();
  const planId = params.get('planId') ?? undefined;
  const me = useMe();
  const meeting = useApi<TMeetingDetail>(`/meetings/${meetingId}`);
  const query = planId ? `?planId=${encodeURIComponent(planId)}` : '';
  const status = useApi<PlanStatusInput>(`/meetings/${meetingId}/plan-status${query}`);
  const m = meeting.data;
  const crumbs = [
    { label: 'Forside', to: '/' },
    { label: m?.councilName ?? 'Rådet', to: m ? `/councils/${m.councilId}` : '/' },
    { label: m ? `Møte ${m.number}` : 'Møtet', to: `/meetings/${meetingId}` },
    { label: 'Status for handlingsplanen' },
  ];
  const title = m ? `Status for handlingsplanen, møte ${m.number}` : 'Status for handlingsplanen';

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageTitle>{title}</PageTitle>
      <ErrorAlert error={meeting.error ?? status.error} />
      {status.loading && !status.data && <Loading what="statusoversikten" />}
      {status.data && (
        <>
          <Paragraph>
            {status.data.planTitle}. Oversikten viser dagens status for hver aktivitet, slik den
            blir i vedlegget til møtet.
          </Paragraph>
          <nav aria-label="Last ned statusoversikten" className="downloads">
            <a
              className="ds-link"
              href={`/api/meetings/${meetingId}/plan-status.pdf${query}`}
              download
            >
              Last ned statusoversikten som PDF
            </a>
            <a
              className="ds-link"
              href={`/api/meetings/${meetingId}/plan-status.docx${query}`}
              download
            >
              Last ned statusoversikten som Word (DOCX)
            </a>
          </nav>
          <Paragraph className="muted small">
            Laget {formatShortDate(status.data.generatedOn)}
          </Paragraph>
          {status.data.areas.length === 0 ? (
            <Paragraph>Handlingsplanen har ingen områder.</Paragraph>
          ) : (
            <PlanStatusTable input={status.data} />
          )}
        </>
      )}
      {m && status.data && canManagePlans(me, m.councilId) && (
        <AttachOverviewForm meeting={m} planId={planId} />
      )}
    </>
  );
}
