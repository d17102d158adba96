import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { formatTimeRange } from '../../core/dates.ts';
import { api } from '../api.ts';
import { useMe } from '../auth.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { canSeeMeetingConflicts } from '../components/conflicts/access.ts';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { MeetingForm } from '../components/MeetingForm.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { StatusTag } from '../components/StatusTag.tsx';
import { formatDate, formatPlace } from '../format.ts';
import { useApi } from '../hooks.ts';
import type { TCouncil, TMeeting, TMeetingDetail } from '../types.ts';

export type TCouncilWithAccess = TCouncil & { canManage: boolean };

export function CouncilPage() {
  const { councilId = '' } = useParams();
  const navigate = useNavigate();
  const me = useMe();
  const council = useApi<TCouncilWithAccess>(`/councils/${councilId}`);
  const meetings = useApi<TMeeting[]>(`/councils/${councilId}/meetings`);

  if (!council.data) {
    return (
      <>
        <PageTitle>{council.error ? 'Kunne ikke vise rådet' : 'Laster rådet …'}</PageTitle>
        <ErrorAlert error={council.error} />
      </>
    );
  }
  const c = council.data;

  return (
    <>
      <Breadcrumbs items={[{ label: 'Forside', to: '/' }, { label: c.name }]} />
      <PageTitle>{c.name}</PageTitle>
      <nav aria-label="Om rådet">
        <ul className="link-list">
          <li>
            <RouterLink className="ds-link" to={`/councils/${c.id}/decisions`}>
              Vedtaksregister
            </RouterLink>
          </li>
          <li>
            <RouterLink className="ds-link" to={`/councils/${c.id}/follow-ups`}>
              Oppfølgingspunkter
            </RouterLink>
          </li>
          <li>
            <RouterLink className="ds-link" to={`/councils/${c.id}/plans`}>
              Handlingsplan
            </RouterLink>
          </li>
          <li>
            <RouterLink className="ds-link" to={`/councils/${c.id}/monitor`}>
              Monitor
            </RouterLink>
          </li>
          <li>
            <RouterLink className="ds-link" to={`/councils/${c.id}/policy`}>
              Meldinger og høringer
            </RouterLink>
          </li>
          <li>
            <RouterLink className="ds-link" to={`/councils/${c.id}/statements`}>
              Rådet mener
            </RouterLink>
          </li>
          <li>
            <RouterLink className="ds-link" to={`/councils/${c.id}/interests`}>
              Interesser og verv
            </RouterLink>
          </li>
          {canSeeMeetingConflicts(me, c.id) && (
            <li>
              <RouterLink className="ds-link" to={`/councils/${c.id}/conflict-assessments`}>
                Habilitetsvurderinger
              </RouterLink>
            </li>
          )}
          {c.canManage && (
            <li>
              <RouterLink className="ds-link" to={`/councils/${c.id}/organisations`}>
                Organisasjoner
              </RouterLink>
            </li>
          )}
          {c.canManage && (
            <li>
              <RouterLink className="ds-link" to={`/councils/${c.id}/imports`}>
                Importer møtepapirer
              </RouterLink>
            </li>
          )}
          {c.canManage && (
            <li>
              <RouterLink className="ds-link" to={`/councils/${c.id}/settings`}>
                Innstillinger, medlemmer og faste saker
              </RouterLink>
            </li>
          )}
          {c.canManage && (
            <li>
              <RouterLink className="ds-link" to={`/councils/${c.id}/audit`}>
                Endringslogg
              </RouterLink>
            </li>
          )}
        </ul>
      </nav>

      <section aria-labelledby="meetings-heading" className="section">
        <Heading level={2} data-size="md" id="meetings-heading">
          Møter
        </Heading>
        {meetings.loading && !meetings.data && <Loading what="møter" />}
        <ErrorAlert error={meetings.error} />
        {meetings.data && meetings.data.length === 0 && <Paragraph>Ingen møter ennå.</Paragraph>}
        {meetings.data && meetings.data.length > 0 && (
          <div className="table-scroll">
            <Table zebra className="full-width">
              <caption className="visually-hidden">Rådets møter, nyeste først</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Møte</Table.HeaderCell>
                  <Table.HeaderCell>Dato</Table.HeaderCell>
                  <Table.HeaderCell>Tid</Table.HeaderCell>
                  <Table.HeaderCell>Sted</Table.HeaderCell>
                  <Table.HeaderCell>Saker</Table.HeaderCell>
                  <Table.HeaderCell>Status</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {meetings.data.map((m) => (
                  <Table.Row key={m.id}>
                    <Table.Cell>
                      <RouterLink className="ds-link" to={`/meetings/${m.id}`}>
                        Møte {m.number}
                      </RouterLink>
                    </Table.Cell>
                    <Table.Cell>{formatDate(m.date)}</Table.Cell>
                    <Table.Cell>{formatTimeRange(m.startTime, m.endTime)}</Table.Cell>
                    <Table.Cell>{formatPlace(m)}</Table.Cell>
                    <Table.Cell>{m.caseCount}</Table.Cell>
                    <Table.Cell>
                      <StatusTag status={m.status} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>

      {c.canManage && (
        <section aria-labelledby="new-meeting-heading" className="section card-section">
          <Heading level={2} data-size="md" id="new-meeting-heading">
            Nytt møte
          </Heading>
          <Paragraph>Møtet får neste ledige nummer i året.</Paragraph>
          <MeetingForm
            submitLabel="Opprett møte"
            askStandingCases
            onSubmit={async (fields) => {
              const created = await api.post<TMeetingDetail>(`/councils/${c.id}/meetings`, fields);
              navigate(`/meetings/${created.id}`);
            }}
          />
        </section>
      )}
    </>
  );
}
