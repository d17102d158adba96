import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useParams } from 'react-router-dom';
import { auditActionLabel, auditEntityLabel } from '../../core/audit-labels.ts';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { SearchPager } from '../components/search/SearchPager.tsx';
import { formatDateTime } from '../format.ts';
import { useApi, useUrlFilters } from '../hooks.ts';
import type { TAuditEntry, TAuditPage, TCouncil } from '../types.ts';

const FILTERS = ['from', 'to', 'userId', 'entityType', 'action'] as const;

/** The council's audit log for the secretariat: filters in the address, CSV of the same. */
export function AuditLogPage() {
  const { councilId = '' } = useParams();
  const council = useApi<TCouncil>(`/councils/${councilId}`);
  const { params, query: filterQuery, form, set, submit } = useUrlFilters(FILTERS);
  const page = Number(params.get('page') ?? '1') || 1;
  const log = useApi<TAuditPage>(
    `/councils/${councilId}/audit?${new URLSearchParams([...filterQuery, ['page', `${page}`]])}`,
  );

  const data = log.data;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          { label: council.data?.name ?? 'Rådet', to: `/councils/${councilId}` },
          { label: 'Endringslogg' },
        ]}
      />
      <PageTitle>Endringslogg</PageTitle>
      <Paragraph>Hvem som endret hva i rådet, og når. Nyeste først.</Paragraph>

      <form onSubmit={submit} className="card-section stack" aria-label="Filtrer endringsloggen">
        <div className="row row--end">
          <Textfield
            id="audit-from"
            label="Fra dato"
            type="date"
            value={form.from}
            onChange={set('from')}
          />
          <Textfield
            id="audit-to"
            label="Til dato"
            type="date"
            value={form.to}
            onChange={set('to')}
          />
          <SelectField
            id="audit-user"
            label="Person"
            value={form.userId}
            onChange={set('userId')}
            all="Alle"
            options={(data?.people ?? []).map((p) => [p.id, p.name] as const)}
          />
          <SelectField
            id="audit-entity"
            label="Gjelder"
            value={form.entityType}
            onChange={set('entityType')}
            all="Alt"
            options={(data?.entityTypes ?? []).map((t) => [t, auditEntityLabel(t)] as const)}
          />
          <SelectField
            id="audit-action"
            label="Handling"
            value={form.action}
            onChange={set('action')}
            all="Alle"
            options={(data?.actions ?? []).map((a) => [a, auditActionLabel(a)] as const)}
          />
        </div>
        <div className="actions">
          <Button type="submit">Vis</Button>
          <a
            className="ds-button"
            data-variant="secondary"
            href={`/api/councils/${councilId}/audit.csv?${filterQuery}`}
            download
          >
            Last ned som CSV
          </a>
        </div>
      </form>

      <section aria-labelledby="audit-heading" className="section">
        <Heading level={2} data-size="md" id="audit-heading">
          Hendelser
        </Heading>
        <ErrorAlert error={log.error} />
        {log.loading && <Loading what="endringsloggen" />}
        {data && (
          <Paragraph role="status">
            {data.total === 0 ? 'Ingen hendelser passer med filteret.' : `${data.total} hendelser.`}
          </Paragraph>
        )}
        {data && data.entries.length > 0 && <AuditTable entries={data.entries} />}
        {data && (
          <SearchPager
            page={data.page}
            count={Math.ceil(data.total / data.pageSize)}
            hrefFor={(p) => `?${new URLSearchParams([...filterQuery, ['page', `${p}`]])}`}
          />
        )}
      </section>
    </>
  );
}

function AuditTable({ entries }: { entries: TAuditEntry[] }) {
  return (
    <div className="table-scroll">
      <Table zebra className="full-width" data-testid="audit-entries">
        <caption className="visually-hidden">Hendelser, nyeste først</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Tidspunkt</Table.HeaderCell>
            <Table.HeaderCell>Person</Table.HeaderCell>
            <Table.HeaderCell>Gjelder</Table.HeaderCell>
            <Table.HeaderCell>Handling</Table.HeaderCell>
            <Table.HeaderCell>Endret</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {entries.map((e) => (
            <Table.Row key={e.id}>
              <Table.Cell className="nowrap">{formatDateTime(e.at)}</Table.Cell>
              <Table.Cell>{e.user?.name ?? 'System'}</Table.Cell>
              <Table.Cell>{auditEntityLabel(e.entityType)}</Table.Cell>
              <Table.Cell>{auditActionLabel(e.action)}</Table.Cell>
              <Table.Cell className="small">{Object.keys(e.changes).join(', ') || '–'}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
