import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useMe } from '../auth.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { CaseConflicts, caseSectionId } from '../components/conflicts/CaseConflicts.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useApi } from '../hooks.ts';
import type { TMeetingConflicts, TMeetingDetail } from '../types.ts';

/**
 * "Habilitet – møte N/YYYY": per case what Rådsrom proposes, what members have declared and
 * what the council decided. Chair and secretariat see all and record; a member sees their own.
 */
export function MeetingConflictsPage() {
  const { meetingId = '' } = useParams();
  const me = useMe();
  const meeting = useApi<TMeetingDetail>(`/meetings/${meetingId}`);
  const loaded = useApi<TMeetingConflicts>(`/meetings/${meetingId}/conflicts`);
  const m = meeting.data;
  const view = loaded.data;
  const title = m ? `Habilitet – møte ${m.number}` : 'Habilitet';

  const crumbs = (
    <Breadcrumbs
      items={[
        { label: 'Forside', to: '/' },
        ...(m ? [{ label: m.councilName, to: `/councils/${m.councilId}` }] : []),
        { label: m ? `Møte ${m.number}` : 'Møtet', to: `/meetings/${meetingId}` },
        { label: 'Habilitet' },
      ]}
    />
  );

  if (!view || !m) {
    const error = loaded.error ?? meeting.error;
    return (
      <>
        {crumbs}
        <PageTitle>
          {error ? 'Kunne ikke vise habilitet for møtet' : 'Laster habilitet …'}
        </PageTitle>
        <ErrorAlert error={error} />
      </>
    );
  }

  const conflictCase = view.cases.find((c) => c.isConflictCase);
  const cases = view.cases.filter((c) => !c.isConflictCase);

  return (
    <>
      {crumbs}
      <PageTitle>{title}</PageTitle>
      {view.seesAll ? (
        <Paragraph>
          Rådsrom sammenligner medlemmenes registrerte interesser med saksframleggene, vedleggene og
          de berørte partene i hver sak. Treffene er <strong>forslag, ikke avgjørelser</strong>.
          Rådet vurderer habiliteten i møtet etter forvaltningsloven § 6, og lederen eller
          sekretariatet registrerer vurderingen her. Et medlem som er inhabilt, fratrer under
          behandlingen av saken, og det står i referatet.
        </Paragraph>
      ) : (
        <Paragraph>
          Her ser du treff på dine registrerte interesser i møtets saker, og rådets vurdering av
          deg. Treffene er forslag, ikke avgjørelser. Mener du at du kan være inhabil i en sak,
          melder du fra før møtet.
        </Paragraph>
      )}

      <ClosedNotices view={view} />

      {view.seesAll && (
        <section
          aria-labelledby="decision-heading"
          className="decision-box"
          data-testid="conflict-decision"
        >
          <Heading level={2} data-size="sm" id="decision-heading">
            Vedtak i «Spørsmål om habilitet»
          </Heading>
          {view.decisionLines.map((line) => (
            <Paragraph key={line}>{line}</Paragraph>
          ))}
          <Paragraph data-size="sm" className="muted">
            Vedtaket skrives fra vurderingene som er registrert
            {conflictCase ? (
              <>
                {' '}
                og står i{' '}
                <RouterLink className="ds-link" to={`/cases/${conflictCase.caseId}`}>
                  sak {conflictCase.number}
                </RouterLink>
                .
              </>
            ) : (
              '. Møtet har ingen sak «Spørsmål om habilitet» på sakslisten.'
            )}
          </Paragraph>
        </section>
      )}

      {view.seesAll && cases.length > 0 && <Overview cases={cases} />}

      {cases.length === 0 && <Paragraph>Møtet har ingen saker å vurdere ennå.</Paragraph>}
      {cases.map((entry) => (
        <CaseConflicts
          key={entry.caseId}
          view={view}
          entry={entry}
          meId={me.id}
          onChange={loaded.setData}
        />
      ))}
    </>
  );
}

function ClosedNotices({ view }: { view: TMeetingConflicts }) {
  return (
    <>
      {!view.assessmentsOpen && (
        <Alert data-color="info" className="block">
          <Paragraph>
            Referatet fra møtet er godkjent, og habilitetsvurderingene er låst sammen med det.
          </Paragraph>
        </Alert>
      )}
      {view.canDeclare && !view.declarationsOpen && (
        <Alert data-color="info" className="block">
          <Paragraph>
            Møtet er holdt, så du kan ikke lenger melde mulig inhabilitet her. Ta det opp med
            sekretariatet.
          </Paragraph>
        </Alert>
      )}
    </>
  );
}

/** Per case: how many proposals, declarations and assessments, linking to the case below. */
function Overview({ cases }: { cases: TMeetingConflicts['cases'] }) {
  return (
    <section aria-labelledby="overview-heading" className="section">
      <Heading level={2} data-size="sm" id="overview-heading">
        Oversikt
      </Heading>
      <div className="table-scroll">
        <Table className="full-width conflict-overview" data-size="sm">
          <caption className="visually-hidden">Forslag, meldinger og vurderinger per sak</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">Sak</Table.HeaderCell>
              <Table.HeaderCell scope="col">Foreslått</Table.HeaderCell>
              <Table.HeaderCell scope="col">Meldt</Table.HeaderCell>
              <Table.HeaderCell scope="col">Vurdert</Table.HeaderCell>
              <Table.HeaderCell scope="col">Inhabile</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {cases.map((c) => {
              const proposed = new Set(c.proposals.map((p) => p.userId));
              const disqualified = c.assessments.filter((a) => a.disqualified);
              return (
                <Table.Row key={c.caseId}>
                  <Table.HeaderCell scope="row" className="row-header">
                    <a className="ds-link" href={`#${caseSectionId(c.caseId)}`}>
                      <span className="nowrap">{c.number}</span> {c.title}
                    </a>
                  </Table.HeaderCell>
                  <Table.Cell>{proposed.size || '–'}</Table.Cell>
                  <Table.Cell>{c.declarations.length || '–'}</Table.Cell>
                  <Table.Cell>{c.assessments.length || '–'}</Table.Cell>
                  <Table.Cell>
                    {disqualified.length ? disqualified.map((a) => a.userName).join(', ') : '–'}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}
