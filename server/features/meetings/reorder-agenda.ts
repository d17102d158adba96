import { eq } from 'drizzle-orm';
import { isAgendaDraft } from '../../../core/meeting-status.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { cases } from '../../db/schema.ts';
import { setPositions } from '../../db/set-positions.ts';
import { invalid } from '../../errors.ts';
import { lockMeeting } from './lock-meeting.ts';
import { renumberCases } from './renumber-cases.ts';

/** Sets the agenda order; the case numbers follow it while the agenda is a draft. */
export async function reorderAgenda(
  db: Db,
  userId: string,
  meetingId: string,
  caseIds: string[],
): Promise<void> {
  await db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!isAgendaDraft(meeting.status)) {
      throw invalid(
        'Innkallingen er sendt, og saksnumrene er låst. Sett møtet tilbake til «Planlagt» for å endre rekkefølgen.',
      );
    }
    const current = await tx
      .select({ id: cases.id, position: cases.position })
      .from(cases)
      .where(eq(cases.meetingId, meetingId));
    await setPositions(
      tx,
      cases,
      current.map((c) => c.id),
      caseIds,
      'Sakslisten er endret av noen andre. Last siden på nytt og prøv igjen.',
    );
    await renumberCases(tx, userId, meeting.councilId, meeting.year);
    await recordAudit(tx, {
      userId,
      councilId: meeting.councilId,
      entityType: 'meeting',
      entityId: meetingId,
      action: 'reorder_agenda',
      changes: {
        from: [...current].sort((a, b) => a.position - b.position).map((c) => c.id),
        to: caseIds,
      },
    });
  });
}
