import { osloToday } from '../../../core/dates.ts';
import { commentDeadline, endOfOsloDay, formatOsloDateTime } from '../../../core/deadlines.ts';
import { formatMeetingNumber } from '../../../core/numbers.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { invalid } from '../../errors.ts';
import { loadMeeting } from '../meetings/load-meeting.ts';
import { notifyCouncil, type Recipient } from '../notifications/notify-council.ts';
import { loadMinutesRow } from './load-minutes.ts';
import { assertTransition, bumpMinutesVersion } from './minutes-guards.ts';
import { recordMinutesVersion } from './record-version.ts';

export type CirculationMail = {
  recipients: Recipient[];
  subject: string;
  text: string;
};

/**
 * Sends the draft to the members for comments: the deadline is the end of a day in Oslo
 * (default seven days ahead), the text is kept as a version, and members get a notice. The
 * e-mail is returned for the caller to send once the transaction has committed.
 */
export async function circulateMinutes(
  db: Db,
  userId: string,
  minutesId: string,
  input: { deadlineDate?: string; version: number },
  publicUrl: string,
  now = new Date(),
): Promise<CirculationMail> {
  const deadline = input.deadlineDate ? endOfOsloDay(input.deadlineDate) : commentDeadline(now);
  if (input.deadlineDate && input.deadlineDate <= osloToday(now)) {
    throw invalid('Merknadsfristen må være en dag etter i dag.', {
      fields: [{ field: 'deadlineDate', message: 'Velg en dato etter i dag.' }],
    });
  }
  return db.transaction(async (tx) => {
    const row = await loadMinutesRow(tx, minutesId);
    assertTransition(row, 'circulated');
    const meeting = await loadMeeting(tx, row.meetingId);
    if (meeting.status !== 'held') {
      throw invalid(
        'Referatet kan sendes på merknadsrunde når møtet er avholdt. Sett møtet til «Avholdt» først.',
      );
    }
    const after = await bumpMinutesVersion(tx, minutesId, input.version, {
      status: 'circulated',
      commentDeadline: deadline,
    });
    const versionNumber = await recordMinutesVersion(tx, after, 'circulated', userId);
    const number = formatMeetingNumber(meeting.number, meeting.year);
    const when = formatOsloDateTime(deadline);
    const link = `/meetings/${meeting.id}/minutes`;
    const recipients = await notifyCouncil(tx, row.councilId, ['chair', 'member', 'substitute'], {
      title: `Utkast til referat fra møte ${number} er klart for merknader innen ${when}`,
      link,
    });
    await recordAudit(tx, {
      userId,
      councilId: row.councilId,
      entityType: 'minutes',
      entityId: minutesId,
      action: 'circulate',
      changes: { deadline: deadline.toISOString(), versionNumber, recipients: recipients.length },
    });
    return {
      recipients,
      subject: `Utkast til referat fra møte ${number} – merknadsfrist ${when}`,
      text: [
        `Utkastet til referat fra møte ${number} (versjon ${versionNumber}) er klart.`,
        '',
        `Merknadsfrist: ${when}.`,
        `Les referatet og gi merknader sak for sak her: ${publicUrl}${link}`,
        '',
        'Hilsen sekretariatet',
      ].join('\n'),
    };
  });
}
