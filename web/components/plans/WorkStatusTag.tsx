import { Tag } from '@digdir/designsystemet-react';
import { WORK_STATUS_LABELS, WORK_STATUSES, type WorkStatus } from '../../../core/plans.ts';

const COLORS: Record<WorkStatus, 'info' | 'warning' | 'success' | 'neutral'> = {
  planned: 'info',
  ongoing: 'warning',
  done: 'success',
  stopped: 'neutral',
};

/** The status of an activity or measure in words; the colour only repeats what the text says. */
export function WorkStatusTag({ status }: { status: WorkStatus }) {
  return (
    <Tag data-color={COLORS[status]} data-size="sm" data-testid="work-status">
      {WORK_STATUS_LABELS[status]}
    </Tag>
  );
}

/** How many have each status, counted from a list of activities or measures. */
export function countStatuses(items: readonly { status: WorkStatus }[]) {
  const counts = Object.fromEntries(WORK_STATUSES.map((s) => [s, 0])) as Record<WorkStatus, number>;
  for (const item of items) counts[item.status] += 1;
  return counts;
}

/** "3 aktiviteter: 1 planlagt, 1 pågår, 1 gjennomført", leaving out statuses nobody has. */
export function StatusCounts({
  items,
  noun,
  id,
}: {
  items: readonly { status: WorkStatus }[];
  noun: readonly [one: string, many: string];
  id?: string;
}) {
  const counts = countStatuses(items);
  const parts = WORK_STATUSES.filter((s) => counts[s] > 0).map(
    (s) => `${counts[s]} ${WORK_STATUS_LABELS[s].toLocaleLowerCase('nb-NO')}`,
  );
  return (
    <p className="muted plan-counts" id={id} data-testid="status-counts">
      {items.length} {items.length === 1 ? noun[0] : noun[1]}
      {parts.length > 0 && `: ${parts.join(', ')}`}
    </p>
  );
}
