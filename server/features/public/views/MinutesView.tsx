import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatLongDate, osloToday } from '../../../../core/dates.ts';
import { AttendanceView } from '../../../../web/components/minutes/AttendanceView.tsx';
import type { PublicMinutes } from '../load-public-minutes.ts';
import { Exempt, PublicLayout } from './PublicLayout.tsx';
import { RichText } from './RichText.tsx';

export function MinutesView({ m }: { m: PublicMinutes }) {
  return (
    <PublicLayout
      crumbs={[
        { href: '/public', label: 'Offentlig innsyn' },
        { href: `/public/councils/${m.council.id}`, label: m.council.name },
        { href: `/public/meetings/${m.meeting.id}`, label: `Møte ${m.meeting.number}` },
      ]}
    >
      <Heading level={1} data-size="lg">
        Referat fra møte {m.meeting.number} i {m.council.name}
      </Heading>
      <Paragraph>
        Møtet ble holdt {formatLongDate(m.meeting.date)}.
        {m.approvedAt && ` Referatet ble godkjent ${formatLongDate(osloToday(m.approvedAt))}.`}
      </Paragraph>
      <Heading level={2} data-size="md">
        Til stede
      </Heading>
      <AttendanceView attendance={m.attendance} />
      {m.cases.map((c) => (
        <section key={c.caseId} id={`case-${c.caseId}`} className="public-section">
          <Heading level={2} data-size="sm">
            Sak {c.number}: {c.title}
          </Heading>
          {c.notParticipating.length > 0 && (
            <Paragraph>
              Deltok ikke i behandlingen (inhabil): {c.notParticipating.join(', ')}.
            </Paragraph>
          )}
          {c.exemptionBasis && !c.decision ? (
            <Exempt basis={c.exemptionBasis} what="Behandlingen av saken" />
          ) : (
            <>
              {c.discussion && <RichText html={c.discussion} />}
              <Heading level={3} data-size="xs">
                Vedtak
              </Heading>
              {c.postponed ? (
                <Paragraph>
                  Saken ble utsatt
                  {c.carriedOverTo ? ` og behandlet som sak ${c.carriedOverTo}` : ''}.
                </Paragraph>
              ) : (
                <RichText html={c.decision} />
              )}
            </>
          )}
        </section>
      ))}
    </PublicLayout>
  );
}

export function NotFoundView({ message }: { message: string }) {
  return (
    <PublicLayout crumbs={[{ href: '/public', label: 'Offentlig innsyn' }]}>
      <Heading level={1} data-size="lg">
        Fant ikke siden
      </Heading>
      <Paragraph>{message}</Paragraph>
    </PublicLayout>
  );
}
