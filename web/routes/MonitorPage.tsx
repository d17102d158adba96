import '../monitor-editor.css';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useMe } from '../auth.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { DatasetTable, IndicatorTable } from '../components/monitor/MonitorTables.tsx';
import { canEditMonitor, count } from '../components/monitor/monitorText.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { useApi } from '../hooks.ts';
import type { TDataset, TIndicator } from '../types.ts';
import type { TCouncilWithAccess } from './CouncilPage.tsx';

/**
 * The monitor's editor page: the datasets the numbers come from, the indicators drawn from
 * them (and which are published), and the way to the newsletter.
 */
export function MonitorPage() {
  const { councilId = '' } = useParams();
  const me = useMe();
  const council = useApi<TCouncilWithAccess>(`/councils/${councilId}`);
  const datasets = useApi<TDataset[]>(`/councils/${councilId}/monitor/datasets`);
  const indicators = useApi<TIndicator[]>(`/councils/${councilId}/monitor/indicators`);
  const canEdit = canEditMonitor(me, councilId);
  const c = council.data;
  const shortName = c?.shortName ?? me.councils.find((x) => x.id === councilId)?.shortName;
  const published = indicators.data?.filter((i) => i.published).length ?? 0;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          { label: c?.name ?? 'Rådet', to: `/councils/${councilId}` },
          { label: 'Monitor' },
        ]}
      />
      <PageTitle>Monitor</PageTitle>
      <Paragraph>
        Statistikk om forskning og innovasjon i helse og omsorg. Datasettene holder tallene;
        indikatorene viser dem som figurer og tabeller på monitorens offentlige sider når de er
        publisert.
      </Paragraph>
      <ErrorAlert error={council.error} />
      <nav aria-label="Monitoren">
        <ul className="link-list">
          <li>
            <RouterLink className="ds-link" to={`/councils/${councilId}/monitor/newsletters`}>
              Nyhetsbrev
            </RouterLink>
          </li>
          {shortName && (
            <li>
              <a className="ds-link" href={`/public/${shortName}/monitor`}>
                Den offentlige monitoren
              </a>
            </li>
          )}
        </ul>
      </nav>

      <section aria-labelledby="monitor-datasets-heading" className="section">
        <Heading level={2} data-size="md" id="monitor-datasets-heading">
          Datasett
        </Heading>
        {canEdit && (
          <div className="actions block">
            <Button asChild>
              <RouterLink to={`/councils/${councilId}/monitor/import`}>
                Importer datasett
              </RouterLink>
            </Button>
          </div>
        )}
        <ErrorAlert error={datasets.error} />
        {datasets.loading && !datasets.data && <Loading what="datasettene" />}
        {datasets.data && datasets.data.length === 0 && (
          <Paragraph>
            Monitoren har ingen datasett ennå.
            {canEdit && ' Importer et fra en fil eller fra Statistikkbanken.'}
          </Paragraph>
        )}
        {datasets.data && datasets.data.length > 0 && <DatasetTable datasets={datasets.data} />}
      </section>

      <section aria-labelledby="monitor-indicators-heading" className="section">
        <Heading level={2} data-size="md" id="monitor-indicators-heading">
          Indikatorer
        </Heading>
        {canEdit && (
          <div className="actions block">
            <Button asChild>
              <RouterLink to={`/councils/${councilId}/monitor/indicators/new`}>
                Ny indikator
              </RouterLink>
            </Button>
          </div>
        )}
        <ErrorAlert error={indicators.error} />
        {indicators.loading && !indicators.data && <Loading what="indikatorene" />}
        {indicators.data && (
          <Paragraph role="status" className="muted">
            {indicators.data.length === 0
              ? 'Monitoren har ingen indikatorer ennå.'
              : `${count(indicators.data.length, 'indikator', 'indikatorer')}, ${published} publisert.`}
          </Paragraph>
        )}
        {indicators.data && indicators.data.length > 0 && (
          <IndicatorTable indicators={indicators.data} shortName={shortName} />
        )}
      </section>
    </>
  );
}
