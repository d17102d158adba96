import { z } from 'zod';
import { ZIsoDate } from '../councils/schema.ts';

export const FOLLOW_UP_STATUSES = ['open', 'in_progress', 'done'] as const;

export const ZFollowUpParams = z.object({ followUpId: z.string().uuid() });

const fields = {
  title: z.string().trim().min(2).max(500),
  owner: z.string().trim().max(200).default(''),
  dueDate: ZIsoDate.nullable().default(null),
};
export const ZCreateFollowUpRequest = z.object({ caseId: z.string().uuid(), ...fields });
export const ZUpdateFollowUpRequest = z.object({
  ...fields,
  status: z.enum(FOLLOW_UP_STATUSES),
  version: z.number().int(),
});
export const ZFollowUpQuery = z.object({
  // Query strings are text: only "true" means open items only.
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const ZFollowUp = z.object({
  id: z.string().uuid(),
  caseId: z.string().uuid(),
  caseNumber: z.string(),
  caseTitle: z.string(),
  title: z.string(),
  owner: z.string(),
  dueDate: z.string().nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
  overdue: z.boolean(),
  version: z.number().int(),
});
export type TFollowUp = z.infer<typeof ZFollowUp>;
