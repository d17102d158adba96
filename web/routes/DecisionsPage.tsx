import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { CASE_TYPE_LABELS, CASE_TYPES } from '../../core/case-types.ts';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { MinutesStatusTag } from '../components/minutes/MinutesStatusTag.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { formatShortDate } from '../format.ts';
import { useApi, useUrlFilters } from '../hooks.ts';
import { htmlToText } from '../richText.ts';
import type { TCouncil, TDecision, TMeeting } from '../types.ts';

const FILTERS = ['year', 'meetingId', 'caseType', 'q'] as const;

/** The council's decision register: every recorded decision, searchable. */
export function DecisionsPage() {
  const { councilId = '' } = useParams();
  const council = useApi<TCouncil>(`/councils/${councilId}`);
  const meetings = useApi<TMeeting[]>(`/councils/${councilId}/meetings`);
  const { query: filters, form, set, submit, reset } = useUrlFilters(FILTERS);
  const query = filters.toString();
  const decisions = useApi<TDecision[]>(
    `/councils/${councilId}/decisions${query ? `?${query}` : ''}`,
  );

  const years = [...new Set((meetings.data ?? []).map((m) => m.year))].sort((a, b) => b - a);
  const meetingChoices = (meetings.data ?? []).filter(
    (m) => !form.year || String(m.year) === form.year,
  );
  const councilName = council.data?.name ?? 'Rådet';

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          { label: councilName, to: `/councils/${councilId}` },
          { label: 'Vedtak' },
        ]}
      />
      <PageTitle>Vedtaksregister</PageTitle>
      <Paragraph>
        Rådets vedtak fra godkjente referater. Sekretariatet ser også vedtak i referater som ikke er
        godkjent ennå.
      </Paragraph>

      <form onSubmit={submit} className="card-section stack" aria-label="Søk i vedtak">
        <div className="row row--end">
          <SelectField
            id="filter-year"
            label="År"
            value={form.year}
            onChange={set('year')}
            all="Alle år"
            options={years.map((y) => [String(y), String(y)] as const)}
          />
          <SelectField
            id="filter-meeting"
            label="Møte"
            value={form.meetingId}
            onChange={set('meetingId')}
            all="Alle møter"
            options={meetingChoices.map((m) => [m.id, `Møte ${m.number}`] as const)}
          />
          <SelectField
            id="filter-type"
            label="Type sak"
            value={form.caseType}
            onChange={set('caseType')}
            all="Alle typer"
            options={CASE_TYPES.map((t) => [t, CASE_TYPE_LABELS[t]] as const)}
          />
          <Textfield
            id="filter-q"
            label="Tekst"
            description="Søker i tittel og vedtak"
            value={form.q}
            onChange={set('q')}
          />
        </div>
        <div className="actions">
          <Button type="submit">Søk</Button>
          {query && (
            <Button type="button" variant="tertiary" onClick={reset}>
              Nullstill filter
            </Button>
          )}
        </div>
      </form>

      <section aria-labelledby="results-heading" className="section">
        <Heading level={2} data-size="md" id="results-heading">
          Treff
        </Heading>
        <ErrorAlert error={decisions.error} />
        {decisions.loading && <Loading what="vedtak" />}
        {decisions.data && (
          <Paragraph role="status">
            {decisions.data.length === 0
              ? 'Ingen vedtak passer med søket.'
              : `${decisions.data.length} vedtak.`}
          </Paragraph>
        )}
        {decisions.data && decisions.data.length > 0 && (
          <DecisionTable decisions={decisions.data} />
        )}
      </section>
    </>
  );
}

function DecisionTable({ decisions }: { decisions: TDecision[] }) {
  return (
    <div className="table-scroll">
      <Table zebra className="full-width decisions-table" data-testid="decisions">
        <caption className="visually-hidden">Vedtak, nyeste møte først</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Sak</Table.HeaderCell>
            <Table.HeaderCell>Tittel</Table.HeaderCell>
            <Table.HeaderCell>Møte</Table.HeaderCell>
            <Table.HeaderCell>Vedtak</Table.HeaderCell>
            <Table.HeaderCell>Referat</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {decisions.map((d) => (
            <Table.Row key={d.caseId}>
              <Table.Cell className="nowrap">{d.caseNumber}</Table.Cell>
              <Table.Cell>
                <RouterLink className="ds-link" to={`/cases/${d.caseId}`}>
                  {d.caseTitle}
                </RouterLink>
              </Table.Cell>
              <Table.Cell className="nowrap">
                <RouterLink className="ds-link" to={`/meetings/${d.meetingId}`}>
                  Møte {d.meetingNumber}
                </RouterLink>
                <div className="muted small">{formatShortDate(d.meetingDate)}</div>
              </Table.Cell>
              <Table.Cell>
                {htmlToText(d.decision)}
                {d.postponed && <div className="muted small">Utsatt til neste møte</div>}
              </Table.Cell>
              <Table.Cell>
                <MinutesStatusTag status={d.minutesStatus} />
                <div>
                  <RouterLink
                    className="ds-link"
                    to={`/meetings/${d.meetingId}/minutes`}
                    aria-label={`Referat fra møte ${d.meetingNumber}`}
                  >
                    Referat
                  </RouterLink>
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
