import '../monitor-editor.css';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { useMe } from '../auth.tsx';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs, type Crumb } from '../components/Breadcrumbs.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { ChangesView } from '../components/monitor/ChangesView.tsx';
import { ColumnMappingForm } from '../components/monitor/ColumnMappingForm.tsx';
import { ConfirmImportForm } from '../components/monitor/ConfirmImportForm.tsx';
import { CubeSummaryView } from '../components/monitor/CubeSummaryView.tsx';
import { ImportProblems, PROBLEMS_ID } from '../components/monitor/ImportProblems.tsx';
import { ImportSourceForm } from '../components/monitor/ImportSourceForm.tsx';
import { canEditMonitor, focusLater, sourceLabel } from '../components/monitor/monitorText.ts';
import { useDatasetCouncil } from '../components/monitor/useDatasetCouncil.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { useApi } from '../hooks.ts';
import type { TDatasetDetail, TImportPreview } from '../types.ts';

const PREVIEW_HEADING = 'monitor-preview-heading';

/**
 * "Importer datasett" (a new dataset) and "Oppdater datasett" (its next version): a file or a
 * PxWebApi table is read and shown (the column mapping for a table, the cube, what changes)
 * and saved only when the editor confirms. The draft's id is kept in the address, so a reload
 * continues where the editor was.
 */
export function MonitorImportPage() {
  const { councilId: councilParam, datasetId } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const me = useMe();
  const dataset = useApi<TDatasetDetail>(datasetId ? `/monitor/datasets/${datasetId}` : null);
  const datasetCouncil = useDatasetCouncil(datasetId, councilParam);
  const councilId = councilParam ?? datasetCouncil;
  const draftId = params.get('utkast');
  const [preview, setPreview] = useState<TImportPreview | null>(null);
  const [loadError, setLoadError] = useState<unknown>();
  const [discarding, setDiscarding] = useState(false);
  const [discardError, setDiscardError] = useState<unknown>();

  useEffect(() => {
    if (!draftId || preview?.id === draftId) return;
    api
      .get<TImportPreview>(`/monitor/imports/${draftId}`)
      .then(setPreview)
      .catch((e) => {
        setLoadError(e);
        setParams({}, { replace: true });
      });
  }, [draftId, preview?.id, setParams]);

  const council = me.councils.find((c) => c.id === councilId);
  const d = dataset.data;
  const title = d ? `Oppdater «${d.title}»` : 'Importer datasett';
  const back = datasetId ? `/monitor/datasets/${datasetId}` : `/councils/${councilId}/monitor`;
  const crumbs: Crumb[] = [
    { label: 'Forside', to: '/' },
    ...(councilId
      ? [
          { label: council?.name ?? 'Rådet', to: `/councils/${councilId}` },
          { label: 'Monitor', to: `/councils/${councilId}/monitor` },
        ]
      : []),
    ...(d ? [{ label: d.title, to: `/monitor/datasets/${d.id}` }] : []),
    { label: datasetId ? 'Oppdater med ny fil' : 'Importer datasett' },
  ];

  const show = (next: TImportPreview) => {
    setPreview(next);
    setParams({ utkast: next.id }, { replace: true });
    announce(
      next.problems.length > 0
        ? `Filen er lest, men har ${next.problems.length} feil som må rettes.`
        : 'Filen er lest. Se over forhåndsvisningen.',
    );
    focusLater(next.problems.length > 0 ? PROBLEMS_ID : PREVIEW_HEADING);
  };

  async function discard() {
    if (!preview) return;
    setDiscarding(false);
    try {
      await api.delete(`/monitor/imports/${preview.id}`);
      announce('Importen er forkastet. Ingenting er lagret.');
      navigate(back);
    } catch (e) {
      setDiscardError(e);
    }
  }

  if (datasetId && !d) {
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
  if (!councilId) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <PageTitle>{title}</PageTitle>
        <Loading what="rådet" />
      </>
    );
  }
  const canEdit = canEditMonitor(me, councilId);

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        {d
          ? 'Last opp en ny versjon av tallene. Du ser hva som er endret fra gjeldende versjon før noe lagres.'
          : 'Rådsrom leser tallene og viser hva det fant: dimensjonene, antall tall og de første cellene. Ingenting lagres før du velger «Lagre datasettet».'}
      </Paragraph>
      {!canEdit && (
        <Alert data-color="info" className="block">
          <Paragraph>Bare sekretariatet kan importere datasett.</Paragraph>
        </Alert>
      )}
      <ErrorAlert error={loadError} />
      <ErrorAlert error={discardError} />

      {canEdit && !preview && !draftId && (
        <ImportSourceForm councilId={councilId} datasetId={datasetId ?? null} onStaged={show} />
      )}
      {draftId && !preview && !loadError && <Loading what="forhåndsvisningen" />}

      {canEdit && preview && (
        <PreviewSteps
          preview={preview}
          dataset={d}
          onPreview={show}
          onDiscard={() => setDiscarding(true)}
          onSaved={(saved) => {
            announce(`«${saved.title}» er lagret som versjon ${saved.currentVersion}.`);
            navigate(`/monitor/datasets/${saved.id}`);
          }}
        />
      )}

      <ConfirmDialog
        open={discarding}
        title="Forkaste importen?"
        confirmLabel="Ja, forkast importen"
        onConfirm={() => void discard()}
        onCancel={() => setDiscarding(false)}
      >
        Ingenting fra «{preview?.fileName}» blir lagret. Du kan laste opp filen på nytt senere.
      </ConfirmDialog>
    </>
  );
}

function PreviewSteps({
  preview,
  dataset,
  onPreview,
  onDiscard,
  onSaved,
}: {
  preview: TImportPreview;
  dataset?: TDatasetDetail;
  onPreview: (next: TImportPreview) => void;
  onDiscard: () => void;
  onSaved: (saved: TDatasetDetail) => void;
}) {
  const ready = preview.cube !== null && preview.problems.length === 0;
  const labels = Object.fromEntries(
    [...(dataset?.cube?.dimensions ?? []), ...(preview.cube?.dimensions ?? [])].map((x) => [
      x.id,
      x.label,
    ]),
  );
  return (
    <>
      <section aria-labelledby={PREVIEW_HEADING} className="section" data-testid="import-preview">
        <Heading level={2} data-size="md" id={PREVIEW_HEADING} tabIndex={-1}>
          Forhåndsvisning – {preview.fileName}
        </Heading>
        <dl className="facts">
          <dt>Format</dt>
          <dd>{sourceLabel(preview.format)}</dd>
          {preview.table && (
            <>
              <dt>Rader</dt>
              <dd>{preview.table.rowCount.toLocaleString('nb-NO')}</dd>
            </>
          )}
        </dl>
        <ImportProblems problems={preview.problems} />
        {!preview.cube && preview.problems.length > 0 && !preview.table && (
          <Paragraph>
            Filen kan ikke leses slik den er. Rett feilene i filen og last den opp på nytt.
          </Paragraph>
        )}
      </section>

      {preview.table && (
        <ColumnMappingForm key={preview.id} preview={preview} onPreview={onPreview} />
      )}

      {preview.cube && (
        <section aria-labelledby="monitor-cube-heading" className="section">
          <Heading level={2} data-size="md" id="monitor-cube-heading">
            Tallene i filen
          </Heading>
          <CubeSummaryView cube={preview.cube} idPrefix="monitor-preview" />
        </section>
      )}

      {preview.changes && (
        <section aria-labelledby="monitor-changes-heading" className="section">
          <Heading level={2} data-size="md" id="monitor-changes-heading">
            Endringer fra gjeldende versjon
          </Heading>
          <ChangesView changes={preview.changes} labels={labels} />
        </section>
      )}

      {ready ? (
        <ConfirmImportForm
          preview={preview}
          dataset={dataset}
          onSaved={onSaved}
          onDiscard={onDiscard}
        />
      ) : (
        <div className="actions section">
          <Button type="button" variant="secondary" data-color="danger" onClick={onDiscard}>
            Forkast
          </Button>
        </div>
      )}
    </>
  );
}
