import { z } from 'zod';
import { CASE_TYPES } from '../../../core/case-types.ts';
import { MINUTES_STATUSES } from '../../../core/minutes-status.ts';

export const ZDecisionQuery = z.object({
  year: z.coerce.number().int().min(1900).max(3000).optional(),
  meetingId: z.string().uuid().optional(),
  caseType: z.enum(CASE_TYPES).optional(),
  q: z.string().trim().max(200).optional(),
});

export const ZDecision = z.object({
  caseId: z.string().uuid(),
  caseNumber: z.string(),
  caseTitle: z.string(),
  caseTypes: z.array(z.enum(CASE_TYPES)),
  meetingId: z.string().uuid(),
  meetingNumber: z.string(),
  meetingDate: z.string(),
  decision: z.string(),
  postponed: z.boolean(),
  minutesId: z.string().uuid(),
  minutesStatus: z.enum(MINUTES_STATUSES),
});
export type TDecision = z.infer<typeof ZDecision>;
