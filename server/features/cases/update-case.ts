import { and, eq } from 'drizzle-orm';
import { diff, recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { cases } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { assertStatusOpen } from './assert-case-paper-open.ts';
import { sanitizeSections, writeCaseRelations } from './case-relations.ts';
import { loadCase } from './load-case.ts';
import type { TUpdateCaseRequest } from './schema.ts';

/** Thrown when someone else saved first; the route returns their version beside the error. */
export class CaseConflict extends AppError {
  constructor() {
    super(
      409,
      'conflict',
      'Noen andre lagret saken mens du skrev. Teksten din er ikke lagret, men den er ikke borte: sammenlign med den nye versjonen og lagre på nytt.',
    );
  }
}

export async function updateCase(
  db: Db,
  userId: string,
  caseId: string,
  input: TUpdateCaseRequest,
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await loadCase(tx, caseId);
    assertStatusOpen(before.meeting.status);
    if (before.row.version !== input.version) throw new CaseConflict();
    const { version, caseOfficerIds, previouslyHandledCaseIds, ...fields } =
      sanitizeSections(input);
    // The version check and bump happen in one statement, so two concurrent saves cannot both win.
    const updated = await tx
      .update(cases)
      .set({ ...fields, version: version + 1, updatedAt: new Date() })
      .where(and(eq(cases.id, caseId), eq(cases.version, version)))
      .returning({ id: cases.id });
    if (updated.length === 0) throw new CaseConflict();
    await writeCaseRelations(
      tx,
      before.row.councilId,
      caseId,
      caseOfficerIds,
      previouslyHandledCaseIds,
    );
    await recordAudit(tx, {
      userId,
      councilId: before.row.councilId,
      entityType: 'case',
      entityId: caseId,
      action: 'update',
      changes: diff(
        {
          ...before.row,
          caseOfficerIds: before.officers.map((o) => o.id),
          previouslyHandledCaseIds: before.previouslyHandled.map((p) => p.id),
        },
        { ...fields, caseOfficerIds, previouslyHandledCaseIds },
      ),
    });
  });
}
