import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { formatDateTime, formatShortDate } from '../../format.ts';
import { htmlToText } from '../../richText.ts';
import type { TArea, TGoalChange } from '../../types.ts';

/** The cases linked to the area, newest meeting first, with what the council decided. */
export function LinkedCasesSection({ area }: { area: TArea }) {
  const activity = new Map(area.activities.map((a) => [a.id, a.description]));
  const cases = [...area.cases].sort((a, b) => b.meetingDate.localeCompare(a.meetingDate));
  return (
    <section aria-labelledby="cases-heading" className="section">
      <Heading level={2} data-size="md" id="cases-heading">
        Saker og vedtak
      </Heading>
      {cases.length === 0 ? (
        <Paragraph>Ingen saker er koblet til området ennå.</Paragraph>
      ) : (
        <div className="table-scroll plan-scroll">
          <Table zebra className="full-width plan-table" data-testid="area-cases">
            <caption className="visually-hidden">Saker koblet til {area.title}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">Sak</Table.HeaderCell>
                <Table.HeaderCell scope="col">Møte</Table.HeaderCell>
                <Table.HeaderCell scope="col">Aktivitet</Table.HeaderCell>
                <Table.HeaderCell scope="col">Vedtak</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {cases.map((c) => (
                <Table.Row key={c.linkId}>
                  <Table.Cell>
                    <RouterLink className="ds-link" to={`/cases/${c.caseId}`}>
                      <span className="nowrap">Sak {c.caseNumber}</span> {c.caseTitle}
                    </RouterLink>
                  </Table.Cell>
                  <Table.Cell className="nowrap">
                    <RouterLink className="ds-link" to={`/meetings/${c.meetingId}`}>
                      Møte {c.meetingNumber}
                    </RouterLink>
                    <div className="muted small">{formatShortDate(c.meetingDate)}</div>
                  </Table.Cell>
                  <Table.Cell>
                    {c.activityId ? (activity.get(c.activityId) ?? '–') : 'Hele området'}
                  </Table.Cell>
                  <Table.Cell className="plan-table__text">
                    {c.decision ? (
                      htmlToText(c.decision)
                    ) : (
                      <span className="muted">Ikke vedtatt ennå</span>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}

function Goals({ goals, same }: { goals: TGoalChange['before']; same?: boolean }) {
  return (
    <>
      <p className="plan-history__goal">{goals.overallGoal || '–'}</p>
      {same ? (
        <p className="muted small">Delmålene er uendret.</p>
      ) : (
        goals.subGoals.length > 0 && (
          <ol className="plan-list small">
            {goals.subGoals.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ol>
        )
      )}
    </>
  );
}

/** Every change of the area's goals, newest first: before, after, and the case behind it. */
export function GoalHistorySection({ area }: { area: TArea }) {
  const changes = [...area.goalChanges].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section aria-labelledby="goal-history-heading" className="section">
      <Heading level={2} data-size="md" id="goal-history-heading">
        Endringer i målene
      </Heading>
      {changes.length === 0 ? (
        <Paragraph>Målene er ikke endret siden området ble opprettet.</Paragraph>
      ) : (
        <div className="table-scroll plan-scroll">
          <Table zebra className="full-width plan-table" data-testid="goal-changes">
            <caption className="visually-hidden">Endringer i målene for {area.title}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">Endret</Table.HeaderCell>
                <Table.HeaderCell scope="col">Etter vedtak i</Table.HeaderCell>
                <Table.HeaderCell scope="col">Før</Table.HeaderCell>
                <Table.HeaderCell scope="col">Etter</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {changes.map((g) => (
                <Table.Row key={g.id}>
                  <Table.Cell className="nowrap">
                    {formatDateTime(g.at)}
                    {g.by && <div className="muted small">{g.by}</div>}
                  </Table.Cell>
                  <Table.Cell className="nowrap">
                    {g.caseId ? (
                      <RouterLink className="ds-link" to={`/cases/${g.caseId}`}>
                        Sak {g.caseNumber}
                      </RouterLink>
                    ) : (
                      'Retting'
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <Goals goals={g.before} />
                  </Table.Cell>
                  <Table.Cell>
                    <Goals
                      goals={g.after}
                      same={g.before.subGoals.join('\n') === g.after.subGoals.join('\n')}
                    />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
