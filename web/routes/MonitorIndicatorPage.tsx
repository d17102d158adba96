import '../monitor-editor.css';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { SECTOR_LABELS, THEME_LABELS } from '../../core/monitor/indicators.ts';
import { api } from '../api.ts';
import { useMe } from '../auth.tsx';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs, type Crumb } from '../components/Breadcrumbs.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FigurePreview } from '../components/monitor/FigurePreview.tsx';
import { IndicatorForm } from '../components/monitor/IndicatorForm.tsx';
import { canEditMonitor } from '../components/monitor/monitorText.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { formatDateTime } from '../format.ts';
import { useApi } from '../hooks.ts';
import type { TDataset, TIndicator } from '../types.ts';

/**
 * "Ny indikator" and an indicator's own page: the form beside a preview of the saved figure's
 * numbers. Members who do not edit the monitor see the facts and the preview.
 */
export function MonitorIndicatorPage() {
  const { councilId: councilParam, indicatorId } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const me = useMe();
  const indicator = useApi<TIndicator>(indicatorId ? `/monitor/indicators/${indicatorId}` : null);
  const councilId = councilParam ?? indicator.data?.councilId;
  const datasets = useApi<TDataset[]>(councilId ? `/councils/${councilId}/monitor/datasets` : null);
  const [formKey, setFormKey] = useState(0);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>();
  const council = me.councils.find((c) => c.id === councilId);
  const i = indicator.data;
  const crumbs: Crumb[] = [
    { label: 'Forside', to: '/' },
    ...(councilId
      ? [
          { label: council?.name ?? 'Rådet', to: `/councils/${councilId}` },
          { label: 'Monitor', to: `/councils/${councilId}/monitor` },
        ]
      : []),
    { label: indicatorId ? (i?.title ?? 'Indikator') : 'Ny indikator' },
  ];

  if ((indicatorId && !i) || !councilId || !datasets.data) {
    const error = indicator.error ?? datasets.error;
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <PageTitle>{error ? 'Kunne ikke vise indikatoren' : 'Laster indikatoren …'}</PageTitle>
        <ErrorAlert error={error} />
      </>
    );
  }
  const canEdit = canEditMonitor(me, councilId);
  const publicUrl =
    i?.published && council ? `/public/${council.shortName}/monitor/${i.slug}` : null;

  async function remove() {
    if (!i) return;
    setDeleting(false);
    try {
      await api.delete(`/monitor/indicators/${i.id}`);
      announce(`«${i.title}» er slettet.`);
      navigate(`/councils/${councilId}/monitor`);
    } catch (e) {
      setDeleteError(e);
    }
  }

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageTitle>{i ? i.title : 'Ny indikator'}</PageTitle>
      {i && (
        <dl className="facts">
          <dt>Datasett</dt>
          <dd>
            <RouterLink className="ds-link" to={`/monitor/datasets/${i.datasetId}`}>
              {i.datasetTitle}
            </RouterLink>
          </dd>
          <dt>Tema</dt>
          <dd>{THEME_LABELS[i.theme]}</dd>
          {!canEdit && i.sectors.length > 0 && (
            <>
              <dt>Sektorer</dt>
              <dd>{i.sectors.map((s) => SECTOR_LABELS[s]).join(', ')}</dd>
            </>
          )}
          <dt>Publisert</dt>
          <dd>
            {publicUrl ? (
              <>
                Ja –{' '}
                <a className="ds-link" href={publicUrl}>
                  se den offentlige siden
                </a>
              </>
            ) : (
              'Nei'
            )}
          </dd>
          <dt>Sist endret</dt>
          <dd>{formatDateTime(i.updatedAt)}</dd>
        </dl>
      )}
      {!canEdit && (
        <Alert data-color="info" className="block">
          <Paragraph>Bare sekretariatet kan endre indikatorene.</Paragraph>
        </Alert>
      )}
      <ErrorAlert error={deleteError} />

      <div className={canEdit ? 'monitor-indicator-layout' : undefined}>
        {canEdit && datasets.data.length === 0 && (
          <Paragraph>
            En indikator viser tall fra et datasett, og monitoren har ingen ennå.{' '}
            <RouterLink className="ds-link" to={`/councils/${councilId}/monitor/import`}>
              Importer et datasett først
            </RouterLink>
            .
          </Paragraph>
        )}
        {canEdit && datasets.data.length > 0 && (
          <div className="monitor-indicator-form">
            <IndicatorForm
              key={`${i?.id ?? 'new'}-${formKey}`}
              councilId={councilId}
              datasets={datasets.data}
              initial={i}
              presetDatasetId={params.get('datasett') ?? undefined}
              onSaved={(saved) => {
                if (i) {
                  indicator.setData(saved);
                  announce('Endringene er lagret.');
                } else {
                  announce(`«${saved.title}» er opprettet.`);
                  navigate(`/monitor/indicators/${saved.id}`, { replace: true });
                }
              }}
              onStale={async () => {
                await indicator.reload();
                setFormKey((k) => k + 1);
              }}
            />
            {i && (
              <div className="actions section">
                <Button variant="tertiary" data-color="danger" onClick={() => setDeleting(true)}>
                  Slett indikatoren
                </Button>
              </div>
            )}
          </div>
        )}
        <div className="monitor-indicator-aside">
          {i ? (
            <FigurePreview indicatorId={i.id} version={i.version} editing={canEdit} />
          ) : (
            canEdit && (
              <Paragraph className="muted">
                Forhåndsvisningen av tallene vises her når indikatoren er opprettet.
              </Paragraph>
            )
          )}
        </div>
      </div>

      <ConfirmDialog
        open={deleting}
        title="Slette indikatoren?"
        confirmLabel="Ja, slett indikatoren"
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(false)}
      >
        «{i?.title}» fjernes fra monitoren og de offentlige sidene. Datasettet beholdes.
      </ConfirmDialog>
    </>
  );
}
