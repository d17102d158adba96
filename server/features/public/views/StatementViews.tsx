import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { formatLongDate } from '../../../../core/dates.ts';
import { STATEMENT_KIND_LABELS } from '../../../../core/policy.ts';
import {
  type PublicCouncilRef,
  type PublicStatement,
  type PublicStatementSummary,
  statementPath,
  statementsPath,
} from '../load-public-statements.ts';
import { Exempt, PublicLayout } from './PublicLayout.tsx';
import { RichText } from './RichText.tsx';

const councilCrumbs = (council: PublicCouncilRef) => [
  { href: '/public', label: 'Offentlig innsyn' },
  { href: `/public/councils/${council.id}`, label: council.name },
];

/** "Rådet mener": the council's sent statements, newest first. */
export function StatementListView({
  council,
  statements,
}: {
  council: PublicCouncilRef;
  statements: PublicStatementSummary[];
}) {
  return (
    <PublicLayout crumbs={councilCrumbs(council)}>
      <Heading level={1} data-size="lg">
        Rådet mener
      </Heading>
      <Paragraph>
        Høringssvar, innspill, brev og kronikker fra {council.name}, nyeste først.
      </Paragraph>
      {statements.length === 0 ? (
        <Paragraph>Rådet har ikke publisert noen innspill ennå.</Paragraph>
      ) : (
        <ul className="public-list" data-testid="statements">
          {statements.map((s) => (
            <li key={s.id}>
              <Heading level={2} data-size="xs">
                <Link href={statementPath(council.shortName, s.id)}>{s.title}</Link>
              </Heading>
              <p className="public-meta">
                {STATEMENT_KIND_LABELS[s.kind]}, sendt {formatLongDate(s.sentOn)}
                {s.answers && <> · Gjelder {s.answers}</>}
              </p>
              {s.exemptionBasis ? (
                <Exempt basis={s.exemptionBasis} what="Teksten" />
              ) : (
                s.summary && <Paragraph>{s.summary}</Paragraph>
              )}
            </li>
          ))}
        </ul>
      )}
    </PublicLayout>
  );
}

/** One statement: its facts and its text, exempt passages replaced by their legal basis. */
export function StatementView({
  council,
  statement: s,
}: {
  council: PublicCouncilRef;
  statement: PublicStatement;
}) {
  return (
    <PublicLayout
      crumbs={[
        ...councilCrumbs(council),
        { href: statementsPath(council.shortName), label: 'Rådet mener' },
      ]}
    >
      <Heading level={1} data-size="lg">
        {s.title}
      </Heading>
      <dl className="facts">
        <dt>Type</dt>
        <dd>{STATEMENT_KIND_LABELS[s.kind]}</dd>
        <dt>Sendt</dt>
        <dd>{formatLongDate(s.sentOn)}</dd>
        <dt>Fra</dt>
        <dd>{council.name}</dd>
        {s.answers && (
          <>
            <dt>Gjelder</dt>
            <dd>{s.answers}</dd>
          </>
        )}
      </dl>
      {s.exemptionBasis ? (
        <Exempt basis={s.exemptionBasis} what="Teksten" />
      ) : (
        <>
          {s.summary && (
            <Paragraph data-size="lg" className="public-section">
              {s.summary}
            </Paragraph>
          )}
          {s.body && (
            <section className="public-section" aria-label="Innspillet">
              <RichText html={s.body} />
            </section>
          )}
        </>
      )}
      <Paragraph>
        <Link href={statementsPath(council.shortName)}>Alle innspill fra rådet</Link>
      </Paragraph>
    </PublicLayout>
  );
}
