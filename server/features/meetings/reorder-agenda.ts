import { eq, sql } from 'drizzle-orm';
import { isAgendaDraft } from '../../../core/meeting-status.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { cases } from '../../db/schema.ts';
import { invalid } from '../../errors.ts';
import { loadMeeting } from './load-meeting.ts';
import { renumberCases } from './renumber-cases.ts';

/** Sets the agenda order; the case numbers follow it while the agenda is a draft. */
export async function reorderAgenda(
  db: Db,
  userId: string,
  meetingId: string,
  caseIds: string[],
): Promise<void> {
  await db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, meetingId);
    if (!isAgendaDraft(meeting.status)) {
      throw invalid(
        'Innkallingen er sendt, og saksnumrene er låst. Sett møtet tilbake til «Planlagt» for å endre rekkefølgen.',
      );
    }
    const current = await tx
      .select({ id: cases.id, position: cases.position })
      .from(cases)
      .where(eq(cases.meetingId, meetingId));
    const known = new Set(current.map((c) => c.id));
    if (
      caseIds.length !== known.size ||
      new Set(caseIds).size !== caseIds.length ||
      !caseIds.every((id) => known.has(id))
    ) {
      throw invalid('Sakslisten er endret av noen andre. Last siden på nytt og prøv igjen.');
    }
    const values = sql.join(
      caseIds.map((id, i) => sql`(${id}::uuid, ${i + 1}::int)`),
      sql`, `,
    );
    await tx.execute(
      sql`UPDATE ${cases} SET position = v.p FROM (VALUES ${values}) AS v(id, p) WHERE ${cases.id} = v.id`,
    );
    await renumberCases(tx, meeting.councilId, meeting.year);
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
