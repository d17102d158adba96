import type { LoadedCase } from './load-case.ts';
import type { TCase } from './schema.ts';

export function presentCase(c: LoadedCase, canEdit: boolean): TCase {
  const { row } = c;
  return {
    id: row.id,
    councilId: row.councilId,
    meetingId: row.meetingId,
    meetingNumber: c.meetingNumber,
    number: c.number,
    title: row.title,
    caseTypes: row.caseTypes,
    addressee: row.addressee,
    sender: row.sender,
    caseOfficers: c.officers,
    previouslyHandled: c.previouslyHandled,
    previouslyHandledText: row.previouslyHandledText,
    importedCaseOfficers: row.importedCaseOfficers,
    importedAttachments: row.importedAttachments,
    rawNumber: row.rawNumber,
    stakeholders: row.stakeholders,
    exemptionBasis: row.exemptionBasis,
    background: row.background,
    reason: row.reason,
    mainPoints: row.mainPoints,
    proposedDecision: row.proposedDecision,
    attachments: c.attachments.map((a, i) => ({
      id: a.id,
      number: i + 1,
      title: a.title,
      fileName: a.fileName,
      mediaType: a.mediaType,
      size: a.size,
      exemptionBasis: a.exemptionBasis,
    })),
    carriedOverFrom: c.carriedOverFrom,
    carriedOverTo: c.carriedOverTo,
    isStanding: row.standingCaseId !== null,
    approvesMinutesOf: c.approvesMinutesOf,
    canEdit,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
