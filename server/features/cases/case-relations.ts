import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { caseOfficers, casePreviouslyHandled, cases, councilMemberships } from '../../db/schema.ts';
import { invalid } from '../../errors.ts';
import { sanitizeRichText } from '../../rich-text.ts';

export const RICH_TEXT_FIELDS = ['background', 'reason', 'mainPoints', 'proposedDecision'] as const;

export function sanitizeSections<
  T extends Partial<Record<(typeof RICH_TEXT_FIELDS)[number], string>>,
>(input: T): T {
  const out = { ...input };
  for (const field of RICH_TEXT_FIELDS) {
    const value = out[field];
    if (value !== undefined) out[field] = sanitizeRichText(value) as T[typeof field];
  }
  return out;
}

/** Replaces a case's officers and previously-handled links, checking both belong to the council. */
export async function writeCaseRelations(
  tx: Tx,
  councilId: string,
  caseId: string,
  officerIds: string[],
  earlierCaseIds: string[],
): Promise<void> {
  const uniqueOfficers = [...new Set(officerIds)];
  if (uniqueOfficers.length) {
    const members = await tx
      .select({ userId: councilMemberships.userId })
      .from(councilMemberships)
      .where(
        and(
          eq(councilMemberships.councilId, councilId),
          inArray(councilMemberships.userId, uniqueOfficers),
        ),
      );
    if (new Set(members.map((m) => m.userId)).size !== uniqueOfficers.length) {
      throw invalid('En saksbehandler du valgte, hører ikke til rådet.', {
        fields: [{ field: 'caseOfficerIds', message: 'Velg saksbehandlere blant rådets folk.' }],
      });
    }
  }
  const uniqueEarlier = [...new Set(earlierCaseIds)];
  if (uniqueEarlier.includes(caseId)) {
    throw invalid('En sak kan ikke vise til seg selv som tidligere behandlet.');
  }
  if (uniqueEarlier.length) {
    const found = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.councilId, councilId), inArray(cases.id, uniqueEarlier)));
    if (found.length !== uniqueEarlier.length) {
      throw invalid('En sak under «Tidligere behandlet» finnes ikke i dette rådet.');
    }
  }
  await tx.delete(caseOfficers).where(eq(caseOfficers.caseId, caseId));
  if (uniqueOfficers.length) {
    await tx
      .insert(caseOfficers)
      .values(uniqueOfficers.map((userId, i) => ({ caseId, userId, position: i + 1 })));
  }
  await tx.delete(casePreviouslyHandled).where(eq(casePreviouslyHandled.caseId, caseId));
  if (uniqueEarlier.length) {
    await tx
      .insert(casePreviouslyHandled)
      .values(uniqueEarlier.map((earlierCaseId) => ({ caseId, earlierCaseId })));
  }
}
