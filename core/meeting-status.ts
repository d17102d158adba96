/**
 * The meeting workflow, stored as data: each status lists the statuses it may move to.
 * The server validates every transition against this table.
 */
export const MEETING_STATUSES = ['planned', 'notice_sent', 'held', 'minutes_approved'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_WORKFLOW: Record<MeetingStatus, readonly MeetingStatus[]> = {
  planned: ['notice_sent'],
  notice_sent: ['planned', 'held'],
  // A held meeting becomes "minutes approved" only by approving its minutes (features/minutes).
  held: [],
  minutes_approved: [],
};

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  planned: 'Planlagt',
  notice_sent: 'Innkalling sendt',
  held: 'Avholdt',
  minutes_approved: 'Referat godkjent',
};

export function canTransition(from: MeetingStatus, to: MeetingStatus): boolean {
  return MEETING_WORKFLOW[from].includes(to);
}

/** The agenda is a draft (cases renumbered on change) until the notice is sent. */
export function isAgendaDraft(status: MeetingStatus): boolean {
  return status === 'planned';
}
