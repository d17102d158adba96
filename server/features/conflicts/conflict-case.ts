import { asc, eq, sql } from 'drizzle-orm';
import { conflictDecisionLines } from '../../../core/conflicts.ts';
import { formatCaseNumber } from '../../../core/numbers.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { caseMinutes, cases, type meetings, minutes, standingCases } from '../../db/schema.ts';
import { linesToRichText } from '../../rich-text.ts';
import { disqualifiedIn } from './disqualified-in.ts';

type Meeting = typeof meetings.$inferSelect;

/** The meeting's agenda with each case's number and whether it is "Spørsmål om habilitet". */
export async function agendaWithKinds(db: DbOrTx, meeting: Meeting) {
  const rows = await db
    .select({ c: cases, kind: standingCases.kind })
    .from(cases)
    .leftJoin(standingCases, eq(standingCases.id, cases.standingCaseId))
    .where(eq(cases.meetingId, meeting.id))
    .orderBy(asc(cases.position));
  return rows.map(({ c, kind }) => ({
    ...c,
    caseNumber: formatCaseNumber(c.number, meeting.number, meeting.year),
    isConflictCase: kind === 'conflict_of_interest',
  }));
}

/** The decision lines the record gives: none disqualified, or one line per member and case. */
export async function conflictDecisionOf(db: DbOrTx, meeting: Meeting) {
  const agenda = await agendaWithKinds(db, meeting);
  const found = await disqualifiedIn(
    db,
    agenda.map((c) => c.id),
  );
  const lines = conflictDecisionLines(
    agenda.flatMap((c) =>
      found
        .filter((d) => d.caseId === c.id)
        .map((d) => ({
          name: d.name,
          caseNumber: c.caseNumber,
          caseTitle: c.title,
          ground: d.ground,
        })),
    ),
  );
  return { agenda, lines };
}

/**
 * Writes the decision of the standing case "Spørsmål om habilitet" from the record, so the
 * minutes always say what was assessed. Called inside every write to the record.
 */
export async function writeConflictDecision(tx: Tx, meeting: Meeting): Promise<void> {
  const { agenda, lines } = await conflictDecisionOf(tx, meeting);
  const conflictCase = agenda.find((c) => c.isConflictCase);
  if (!conflictCase) return;
  const decision = linesToRichText(lines);
  await tx
    .insert(caseMinutes)
    .values({ caseId: conflictCase.id, decision })
    .onConflictDoUpdate({
      target: caseMinutes.caseId,
      set: { decision, version: sql`${caseMinutes.version} + 1`, updatedAt: new Date() },
    });
  // Anyone editing the minutes meanwhile must reload rather than overwrite the new decision.
  await tx
    .update(minutes)
    .set({ version: sql`${minutes.version} + 1`, updatedAt: new Date() })
    .where(eq(minutes.meetingId, meeting.id));
}
