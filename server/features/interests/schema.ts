import { z } from 'zod';
import { INTEREST_KINDS } from '../../../core/conflicts.ts';
import { ZIsoDate } from '../councils/schema.ts';

export const ZOrganisationParams = z.object({ organisationId: z.string().uuid() });
export const ZInterestParams = z.object({ interestId: z.string().uuid() });

const ZOrganisationName = z.string().trim().min(2).max(200);

export const ZOrganisation = z.object({
  id: z.string().uuid(),
  name: z.string(),
  aliases: z.array(z.string()),
  version: z.number().int(),
});
export type TOrganisation = z.infer<typeof ZOrganisation>;

export const ZCreateOrganisationRequest = z.object({
  name: ZOrganisationName,
  aliases: z.array(ZOrganisationName).max(30).default([]),
});
export const ZUpdateOrganisationRequest = ZCreateOrganisationRequest.extend({
  version: z.number().int(),
});
/** Merging moves every interest to the other organisation and keeps this one's names as aliases. */
export const ZMergeOrganisationRequest = z.object({ intoOrganisationId: z.string().uuid() });

const interestFields = {
  /** An existing organisation, or a name that is looked up (aliases too) or created. */
  organisationId: z.string().uuid().optional(),
  organisationName: ZOrganisationName.optional(),
  kind: z.enum(INTEREST_KINDS),
  role: z.string().trim().max(300).default(''),
  periodStart: ZIsoDate.nullable().default(null),
  periodEnd: ZIsoDate.nullable().default(null),
};
export const ZCreateInterestRequest = z.object({
  /** Whose interest; one's own when left out. Only the secretariat registers for others. */
  userId: z.string().uuid().optional(),
  ...interestFields,
});
export type TCreateInterestRequest = z.infer<typeof ZCreateInterestRequest>;
export const ZUpdateInterestRequest = z.object({ ...interestFields, version: z.number().int() });
export type TUpdateInterestRequest = z.infer<typeof ZUpdateInterestRequest>;
export const ZReviewInterestRequest = z.object({ version: z.number().int() });

export const ZInterestQuery = z.object({ userId: z.string().uuid().optional() });

export const ZInterest = z.object({
  id: z.string().uuid(),
  userId: z.string().uuid(),
  userName: z.string(),
  organisationId: z.string().uuid(),
  organisationName: z.string(),
  kind: z.enum(INTEREST_KINDS),
  role: z.string(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  review: z.enum(['pending', 'reviewed']),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  version: z.number().int(),
});
export type TInterest = z.infer<typeof ZInterest>;

export const ZInterestList = z.object({
  interests: z.array(ZInterest),
  /** What the asker may do, so the page shows only the buttons that work. */
  canReadAll: z.boolean(),
  canReview: z.boolean(),
  canDeclare: z.boolean(),
  interestsPublic: z.boolean(),
});
