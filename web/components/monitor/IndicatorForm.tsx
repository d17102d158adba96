import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import {
  SECTOR_LABELS,
  SECTORS,
  THEME_LABELS,
  THEMES,
  type Theme,
} from '../../../core/monitor/indicators.ts';
import { ApiError, api } from '../../api.ts';
import { useApi } from '../../hooks.ts';
import type { TDataset, TDatasetDetail, TIndicator } from '../../types.ts';
import { ErrorAlert, Loading } from '../ErrorAlert.tsx';
import { FormErrors, fieldError } from '../FormErrors.tsx';
import { FigureSpecFields } from './FigureSpecFields.tsx';
import { IndicatorTextFields, TEXT_KEYS } from './IndicatorTextFields.tsx';
import {
  defaultSpec,
  emptyValues,
  requestOf,
  slugify,
  specFits,
  type Values,
  valuesOf,
} from './indicatorValues.ts';
import { withFieldList } from './monitorText.ts';
import { PlanLinksField } from './PlanLinksField.tsx';

const toggle = <T extends string>(list: T[], id: T, on: boolean) =>
  on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);

/**
 * An indicator: new (POST to the council) or changed (PUT with its version; a stale version is
 * refused with the server's message, and the newest can be fetched). The figure's choices come
 * from the chosen dataset's dimensions and categories.
 */
export function IndicatorForm({
  councilId,
  datasets,
  initial,
  presetDatasetId,
  onSaved,
  onStale,
}: {
  councilId: string;
  datasets: TDataset[];
  initial?: TIndicator;
  presetDatasetId?: string;
  onSaved: (saved: TIndicator) => void;
  /** Fetch the newest version after a refused save; the form is then filled from it. */
  onStale?: () => Promise<void>;
}) {
  const id = useId();
  const [values, setValues] = useState<Values>(() =>
    initial ? valuesOf(initial) : emptyValues(presetDatasetId ?? datasets[0]?.id ?? ''),
  );
  const [slugTouched, setSlugTouched] = useState(Boolean(initial));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const dataset = useApi<TDatasetDetail>(
    values.datasetId ? `/monitor/datasets/${values.datasetId}` : null,
  );
  const dimensions = dataset.data?.cube?.dimensions ?? [];
  const ids = Object.fromEntries(
    [
      ...TEXT_KEYS,
      'datasetId',
      'slug',
      'footnotes',
      'warnings',
      'notSummable',
      'theme',
      'sectors',
      'spec',
      'published',
      'planAreaIds',
      'planMeasureIds',
    ].map((k) => [k, `${id}-${k}`]),
  ) as Record<string, string>;
  ids.planMeasureIds = ids.planAreaIds ?? '';
  const errors = Object.fromEntries(Object.keys(ids).map((k) => [k, fieldError(error, k)]));
  const stale = error instanceof ApiError && error.status === 409 && !errors.slug;

  // A new dataset (or one whose dimensions changed) gets a first figure to start from.
  const loaded = dataset.data?.id === values.datasetId ? dataset.data : undefined;
  useEffect(() => {
    const dims = loaded?.cube?.dimensions;
    if (!dims || dims.length === 0) return;
    setValues((v) => (specFits(v.spec, dims) ? v : { ...v, spec: defaultSpec(dims, v.spec) }));
  }, [loaded]);

  const change = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The figure's dimensions come from the dataset: without them the spec cannot be sent.
    if (busy || !loaded) return;
    setError(undefined);
    setBusy(true);
    const body = requestOf(values, dimensions);
    try {
      const saved = initial
        ? await api.put<TIndicator>(`/monitor/indicators/${initial.id}`, {
            ...body,
            version: initial.version,
          })
        : await api.post<TIndicator>(`/councils/${councilId}/monitor/indicators`, body);
      onSaved(saved);
    } catch (e) {
      setError(withFieldList(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack" aria-busy={busy}>
      <FormErrors error={error} fieldIds={ids} heading="Indikatoren ble ikke lagret" />
      {stale && onStale && (
        <div className="actions">
          <Button type="button" variant="secondary" onClick={() => void onStale()}>
            Hent den nyeste versjonen (endringene dine forkastes)
          </Button>
        </div>
      )}
      <Field>
        <Label htmlFor={ids.datasetId}>Datasett</Label>
        <Select
          id={ids.datasetId}
          value={values.datasetId}
          aria-invalid={errors.datasetId ? true : undefined}
          onChange={(e) => change({ datasetId: e.target.value })}
        >
          {datasets.map((d) => (
            <Select.Option key={d.id} value={d.id}>
              {d.title}
              {d.isDemo ? ' (demodata)' : ''}
            </Select.Option>
          ))}
        </Select>
        {errors.datasetId && <ValidationMessage>{errors.datasetId}</ValidationMessage>}
      </Field>
      <IndicatorTextFields
        ids={ids}
        values={values}
        errors={errors}
        onChange={(patch) => {
          if (patch.title !== undefined && !slugTouched) patch.slug = slugify(patch.title);
          change(patch);
        }}
      />
      <Textfield
        id={ids.slug}
        label="Adresse"
        description="Den siste delen av adressen til den offentlige siden: små bokstaver, tall og bindestrek, for eksempel «fou-utgifter-helse»."
        value={values.slug}
        error={errors.slug}
        autoComplete="off"
        onChange={(e) => {
          setSlugTouched(true);
          change({ slug: e.target.value });
        }}
      />
      <div className="row">
        <Field>
          <Label htmlFor={ids.theme}>Tema</Label>
          <Select
            id={ids.theme}
            value={values.theme}
            onChange={(e) => change({ theme: e.target.value as Theme })}
          >
            {THEMES.map((t) => (
              <Select.Option key={t} value={t}>
                {THEME_LABELS[t]}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Fieldset id={ids.sectors} data-size="sm">
        <Fieldset.Legend>Sektorer</Fieldset.Legend>
        <Fieldset.Description>Sektorene tallene gjelder. Ingen kryss: alle.</Fieldset.Description>
        <div className="inline-choices">
          {SECTORS.map((s) => (
            <Checkbox
              key={s}
              label={SECTOR_LABELS[s]}
              value={s}
              checked={values.sectors.includes(s)}
              onChange={(e) => change({ sectors: toggle(values.sectors, s, e.target.checked) })}
            />
          ))}
        </div>
      </Fieldset>
      <Checkbox
        id={ids.notSummable}
        label="Tallene kan ikke summeres"
        description="Kategoriene overlapper (for eksempel HRCS-koder eller flere sektorer per prosjekt). Figuren får en advarsel om det."
        checked={values.notSummable}
        onChange={(e) => change({ notSummable: e.target.checked })}
      />

      <ErrorAlert error={dataset.error} />
      {dataset.loading && !loaded && <Loading what="datasettets dimensjoner" />}
      {loaded && dimensions.length === 0 && (
        <Paragraph>Datasettet har ingen tall ennå. Velg et annet datasett.</Paragraph>
      )}
      {loaded && dimensions.length > 0 && (
        <FigureSpecFields
          id={ids.spec ?? 'spec'}
          dimensions={dimensions}
          value={values.spec}
          error={errors.spec}
          onChange={(spec) => change({ spec })}
        />
      )}

      <PlanLinksField
        id={ids.planAreaIds ?? 'links'}
        councilId={councilId}
        areaIds={values.planAreaIds}
        measureIds={values.planMeasureIds}
        errors={{ areas: errors.planAreaIds, measures: errors.planMeasureIds }}
        onChange={change}
      />
      <Checkbox
        id={ids.published}
        label="Publisert"
        description="Indikatoren vises på monitorens offentlige sider."
        checked={values.published}
        onChange={(e) => change({ published: e.target.checked })}
      />
      <div className="actions">
        <Button type="submit" aria-disabled={busy || !loaded || undefined}>
          {busy ? 'Lagrer …' : initial ? 'Lagre endringene' : 'Opprett indikatoren'}
        </Button>
      </div>
    </form>
  );
}
