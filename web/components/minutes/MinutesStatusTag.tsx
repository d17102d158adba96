import { Tag } from '@digdir/designsystemet-react';
import { MINUTES_STATUS_LABELS, type MinutesStatus } from '../../../core/minutes-status.ts';

const COLORS: Record<MinutesStatus, 'info' | 'warning' | 'success' | 'neutral'> = {
  draft: 'neutral',
  circulated: 'warning',
  revised: 'info',
  approved: 'success',
};

/** The minutes' status in words; the colour only repeats what the text says. */
export function MinutesStatusTag({ status }: { status: MinutesStatus }) {
  return (
    <Tag data-color={COLORS[status]} data-size="sm">
      {MINUTES_STATUS_LABELS[status]}
    </Tag>
  );
}
