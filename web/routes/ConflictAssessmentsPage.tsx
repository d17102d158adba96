import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router-dom';
import { useMe } from '../auth.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { seesAllAssessments } from '../components/conflicts/access.ts';
import { groundText } from '../components/conflicts/format.ts';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { formatShortDate, todayIso } from '../format.ts';
import { useApi } from '../hooks.ts';
import type { TAssessmentOverview, TCouncil } from '../types.ts';

const ALL = 'alle';
type Member = TAssessmentOverview['members'][number];

/** "Habilitetsvurderinger": every recorded assessment per member, for one year or all years. */
export function ConflictAssessmentsPage() {
  const { councilId = '' } = useParams();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const thisYear = todayIso().slice(0, 4);
  const year = params.get('year') ?? thisYear;
  const council = useApi<TCouncil>(`/councils/${councilId}`);
  const overview = useApi<TAssessmentOverview>(
    `/councils/${councilId}/conflict-assessments${year === ALL ? '' : `?year=${year}`}`,
  );
  const [chosen, setChosen] = useState(year);
  useEffect(() => setChosen(year), [year]);
  const seesAll = seesAllAssessments(me, councilId);
  const data = overview.data;
  const years = [...new Set([thisYear, year, ...(data?.years ?? []).map(String)])]
    .filter((y) => y !== ALL)
    .sort((a, b) => b.localeCompare(a));
  const period = year === ALL ? 'alle år' : year;

  function submit(event: FormEvent) {
    event.preventDefault();
    setParams(chosen === thisYear ? new URLSearchParams() : new URLSearchParams({ year: chosen }));
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          { label: council.data?.name ?? 'Rådet', to: `/councils/${councilId}` },
          { label: 'Habilitetsvurderinger' },
        ]}
      />
      <PageTitle>Habilitetsvurderinger</PageTitle>
      <Paragraph>
        {seesAll
          ? 'Rådets vurderinger av medlemmenes habilitet, per medlem. Vurderingene registreres på habilitetssiden til hvert møte.'
          : 'Rådets vurderinger av din habilitet. Du ser bare vurderingene som gjelder deg.'}
      </Paragraph>

      <form onSubmit={submit} className="card-section" aria-label="Velg år">
        <div className="row row--end year-filter">
          <Field>
            <Label htmlFor="overview-year">År</Label>
            <Select id="overview-year" value={chosen} onChange={(e) => setChosen(e.target.value)}>
              {years.map((y) => (
                <Select.Option key={y} value={y}>
                  {y}
                </Select.Option>
              ))}
              <Select.Option value={ALL}>Alle år</Select.Option>
            </Select>
          </Field>
          <Button type="submit">Vis</Button>
        </div>
      </form>

      <section aria-labelledby="summary-heading" className="section">
        <Heading level={2} data-size="md" id="summary-heading">
          {year === ALL ? 'Alle år' : `År ${year}`}
        </Heading>
        <ErrorAlert error={overview.error} />
        {overview.loading && !data && <Loading what="vurderingene" />}
        {data && (
          <Paragraph role="status">
            {data.members.length === 0
              ? `Ingen vurderinger registrert for ${period}.`
              : summaryText(data.members)}
          </Paragraph>
        )}
        {data && data.members.length > 1 && <SummaryTable members={data.members} period={period} />}
      </section>

      {data?.members.map((member) => (
        <section
          key={member.userId}
          aria-labelledby={`member-${member.userId}`}
          className="section"
          data-testid="member-assessments"
        >
          <Heading level={2} data-size="sm" id={`member-${member.userId}`}>
            {member.name}
          </Heading>
          <Paragraph data-size="sm">
            Vurdert i {member.assessed} {member.assessed === 1 ? 'sak' : 'saker'}, inhabil i{' '}
            {member.disqualified}.
          </Paragraph>
          <MemberTable member={member} period={period} />
        </section>
      ))}
    </>
  );
}

function summaryText(members: Member[]) {
  const assessed = members.reduce((n, m) => n + m.assessed, 0);
  const disqualified = members.reduce((n, m) => n + m.disqualified, 0);
  return `${assessed} ${assessed === 1 ? 'vurdering' : 'vurderinger'} av ${members.length} ${
    members.length === 1 ? 'person' : 'personer'
  }, ${disqualified} med inhabilitet.`;
}

function SummaryTable({ members, period }: { members: Member[]; period: string }) {
  return (
    <div className="table-scroll">
      <Table zebra className="summary-table" data-size="sm">
        <caption className="visually-hidden">Antall vurderinger per medlem, {period}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">Medlem</Table.HeaderCell>
            <Table.HeaderCell scope="col">Vurdert</Table.HeaderCell>
            <Table.HeaderCell scope="col">Inhabil</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {members.map((m) => (
            <Table.Row key={m.userId}>
              <Table.HeaderCell scope="row" className="row-header">
                <a className="ds-link" href={`#member-${m.userId}`}>
                  {m.name}
                </a>
              </Table.HeaderCell>
              <Table.Cell>{m.assessed}</Table.Cell>
              <Table.Cell>{m.disqualified}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function MemberTable({ member, period }: { member: Member; period: string }) {
  return (
    <div className="table-scroll">
      <Table zebra className="full-width assessment-overview-table">
        <caption className="visually-hidden">
          Habilitetsvurderinger for {member.name}, {period}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">Møte</Table.HeaderCell>
            <Table.HeaderCell scope="col">Sak</Table.HeaderCell>
            <Table.HeaderCell scope="col">Vurdering</Table.HeaderCell>
            <Table.HeaderCell scope="col">Grunnlag</Table.HeaderCell>
            <Table.HeaderCell scope="col">Begrunnelse</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {member.items.map((i) => (
            <Table.Row key={i.caseId}>
              <Table.Cell className="nowrap">
                <RouterLink className="ds-link" to={`/meetings/${i.meetingId}`}>
                  Møte {i.meetingNumber}
                </RouterLink>
                <div className="muted small">{formatShortDate(i.meetingDate)}</div>
              </Table.Cell>
              <Table.Cell>
                <RouterLink className="ds-link" to={`/cases/${i.caseId}`}>
                  <span className="nowrap">{i.caseNumber}</span> {i.caseTitle}
                </RouterLink>
              </Table.Cell>
              <Table.Cell>{i.disqualified ? <strong>Inhabil</strong> : 'Ikke inhabil'}</Table.Cell>
              <Table.Cell>{groundText(i.ground)}</Table.Cell>
              <Table.Cell>{i.reason || '–'}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
