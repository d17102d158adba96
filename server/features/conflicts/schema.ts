import { z } from 'zod';
import { CONFLICT_GROUNDS, INTEREST_KINDS } from '../../../core/conflicts.ts';

export const ZMeetingParams = z.object({ meetingId: z.string().uuid() });
export const ZCaseParams = z.object({ caseId: z.string().uuid() });
export const ZAssessmentParams = z.object({
  caseId: z.string().uuid(),
  userId: z.string().uuid(),
});

export const ZDeclareRequest = z.object({ note: z.string().trim().max(2000).default('') });

export const ZAssessmentRequest = z.object({
  disqualified: z.boolean(),
  ground: z.enum(CONFLICT_GROUNDS).nullable().default(null),
  reason: z.string().trim().max(5000).default(''),
  /** 0 for a new assessment, else the version it started from. */
  version: z.number().int().min(0),
});
export type TAssessmentRequest = z.infer<typeof ZAssessmentRequest>;

export const ZHit = z.object({
  sourceLabel: z.string(),
  term: z.string(),
  matched: z.string(),
  snippet: z.string(),
  count: z.number().int(),
});

export const ZProposal = z.object({
  userId: z.string().uuid(),
  userName: z.string(),
  interestId: z.string().uuid(),
  organisationName: z.string(),
  interestKind: z.enum(INTEREST_KINDS),
  role: z.string(),
  hits: z.array(ZHit),
});

export const ZDeclaration = z.object({
  userId: z.string().uuid(),
  userName: z.string(),
  note: z.string(),
  createdAt: z.string(),
});

export const ZAssessment = z.object({
  userId: z.string().uuid(),
  userName: z.string(),
  disqualified: z.boolean(),
  ground: z.enum(CONFLICT_GROUNDS).nullable(),
  reason: z.string(),
  assessedByName: z.string().nullable(),
  assessedAt: z.string(),
  version: z.number().int(),
});
export type TAssessment = z.infer<typeof ZAssessment>;

export const ZMeetingConflicts = z.object({
  meetingId: z.string().uuid(),
  /** Members, chair and substitutes appointed on the meeting's date: who can be assessed. */
  members: z.array(z.object({ userId: z.string().uuid(), name: z.string() })),
  cases: z.array(
    z.object({
      caseId: z.string().uuid(),
      number: z.string(),
      title: z.string(),
      isConflictCase: z.boolean(),
      proposals: z.array(ZProposal),
      declarations: z.array(ZDeclaration),
      assessments: z.array(ZAssessment),
    }),
  ),
  /** The decision the standing case "Spørsmål om habilitet" gets from the record. */
  decisionLines: z.array(z.string()),
  /** Whether the asker sees everyone, or only what concerns themself. */
  seesAll: z.boolean(),
  canAssess: z.boolean(),
  canDeclare: z.boolean(),
  /** Declarations close when the meeting is held; assessments when the minutes are approved. */
  declarationsOpen: z.boolean(),
  assessmentsOpen: z.boolean(),
});
export type TMeetingConflicts = z.infer<typeof ZMeetingConflicts>;

export const ZAssessmentOverviewQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  userId: z.string().uuid().optional(),
});

export const ZAssessmentOverview = z.object({
  years: z.array(z.number().int()),
  members: z.array(
    z.object({
      userId: z.string().uuid(),
      name: z.string(),
      assessed: z.number().int(),
      disqualified: z.number().int(),
      items: z.array(
        z.object({
          caseId: z.string().uuid(),
          caseNumber: z.string(),
          caseTitle: z.string(),
          meetingId: z.string().uuid(),
          meetingNumber: z.string(),
          meetingDate: z.string(),
          disqualified: z.boolean(),
          ground: z.enum(CONFLICT_GROUNDS).nullable(),
          reason: z.string(),
        }),
      ),
    }),
  ),
});
