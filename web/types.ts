/** API types, imported type-only from the server's Zod schemas so no server code is bundled. */
import type { z } from 'zod';
import type { TMeResponse } from '../server/auth/schema.ts';
import type { ZCaseRef, ZHistoryEntry } from '../server/features/cases/schema.ts';

export type {
  TAttachment,
  TCase,
  TUpdateCaseRequest,
} from '../server/features/cases/schema.ts';
export type {
  TCouncil,
  TMembership,
  TStandingCase,
} from '../server/features/councils/schema.ts';
export type { TMeeting, TMeetingDetail } from '../server/features/meetings/schema.ts';
export type { TMeResponse };

export type TCaseRef = z.infer<typeof ZCaseRef>;
export type THistoryEntry = z.infer<typeof ZHistoryEntry>;
export type TMeCouncil = TMeResponse['councils'][number];
export type { LocationKind } from '../core/meeting-place.ts';

export type { TDecision } from '../server/features/decisions/schema.ts';
export type { TFollowUp } from '../server/features/follow-ups/schema.ts';
export type {
  TAttendanceEntry,
  TMinutes,
  TMinutesContent,
  TMinutesVersion,
} from '../server/features/minutes/schema.ts';
export type { TNotification } from '../server/features/notifications/schema.ts';

import type { TMinutes as Minutes } from '../server/features/minutes/schema.ts';

export type TMinutesAttendance = Minutes['attendance'][number];
export type TMinutesCase = Minutes['cases'][number];
export type TMinutesComment = Minutes['comments'][number];

export type { TAssessment, TMeetingConflicts } from '../server/features/conflicts/schema.ts';
export type {
  TInterest,
  TOrganisation,
} from '../server/features/interests/schema.ts';

import type {
  ZAssessmentOverview,
  ZMeetingConflicts,
} from '../server/features/conflicts/schema.ts';
import type { ZInterestList } from '../server/features/interests/schema.ts';

export type TInterestList = z.infer<typeof ZInterestList>;
export type TAssessmentOverview = z.infer<typeof ZAssessmentOverview>;
export type TConflictCase = z.infer<typeof ZMeetingConflicts>['cases'][number];
export type TConflictProposal = TConflictCase['proposals'][number];
export type TConflictHit = TConflictProposal['hits'][number];
export type TConflictDeclaration = TConflictCase['declarations'][number];

export type {
  ImportedAttendance,
  ImportedCase,
  ImportedMeeting,
  ImportedPerson,
  ImportResult,
  ImportWarning,
} from '../core/import/types.ts';
export type { TProviders } from '../server/auth/schema.ts';
export type { PlanStatusInput } from '../server/documents/overview-input.ts';
export type { TAuditEntry, TAuditPage } from '../server/features/audit-log/schema.ts';
export type { TImport } from '../server/features/imports/schema.ts';

// The action plans: the council's own and the government's, with their areas and activities.
export type {
  TActivity,
  TArea,
  TCasePlanLink,
  TMeasure,
  TPlan,
  TPlanSummary,
} from '../server/features/plans/schema.ts';
export type {
  TFacetValue,
  TMarkedText,
  TSearchFacets,
  TSearchHit,
  TSearchResult,
  TTimeline,
  TTimelineItem,
} from '../server/features/search/schema.ts';

import type { ZGeneratedOverview } from '../server/features/documents/overview-routes.ts';
import type {
  ZGoalChange,
  ZCaseRef as ZPlanCaseRef,
  ZReferenceGroupMember,
} from '../server/features/plans/schema.ts';

export type TPlanCaseRef = z.infer<typeof ZPlanCaseRef>;
export type TGoalChange = z.infer<typeof ZGoalChange>;
export type TReferenceGroupMember = z.infer<typeof ZReferenceGroupMember>;
export type TGeneratedOverview = z.infer<typeof ZGeneratedOverview>;

export type { PolicyOverviewInput, PolicyOverviewRow } from '../server/documents/overview-input.ts';
// The monitor's editors: datasets, their imports and the indicators drawn from them.
export type {
  TColumnMapping,
  TCreateIndicatorRequest,
  TCubeSummary,
  TDataset,
  TDatasetDetail,
  TFigure,
  TImportPreview,
  TIndicator,
} from '../server/features/monitor/schema.ts';
// The register of policy documents and the council's statements ("Rådet mener").
export type { TPolicyDocument, TStatement } from '../server/features/policy/schema.ts';
