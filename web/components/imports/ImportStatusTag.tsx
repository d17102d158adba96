import { Tag } from '@digdir/designsystemet-react';
import type { TImport } from '../../types.ts';
import { STATUS_LABELS } from './importText.ts';

/** "Til gjennomgang", "Importert", "Forkastet"; the colour only repeats the words. */
export function ImportStatusTag({ status }: { status: TImport['status'] }) {
  const color = status === 'committed' ? 'success' : status === 'staged' ? 'warning' : 'neutral';
  return (
    <Tag data-color={color} data-size="sm">
      {STATUS_LABELS[status]}
    </Tag>
  );
}
