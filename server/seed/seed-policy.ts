import { osloToday } from '../../core/dates.ts';
import { addDays } from '../../core/deadlines.ts';
import { formatShortDate } from '../../core/uncertain-dates.ts';
import type { Db } from '../db/client.ts';
import {
  archivePolicyDocument,
  createPolicyDocument,
} from '../features/policy/policy-document-use-cases.ts';
import { createStatement } from '../features/policy/statement-use-cases.ts';
import { DEMO_POLICY_DOCUMENTS } from './demo-policy-data.ts';

/**
 * The demo register of policy documents, its working groups and the council's statements.
 * Deadlines are set relative to today, so the demo always has some ahead and some passed.
 */
export async function seedDemoPolicy(
  db: Db,
  actor: string,
  councilId: string,
  people: ReadonlyMap<string, string>,
) {
  const today = osloToday();
  for (const doc of DEMO_POLICY_DOCUMENTS) {
    const id = await createPolicyDocument(db, actor, councilId, {
      title: doc.title,
      reference: doc.reference,
      kind: doc.kind,
      ministry: doc.ministry,
      launch: doc.launch,
      councilInput: doc.councilInput,
      inputDate: doc.inputDate,
      deadline:
        doc.deadlineInDays === null ? '' : formatShortDate(addDays(today, doc.deadlineInDays)),
      reminderDays: 14,
      proposedFollowUp: doc.proposedFollowUp,
      status: doc.status,
      workingGroup: doc.workingGroupEmails.flatMap((email) => people.get(email) ?? []),
      links: doc.links,
    });
    if (doc.statement) {
      await createStatement(db, actor, councilId, {
        policyDocumentId: id,
        kind: doc.statement.kind,
        title: doc.statement.title,
        summary: doc.statement.summary,
        body: doc.statement.bodyHtml,
        sentOn: addDays(today, -doc.statement.sentDaysAgo),
        exemptionBasis: '',
      });
    }
    if (doc.archivedReason) {
      await archivePolicyDocument(db, actor, id, {
        archived: true,
        reason: doc.archivedReason,
        version: 1,
      });
    }
  }
}
