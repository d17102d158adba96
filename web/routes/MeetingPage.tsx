import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { formatTimeRange } from '../../core/dates.ts';
import { MEETING_STATUS_LABELS, type MeetingStatus } from '../../core/meeting-status.ts';
import { api } from '../api.ts';
import { useMe } from '../auth.tsx';
import { AddCaseForm } from '../components/AddCaseForm.tsx';
import { AgendaTable } from '../components/AgendaTable.tsx';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { CarryOverForm } from '../components/CarryOverForm.tsx';
import { canSeeMeetingConflicts } from '../components/conflicts/access.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { MeetingForm } from '../components/MeetingForm.tsx';
import { MeetingMinutesPanel, OpenFollowUpsPanel } from '../components/MeetingMinutesPanel.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { StatusTag } from '../components/StatusTag.tsx';
import { formatDate, formatPlace, LOCATION_KIND_LABELS } from '../format.ts';
import { useApi } from '../hooks.ts';
import type { TMeetingDetail } from '../types.ts';

/** What the button says for each move in the workflow. */
const STATUS_ACTIONS: Record<MeetingStatus, string> = {
  planned: 'Trekk tilbake innkallingen (tilbake til planlagt)',
  notice_sent: 'Marker innkallingen som sendt',
  held: 'Marker møtet som avholdt',
  minutes_approved: 'Marker referatet som godkjent',
};

export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const loaded = useApi<TMeetingDetail>(`/meetings/${meetingId}`);
  const announce = useAnnounce();
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const [statusError, setStatusError] = useState<unknown>();

  const m = loaded.data;
  if (!m) {
    return (
      <>
        <PageTitle>{loaded.error ? 'Kunne ikke vise møtet' : 'Laster møtet …'}</PageTitle>
        <ErrorAlert error={loaded.error} />
      </>
    );
  }

  async function changeStatus(meeting: TMeetingDetail, status: MeetingStatus) {
    setStatusError(undefined);
    try {
      const next = await api.post<TMeetingDetail>(`/meetings/${meeting.id}/status`, {
        status,
        version: meeting.version,
      });
      loaded.setData(next);
      announce(`Status er endret til ${MEETING_STATUS_LABELS[next.status]}.`);
    } catch (e) {
      setStatusError(e);
    }
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          { label: m.councilName, to: `/councils/${m.councilId}` },
          { label: `Møte ${m.number}` },
        ]}
      />
      <PageTitle>Møte {m.number}</PageTitle>

      <section aria-labelledby="facts-heading" className="section">
        <Heading level={2} data-size="md" id="facts-heading">
          Møteopplysninger
        </Heading>
        {editing ? (
          <MeetingForm
            initial={m}
            submitLabel="Lagre endringer"
            onCancel={() => setEditing(false)}
            onSubmit={async (fields) => {
              const next = await api.put<TMeetingDetail>(`/meetings/${m.id}`, {
                ...fields,
                version: m.version,
              });
              loaded.setData(next);
              setEditing(false);
              announce('Møteopplysningene er lagret.');
            }}
          />
        ) : (
          <>
            <dl className="facts">
              <dt>Dato</dt>
              <dd>{formatDate(m.date)}</dd>
              <dt>Tid</dt>
              <dd>{formatTimeRange(m.startTime, m.endTime)}</dd>
              <dt>Type møte</dt>
              <dd>{LOCATION_KIND_LABELS[m.locationKind]}</dd>
              <dt>Sted</dt>
              <dd>{formatPlace(m)}</dd>
              {m.link && (
                <>
                  <dt>Lenke</dt>
                  <dd>
                    <a className="ds-link" href={m.link}>
                      {m.link}
                    </a>
                  </dd>
                </>
              )}
              <dt>Status</dt>
              <dd>
                <StatusTag status={m.status} />
                {m.agendaIsDraft ? (
                  <span className="muted"> Sakslisten er et utkast; saksnumrene kan endres.</span>
                ) : (
                  <span className="muted"> Saksnumrene er låst.</span>
                )}
              </dd>
            </dl>
            {m.canEdit && (
              <Button variant="secondary" onClick={() => setEditing(true)}>
                Endre møteopplysninger
              </Button>
            )}
          </>
        )}
        {m.canEdit && m.nextStatuses.length > 0 && (
          <div className="stack block">
            <Heading level={3} data-size="xs">
              Endre status
            </Heading>
            <ErrorAlert error={statusError} />
            <div className="actions">
              {m.nextStatuses.map((s) => (
                <Button key={s} variant="secondary" onClick={() => changeStatus(m, s)}>
                  {STATUS_ACTIONS[s]}
                </Button>
              ))}
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="docs-heading" className="section">
        <Heading level={2} data-size="md" id="docs-heading">
          Dokumenter
        </Heading>
        <ul className="link-list">
          <li>
            <a className="ds-link" href={`/api/meetings/${m.id}/notice.pdf`} download>
              Last ned innkalling og saksliste (PDF)
            </a>
          </li>
          <li>
            <a className="ds-link" href={`/api/meetings/${m.id}/meeting-book.pdf`} download>
              Last ned møtebok med saksframlegg og vedlegg (PDF)
            </a>
          </li>
          <li>
            <RouterLink className="ds-link" to={`/meetings/${m.id}/plan-status`}>
              Status for handlingsplanen
            </RouterLink>
          </li>
          <li>
            <RouterLink className="ds-link" to={`/meetings/${m.id}/policy-overview`}>
              Oversikt meldinger og strategier
            </RouterLink>
          </li>
        </ul>
      </section>

      {canSeeMeetingConflicts(me, m.councilId) && (
        <section aria-labelledby="conflicts-heading" className="section">
          <Heading level={2} data-size="md" id="conflicts-heading">
            Habilitet
          </Heading>
          <Paragraph>
            Forslag til mulig inhabilitet ut fra medlemmenes registrerte interesser, meldinger fra
            medlemmene og rådets vurderinger.
          </Paragraph>
          <RouterLink className="ds-link" to={`/meetings/${m.id}/conflicts`}>
            Habilitet i møte {m.number}
          </RouterLink>
        </section>
      )}

      <MeetingMinutesPanel meeting={m} />

      <section aria-labelledby="agenda-heading" className="section">
        <Heading level={2} data-size="md" id="agenda-heading" tabIndex={-1}>
          Saksliste
        </Heading>
        <AgendaTable meeting={m} onChange={loaded.setData} />
      </section>

      {m.agendaIsDraft && <OpenFollowUpsPanel councilId={m.councilId} />}

      {m.canEdit && (
        <>
          <section aria-labelledby="add-case-heading" className="section card-section">
            <Heading level={2} data-size="md" id="add-case-heading">
              Legg til sak
            </Heading>
            <AddCaseForm meetingId={m.id} onAdded={() => loaded.reload()} />
          </section>
          <section aria-labelledby="carry-heading" className="section card-section">
            <Heading level={2} data-size="md" id="carry-heading">
              Overfør sak til et annet møte
            </Heading>
            <Paragraph>
              Saken blir lagt til på det andre møtet med henvisning til denne saken.
            </Paragraph>
            <CarryOverForm meeting={m} />
          </section>
        </>
      )}
    </>
  );
}
