import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { useApi } from '../hooks.ts';
import type { TFollowUp, TMeeting, TMeetingDetail } from '../types.ts';
import { Loading } from './ErrorAlert.tsx';
import { FollowUpTable } from './FollowUpTable.tsx';

/** The meeting before this one in the council's numbering (year, then number). */
function previousMeeting(all: TMeeting[], meeting: TMeetingDetail): TMeeting | undefined {
  const seq = (m: { year: number; number: string }) =>
    m.year * 1000 + Number.parseInt(m.number, 10);
  return all.filter((m) => seq(m) < seq(meeting)).sort((a, b) => seq(b) - seq(a))[0];
}

/** Links to this meeting's minutes and to the previous meeting's, which this meeting approves. */
export function MeetingMinutesPanel({ meeting }: { meeting: TMeetingDetail }) {
  const meetings = useApi<TMeeting[]>(`/councils/${meeting.councilId}/meetings`);
  const previous = meetings.data ? previousMeeting(meetings.data, meeting) : undefined;
  return (
    <section aria-labelledby="minutes-heading" className="section">
      <Heading level={2} data-size="md" id="minutes-heading">
        Referat
      </Heading>
      <ul className="link-list">
        <li>
          {meeting.status === 'planned' ? (
            <span className="muted">Referatet kan skrives når innkallingen er sendt.</span>
          ) : (
            <RouterLink className="ds-link" to={`/meetings/${meeting.id}/minutes`}>
              Referat fra møte {meeting.number}
            </RouterLink>
          )}
        </li>
        {previous && (
          <li>
            <RouterLink className="ds-link" to={`/meetings/${previous.id}/minutes`}>
              Referat fra møte {previous.number}
            </RouterLink>{' '}
            <span className="muted">(forrige møte; godkjennes i dette møtet)</span>
          </li>
        )}
      </ul>
    </section>
  );
}

/** While the agenda is a draft: what earlier decisions left to follow up, for the next agenda. */
export function OpenFollowUpsPanel({ councilId }: { councilId: string }) {
  const list = useApi<TFollowUp[]>(`/councils/${councilId}/follow-ups?open=true`);
  return (
    <section aria-labelledby="follow-ups-heading" className="section card-section">
      <Heading level={2} data-size="md" id="follow-ups-heading">
        Åpne oppfølgingspunkter
      </Heading>
      <Paragraph data-size="sm">
        Punkter fra tidligere vedtak som kan høre hjemme på denne sakslisten.{' '}
        <RouterLink className="ds-link" to={`/councils/${councilId}/follow-ups`}>
          Alle oppfølgingspunkter
        </RouterLink>
      </Paragraph>
      {list.loading && !list.data && <Loading what="oppfølgingspunkter" />}
      {list.error ? <Paragraph>Kunne ikke hente oppfølgingspunktene.</Paragraph> : null}
      {list.data && list.data.length === 0 && <Paragraph>Ingen åpne oppfølgingspunkter.</Paragraph>}
      {list.data && list.data.length > 0 && (
        <FollowUpTable items={list.data} caption="Åpne oppfølgingspunkter" />
      )}
    </section>
  );
}
