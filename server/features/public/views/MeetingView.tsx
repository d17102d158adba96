import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { formatLongDate, formatTimeRange } from '../../../../core/dates.ts';
import type { PublicMeeting } from '../load-public-meeting.ts';
import { PublicLayout } from './PublicLayout.tsx';

export function MeetingView({
  council,
  meeting,
  agendaPublished,
  minutesPublished,
  agenda,
}: PublicMeeting) {
  return (
    <PublicLayout
      crumbs={[
        { href: '/public', label: 'Offentlig innsyn' },
        { href: `/public/councils/${council.id}`, label: council.name },
      ]}
    >
      <Heading level={1} data-size="lg">
        Møte {meeting.number} i {council.name}
      </Heading>
      <dl className="facts">
        <dt>Dato</dt>
        <dd>{formatLongDate(meeting.date)}</dd>
        <dt>Tid</dt>
        <dd>{formatTimeRange(meeting.startTime, meeting.endTime)}</dd>
        <dt>Sted</dt>
        <dd>{meeting.place}</dd>
      </dl>
      {minutesPublished && (
        <Paragraph>
          <Link href={`/public/meetings/${meeting.id}/minutes`}>Les det godkjente referatet</Link>
        </Paragraph>
      )}
      <Heading level={2} data-size="md">
        Saksliste
      </Heading>
      {!agendaPublished ? (
        <Paragraph>Sakslisten publiseres når innkallingen er sendt.</Paragraph>
      ) : agenda.length === 0 ? (
        <Paragraph>Møtet har ingen saker.</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table zebra className="full-width">
            <caption className="visually-hidden">Saksliste for møte {meeting.number}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Saksnr.</Table.HeaderCell>
                <Table.HeaderCell>Sak</Table.HeaderCell>
                <Table.HeaderCell>Offentlighet</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {agenda.map((c) => (
                <Table.Row key={c.id}>
                  <Table.Cell>{c.number}</Table.Cell>
                  <Table.Cell>
                    <Link href={`/public/cases/${c.id}`}>{c.title}</Link>
                  </Table.Cell>
                  <Table.Cell>
                    {c.exemptionBasis ? (
                      <Tag data-color="warning">Unntatt offentlighet, {c.exemptionBasis}</Tag>
                    ) : (
                      'Offentlig'
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </PublicLayout>
  );
}
