import { z } from 'zod';
import { CASE_TYPES } from '../../../core/case-types.ts';
import { isValidTime } from '../../../core/dates.ts';
import { MEETING_STATUSES } from '../../../core/meeting-status.ts';
import { ZIsoDate } from '../councils/schema.ts';

const ZTime = z
  .string()
  .refine(isValidTime, { message: 'Klokkeslettet må skrives TT:MM, f.eks. 09:30.' });

export const ZMeetingParams = z.object({ meetingId: z.string().uuid() });

const meetingFields = {
  date: ZIsoDate,
  startTime: ZTime,
  endTime: ZTime.nullable().default(null),
  locationKind: z.enum(['physical', 'digital', 'hybrid']).default('physical'),
  room: z.string().trim().max(200).nullable().default(null),
  address: z.string().trim().max(300).nullable().default(null),
  link: z
    .string()
    .trim()
    .max(500)
    .refine((value) => /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value), {
      message: 'Lenken må være en nettadresse som begynner med https://',
    })
    .nullable()
    .default(null),
};

export const ZCreateMeetingRequest = z.object({
  ...meetingFields,
  /** Start the agenda with the council's standing cases (default true). */
  withStandingCases: z.boolean().default(true),
});
export const ZUpdateMeetingRequest = z.object({ ...meetingFields, version: z.number().int() });
export const ZMeetingStatusRequest = z.object({
  status: z.enum(MEETING_STATUSES),
  version: z.number().int(),
});

export const ZAgendaItem = z.object({
  id: z.string().uuid(),
  number: z.string(), // "19/3/2021"
  position: z.number().int(),
  title: z.string(),
  caseTypes: z.array(z.enum(CASE_TYPES)),
  isStanding: z.boolean(),
  attachmentCount: z.number().int(),
  carriedOverFrom: z.string().nullable(), // case number of the earlier case
  carriedOverTo: z.string().nullable(),
});

export const ZMeeting = z.object({
  id: z.string().uuid(),
  councilId: z.string().uuid(),
  number: z.string(), // "3/2021"
  year: z.number().int(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string().nullable(),
  locationKind: z.enum(['physical', 'digital', 'hybrid']),
  room: z.string().nullable(),
  address: z.string().nullable(),
  link: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  /** Statuses this meeting may move to next (from the workflow table). */
  nextStatuses: z.array(z.enum(MEETING_STATUSES)),
  agendaIsDraft: z.boolean(),
  version: z.number().int(),
  caseCount: z.number().int(),
});
export type TMeeting = z.infer<typeof ZMeeting>;

export const ZMeetingDetail = ZMeeting.extend({
  councilName: z.string(),
  agenda: z.array(ZAgendaItem),
  canEdit: z.boolean(),
});
export type TMeetingDetail = z.infer<typeof ZMeetingDetail>;

export const ZReorderAgendaRequest = z.object({ caseIds: z.array(z.string().uuid()).min(1) });
