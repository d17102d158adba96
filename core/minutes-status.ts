/**
 * The minutes workflow, stored as data and checked on the server for every transition:
 * draft → circulated (with a comment deadline) → revised → approved (locked).
 */
export const MINUTES_STATUSES = ['draft', 'circulated', 'revised', 'approved'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export const MINUTES_WORKFLOW: Record<MinutesStatus, readonly MinutesStatus[]> = {
  draft: ['circulated'],
  circulated: ['revised', 'approved'],
  revised: ['circulated', 'approved'],
  approved: [],
};

export const MINUTES_STATUS_LABELS: Record<MinutesStatus, string> = {
  draft: 'Utkast',
  circulated: 'Sendt på merknadsrunde',
  revised: 'Revidert etter merknader',
  approved: 'Godkjent',
};

export function canMoveMinutes(from: MinutesStatus, to: MinutesStatus): boolean {
  return MINUTES_WORKFLOW[from].includes(to);
}

/** Members may read minutes once they have been circulated; observers only when approved. */
export function isVisibleToMembers(status: MinutesStatus): boolean {
  return status !== 'draft';
}
