import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { formatLongDate } from '../../../../core/dates.ts';
import type { PublicMeetingSummary } from '../load-public-council.ts';
import { statementsPath } from '../load-public-statements.ts';
import { PublicLayout } from './PublicLayout.tsx';
import { SearchForm } from './SearchView.tsx';

export function CouncilListView({ councils }: { councils: { id: string; name: string }[] }) {
  return (
    <PublicLayout crumbs={[]}>
      <Heading level={1} data-size="lg">
        Offentlig innsyn
      </Heading>
      <Paragraph>
        Møter, saksdokumenter, referater og vedtak fra rådene som bruker Rådsrom.
      </Paragraph>
      <SearchForm />
      <Heading level={2} data-size="md">
        Rådene
      </Heading>
      <ul className="public-list">
        {councils.map((c) => (
          <li key={c.id}>
            <Link href={`/public/councils/${c.id}`}>{c.name}</Link>
          </li>
        ))}
      </ul>
    </PublicLayout>
  );
}

export function CouncilView({
  council,
  meetings,
  today,
}: {
  council: { id: string; name: string; shortName: string };
  meetings: PublicMeetingSummary[];
  today: string;
}) {
  const upcoming = meetings.filter((m) => m.date >= today).reverse();
  const past = meetings.filter((m) => m.date < today);
  return (
    <PublicLayout crumbs={[{ href: '/public', label: 'Offentlig innsyn' }]}>
      <Heading level={1} data-size="lg">
        {council.name}
      </Heading>
      <Paragraph>
        <Link href={statementsPath(council.shortName)}>
          Rådet mener: høringssvar og innspill fra rådet
        </Link>
      </Paragraph>
      <Paragraph>
        <Link href={`/public/councils/${council.id}/feed.atom`}>
          Abonner på nye dokumenter (Atom)
        </Link>
      </Paragraph>
      <MeetingSection
        id="upcoming"
        title="Kommende møter"
        meetings={upcoming}
        empty="Ingen kommende møter er planlagt."
      />
      <MeetingSection
        id="past"
        title="Tidligere møter"
        meetings={past}
        empty="Ingen tidligere møter."
      />
    </PublicLayout>
  );
}

function MeetingSection({
  id,
  title,
  meetings,
  empty,
}: {
  id: string;
  title: string;
  meetings: PublicMeetingSummary[];
  empty: string;
}) {
  return (
    <section className="public-section" aria-labelledby={id}>
      <Heading level={2} data-size="md" id={id}>
        {title}
      </Heading>
      {meetings.length === 0 ? <Paragraph>{empty}</Paragraph> : <MeetingList meetings={meetings} />}
    </section>
  );
}

function MeetingList({ meetings }: { meetings: PublicMeetingSummary[] }) {
  return (
    <ul className="public-list">
      {meetings.map((m) => (
        <li key={m.id}>
          <Link href={`/public/meetings/${m.id}`}>
            Møte {m.number}, {formatLongDate(m.date)}
          </Link>
          <p className="public-meta">
            {[
              m.agendaPublished ? 'Saksliste publisert' : 'Sakslisten publiseres med innkallingen',
              m.minutesPublished ? 'godkjent referat' : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
