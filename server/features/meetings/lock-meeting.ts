import type { Tx } from '../../db/client.ts';
import { lockCouncilYear } from '../../db/locks.ts';
import { loadMeeting, type MeetingRow } from './load-meeting.ts';

/**
 * Takes the lock on the meeting's council-year and returns the meeting as it is once the lock
 * is held: a status change or agenda edit that finished while we waited is seen.
 */
export async function lockMeeting(tx: Tx, meetingId: string): Promise<MeetingRow> {
  const { councilId, year } = await loadMeeting(tx, meetingId);
  await lockCouncilYear(tx, councilId, year);
  return loadMeeting(tx, meetingId);
}
