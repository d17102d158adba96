import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { COUNCIL_ROLE_LABELS } from '../../core/roles.ts';
import { useMe } from '../auth.tsx';
import { CreateCouncilForm } from '../components/CreateCouncilForm.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { MeetingListItem } from '../components/MeetingLink.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { todayIso } from '../format.ts';
import { useApi } from '../hooks.ts';
import type { TMeCouncil, TMeeting } from '../types.ts';

const PAST_SHOWN = 5;

export function HomePage() {
  const me = useMe();
  return (
    <>
      <PageTitle title="Mine råd">Velkommen, {me.name}</PageTitle>
      {me.councils.length === 0 ? (
        <Paragraph>Du er ikke medlem av noe råd ennå. Kontakt sekretariatet.</Paragraph>
      ) : (
        me.councils.map((council) => <CouncilOverview key={council.id} council={council} />)
      )}
      {me.isSystemAdmin && <CreateCouncilForm />}
    </>
  );
}

function CouncilOverview({ council }: { council: TMeCouncil }) {
  const meetings = useApi<TMeeting[]>(`/councils/${council.id}/meetings`);
  const today = todayIso();
  const all = meetings.data ?? [];
  const upcoming = all.filter((m) => m.date >= today).reverse();
  const past = all.filter((m) => m.date < today).slice(0, PAST_SHOWN);
  const headingId = `council-${council.id}`;

  return (
    <section className="card-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="md" id={headingId}>
        <RouterLink className="ds-link" to={`/councils/${council.id}`}>
          {council.name}
        </RouterLink>
      </Heading>
      <Paragraph data-size="sm" className="muted">
        Din rolle: {council.roles.map((r) => COUNCIL_ROLE_LABELS[r]).join(', ')}
      </Paragraph>
      {meetings.loading && <Loading what="møter" />}
      <ErrorAlert error={meetings.error} />
      {meetings.data && (
        <div className="two-columns">
          <div>
            <Heading level={3} data-size="xs">
              Kommende møter
            </Heading>
            {upcoming.length ? (
              <ul className="meeting-list">
                {upcoming.map((m) => (
                  <MeetingListItem key={m.id} meeting={m} />
                ))}
              </ul>
            ) : (
              <Paragraph>Ingen kommende møter.</Paragraph>
            )}
          </div>
          <div>
            <Heading level={3} data-size="xs">
              Tidligere møter
            </Heading>
            {past.length ? (
              <ul className="meeting-list">
                {past.map((m) => (
                  <MeetingListItem key={m.id} meeting={m} />
                ))}
              </ul>
            ) : (
              <Paragraph>Ingen tidligere møter.</Paragraph>
            )}
          </div>
        </div>
      )}
      <Paragraph>
        <RouterLink className="ds-link" to={`/councils/${council.id}`}>
          Alle møter i {council.shortName}
        </RouterLink>
      </Paragraph>
    </section>
  );
}
