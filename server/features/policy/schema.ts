import { z } from 'zod';
import { COUNCIL_INPUTS, POLICY_KINDS, STATEMENT_KINDS } from '../../../core/policy.ts';
import { ZIsoDate } from '../councils/schema.ts';

export const ZPolicyDocumentParams = z.object({ policyDocumentId: z.string().uuid() });
export const ZStatementParams = z.object({ statementId: z.string().uuid() });

const line = (max = 500) => z.string().trim().max(max);
const text = (max = 5_000) => z.string().trim().max(max);

/** A date as worded ("våren 2026") with the period it can fall in, read by the server. */
export const ZUncertainDate = z.object({ text: z.string(), from: z.string(), to: z.string() });

const ZLink = z.object({
  title: line().min(1),
  url: z
    .string()
    .trim()
    .max(2_000)
    .refine((v) => /^https?:\/\//i.test(v), {
      message: 'Lenken må begynne med http:// eller https://.',
    }),
});

const fields = {
  title: line(500).min(2),
  reference: line(200).default(''),
  kind: z.enum(POLICY_KINDS),
  ministry: line(200).default(''),
  /** As worded: "16.9.2025", "våren 2026", "innen 1. november 2026"; empty when unknown. */
  launch: line(200).default(''),
  councilInput: z.enum(COUNCIL_INPUTS).default('none'),
  inputDate: ZIsoDate.nullable().default(null),
  /** Consultation deadline as worded: "22.12.2025", "Høringsfrist 22.12.2025"; empty for none. */
  deadline: line(200).default(''),
  reminderDays: z.number().int().min(0).max(365).default(14),
  proposedFollowUp: text().default(''),
  status: line(500).default(''),
  workingGroup: z.array(z.string().uuid()).max(50).default([]),
  links: z.array(ZLink).max(30).default([]),
};
export const ZCreatePolicyDocumentRequest = z.object(fields);
export const ZUpdatePolicyDocumentRequest = z.object({ ...fields, version: z.number().int() });
export const ZArchivePolicyDocumentRequest = z.object({
  archived: z.boolean(),
  reason: line(1_000).default(''),
  version: z.number().int(),
});

export const ZPolicyListQuery = z.object({
  archived: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const ZStatementSummary = z.object({
  id: z.string().uuid(),
  kind: z.enum(STATEMENT_KINDS),
  title: z.string(),
  sentOn: z.string().nullable(),
});

export const ZPolicyDocument = z.object({
  id: z.string().uuid(),
  councilId: z.string().uuid(),
  title: z.string(),
  reference: z.string(),
  kind: z.enum(POLICY_KINDS),
  ministry: z.string(),
  launch: ZUncertainDate.nullable(),
  /** The wording kept even when no date could be read from it. */
  launchText: z.string(),
  councilInput: z.enum(COUNCIL_INPUTS),
  inputDate: z.string().nullable(),
  deadline: ZUncertainDate.nullable(),
  deadlineText: z.string(),
  reminderDays: z.number().int(),
  proposedFollowUp: z.string(),
  status: z.string(),
  /** "Høringsfrist 22.12.2025", "Lansering våren 2026", "Høringssvar, 2.5.2025" … */
  statusLabel: z.string(),
  /** The deadline has passed and the council gave nothing. */
  missedDeadline: z.boolean(),
  /** Days until the deadline (negative when past), null without one. */
  daysToDeadline: z.number().int().nullable(),
  workingGroup: z.array(z.object({ userId: z.string().uuid(), name: z.string() })),
  links: z.array(ZLink),
  statements: z.array(ZStatementSummary),
  archivedAt: z.string().nullable(),
  archivedReason: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TPolicyDocument = z.infer<typeof ZPolicyDocument>;

const statementFields = {
  policyDocumentId: z.string().uuid().nullable().default(null),
  kind: z.enum(STATEMENT_KINDS),
  title: line(500).min(2),
  summary: text(2_000).default(''),
  body: z.string().max(200_000).default(''),
  sentOn: ZIsoDate.nullable().default(null),
  exemptionBasis: line(200).default(''),
};
export const ZCreateStatementRequest = z.object(statementFields);
export const ZUpdateStatementRequest = z.object({ ...statementFields, version: z.number().int() });

export const ZStatement = z.object({
  id: z.string().uuid(),
  councilId: z.string().uuid(),
  policyDocumentId: z.string().uuid().nullable(),
  policyDocumentTitle: z.string().nullable(),
  kind: z.enum(STATEMENT_KINDS),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  sentOn: z.string().nullable(),
  exemptionBasis: z.string(),
  version: z.number().int(),
});
export type TStatement = z.infer<typeof ZStatement>;
