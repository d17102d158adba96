import {
  Button,
  Heading,
  Input,
  Paragraph,
  Select,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { DIMENSION_ROLES, type DimensionRole } from '../../../core/monitor/cube.ts';
import { ApiError, api } from '../../api.ts';
import type { TColumnMapping, TImportPreview } from '../../types.ts';
import { FormErrors } from '../FormErrors.tsx';
import { ROLE_LABELS } from './monitorText.ts';
import { ScrollRegion } from './ScrollRegion.tsx';

type Use = 'dimension' | 'value' | 'status' | 'ignore';
type Column = { column: string; use: Use; id: string; label: string; role: DimensionRole | '' };

const USE_LABELS: Record<Use, string> = {
  dimension: 'Dimensjon',
  value: 'Verdi (tallene)',
  status: 'Status (symboler)',
  ignore: 'Ikke bruk',
};

/** An id for a column newly made a dimension, the way the server suggests them. */
const idOf = (column: string) =>
  column
    .trim()
    .toLocaleLowerCase('nb-NO')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '') || 'dimensjon';

function columnsOf(columns: string[], mapping: TColumnMapping | null): Column[] {
  return columns.map((column) => {
    const dimension = mapping?.dimensions.find((d) => d.column === column);
    const use: Use = dimension
      ? 'dimension'
      : mapping?.value === column
        ? 'value'
        : mapping?.status === column
          ? 'status'
          : 'ignore';
    return {
      column,
      use,
      id: dimension?.id ?? idOf(column),
      label: dimension?.label ?? column,
      role: dimension?.role ?? '',
    };
  });
}

/** The mapping the editor chose, or what is wrong with it. */
function mappingOf(
  columns: Column[],
  unit: { label: string; decimals: string },
): TColumnMapping | string {
  const values = columns.filter((c) => c.use === 'value');
  const statuses = columns.filter((c) => c.use === 'status');
  const dimensions = columns.filter((c) => c.use === 'dimension');
  if (values.length !== 1) {
    return values.length === 0
      ? 'Velg kolonnen som har tallene («Verdi»).'
      : `Bare én kolonne kan være verdi; nå er det ${values.map((c) => `«${c.column}»`).join(' og ')}.`;
  }
  if (statuses.length > 1) return 'Bare én kolonne kan ha statussymbolene.';
  if (dimensions.length === 0) return 'Velg minst én kolonne som dimensjon, for eksempel året.';
  const unnamed = dimensions.find((d) => !d.id.trim() || !d.label.trim());
  if (unnamed) return `Dimensjonen fra kolonnen «${unnamed.column}» trenger både id og navn.`;
  const decimals = Number.parseInt(unit.decimals, 10);
  return {
    dimensions: dimensions.map((d) => ({
      column: d.column,
      id: d.id.trim(),
      label: d.label.trim(),
      role: d.role || null,
    })),
    value: values[0]?.column ?? '',
    ...(statuses[0] ? { status: statuses[0].column } : {}),
    ...(unit.label.trim()
      ? {
          unit: {
            label: unit.label.trim(),
            decimals: Number.isFinite(decimals) ? Math.min(6, Math.max(0, decimals)) : 0,
          },
        }
      : {}),
  };
}

/**
 * How a table's columns become the dataset: which columns are dimensions (with an id, a name
 * and a role), which holds the numbers and which the status symbols. The preview is read again
 * on the server with the new mapping.
 */
export function ColumnMappingForm({
  preview,
  onPreview,
}: {
  preview: TImportPreview;
  onPreview: (next: TImportPreview) => void;
}) {
  const table = preview.table;
  const [columns, setColumns] = useState(() => columnsOf(table?.columns ?? [], preview.mapping));
  const [unit, setUnit] = useState({
    label: preview.mapping?.unit?.label ?? '',
    decimals: String(preview.mapping?.unit?.decimals ?? 0),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  if (!table) return null;

  const change = (i: number, patch: Partial<Column>) =>
    setColumns((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const mapping = mappingOf(columns, unit);
    if (typeof mapping === 'string') {
      setError(new ApiError(400, 'invalid', mapping));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onPreview(await api.put<TImportPreview>(`/monitor/imports/${preview.id}/mapping`, mapping));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="monitor-mapping-heading" className="section">
      <Heading level={2} data-size="md" id="monitor-mapping-heading">
        Kolonnene i tabellen
      </Heading>
      <Paragraph>
        Velg hva hver kolonne er. En <strong>dimensjon</strong> er det tallene fordeles på (år,
        region, sektor), <strong>verdi</strong> er kolonnen med tallene, og <strong>status</strong>{' '}
        er en kolonne med symboler som «..» (mangler) eller «:» (konfidensielt).
      </Paragraph>
      <form onSubmit={submit} noValidate className="stack" aria-busy={busy}>
        <FormErrors error={error} fieldIds={{}} heading="Kolonneoppsettet ble ikke brukt" />
        <div className="table-scroll">
          <Table className="full-width monitor-mapping" data-size="sm">
            <caption className="visually-hidden">Hva hver kolonne i tabellen brukes til</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">Kolonne</Table.HeaderCell>
                <Table.HeaderCell scope="col">Bruk som</Table.HeaderCell>
                <Table.HeaderCell scope="col">Id</Table.HeaderCell>
                <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
                <Table.HeaderCell scope="col">Rolle</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {columns.map((c, i) => (
                <Table.Row key={c.column}>
                  <Table.HeaderCell scope="row" className="row-header">
                    {c.column}
                  </Table.HeaderCell>
                  <Table.Cell>
                    <Select
                      aria-label={`Bruk kolonnen «${c.column}» som`}
                      value={c.use}
                      onChange={(e) => change(i, { use: e.target.value as Use })}
                    >
                      {(Object.keys(USE_LABELS) as Use[]).map((u) => (
                        <Select.Option key={u} value={u}>
                          {USE_LABELS[u]}
                        </Select.Option>
                      ))}
                    </Select>
                  </Table.Cell>
                  {c.use === 'dimension' ? (
                    <>
                      <Table.Cell>
                        <Input
                          aria-label={`Id for dimensjonen fra «${c.column}»`}
                          value={c.id}
                          onChange={(e) => change(i, { id: e.target.value })}
                          autoComplete="off"
                        />
                      </Table.Cell>
                      <Table.Cell>
                        <Input
                          aria-label={`Navn på dimensjonen fra «${c.column}»`}
                          value={c.label}
                          onChange={(e) => change(i, { label: e.target.value })}
                        />
                      </Table.Cell>
                      <Table.Cell>
                        <Select
                          aria-label={`Rolle for dimensjonen fra «${c.column}»`}
                          value={c.role}
                          onChange={(e) => change(i, { role: e.target.value as DimensionRole })}
                        >
                          <Select.Option value="">Ingen</Select.Option>
                          {DIMENSION_ROLES.map((r) => (
                            <Select.Option key={r} value={r}>
                              {ROLE_LABELS[r]}
                            </Select.Option>
                          ))}
                        </Select>
                      </Table.Cell>
                    </>
                  ) : (
                    <Table.Cell colSpan={3} className="muted">
                      {c.use === 'ignore' ? 'Kolonnen leses ikke inn.' : ''}
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        <div className="row">
          <Textfield
            label="Enhet (valgfritt)"
            description="For eksempel «mill. kr» eller «prosent»."
            value={unit.label}
            onChange={(e) => setUnit((u) => ({ ...u, label: e.target.value }))}
          />
          <Textfield
            label="Desimaler"
            description="Hvor mange desimaler tallene vises med."
            type="number"
            min={0}
            max={6}
            value={unit.decimals}
            onChange={(e) => setUnit((u) => ({ ...u, decimals: e.target.value }))}
          />
        </div>
        <div>
          <Button type="submit" variant="secondary" aria-disabled={busy || undefined}>
            {busy ? 'Leser tabellen på nytt …' : 'Oppdater forhåndsvisning'}
          </Button>
        </div>
      </form>
      <FirstRows table={table} />
    </section>
  );
}

function FirstRows({ table }: { table: NonNullable<TImportPreview['table']> }) {
  return (
    <>
      <Heading level={3} data-size="xs" id="monitor-rows-heading" className="block">
        De første radene i filen
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {table.rows.length} av {table.rowCount.toLocaleString('nb-NO')} rader. Raden med
        kolonnenavnene er rad 1.
      </Paragraph>
      <ScrollRegion label="De første radene i filen">
        <Table zebra data-size="sm" aria-labelledby="monitor-rows-heading">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">Rad</Table.HeaderCell>
              {table.columns.map((c) => (
                <Table.HeaderCell key={c} scope="col">
                  {c}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {table.rows.map((row, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are known by their number
              <Table.Row key={r}>
                <Table.Cell className="muted">{r + 2}</Table.Cell>
                {table.columns.map((c, i) => (
                  <Table.Cell key={c}>{row[i] ?? ''}</Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
    </>
  );
}
