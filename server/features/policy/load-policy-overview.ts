import { eq } from 'drizzle-orm';
import { osloToday } from '../../../core/dates.ts';
import { formatCaseNumber, formatMeetingNumber } from '../../../core/numbers.ts';
import { councilInputText, deadlineLabel, POLICY_KIND_LABELS } from '../../../core/policy.ts';
import type { DbOrTx } from '../../db/client.ts';
import { policyDocuments } from '../../db/policy-schema.ts';
import { councils } from '../../db/schema.ts';
import type { PolicyOverviewInput } from '../../documents/overview-input.ts';
import { invalid, notFound } from '../../errors.ts';
import { loadCaseRow } from '../cases/load-case.ts';
import { loadMeeting, previousMeeting } from '../meetings/load-meeting.ts';
import { presentPolicyDocuments, REGISTER_ORDER } from './list-policy-documents.ts';

/**
 * "Oversikt meldinger og strategier" for a meeting: every active entry of the register in the
 * council's own columns, what is new or changed since the previous meeting, and what was
 * archived since then (the council will not follow it up).
 */
export async function loadPolicyOverview(
  db: DbOrTx,
  meetingId: string,
  caseId: string | null = null,
): Promise<PolicyOverviewInput> {
  const meeting = await loadMeeting(db, meetingId);
  const [council] = await db.select().from(councils).where(eq(councils.id, meeting.councilId));
  if (!council) throw notFound('Fant ikke rådet.');
  let caseNumber: string | null = null;
  if (caseId) {
    const theCase = await loadCaseRow(db, caseId);
    if (theCase.meetingId !== meetingId) throw invalid('Saken hører ikke til dette møtet.');
    caseNumber = formatCaseNumber(theCase.number, meeting.number, meeting.year);
  }
  const previous = await previousMeeting(db, meeting.councilId, meeting);
  // Changes on the previous meeting's day count: the list is updated with what the meeting said.
  const since = previous?.date ?? null;
  const onOrAfter = (at: Date | null) => !!since && !!at && osloToday(at) >= since;
  const rows = await db
    .select()
    .from(policyDocuments)
    .where(eq(policyDocuments.councilId, meeting.councilId))
    .orderBy(...REGISTER_ORDER);
  const documents = await presentPolicyDocuments(
    db,
    rows.filter((r) => !r.archivedAt),
  );
  const times = new Map(rows.map((r) => [r.id, r]));
  const archived = rows
    .filter((r) => r.archivedAt && (!since || onOrAfter(r.archivedAt)))
    .sort((a, b) => Number(a.archivedAt) - Number(b.archivedAt));

  return {
    councilName: council.name,
    meetingNumber: formatMeetingNumber(meeting.number, meeting.year),
    caseNumber,
    generatedOn: osloToday(),
    previousMeetingDate: previous?.date ?? null,
    rows: documents.map((d) => {
      const t = times.get(d.id);
      const change = onOrAfter(t?.createdAt ?? null)
        ? 'new'
        : onOrAfter(t?.updatedAt ?? null)
          ? 'changed'
          : null;
      const input = d.missedDeadline ? 'Ikke levert innspill' : councilInputText(d);
      return {
        title: d.title,
        reference: d.reference,
        kindLabel: POLICY_KIND_LABELS[d.kind],
        ministry: d.ministry,
        input,
        launch: d.launchText,
        consultation: d.deadlineText ? deadlineLabel(d.deadlineText) : '',
        followUp: [d.proposedFollowUp, d.status].filter(Boolean).join(' '),
        change,
        warning: d.missedDeadline ? 'Fristen er passert uten innspill fra rådet.' : null,
      };
    }),
    archived: archived.map((a) => ({
      title: a.title,
      reference: a.reference,
      reason: a.archivedReason,
    })),
  };
}
