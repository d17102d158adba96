import type { AttendanceKind, Presence } from '../../../core/attendance.ts';
import type { TFollowUp } from '../../types.ts';

/** Headings for the groups of the attendance list, in the order the minutes print them. */
export const ATTENDANCE_GROUPS: { kind: AttendanceKind; label: string }[] = [
  { kind: 'member', label: 'Medlemmer' },
  { kind: 'substitute', label: 'Varamedlemmer' },
  { kind: 'observer', label: 'Observatører' },
  { kind: 'secretariat', label: 'Sekretariatet' },
  { kind: 'guest', label: 'Gjester' },
];

export const PRESENCE_LABELS: Record<Presence, string> = {
  present: 'Til stede',
  digital: 'Digitalt',
  absent: 'Forfall',
};

export type FollowUpStatus = TFollowUp['status'];

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  open: 'Åpen',
  in_progress: 'Under arbeid',
  done: 'Fullført',
};
