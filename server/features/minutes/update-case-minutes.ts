import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { caseMinutes, cases } from '../../db/schema.ts';
import { conflict, invalid } from '../../errors.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import { carryOverCase } from '../cases/carry-over-case.ts';
import { loadMeeting, nextMeeting } from '../meetings/load-meeting.ts';
import { loadMinutesRow } from './load-minutes.ts';
import { bumpMinutesVersion } from './minutes-guards.ts';
import { recordMinutesVersion } from './record-version.ts';

const POSTPONED_DECISION = '<p>Saken utsettes til neste møte.</p>';

type Input = {
  discussion: string;
  decision: string;
  postponed: boolean;
  version: number;
  correctionReason?: string;
};

/**
 * Writes the discussion and decision of one case. Postponing carries the case over to the
 * next meeting. Approved minutes change only as a reasoned correction, kept as a new version.
 */
export async function updateCaseMinutes(
  db: Db,
  userId: string,
  minutesId: string,
  caseId: string,
  input: Input,
) {
  await db.transaction(async (tx) => {
    const row = await loadMinutesRow(tx, minutesId);
    if (row.status === 'approved' && !input.correctionReason) {
      throw invalid(
        'Referatet er godkjent og låst. Skriv hvorfor det må rettes, så lagres rettelsen som en ny versjon.',
      );
    }
    const [theCase] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.id, caseId), eq(cases.meetingId, row.meetingId)));
    if (!theCase) throw invalid('Saken hører ikke til dette møtet.');
    const [before] = await tx.select().from(caseMinutes).where(eq(caseMinutes.caseId, caseId));
    if ((before?.version ?? 0) !== input.version) {
      throw conflict('Noen andre har endret referatet for denne saken. Last siden på nytt.');
    }
    if (before?.postponed && !input.postponed) {
      throw invalid('Saken er allerede overført til neste møte. Fjern den fra det møtet først.');
    }
    const values = {
      discussion: sanitizeRichText(input.discussion),
      decision: sanitizeRichText(input.decision) || (input.postponed ? POSTPONED_DECISION : ''),
      postponed: input.postponed,
    };
    await tx
      .insert(caseMinutes)
      .values({ caseId, ...values })
      .onConflictDoUpdate({
        target: caseMinutes.caseId,
        set: { ...values, version: input.version + 1, updatedAt: new Date() },
      });
    if (input.postponed && !before?.postponed) {
      const next = await nextMeeting(tx, row.councilId, await loadMeeting(tx, row.meetingId));
      if (!next) throw invalid('Opprett neste møte før saken utsettes, så den kan overføres dit.');
      await carryOverCase(tx, userId, caseId, next.id);
    }
    const after = await bumpMinutesVersion(tx, minutesId, row.version);
    if (row.status === 'approved') {
      await recordMinutesVersion(tx, after, 'approved', userId, input.correctionReason ?? null);
    }
    await recordAudit(tx, {
      userId,
      councilId: row.councilId,
      entityType: 'minutes',
      entityId: minutesId,
      action: row.status === 'approved' ? 'correct' : 'update_case',
      changes: { caseId, ...values, reason: input.correctionReason, before: before ?? null },
    });
  });
}
