import { Button, Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import type { TDatasetDetail, TImportPreview } from '../../types.ts';
import { FormErrors, fieldError } from '../FormErrors.tsx';
import { ImportProblems } from './ImportProblems.tsx';
import { problemsOf, withFieldList } from './monitorText.ts';

const IDS = {
  title: 'monitor-confirm-title',
  description: 'monitor-confirm-description',
  sourceText: 'monitor-confirm-source',
};

/**
 * The last step: what the dataset is called and how its source is credited, then saved as a
 * new dataset or as the next version of the one being updated. "Forkast" drops the file.
 */
export function ConfirmImportForm({
  preview,
  dataset,
  onSaved,
  onDiscard,
}: {
  preview: TImportPreview;
  /** The dataset this file updates, if any. */
  dataset?: TDatasetDetail;
  onSaved: (saved: TDatasetDetail) => void;
  onDiscard: () => void;
}) {
  const [title, setTitle] = useState(
    // A table's cube is named after its file: no title worth offering.
    dataset?.title ?? (preview.cube?.label === preview.fileName ? '' : (preview.cube?.label ?? '')),
  );
  const [description, setDescription] = useState(dataset?.description ?? '');
  const [sourceText, setSourceText] = useState(dataset?.sourceText ?? '');
  const [isDemo, setIsDemo] = useState(dataset?.isDemo ?? false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const stale = error instanceof ApiError && error.status === 409;
  const fileSource = preview.cube?.source;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!dataset && title.trim().length < 2) {
      const message = 'Gi datasettet en tittel på minst to tegn.';
      setError(new ApiError(400, 'invalid', message, { fields: [{ field: 'title', message }] }));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const saved = await api.post<TDatasetDetail>(`/monitor/imports/${preview.id}/confirm`, {
        title: title.trim(),
        description: description.trim(),
        sourceText: sourceText.trim() || undefined,
        isDemo,
        ...(dataset ? { expectedVersion: dataset.version } : {}),
      });
      onSaved(saved);
    } catch (e) {
      setError(withFieldList(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="monitor-confirm-heading" className="section card-section">
      <Heading level={2} data-size="md" id="monitor-confirm-heading">
        {dataset ? `Lagre som versjon ${dataset.currentVersion + 1}` : 'Lagre datasettet'}
      </Heading>
      <Paragraph>
        {dataset
          ? `Tallene erstatter gjeldende versjon av «${dataset.title}». Indikatorene som bruker datasettet, viser de nye tallene med en gang.`
          : 'Datasettet lagres i rådets monitor. Indikatorene lages etterpå, fra datasettets side eller monitorens forside.'}
      </Paragraph>
      <form onSubmit={submit} noValidate className="stack narrow-form" aria-busy={busy}>
        <FormErrors error={error} fieldIds={IDS} heading="Datasettet ble ikke lagret" />
        <ImportProblems problems={problemsOf(error)} />
        {stale && (
          <Paragraph>
            Last siden på nytt for å se den nyeste versjonen, og last opp filen igjen.
          </Paragraph>
        )}
        <Textfield
          id={IDS.title}
          label="Tittel"
          description={
            dataset
              ? undefined
              : 'Slik datasettet heter i listene, for eksempel «FoU-utgifter til helse».'
          }
          value={title}
          error={fieldError(error, 'title')}
          onChange={(e) => setTitle(e.target.value)}
        />
        <Textfield
          id={IDS.description}
          label="Beskrivelse (valgfritt)"
          description="Hva tallene viser, og hvordan de er samlet inn."
          multiline
          rows={3}
          value={description}
          error={fieldError(error, 'description')}
          onChange={(e) => setDescription(e.target.value)}
        />
        <Textfield
          id={IDS.sourceText}
          label="Kildelinje"
          description={`Vises under figurene. Skriv hele setningen, for eksempel «Tallgrunnlaget er SSBs statistikk over FoU-utgifter.»${fileSource && !dataset ? ` Står feltet tomt, brukes kilden i filen: «${fileSource}».` : ''}`}
          value={sourceText}
          error={fieldError(error, 'sourceText')}
          onChange={(e) => setSourceText(e.target.value)}
        />
        <Checkbox
          label="Demodata (ikke offisiell statistikk)"
          description="Figurene merkes «Demodata – ikke offisiell statistikk»."
          checked={isDemo}
          onChange={(e) => setIsDemo(e.target.checked)}
        />
        <div className="actions">
          <Button type="submit" aria-disabled={busy || undefined}>
            {busy ? 'Lagrer …' : dataset ? 'Lagre ny versjon' : 'Lagre datasettet'}
          </Button>
          <Button type="button" variant="tertiary" data-color="danger" onClick={onDiscard}>
            Forkast
          </Button>
        </div>
      </form>
    </section>
  );
}
