import '../monitor-editor.css';
import { Button, Details, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useMe } from '../auth.tsx';
import { Breadcrumbs, type Crumb } from '../components/Breadcrumbs.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { ChangesView } from '../components/monitor/ChangesView.tsx';
import { CubeSummaryView } from '../components/monitor/CubeSummaryView.tsx';
import {
  canEditMonitor,
  count,
  roleLabel,
  sourceLabel,
} from '../components/monitor/monitorText.ts';
import { useDatasetCouncil } from '../components/monitor/useDatasetCouncil.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { formatDateTime } from '../format.ts';
import { useApi } from '../hooks.ts';
import type { TDatasetDetail } from '../types.ts';

/**
 * One dataset of the monitor: what it is, its dimensions and categories as the current version
 * has them, and every version with what it changed. Editors update it with a new file.
 */
export function MonitorDatasetPage() {
  const { datasetId = '' } = useParams();
  const me = useMe();
  const dataset = useApi<TDatasetDetail>(`/monitor/datasets/${datasetId}`);
  const councilId = useDatasetCouncil(datasetId);
  const council = me.councils.find((c) => c.id === councilId);
  const d = dataset.data;
  const crumbs: Crumb[] = [
    { label: 'Forside', to: '/' },
    ...(councilId
      ? [
          { label: council?.name ?? 'Rådet', to: `/councils/${councilId}` },
          { label: 'Monitor', to: `/councils/${councilId}/monitor` },
        ]
      : []),
    { label: d?.title ?? 'Datasett' },
  ];

  if (!d) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <PageTitle>
          {dataset.error ? 'Kunne ikke vise datasettet' : 'Laster datasettet …'}
        </PageTitle>
        <ErrorAlert error={dataset.error} />
      </>
    );
  }
  const canEdit = councilId ? canEditMonitor(me, councilId) : false;
  const labels = Object.fromEntries((d.cube?.dimensions ?? []).map((x) => [x.id, x.label]));

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageTitle>{d.title}</PageTitle>
      {d.isDemo && (
        <Paragraph className="block">
          <Tag data-color="warning" data-size="sm">
            Demodata
          </Tag>{' '}
          Tallene er ikke offisiell statistikk.
        </Paragraph>
      )}
      {d.description && <Paragraph className="block">{d.description}</Paragraph>}
      <dl className="facts">
        <dt>Kilde</dt>
        <dd>{sourceLabel(d.source, d.pxTableId)}</dd>
        <dt>Kildelinje</dt>
        <dd>{d.sourceText || <span className="muted">Ikke skrevet</span>}</dd>
        <dt>Gjeldende versjon</dt>
        <dd>{d.currentVersion}</dd>
        <dt>Celler</dt>
        <dd>
          {d.cells.toLocaleString('nb-NO')} ({count(d.missing, 'uten verdi', 'uten verdi')})
        </dd>
        <dt>Indikatorer</dt>
        <dd>{d.indicatorCount}</dd>
        <dt>Oppdatert</dt>
        <dd>{formatDateTime(d.updatedAt)}</dd>
      </dl>
      {canEdit && (
        <div className="actions">
          <Button asChild>
            <RouterLink to={`/monitor/datasets/${d.id}/import`}>Oppdater med ny fil</RouterLink>
          </Button>
          <Button asChild variant="secondary">
            <RouterLink to={`/councils/${councilId}/monitor/indicators/new?datasett=${d.id}`}>
              Ny indikator fra datasettet
            </RouterLink>
          </Button>
        </div>
      )}

      <section aria-labelledby="dataset-cube-heading" className="section">
        <Heading level={2} data-size="md" id="dataset-cube-heading">
          Tallene i gjeldende versjon
        </Heading>
        {d.cube ? (
          <CubeSummaryView cube={d.cube} idPrefix="dataset" />
        ) : (
          <Paragraph>Datasettet har ingen tall ennå.</Paragraph>
        )}
      </section>

      {d.cube && d.cube.dimensions.length > 0 && (
        <section aria-labelledby="dataset-categories-heading" className="section">
          <Heading level={2} data-size="md" id="dataset-categories-heading">
            Dimensjoner og kategorier
          </Heading>
          {d.cube.dimensions.map((dim) => (
            <Details key={dim.id} data-testid="dataset-dimension">
              <Details.Summary>
                {dim.label} ({count(dim.size, 'kategori', 'kategorier')}, rolle:{' '}
                {roleLabel(dim.role).toLocaleLowerCase('nb-NO')})
              </Details.Summary>
              <Details.Content>
                <Paragraph data-size="sm" className="muted">
                  Id: <code>{dim.id}</code>
                  {dim.categories.length < dim.size &&
                    ` – viser de første ${dim.categories.length} av ${dim.size}.`}
                </Paragraph>
                <ul className="monitor-categories">
                  {dim.categories.map((c) => (
                    <li key={c.id}>
                      {c.label}
                      {c.label !== c.id && (
                        <span className="muted">
                          {' '}
                          (<code>{c.id}</code>)
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </Details.Content>
            </Details>
          ))}
        </section>
      )}

      <section aria-labelledby="dataset-versions-heading" className="section">
        <Heading level={2} data-size="md" id="dataset-versions-heading">
          Versjoner
        </Heading>
        {d.versions.length === 0 ? (
          <Paragraph>Ingen versjoner er lagret.</Paragraph>
        ) : (
          <div className="table-scroll">
            <Table zebra className="full-width" data-testid="dataset-versions">
              <caption className="visually-hidden">Datasettets versjoner, nyeste først</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">Versjon</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Fil</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Importert</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Celler</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Endringer</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {d.versions.map((v) => (
                  <Table.Row key={v.number}>
                    <Table.HeaderCell scope="row" className="row-header">
                      {v.number}
                      {v.number === d.currentVersion && (
                        <span className="muted small"> (gjeldende)</span>
                      )}
                    </Table.HeaderCell>
                    <Table.Cell>{v.fileName}</Table.Cell>
                    <Table.Cell>
                      {formatDateTime(v.importedAt)}
                      {v.importedBy && <span className="muted small"> av {v.importedBy}</span>}
                    </Table.Cell>
                    <Table.Cell className="monitor-number">
                      {v.cells.toLocaleString('nb-NO')}
                      <span className="muted small"> ({v.missing} uten verdi)</span>
                    </Table.Cell>
                    <Table.Cell>
                      {v.changes ? (
                        <ChangesView changes={v.changes} labels={labels} compact />
                      ) : (
                        <span className="muted">Første versjon</span>
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}
