import { isAgendaDraft, MEETING_WORKFLOW } from '../../../core/meeting-status.ts';
import { formatCaseNumber, formatMeetingNumber } from '../../../core/numbers.ts';
import type { loadMeetingDetail, MeetingRow } from './load-meeting.ts';
import type { TMeeting, TMeetingDetail } from './schema.ts';

const hhmm = (time: string | null) => (time ? time.slice(0, 5) : null);

export function presentMeeting(meeting: MeetingRow, caseCount: number): TMeeting {
  return {
    id: meeting.id,
    councilId: meeting.councilId,
    number: formatMeetingNumber(meeting.number, meeting.year),
    year: meeting.year,
    date: meeting.date,
    startTime: hhmm(meeting.startTime) ?? '',
    endTime: hhmm(meeting.endTime),
    locationKind: meeting.locationKind,
    room: meeting.room,
    address: meeting.address,
    link: meeting.link,
    status: meeting.status,
    nextStatuses: [...MEETING_WORKFLOW[meeting.status]],
    agendaIsDraft: isAgendaDraft(meeting.status),
    version: meeting.version,
    caseCount,
  };
}

export function presentMeetingDetail(
  detail: Awaited<ReturnType<typeof loadMeetingDetail>>,
  canEdit: boolean,
): TMeetingDetail {
  const { meeting } = detail;
  return {
    ...presentMeeting(meeting, detail.caseCount),
    councilName: detail.councilName,
    canEdit,
    agenda: detail.agenda.map((a) => ({
      id: a.case.id,
      number: formatCaseNumber(a.case.number, meeting.number, meeting.year),
      position: a.case.position,
      title: a.case.title,
      caseTypes: a.case.caseTypes,
      isStanding: a.case.standingCaseId !== null,
      attachmentCount: a.attachmentCount,
      carriedOverFrom:
        a.fromNumber !== null && a.fromMeetingNumber !== null && a.fromYear !== null
          ? formatCaseNumber(a.fromNumber, a.fromMeetingNumber, a.fromYear)
          : null,
      carriedOverTo: a.carriedTo
        ? formatCaseNumber(a.carriedTo.number, a.carriedTo.meetingNumber, a.carriedTo.year)
        : null,
    })),
  };
}
