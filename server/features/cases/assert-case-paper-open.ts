import type { MeetingStatus } from '../../../core/meeting-status.ts';
import type { DbOrTx } from '../../db/client.ts';
import { invalid } from '../../errors.ts';
import { loadMeeting } from '../meetings/load-meeting.ts';

const CLOSED: readonly MeetingStatus[] = ['held', 'minutes_approved'];

/** After the meeting, a case paper is the record of what the council treated: no more edits. */
export function isCasePaperOpen(status: MeetingStatus): boolean {
  return !CLOSED.includes(status);
}

export function assertStatusOpen(status: MeetingStatus): void {
  if (!isCasePaperOpen(status)) {
    throw invalid(
      'Møtet er avholdt, så saksframlegget og vedleggene er låst slik de ble behandlet.',
    );
  }
}

export async function assertCasePaperOpen(db: DbOrTx, meetingId: string): Promise<void> {
  assertStatusOpen((await loadMeeting(db, meetingId)).status);
}
