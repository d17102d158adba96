import { Paragraph } from '@digdir/designsystemet-react';
import type { TDatasetDetail } from '../../types.ts';
import { count } from './monitorText.ts';

export type Changes = NonNullable<TDatasetDetail['versions'][number]['changes']>;

const LISTED = 12;

/** "2023, 2024" or "2001, 2002 … og 40 til". */
function listed(ids: string[]) {
  if (ids.length <= LISTED) return ids.join(', ');
  return `${ids.slice(0, LISTED).join(', ')} … og ${ids.length - LISTED} til`;
}

export function hasChanges(c: Changes) {
  return (
    c.dimensionsAdded.length > 0 ||
    c.dimensionsRemoved.length > 0 ||
    Object.values(c.categoriesAdded).some((ids) => ids.length > 0) ||
    Object.values(c.categoriesRemoved).some((ids) => ids.length > 0) ||
    c.cellsChanged + c.cellsAdded + c.cellsRemoved > 0
  );
}

/**
 * What an update changes in a dataset: dimensions and categories added or removed, and how
 * many cells got a new value, a value for the first time, or lost theirs.
 */
export function ChangesView({
  changes,
  labels = {},
  compact = false,
}: {
  changes: Changes;
  /** Dimension labels by id, to name them as the editor knows them. */
  labels?: Record<string, string>;
  compact?: boolean;
}) {
  if (!hasChanges(changes)) {
    return <Paragraph data-size="sm">Ingen endringer i tallene.</Paragraph>;
  }
  const name = (id: string) => (labels[id] ? `«${labels[id]}»` : `«${id}»`);
  const items: string[] = [];
  if (changes.dimensionsAdded.length > 0) {
    items.push(`Nye dimensjoner: ${changes.dimensionsAdded.map(name).join(', ')}`);
  }
  if (changes.dimensionsRemoved.length > 0) {
    items.push(`Fjernede dimensjoner: ${changes.dimensionsRemoved.map(name).join(', ')}`);
  }
  for (const [dimension, ids] of Object.entries(changes.categoriesAdded)) {
    if (ids.length > 0) items.push(`Nye kategorier i ${name(dimension)}: ${listed(ids)}`);
  }
  for (const [dimension, ids] of Object.entries(changes.categoriesRemoved)) {
    if (ids.length > 0) items.push(`Fjernede kategorier i ${name(dimension)}: ${listed(ids)}`);
  }
  const cells = [
    `${count(changes.cellsChanged, 'celle', 'celler')} endret`,
    `${count(changes.cellsAdded, 'ny verdi', 'nye verdier')}`,
    `${count(changes.cellsRemoved, 'verdi', 'verdier')} fjernet`,
  ].join(', ');
  items.push(compact ? cells : `Cellene: ${cells}`);
  return (
    <ul className={compact ? 'monitor-changes monitor-changes--compact' : 'monitor-changes'}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
