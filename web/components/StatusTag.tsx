import { Tag } from '@digdir/designsystemet-react';
import { MEETING_STATUS_LABELS, type MeetingStatus } from '../../core/meeting-status.ts';

const COLORS: Record<MeetingStatus, 'info' | 'warning' | 'success' | 'neutral'> = {
  planned: 'info',
  notice_sent: 'warning',
  held: 'success',
  minutes_approved: 'neutral',
};

/** The status in words; the colour only repeats what the text says. */
export function StatusTag({ status }: { status: MeetingStatus }) {
  return (
    <Tag data-color={COLORS[status]} data-size="sm">
      {MEETING_STATUS_LABELS[status]}
    </Tag>
  );
}
