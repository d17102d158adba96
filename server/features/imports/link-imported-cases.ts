import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { formatCaseNumber } from '../../../core/numbers.ts';
import type { Tx } from '../../db/client.ts';
import { casePreviouslyHandled, cases, meetings, minutes } from '../../db/schema.ts';

/** "10/2/21", "16/2/2025" inside a reference; a two-digit year is this century's. */
const CASE_REF = /(\d{1,4})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4}|\d{2})(?!\d)/g;
const APPROVAL = /godkjenning av referat fra (?:råds)?møte (\d{1,2})\/(\d{4})/i;

/**
 * Imported cases link up like cases made here: "Tidligere behandlet" points at the earlier
 * case, and "Godkjenning av referat fra møte 2/2021" approves those minutes. Idempotent, so
 * every import can run it over the council and pick up links to files imported before.
 */
export async function linkImportedCases(tx: Tx, councilId: string): Promise<void> {
  const all = await tx
    .select({ c: cases, meetingNumber: meetings.number })
    .from(cases)
    .innerJoin(meetings, eq(meetings.id, cases.meetingId))
    .where(eq(cases.councilId, councilId));
  const byNumber = new Map(
    all.map(({ c, meetingNumber }) => [formatCaseNumber(c.number, meetingNumber, c.year), c]),
  );
  for (const { c, meetingNumber } of all) {
    if (!c.importId) continue;
    for (const text of c.previouslyHandledText) {
      for (const m of text.matchAll(CASE_REF)) {
        const year = m[3]?.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
        const earlier = byNumber.get(`${Number(m[1])}/${Number(m[2])}/${year}`);
        if (earlier && earlier.id !== c.id) {
          await tx
            .insert(casePreviouslyHandled)
            .values({ caseId: c.id, earlierCaseId: earlier.id })
            .onConflictDoNothing();
        }
      }
    }
    const approval = APPROVAL.exec(c.title);
    if (!approval) continue;
    const [approved] = await tx
      .select({ id: minutes.id })
      .from(minutes)
      .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
      .where(
        and(
          eq(meetings.councilId, councilId),
          eq(meetings.number, Number(approval[1])),
          eq(meetings.year, Number(approval[2])),
          isNotNull(meetings.importId),
          isNull(minutes.approvedInCaseId),
        ),
      );
    if (approved) {
      await tx
        .update(minutes)
        .set({
          approvedInCaseId: c.id,
          approvalNote: `Godkjent i sak ${formatCaseNumber(c.number, meetingNumber, c.year)}`,
        })
        .where(eq(minutes.id, approved.id));
    }
  }
}
