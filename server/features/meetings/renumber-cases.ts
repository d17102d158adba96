import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { isAgendaDraft } from '../../../core/meeting-status.ts';
import { formatCaseNumber, numberCasesOfYear } from '../../../core/numbers.ts';
import { recordAudits } from '../../audit/record-audit.ts';
import type { Tx } from '../../db/client.ts';
import { cases, meetings } from '../../db/schema.ts';
import { conflict } from '../../errors.ts';

/** Numbers at or below this mark a case inserted in a transaction before it is numbered. */
export const UNNUMBERED = 0;

/**
 * Renumbers the cases of a council's year after any agenda change (see core/numbers.ts).
 * Runs inside the caller's transaction; the unique constraint on numbers is deferred.
 */
export async function renumberCases(
  tx: Tx,
  userId: string,
  councilId: string,
  year: number,
): Promise<void> {
  const yearMeetings = await tx
    .select({ id: meetings.id, number: meetings.number, status: meetings.status })
    .from(meetings)
    .where(and(eq(meetings.councilId, councilId), eq(meetings.year, year)));
  if (yearMeetings.length === 0) return;
  const rows = await tx
    .select({ id: cases.id, meetingId: cases.meetingId, number: cases.number })
    .from(cases)
    .where(
      inArray(
        cases.meetingId,
        yearMeetings.map((m) => m.id),
      ),
    )
    .orderBy(asc(cases.position));
  const result = numberCasesOfYear(
    yearMeetings.map((m) => ({
      id: m.id,
      number: m.number,
      frozen: !isAgendaDraft(m.status),
      cases: rows
        .filter((r) => r.meetingId === m.id)
        .map((r) => ({ id: r.id, number: r.number <= UNNUMBERED ? null : r.number })),
    })),
  );
  if (!result.ok) {
    const meetingOf = (caseId: string) => {
      const meetingId = rows.find((r) => r.id === caseId)?.meetingId;
      return yearMeetings.find((m) => m.id === meetingId)?.number ?? 0;
    };
    throw conflict(
      `Saksnummer ${formatCaseNumber(result.number, meetingOf(result.caseId), year)} er allerede brukt i et møte der innkallingen er sendt. Sett det møtet tilbake til planlagt, eller legg saken til et senere møte.`,
    );
  }
  const changed = rows.filter((r) => result.numbers.get(r.id) !== r.number);
  if (changed.length === 0) return;
  // One statement for all changes: cheaper than one UPDATE per case.
  const values = sql.join(
    changed.map((r) => sql`(${r.id}::uuid, ${result.numbers.get(r.id)}::int)`),
    sql`, `,
  );
  await tx.execute(
    sql`UPDATE ${cases} SET number = v.n FROM (VALUES ${values}) AS v(id, n) WHERE ${cases.id} = v.id`,
  );
  // New cases are audited as created; existing ones get a record of their new number.
  await recordAudits(
    tx,
    changed
      .filter((r) => r.number > UNNUMBERED)
      .map((r) => ({
        userId,
        councilId,
        entityType: 'case',
        entityId: r.id,
        action: 'renumber',
        changes: { number: { from: r.number, to: result.numbers.get(r.id) } },
      })),
  );
}
