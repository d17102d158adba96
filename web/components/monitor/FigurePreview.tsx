import {
  Alert,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../../../core/monitor/format-number.ts';
import { CHART_TYPE_LABELS, DEMO_DATA_MARK } from '../../../core/monitor/indicators.ts';
import { useApi } from '../../hooks.ts';
import type { TFigure } from '../../types.ts';
import { ErrorAlert, Loading } from '../ErrorAlert.tsx';
import { ScrollRegion } from './ScrollRegion.tsx';

/**
 * The saved indicator's numbers as a reader gets them (the figure-data API), drawn as a table:
 * one row per x category, one column per series. The single-choice filters can be tried here.
 */
export function FigurePreview({
  indicatorId,
  version,
  editing,
}: {
  indicatorId: string;
  version: number;
  /** Beside the form: say that changes show once saved. */
  editing: boolean;
}) {
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const query = new URLSearchParams(Object.entries(chosen).filter(([, v]) => v !== '')).toString();
  const figure = useApi<TFigure>(`/monitor/indicators/${indicatorId}/figure?${query}`);
  // Each save makes a new version: fetch the figure again (not on the first draw, loaded above).
  const shown = useRef(version);
  const { reload } = figure;
  useEffect(() => {
    if (shown.current === version) return;
    shown.current = version;
    void reload();
  }, [version, reload]);
  const f = figure.data;
  const single = f?.data.filters.filter((x) => !x.multiple) ?? [];

  return (
    <section aria-labelledby="figure-preview-heading" className="monitor-preview">
      <Heading level={2} data-size="sm" id="figure-preview-heading">
        Forhåndsvisning
      </Heading>
      <Paragraph data-size="sm" className="muted">
        Slik tallene vises for leserne
        {f ? ` (${CHART_TYPE_LABELS[f.data.chartType].toLocaleLowerCase('nb-NO')})` : ''}.
        {editing && ' Lagre for å se endringene.'}
      </Paragraph>
      <ErrorAlert error={figure.error} />
      {figure.loading && !f && <Loading what="tallene" />}
      {f && (
        <>
          {f.indicator.isDemo && (
            <Alert data-color="warning" data-size="sm" className="block">
              {DEMO_DATA_MARK}
            </Alert>
          )}
          {f.indicator.warnings.map((w) => (
            <Alert key={w} data-color="warning" data-size="sm" className="block">
              {w}
            </Alert>
          ))}
          {single.length > 0 && (
            <div className="stack monitor-preview-filters">
              {single.map((filter) => (
                <Field key={filter.dimension}>
                  <Label htmlFor={`preview-filter-${filter.dimension}`}>{filter.label}</Label>
                  <Select
                    id={`preview-filter-${filter.dimension}`}
                    value={filter.options.find((o) => o.selected)?.id ?? ''}
                    onChange={(e) =>
                      setChosen((c) => ({ ...c, [filter.dimension]: e.target.value }))
                    }
                  >
                    {filter.options.map((o) => (
                      <Select.Option key={o.id} value={o.id}>
                        {o.label}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
              ))}
            </div>
          )}
          <FigureTable figure={f} />
          {f.indicator.sourceText && (
            <Paragraph data-size="sm" className="muted">
              {f.indicator.sourceText}
            </Paragraph>
          )}
        </>
      )}
    </section>
  );
}

function FigureTable({ figure }: { figure: TFigure }) {
  const { data, indicator } = figure;
  const unit = data.unit.trim();
  return (
    <ScrollRegion label="Tabellen med tallene">
      <Table zebra data-size="sm" className="full-width" data-testid="figure-preview-table">
        <caption>
          {indicator.title}
          {unit && <span className="muted"> ({unit})</span>}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{data.x.label}</Table.HeaderCell>
            {data.series.map((s) => (
              <Table.HeaderCell key={s.id} scope="col" className="monitor-number">
                {s.label}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {data.x.categories.map((x, i) => (
            <Table.Row key={x.id}>
              <Table.HeaderCell scope="row" className="row-header">
                {x.label}
              </Table.HeaderCell>
              {data.series.map((s) => (
                <Table.Cell key={s.id} className="monitor-number">
                  {formatNumber(s.values[i] ?? null, data.decimals, s.status[i])}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
