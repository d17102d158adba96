import { Link as RouterLink } from 'react-router-dom';
import { formatTimeRange } from '../../core/dates.ts';
import { formatDate, formatPlace } from '../format.ts';
import type { TMeeting } from '../types.ts';
import { StatusTag } from './StatusTag.tsx';

/** One meeting in a list: number and date as the link, then time, place and status. */
export function MeetingListItem({ meeting }: { meeting: TMeeting }) {
  return (
    <li className="meeting-item">
      <RouterLink className="ds-link meeting-item__link" to={`/meetings/${meeting.id}`}>
        Møte {meeting.number} – {formatDate(meeting.date)}
      </RouterLink>
      <span className="meeting-item__meta">
        {formatTimeRange(meeting.startTime, meeting.endTime)} · {formatPlace(meeting)} ·{' '}
        <StatusTag status={meeting.status} />
        <span className="visually-hidden">, {meeting.caseCount} saker</span>
      </span>
    </li>
  );
}
