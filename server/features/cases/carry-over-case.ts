import { eq, max } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import type { DbOrTx } from '../../db/client.ts';
import { attachments, cases } from '../../db/schema.ts';
import { conflict, invalid } from '../../errors.ts';
import { lockMeeting } from '../meetings/lock-meeting.ts';
import { renumberCases, UNNUMBERED } from '../meetings/renumber-cases.ts';
import { writeCaseRelations } from './case-relations.ts';
import { loadCase } from './load-case.ts';

/**
 * Carries a case over to a later meeting: a new case there, linked to the original, with the
 * same paper and attachments and the original listed as previously handled.
 */
export async function carryOverCase(
  db: DbOrTx,
  userId: string,
  caseId: string,
  toMeetingId: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    const target = await lockMeeting(tx, toMeetingId);
    // Locking the source row makes a second, concurrent carry-over wait and then see the first.
    await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).for('update');
    const source = await loadCase(tx, caseId);
    if (source.carriedOverTo) {
      throw conflict(`Saken er allerede overført som sak ${source.carriedOverTo.number}.`);
    }
    if (target.councilId !== source.row.councilId) throw invalid('Møtet hører til et annet råd.');
    const later =
      target.year > source.meeting.year ||
      (target.year === source.meeting.year && target.number > source.meeting.number);
    if (!later) throw invalid('En sak kan bare overføres til et senere møte.');
    if (target.status === 'held' || target.status === 'minutes_approved') {
      throw invalid('Møtet du valgte, er allerede avholdt.');
    }
    const [last] = await tx
      .select({ position: max(cases.position) })
      .from(cases)
      .where(eq(cases.meetingId, toMeetingId));
    const r = source.row;
    const [created] = await tx
      .insert(cases)
      .values({
        councilId: r.councilId,
        meetingId: toMeetingId,
        year: target.year,
        number: UNNUMBERED,
        position: (last?.position ?? 0) + 1,
        title: r.title,
        caseTypes: r.caseTypes,
        addressee: r.addressee,
        sender: r.sender,
        background: r.background,
        reason: r.reason,
        mainPoints: r.mainPoints,
        proposedDecision: r.proposedDecision,
        previouslyHandledText: r.previouslyHandledText,
        stakeholders: r.stakeholders,
        exemptionBasis: r.exemptionBasis,
        carriedOverFromId: r.id,
      })
      .returning();
    if (!created) throw new Error('insert returned nothing');
    await writeCaseRelations(
      tx,
      r.councilId,
      created.id,
      source.officers.map((o) => o.id),
      [...source.previouslyHandled.map((p) => p.id), r.id],
    );
    // Attachments share the stored file; it is removed only when no case uses it any more.
    if (source.attachments.length) {
      await tx.insert(attachments).values(
        source.attachments.map(({ id: _id, createdAt: _c, ...a }) => ({
          ...a,
          caseId: created.id,
        })),
      );
    }
    await renumberCases(tx, userId, target.councilId, target.year);
    await recordAudit(tx, {
      userId,
      councilId: r.councilId,
      entityType: 'case',
      entityId: r.id,
      action: 'carry_over',
      changes: { to: created.id, meetingId: toMeetingId },
    });
    await recordAudit(tx, {
      userId,
      councilId: r.councilId,
      entityType: 'case',
      entityId: created.id,
      action: 'create',
      changes: { carriedOverFrom: source.number },
    });
    return created.id;
  });
}
