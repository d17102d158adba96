import { z } from 'zod';
import { ATTENDANCE_KINDS, PRESENCES } from '../../../core/attendance.ts';
import { CASE_TYPES } from '../../../core/case-types.ts';
import { CONFLICT_GROUNDS } from '../../../core/conflicts.ts';
import { isValidTime } from '../../../core/dates.ts';
import { MINUTES_STATUSES } from '../../../core/minutes-status.ts';
import { ZIsoDate } from '../councils/schema.ts';

export const ZMinutesParams = z.object({ minutesId: z.string().uuid() });
export const ZMinutesCaseParams = z.object({
  minutesId: z.string().uuid(),
  caseId: z.string().uuid(),
});

const ZTime = z
  .string()
  .refine(isValidTime, { message: 'Klokkeslettet må skrives TT:MM, f.eks. 10:00.' });
export const ZTimeSpan = z.object({ from: ZTime, to: ZTime });

export const ZAttendanceEntry = z.object({
  /** Set for people in Rådsrom; guests may have only a name. */
  userId: z.string().uuid().nullable().default(null),
  name: z.string().trim().min(2).max(200),
  affiliation: z.string().trim().max(200).nullable().default(null),
  kind: z.enum(ATTENDANCE_KINDS),
  presence: z.enum(PRESENCES),
  isChair: z.boolean().default(false),
  substituteForUserId: z.string().uuid().nullable().default(null),
  timeSpans: z.array(ZTimeSpan).max(6).default([]),
  caseIds: z.array(z.string().uuid()).max(50).default([]),
});
export type TAttendanceEntry = z.infer<typeof ZAttendanceEntry>;

export const ZAttendanceRequest = z.object({
  attendance: z.array(ZAttendanceEntry).max(200),
  version: z.number().int(),
});

export const ZCaseMinutesRequest = z.object({
  discussion: z.string().max(200_000).default(''),
  decision: z.string().max(50_000).default(''),
  /** Postponing carries the case over to the council's next meeting. */
  postponed: z.boolean().default(false),
  version: z.number().int(),
  /** Required to change approved minutes: the change becomes a new, audited version. */
  correctionReason: z.string().trim().min(5).max(1000).optional(),
});

export const ZCirculateRequest = z.object({
  /** Last day for comments (Oslo date); defaults to seven days from today. */
  deadlineDate: ZIsoDate.optional(),
  version: z.number().int(),
});

export const ZApproveRequest = z.object({
  /** The approval case at the next meeting that approves these minutes. */
  viaCaseId: z.string().uuid().optional(),
  /** A change to the minutes made in the meeting, recorded with the approval. */
  change: z.string().trim().max(5000).optional(),
  /** Without an approval case (e.g. the council's last meeting), the secretariat's reason. */
  reason: z.string().trim().min(5).max(1000).optional(),
  version: z.number().int(),
});

export const ZCommentRequest = z.object({
  caseId: z.string().uuid().nullable().default(null),
  body: z.string().trim().min(2).max(10_000),
});
export const ZCommentParams = z.object({ commentId: z.string().uuid() });
export const ZAnswerCommentRequest = z.object({
  status: z.enum(['accepted', 'rejected']),
  reply: z.string().trim().max(5000).default(''),
});

export const ZComment = z.object({
  id: z.string().uuid(),
  caseId: z.string().uuid().nullable(),
  authorName: z.string(),
  isMine: z.boolean(),
  body: z.string(),
  versionNumber: z.number().int(),
  status: z.enum(['open', 'accepted', 'rejected']),
  reply: z.string().nullable(),
  repliedByName: z.string().nullable(),
  createdAt: z.string(),
});

export const ZAttendance = ZAttendanceEntry.extend({
  id: z.string().uuid(),
  /** Formatted qualifiers as printed: "digitalt", "10.00–11.30", "sak 21/2/2025", "for Kari Haugen". */
  notes: z.array(z.string()),
});

export const ZMinutesCase = z.object({
  caseId: z.string().uuid(),
  number: z.string(),
  title: z.string(),
  caseTypes: z.array(z.enum(CASE_TYPES)),
  proposedDecision: z.string(),
  discussion: z.string(),
  decision: z.string(),
  postponed: z.boolean(),
  carriedOverTo: z.string().nullable(),
  /** Members found disqualified in this case, who left and took no part (versions before this field have none). */
  notParticipating: z
    .array(
      z.object({ userId: z.string().uuid(), name: z.string(), ground: z.enum(CONFLICT_GROUNDS) }),
    )
    .default([]),
  version: z.number().int(),
});

export const ZMinutesContent = z.object({
  attendance: z.array(ZAttendance),
  cases: z.array(ZMinutesCase),
});
export type TMinutesContent = z.infer<typeof ZMinutesContent>;

export const ZMinutes = ZMinutesContent.extend({
  id: z.string().uuid(),
  meetingId: z.string().uuid(),
  councilId: z.string().uuid(),
  meetingNumber: z.string(),
  status: z.enum(MINUTES_STATUSES),
  nextStatuses: z.array(z.enum(MINUTES_STATUSES)),
  commentDeadline: z.string().nullable(),
  deadlinePassed: z.boolean(),
  approvedAt: z.string().nullable(),
  approvalNote: z.string().nullable(),
  versionCount: z.number().int(),
  version: z.number().int(),
  comments: z.array(ZComment),
  canEdit: z.boolean(),
  /** Approved minutes change only by a reasoned correction, which the secretariat may make. */
  canCorrect: z.boolean(),
  canComment: z.boolean(),
  /** The approval case at the next meeting, once that meeting exists. */
  approvalCase: z
    .object({ id: z.string().uuid(), number: z.string(), meetingId: z.string().uuid() })
    .nullable(),
});
export type TMinutes = z.infer<typeof ZMinutes>;

export const ZMinutesVersion = z.object({
  number: z.number().int(),
  status: z.enum(MINUTES_STATUSES),
  reason: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  content: ZMinutesContent,
});
export type TMinutesVersion = z.infer<typeof ZMinutesVersion>;
