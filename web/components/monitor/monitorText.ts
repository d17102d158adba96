import type { DimensionRole } from '../../../core/monitor/cube.ts';
import { ApiError } from '../../api.ts';
import type { TMeResponse } from '../../types.ts';
import { councilRoles } from '../conflicts/access.ts';

/**
 * Who edits the monitor's datasets and indicators (mirrors monitor.write): the secretariat and
 * the council's administrators. Everyone in the council reads them; the server decides.
 */
export const canEditMonitor = (me: TMeResponse, councilId: string) =>
  me.isSystemAdmin || councilRoles(me, councilId).some((r) => r === 'admin' || r === 'secretariat');

/** "1 celle", "3 celler". */
export const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('nb-NO')} ${n === 1 ? one : many}`;

export const ROLE_LABELS: Record<DimensionRole, string> = {
  time: 'Tid',
  geo: 'Geografi',
  metric: 'Måltall',
};

export const roleLabel = (role: DimensionRole | null) => (role ? ROLE_LABELS[role] : 'Ingen');

const SOURCE_LABELS: Record<string, string> = {
  jsonstat: 'JSON-stat',
  csv: 'CSV-fil',
  xlsx: 'Excel-fil (XLSX)',
  pxweb: 'Statistikkbanken (PxWebApi)',
  hrcs: 'HRCS-portefølje',
  demo: 'Lagt inn med demoen',
};

/** How the dataset's numbers came in: "Statistikkbanken (PxWebApi), tabell 07459". */
export function sourceLabel(source: string, pxTableId?: string | null) {
  const label = SOURCE_LABELS[source] ?? source;
  return pxTableId ? `${label}, tabell ${pxTableId}` : label;
}

/** The monitor's field names as the form shows them, for the server's "slug: …" messages. */
const FIELD_LABELS: Record<string, string> = {
  slug: 'Adresse',
  datasetId: 'Datasett',
  titleNn: 'Tittel på nynorsk',
  titleEn: 'Tittel på engelsk',
  descriptionNn: 'Beskrivelse på nynorsk',
  descriptionEn: 'Beskrivelse på engelsk',
  sourceText: 'Kildelinje',
  definitions: 'Definisjoner',
  footnotes: 'Fotnoter',
  warnings: 'Advarsler',
  theme: 'Tema',
  sectors: 'Sektorer',
  spec: 'Figuren',
  planAreaIds: 'Koblinger til områder',
  planMeasureIds: 'Koblinger til tiltak',
  tableId: 'Tabellnummer',
  selection: 'Variabler og verdier',
};

/**
 * The server's field errors as the form needs them: a check that names its field as
 * `details.field` (one field) becomes the list `details.fields`, so FormErrors links it, and a
 * message prefixed with a code name ("slug: …") gets the field's label instead.
 */
export function withFieldList(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const single = error.details?.field;
  const listed = error.details?.fields;
  const fields = Array.isArray(listed)
    ? (listed as { field: string; message: string }[])
    : typeof single === 'string'
      ? [{ field: single, message: error.message }]
      : [];
  if (fields.length === 0) return error;
  const named = fields.map(({ field, message }) => {
    const label = FIELD_LABELS[field];
    const prefix = `${field}: `;
    return {
      field,
      message:
        label && message.startsWith(prefix) ? `${label}: ${message.slice(prefix.length)}` : message,
    };
  });
  return new ApiError(error.status, error.code, error.message, { ...error.details, fields: named });
}

/** The row-numbered problems a refused confirm sends back in its details. */
export function problemsOf(error: unknown): { row: number | null; message: string }[] {
  if (!(error instanceof ApiError)) return [];
  const problems = error.details?.problems;
  return Array.isArray(problems) ? (problems as { row: number | null; message: string }[]) : [];
}

/** Moves focus to an element once React has drawn it (a heading after a step, a button …). */
export const focusLater = (id: string) =>
  window.requestAnimationFrame(() => document.getElementById(id)?.focus());
