import { eq, max } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { cases } from '../../db/schema.ts';
import { invalid } from '../../errors.ts';
import { getCouncil } from '../councils/council-use-cases.ts';
import { lockMeeting } from '../meetings/lock-meeting.ts';
import { renumberCases, UNNUMBERED } from '../meetings/renumber-cases.ts';
import { sanitizeSections, writeCaseRelations } from './case-relations.ts';
import type { ZCreateCaseRequest } from './schema.ts';

/** Adds a case at the end of a meeting's agenda; it is numbered with the rest of the year. */
export async function createCase(
  db: Db,
  userId: string,
  meetingId: string,
  input: z.infer<typeof ZCreateCaseRequest>,
): Promise<string> {
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (meeting.status === 'held' || meeting.status === 'minutes_approved') {
      throw invalid('Møtet er avholdt. Legg saken til et senere møte.');
    }
    const [last] = await tx
      .select({ position: max(cases.position) })
      .from(cases)
      .where(eq(cases.meetingId, meetingId));
    const {
      caseOfficerIds = [],
      previouslyHandledCaseIds = [],
      ...fields
    } = sanitizeSections(input);
    // A case paper is addressed to the council unless the secretariat says otherwise.
    if (!fields.addressee) fields.addressee = (await getCouncil(tx, meeting.councilId)).name;
    const [row] = await tx
      .insert(cases)
      .values({
        ...fields,
        councilId: meeting.councilId,
        meetingId,
        year: meeting.year,
        number: UNNUMBERED,
        position: (last?.position ?? 0) + 1,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await writeCaseRelations(
      tx,
      meeting.councilId,
      row.id,
      caseOfficerIds,
      previouslyHandledCaseIds,
    );
    await renumberCases(tx, userId, meeting.councilId, meeting.year);
    await recordAudit(tx, {
      userId,
      councilId: meeting.councilId,
      entityType: 'case',
      entityId: row.id,
      action: 'create',
      changes: { ...fields, caseOfficerIds, previouslyHandledCaseIds },
    });
    return row.id;
  });
}
