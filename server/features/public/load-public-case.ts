import { eq } from 'drizzle-orm';
import { formatCaseTypes } from '../../../core/case-types.ts';
import { PUBLIC_ACCESS } from '../../auth/permissions.ts';
import type { DbOrTx } from '../../db/client.ts';
import { caseMinutes } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { loadCase } from '../cases/load-case.ts';
import { findMinutesOfMeeting } from '../minutes/load-minutes.ts';

/** The case paper's fields in the order the paper prints them. */
const FIELDS = [
  ['background', 'Bakgrunn'],
  ['reason', 'Hvorfor saken fremmes'],
  ['mainPoints', 'Hovedpunkter'],
  ['proposedDecision', 'Forslag til vedtak'],
] as const;

/**
 * A case paper as the public sees it. It exists publicly once its meeting's notice is sent;
 * an exempt paper shows its number, title and legal basis, never its fields or files.
 */
export async function loadPublicCase(db: DbOrTx, caseId: string) {
  const loaded = await loadCase(db, caseId);
  const { row, meeting } = loaded;
  if (!PUBLIC_ACCESS.agenda(meeting.status)) throw notFound('Fant ikke saken.');
  const open = PUBLIC_ACCESS.casePaper(meeting.status, row.exemptionBasis);
  const minutes = await findMinutesOfMeeting(db, meeting.id);
  const minutesStatus = minutes?.status ?? null;
  const decision = PUBLIC_ACCESS.caseMinutes(minutesStatus, row.exemptionBasis)
    ? ((await db.select().from(caseMinutes).where(eq(caseMinutes.caseId, caseId)))[0]?.decision ??
      row.proposedDecision)
    : null;
  return {
    id: row.id,
    councilId: row.councilId,
    number: loaded.number,
    title: row.title,
    caseTypes: formatCaseTypes(row.caseTypes),
    exemptionBasis: row.exemptionBasis,
    meeting: { id: meeting.id, number: loaded.meetingNumber, date: meeting.date },
    paper: open
      ? {
          addressee: row.addressee,
          sender: row.sender,
          officers: loaded.officers.map((o) => o.name),
          fields: FIELDS.map(([key, label]) => ({ key, label, html: row[key] })).filter(
            (f) => f.html.trim() !== '',
          ),
          attachments: loaded.attachments.map((a) => ({
            id: a.id,
            title: a.title,
            fileName: a.fileName,
            size: a.size,
            exemptionBasis: a.exemptionBasis,
            published: PUBLIC_ACCESS.attachment(
              meeting.status,
              row.exemptionBasis,
              a.exemptionBasis,
            ),
          })),
        }
      : null,
    decision,
    minutesPublished: PUBLIC_ACCESS.minutes(minutesStatus),
  };
}

export type PublicCase = Awaited<ReturnType<typeof loadPublicCase>>;
