import {
  Checkbox,
  Details,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import {
  CHART_TYPE_LABELS,
  CHART_TYPES,
  type ChartType,
} from '../../../core/monitor/indicators.ts';
import type { Dimension, SpecValues } from './indicatorValues.ts';

const toggle = (list: string[], id: string, on: boolean) =>
  on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);

/**
 * How the figure draws its dataset: the chart, what runs along the x axis and what makes the
 * series, which dimensions the reader may change, the category every other dimension is held
 * at, and the categories shown before the reader chooses.
 */
export function FigureSpecFields({
  id,
  dimensions,
  value,
  error,
  onChange,
}: {
  id: string;
  dimensions: Dimension[];
  value: SpecValues;
  error?: string;
  onChange: (next: SpecValues) => void;
}) {
  const set = (patch: Partial<SpecValues>) => onChange({ ...value, ...patch });
  const axes = [value.xDimension, value.seriesDimension].filter(Boolean);
  const others = dimensions.filter((d) => !axes.includes(d.id));
  const labelOf = (dimensionId: string) =>
    dimensions.find((d) => d.id === dimensionId)?.label ?? dimensionId;

  const setAxis = (axis: 'xDimension' | 'seriesDimension', dimensionId: string) => {
    const { [dimensionId]: _held, ...held } = value.held;
    const next = { ...value, [axis]: dimensionId, held };
    if (axis === 'xDimension' && next.seriesDimension === dimensionId) next.seriesDimension = '';
    onChange(next);
  };

  return (
    <Fieldset
      id={id}
      tabIndex={-1}
      aria-invalid={error ? true : undefined}
      className="monitor-spec"
    >
      <Fieldset.Legend>Figuren</Fieldset.Legend>
      <Fieldset.Description>
        Hva figuren viser av datasettet. Forhåndsvisningen oppdateres når indikatoren er lagret.
      </Fieldset.Description>
      {error && <ValidationMessage>{error}</ValidationMessage>}
      <div className="row row--end">
        <Field>
          <Label htmlFor={`${id}-chart`}>Type figur</Label>
          <Select
            id={`${id}-chart`}
            value={value.chartType}
            onChange={(e) => set({ chartType: e.target.value as ChartType })}
          >
            {CHART_TYPES.map((t) => (
              <Select.Option key={t} value={t}>
                {CHART_TYPE_LABELS[t]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={`${id}-unit`}
          label="Enhet"
          description="For eksempel «mill. kr»."
          value={value.unit}
          onChange={(e) => set({ unit: e.target.value })}
        />
        <Textfield
          id={`${id}-decimals`}
          label="Desimaler"
          type="number"
          min={0}
          max={6}
          value={value.decimals}
          onChange={(e) => set({ decimals: e.target.value })}
        />
      </div>
      <div className="row row--end">
        <Field>
          <Label htmlFor={`${id}-x`}>Langs x-aksen</Label>
          <Select
            id={`${id}-x`}
            value={value.xDimension}
            onChange={(e) => setAxis('xDimension', e.target.value)}
          >
            {dimensions.map((d) => (
              <Select.Option key={d.id} value={d.id}>
                {d.label}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={`${id}-series`}>Serier (én linje eller søyle per kategori)</Label>
          <Select
            id={`${id}-series`}
            value={value.seriesDimension}
            onChange={(e) => setAxis('seriesDimension', e.target.value)}
          >
            <Select.Option value="">Ingen (én serie)</Select.Option>
            {dimensions
              .filter((d) => d.id !== value.xDimension)
              .map((d) => (
                <Select.Option key={d.id} value={d.id}>
                  {d.label}
                </Select.Option>
              ))}
          </Select>
        </Field>
      </div>

      <Fieldset data-size="sm">
        <Fieldset.Legend>Leseren kan velge i</Fieldset.Legend>
        <Fieldset.Description>
          Dimensjonene leseren kan endre i figuren. De andre viser det du velger her.
        </Fieldset.Description>
        <div className="inline-choices">
          {dimensions.map((d) => (
            <Checkbox
              key={d.id}
              label={d.label}
              value={d.id}
              checked={value.filterDimensions.includes(d.id)}
              onChange={(e) =>
                set({ filterDimensions: toggle(value.filterDimensions, d.id, e.target.checked) })
              }
            />
          ))}
        </div>
      </Fieldset>

      {others.length > 0 && (
        <div className="row row--end">
          {others.map((d) => {
            const filter = value.filterDimensions.includes(d.id);
            return (
              <Field key={d.id}>
                <Label htmlFor={`${id}-held-${d.id}`}>
                  {d.label}: {filter ? 'vises først' : 'holdes fast på'}
                </Label>
                <Select
                  id={`${id}-held-${d.id}`}
                  value={value.held[d.id] ?? ''}
                  onChange={(e) => set({ held: { ...value.held, [d.id]: e.target.value } })}
                >
                  <Select.Option value="">
                    Første kategori ({d.categories[0]?.label ?? 'ingen'})
                  </Select.Option>
                  {d.categories.map((c) => (
                    <Select.Option key={c.id} value={c.id}>
                      {c.label}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            );
          })}
        </div>
      )}

      {axes.map((dimensionId) => {
        const d = dimensions.find((x) => x.id === dimensionId);
        if (!d) return null;
        return (
          <DefaultCategories
            key={d.id}
            id={`${id}-default-${d.id}`}
            dimension={d}
            role={dimensionId === value.xDimension ? 'x-aksen' : 'seriene'}
            chosen={value.defaultSelection[d.id] ?? []}
            onChange={(ids) =>
              set({ defaultSelection: { ...value.defaultSelection, [d.id]: ids } })
            }
          />
        );
      })}
      {value.filterDimensions.length > 0 && (
        <Paragraph data-size="sm" className="muted">
          Leseren kan endre: {value.filterDimensions.map(labelOf).join(', ')}.
        </Paragraph>
      )}
    </Fieldset>
  );
}

function DefaultCategories({
  id,
  dimension,
  role,
  chosen,
  onChange,
}: {
  id: string;
  dimension: Dimension;
  role: string;
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  // In the dataset's order, so the figure keeps it; ids beyond the list shown stay last.
  const known = dimension.categories.map((c) => c.id);
  const inOrder = (ids: string[]) => [
    ...known.filter((x) => ids.includes(x)),
    ...ids.filter((x) => !known.includes(x)),
  ];
  const summary =
    chosen.length === 0
      ? 'alle vises'
      : `${chosen.length} av ${dimension.size.toLocaleString('nb-NO')} valgt`;
  return (
    <Details data-testid="default-selection">
      <Details.Summary>
        Kategorier som vises først på {role} («{dimension.label}», {summary})
      </Details.Summary>
      <Details.Content>
        <Fieldset id={id} data-size="sm">
          <Fieldset.Legend>Vis først i «{dimension.label}»</Fieldset.Legend>
          <Fieldset.Description>
            Kryss av for kategoriene figuren viser før leseren velger. Ingen kryss: alle vises.
            {dimension.categories.length < dimension.size &&
              ` Viser de første ${dimension.categories.length} av ${dimension.size} kategoriene.`}
          </Fieldset.Description>
          <div className="monitor-category-choices">
            {dimension.categories.map((c) => (
              <Checkbox
                key={c.id}
                label={c.label}
                value={c.id}
                checked={chosen.includes(c.id)}
                onChange={(e) => onChange(inOrder(toggle(chosen, c.id, e.target.checked)))}
              />
            ))}
          </div>
        </Fieldset>
      </Details.Content>
    </Details>
  );
}
