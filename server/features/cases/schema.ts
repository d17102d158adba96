import { z } from 'zod';
import { CASE_TYPES } from '../../../core/case-types.ts';

export const ZCaseParams = z.object({ caseId: z.string().uuid() });

const rich = z.string().max(200_000);

export const ZCaseFields = z.object({
  title: z.string().trim().min(2).max(300),
  caseTypes: z.array(z.enum(CASE_TYPES)).min(1, 'Velg minst én type sak.'),
  addressee: z.string().trim().max(200).default(''),
  sender: z.string().trim().max(200).default(''),
  caseOfficerIds: z.array(z.string().uuid()).max(10).default([]),
  previouslyHandledCaseIds: z.array(z.string().uuid()).max(50).default([]),
  previouslyHandledText: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  /** Organisations that are parties to the case; checked against members' interests. */
  stakeholders: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  /** Legal basis for exemption from public access ("offl. § 14"); empty when public. */
  exemptionBasis: z.string().trim().max(200).default(''),
  background: rich.default(''),
  reason: rich.default(''),
  mainPoints: rich.default(''),
  proposedDecision: rich.default(''),
});
export const ZCreateCaseRequest = ZCaseFields.partial({ caseTypes: true }).extend({
  caseTypes: z.array(z.enum(CASE_TYPES)).min(1).default(['decision']),
});
export const ZUpdateCaseRequest = ZCaseFields.extend({ version: z.number().int() });
export type TUpdateCaseRequest = z.infer<typeof ZUpdateCaseRequest>;

export const ZCaseRef = z.object({ id: z.string().uuid(), number: z.string(), title: z.string() });

export const ZAttachment = z.object({
  id: z.string().uuid(),
  number: z.number().int(),
  title: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  exemptionBasis: z.string(),
});
export type TAttachment = z.infer<typeof ZAttachment>;

export const ZCase = z.object({
  id: z.string().uuid(),
  councilId: z.string().uuid(),
  meetingId: z.string().uuid(),
  meetingNumber: z.string(),
  number: z.string(),
  title: z.string(),
  caseTypes: z.array(z.enum(CASE_TYPES)),
  addressee: z.string(),
  sender: z.string(),
  caseOfficers: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
  previouslyHandled: z.array(ZCaseRef),
  previouslyHandledText: z.array(z.string()),
  /** From imported papers: officers and attachments named there, and the number as written. */
  importedCaseOfficers: z.array(z.string()),
  importedAttachments: z.array(z.string()),
  rawNumber: z.string().nullable(),
  stakeholders: z.array(z.string()),
  exemptionBasis: z.string(),
  background: z.string(),
  reason: z.string(),
  mainPoints: z.string(),
  proposedDecision: z.string(),
  attachments: z.array(ZAttachment),
  carriedOverFrom: ZCaseRef.nullable(),
  carriedOverTo: ZCaseRef.nullable(),
  isStanding: z.boolean(),
  /** For the standing approval case: the earlier meeting whose minutes it approves. */
  approvesMinutesOf: z
    .object({ meetingId: z.string().uuid(), meetingNumber: z.string() })
    .nullable(),
  canEdit: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type TCase = z.infer<typeof ZCase>;

export const ZCarryOverRequest = z.object({ toMeetingId: z.string().uuid() });

export const ZHistoryEntry = z.object({
  at: z.string(),
  userName: z.string().nullable(),
  action: z.string(),
  changes: z.record(z.string(), z.unknown()),
});
