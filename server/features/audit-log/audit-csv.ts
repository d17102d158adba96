import { stringify } from 'csv-stringify/sync';
import { auditActionLabel, auditEntityLabel } from '../../../core/audit-labels.ts';
import { inertCell } from '../../csv-cell.ts';
import type { TAuditEntry } from './schema.ts';

const osloTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Oslo',
  dateStyle: 'short',
  timeStyle: 'medium',
});

/**
 * The log as CSV for Excel in Norway: semicolons, a byte-order mark so "æøå" survive, and a
 * leading apostrophe on cells that a spreadsheet would run as a formula.
 */
export function auditCsv(entries: readonly TAuditEntry[]): string {
  const rows = entries.map((e) =>
    [
      osloTime.format(new Date(e.at)),
      e.user?.name ?? '',
      e.user?.email ?? '',
      auditEntityLabel(e.entityType),
      e.entityId,
      auditActionLabel(e.action),
      JSON.stringify(e.changes),
    ].map(inertCell),
  );
  const header = ['Tidspunkt', 'Person', 'E-post', 'Gjelder', 'Id', 'Handling', 'Endringer'];
  return `\uFEFF${stringify([header, ...rows], { delimiter: ';', record_delimiter: 'windows' })}`;
}
