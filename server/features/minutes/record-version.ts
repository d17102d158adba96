import { eq, max } from 'drizzle-orm';
import type { MinutesStatus } from '../../../core/minutes-status.ts';
import type { Tx } from '../../db/client.ts';
import { minutesVersions } from '../../db/schema.ts';
import { loadMinutesContent } from './load-minutes.ts';

/** Keeps the text as it stands now as the next numbered version of the minutes. */
export async function recordMinutesVersion(
  tx: Tx,
  minutes: { id: string; meetingId: string },
  status: MinutesStatus,
  userId: string,
  reason: string | null = null,
): Promise<number> {
  const [last] = await tx
    .select({ number: max(minutesVersions.number) })
    .from(minutesVersions)
    .where(eq(minutesVersions.minutesId, minutes.id));
  const number = (last?.number ?? 0) + 1;
  await tx.insert(minutesVersions).values({
    minutesId: minutes.id,
    number,
    status,
    content: await loadMinutesContent(tx, minutes.meetingId),
    reason,
    createdById: userId,
  });
  return number;
}
