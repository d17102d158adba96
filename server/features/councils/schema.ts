import { z } from 'zod';
import { CASE_TYPES } from '../../../core/case-types.ts';
import { isValidIsoDate } from '../../../core/dates.ts';
import { COUNCIL_ROLES } from '../../../core/roles.ts';
import { STANDING_CASE_KINDS } from '../../../core/standing-cases.ts';

export const ZIsoDate = z
  .string()
  .max(10, { message: 'Datoen finnes ikke. Bruk formatet ÅÅÅÅ-MM-DD.' })
  .refine(isValidIsoDate, { message: 'Datoen finnes ikke. Bruk formatet ÅÅÅÅ-MM-DD.' });

export const ZCouncilParams = z.object({ councilId: z.string().uuid() });

export const ZCouncil = z.object({
  id: z.string().uuid(),
  name: z.string(),
  shortName: z.string(),
  /** Whether members' declared interests are visible to everyone in the council. */
  interestsPublic: z.boolean(),
  version: z.number().int(),
});
export type TCouncil = z.infer<typeof ZCouncil>;

export const ZCreateCouncilRequest = z.object({
  name: z.string().trim().min(2).max(200),
  shortName: z.string().trim().min(2).max(50),
});
export const ZUpdateCouncilRequest = ZCreateCouncilRequest.extend({
  interestsPublic: z.boolean().optional(),
  version: z.number().int(),
});

export const ZMembership = z.object({
  id: z.string().uuid(),
  userId: z.string().uuid(),
  name: z.string(),
  email: z.string(),
  /** Pseudonymised after leaving: kept in the list for the record, with nothing to change. */
  removed: z.boolean(),
  role: z.enum(COUNCIL_ROLES),
  organisation: z.string().nullable(),
  ministry: z.string().nullable(),
  title: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
});
export type TMembership = z.infer<typeof ZMembership>;

const membershipFields = {
  role: z.enum(COUNCIL_ROLES),
  organisation: z.string().trim().max(200).nullable().default(null),
  ministry: z.string().trim().max(200).nullable().default(null),
  title: z.string().trim().max(200).nullable().default(null),
  periodStart: ZIsoDate.nullable().default(null),
  periodEnd: ZIsoDate.nullable().default(null),
};

/** Adds a person by e-mail; creates the user (without a password) when new. */
export const ZCreateMembershipRequest = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  name: z.string().trim().min(2).max(200),
  ...membershipFields,
});
export const ZUpdateMembershipRequest = z.object(membershipFields);
export const ZMembershipParams = z.object({
  councilId: z.string().uuid(),
  membershipId: z.string().uuid(),
});

export const ZStandingCase = z.object({
  kind: z.enum(STANDING_CASE_KINDS).nullable().default(null),
  title: z.string().trim().min(2).max(300),
  caseTypes: z.array(z.enum(CASE_TYPES)).min(1),
  reason: z.string().max(20000).default(''),
  proposedDecision: z.string().max(20000).default(''),
});
export type TStandingCase = z.infer<typeof ZStandingCase>;
export const ZStandingCasesBody = z.object({ standingCases: z.array(ZStandingCase).max(50) });
