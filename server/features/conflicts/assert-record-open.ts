import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { minutes } from '../../db/schema.ts';
import { invalid } from '../../errors.ts';

/** Assessments are part of the minutes: once those are approved, the record is locked too. */
export async function recordIsOpen(db: DbOrTx, meetingId: string): Promise<boolean> {
  const [row] = await db
    .select({ status: minutes.status })
    .from(minutes)
    .where(eq(minutes.meetingId, meetingId));
  return row?.status !== 'approved';
}

export async function assertRecordOpen(db: DbOrTx, meetingId: string): Promise<void> {
  if (!(await recordIsOpen(db, meetingId))) {
    throw invalid('Referatet fra møtet er godkjent, og habilitetsvurderingene er låst med det.');
  }
}

/** Members declare before the meeting; afterwards the council's record is what counts. */
export function declarationsOpen(meetingStatus: string): boolean {
  return meetingStatus === 'planned' || meetingStatus === 'notice_sent';
}
