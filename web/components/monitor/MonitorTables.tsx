import { Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { THEME_LABELS } from '../../../core/monitor/indicators.ts';
import { formatDateTime } from '../../format.ts';
import type { TDataset, TIndicator } from '../../types.ts';
import { sourceLabel } from './monitorText.ts';

export const DemoTag = () => (
  <Tag data-color="warning" data-size="sm" className="monitor-demo-tag">
    Demodata
  </Tag>
);

/** The council's datasets: where the numbers come from, how many, and what uses them. */
export function DatasetTable({ datasets }: { datasets: TDataset[] }) {
  return (
    <div className="table-scroll">
      <Table zebra className="full-width" data-testid="monitor-datasets">
        <caption className="visually-hidden">Datasettene i monitoren, etter tittel</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">Datasett</Table.HeaderCell>
            <Table.HeaderCell scope="col">Kilde</Table.HeaderCell>
            <Table.HeaderCell scope="col">Versjon</Table.HeaderCell>
            <Table.HeaderCell scope="col">Celler (uten verdi)</Table.HeaderCell>
            <Table.HeaderCell scope="col">Indikatorer</Table.HeaderCell>
            <Table.HeaderCell scope="col">Oppdatert</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {datasets.map((d) => (
            <Table.Row key={d.id}>
              <Table.HeaderCell scope="row" className="row-header">
                <RouterLink className="ds-link" to={`/monitor/datasets/${d.id}`}>
                  {d.title}
                </RouterLink>{' '}
                {d.isDemo && <DemoTag />}
              </Table.HeaderCell>
              <Table.Cell>
                {sourceLabel(d.source, d.pxTableId)}
                {d.sourceText && <div className="muted small">{d.sourceText}</div>}
              </Table.Cell>
              <Table.Cell className="monitor-number">{d.currentVersion}</Table.Cell>
              <Table.Cell className="monitor-number">
                {d.cells.toLocaleString('nb-NO')} ({d.missing.toLocaleString('nb-NO')})
              </Table.Cell>
              <Table.Cell className="monitor-number">{d.indicatorCount}</Table.Cell>
              <Table.Cell>{formatDateTime(d.updatedAt)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** The council's indicators in their order, with where each is shown to the public. */
export function IndicatorTable({
  indicators,
  shortName,
}: {
  indicators: TIndicator[];
  shortName: string | undefined;
}) {
  return (
    <div className="table-scroll">
      <Table zebra className="full-width" data-testid="monitor-indicators">
        <caption className="visually-hidden">Indikatorene i monitoren, i rekkefølge</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">Indikator</Table.HeaderCell>
            <Table.HeaderCell scope="col">Tema</Table.HeaderCell>
            <Table.HeaderCell scope="col">Datasett</Table.HeaderCell>
            <Table.HeaderCell scope="col">Publisert</Table.HeaderCell>
            <Table.HeaderCell scope="col">Offentlig side</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {indicators.map((i) => (
            <Table.Row key={i.id}>
              <Table.HeaderCell scope="row" className="row-header">
                <RouterLink className="ds-link" to={`/monitor/indicators/${i.id}`}>
                  {i.title}
                </RouterLink>{' '}
                {i.isDemo && <DemoTag />}
              </Table.HeaderCell>
              <Table.Cell>{THEME_LABELS[i.theme]}</Table.Cell>
              <Table.Cell>
                <RouterLink className="ds-link" to={`/monitor/datasets/${i.datasetId}`}>
                  {i.datasetTitle}
                </RouterLink>
              </Table.Cell>
              <Table.Cell>
                {i.published ? (
                  <Tag data-color="success" data-size="sm">
                    Ja
                  </Tag>
                ) : (
                  <Tag data-color="neutral" data-size="sm">
                    Nei
                  </Tag>
                )}
              </Table.Cell>
              <Table.Cell>
                {i.published && shortName ? (
                  <a className="ds-link" href={`/public/${shortName}/monitor/${i.slug}`}>
                    /{i.slug}
                    <span className="visually-hidden"> (offentlig side for «{i.title}»)</span>
                  </a>
                ) : (
                  <span className="muted">Ikke publisert</span>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
