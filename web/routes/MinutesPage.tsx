import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { formatTimeRange } from '../../core/dates.ts';
import { formatOsloDateTime } from '../../core/deadlines.ts';
import { ApiError } from '../api.ts';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { AttendanceEditor } from '../components/minutes/AttendanceEditor.tsx';
import { AttendanceView } from '../components/minutes/AttendanceView.tsx';
import { CaseComments } from '../components/minutes/CaseComments.tsx';
import { CaseMinutesSection } from '../components/minutes/CaseMinutesSection.tsx';
import { MinutesStatusTag } from '../components/minutes/MinutesStatusTag.tsx';
import { VersionsSection } from '../components/minutes/VersionsSection.tsx';
import { WorkflowPanel } from '../components/minutes/WorkflowPanel.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { formatDate, formatPlace } from '../format.ts';
import { useApi, useScrollToHash } from '../hooks.ts';
import type { TMeetingDetail, TMinutes } from '../types.ts';

const deadlineText = (iso: string) => formatOsloDateTime(new Date(iso));

export function MinutesPage() {
  const { meetingId = '' } = useParams();
  const meeting = useApi<TMeetingDetail>(`/meetings/${meetingId}`);
  const loaded = useApi<TMinutes>(`/meetings/${meetingId}/minutes`);
  const m = meeting.data;
  const minutes = loaded.data;
  // A search hit opens the minutes at a case's block (#case-<caseId>, its heading).
  useScrollToHash(Boolean(minutes));

  const crumbs = (
    <Breadcrumbs
      items={[
        { label: 'Forside', to: '/' },
        ...(m ? [{ label: m.councilName, to: `/councils/${m.councilId}` }] : []),
        { label: m ? `Møte ${m.number}` : 'Møtet', to: `/meetings/${meetingId}` },
        { label: 'Referat' },
      ]}
    />
  );

  if (!minutes) {
    return (
      <>
        {crumbs}
        <PageTitle>
          {loaded.error
            ? m
              ? `Referat fra møte ${m.number}`
              : 'Kunne ikke vise referatet'
            : 'Laster referatet …'}
        </PageTitle>
        <MissingMinutes error={loaded.error} meetingId={meetingId} />
      </>
    );
  }

  const save = loaded.setData;

  return (
    <>
      {crumbs}
      <PageTitle>Referat fra møte {minutes.meetingNumber}</PageTitle>
      <dl className="facts">
        {m && (
          <>
            <dt>Dato</dt>
            <dd>{formatDate(m.date)}</dd>
            <dt>Tid</dt>
            <dd>{formatTimeRange(m.startTime, m.endTime)}</dd>
            <dt>Sted</dt>
            <dd>{formatPlace(m)}</dd>
          </>
        )}
        <dt>Status</dt>
        <dd data-testid="minutes-status">
          <MinutesStatusTag status={minutes.status} />
        </dd>
        {minutes.commentDeadline && minutes.status !== 'approved' && (
          <>
            <dt>Merknadsfrist</dt>
            <dd>
              {deadlineText(minutes.commentDeadline)}
              {minutes.deadlinePassed && <span className="muted"> (fristen er ute)</span>}
            </dd>
          </>
        )}
        {minutes.approvedAt && (
          <>
            <dt>Godkjent</dt>
            <dd>
              {formatOsloDateTime(new Date(minutes.approvedAt))}
              {minutes.approvalNote && <div className="muted">{minutes.approvalNote}</div>}
            </dd>
          </>
        )}
        {minutes.approvalCase && (
          <>
            <dt>{minutes.status === 'approved' ? 'Godkjent i' : 'Godkjennes i'}</dt>
            <dd>
              <RouterLink className="ds-link" to={`/cases/${minutes.approvalCase.id}`}>
                Sak {minutes.approvalCase.number}
              </RouterLink>{' '}
              (
              <RouterLink className="ds-link" to={`/meetings/${minutes.approvalCase.meetingId}`}>
                neste møte
              </RouterLink>
              )
            </dd>
          </>
        )}
      </dl>

      <nav aria-label="Last ned referatet" className="downloads">
        <a className="ds-link" href={`/api/minutes/${minutes.id}/minutes.pdf`} download>
          Last ned referatet som PDF
        </a>
        <a className="ds-link" href={`/api/minutes/${minutes.id}/minutes.docx`} download>
          Last ned referatet som Word (DOCX)
        </a>
      </nav>

      <CommentRoundNotice minutes={minutes} />
      <WorkflowPanel minutes={minutes} onChange={save} />

      <section aria-labelledby="attendance-heading" className="section">
        <Heading level={2} data-size="md" id="attendance-heading">
          Til stede og forfall
        </Heading>
        {minutes.canEdit ? (
          <AttendanceEditor key={minutes.id} minutes={minutes} onSaved={save} />
        ) : (
          <AttendanceView attendance={minutes.attendance} />
        )}
      </section>

      <section aria-labelledby="cases-heading" className="section">
        <Heading level={2} data-size="md" id="cases-heading">
          Saker
        </Heading>
        {minutes.cases.length === 0 && <Paragraph>Møtet hadde ingen saker.</Paragraph>}
        {minutes.cases.map((entry) => (
          <CaseMinutesSection key={entry.caseId} minutes={minutes} entry={entry} onChange={save} />
        ))}
      </section>
      {(minutes.canComment || minutes.comments.some((c) => c.caseId === null)) && (
        <section aria-labelledby="general-comments-heading" className="section">
          <Heading level={2} data-size="md" id="general-comments-heading">
            Generelle merknader
          </Heading>
          <CaseComments
            minutes={minutes}
            caseId={null}
            label="referatet generelt"
            headingLevel={3}
            onChange={save}
          />
        </section>
      )}

      <VersionsSection minutes={minutes} />
    </>
  );
}

function CommentRoundNotice({ minutes }: { minutes: TMinutes }) {
  if (minutes.status !== 'circulated' || !minutes.commentDeadline) return null;
  const deadline = deadlineText(minutes.commentDeadline);
  if (minutes.canComment) {
    return (
      <Alert data-color="info" className="block">
        <Paragraph>
          Referatet er sendt på merknadsrunde. Skriv merknadene dine under hver sak innen{' '}
          <strong>{deadline}</strong>.
        </Paragraph>
      </Alert>
    );
  }
  if (minutes.deadlinePassed) {
    return (
      <Alert data-color="warning" className="block">
        <Paragraph>Fristen for merknader gikk ut {deadline}.</Paragraph>
      </Alert>
    );
  }
  return null;
}

function MissingMinutes({ error, meetingId }: { error: unknown; meetingId: string }) {
  if (!error) return null;
  const back = (
    <Paragraph>
      <RouterLink className="ds-link" to={`/meetings/${meetingId}`}>
        Tilbake til møtet
      </RouterLink>
    </Paragraph>
  );
  if (error instanceof ApiError && error.status === 404) {
    return (
      <>
        <Paragraph>Referatet er ikke skrevet ennå.</Paragraph>
        {back}
      </>
    );
  }
  if (error instanceof ApiError && error.status === 403) {
    return (
      <>
        <Alert data-color="info" className="block">
          <Paragraph>
            Du kan ikke se referatet ennå. Medlemmer ser referatet når det er sendt på
            merknadsrunde, observatører når det er godkjent.
          </Paragraph>
        </Alert>
        {back}
      </>
    );
  }
  return (
    <>
      <ErrorAlert error={error} />
      {back}
    </>
  );
}
