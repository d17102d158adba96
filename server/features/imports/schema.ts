import { z } from 'zod';
import { CASE_TYPES } from '../../../core/case-types.ts';

/** The importer's findings (core/import/types.ts), as the review screen sends them back. */
const text = (max: number) => z.string().max(max);
const optionalText = (max: number) => text(max).nullable();

export const ZImportedPerson = z.object({
  name: text(300),
  organisation: optionalText(300),
  note: optionalText(300),
});

const people = z.array(ZImportedPerson).max(200);

export const ZImportedCase = z.object({
  number: text(40),
  rawNumber: text(200),
  title: text(1000),
  types: z.array(z.enum(CASE_TYPES)).max(3),
  sender: optionalText(300),
  caseOfficers: z.array(text(300)).max(20),
  attachments: z.array(text(1000)).max(100),
  previouslyHandled: z.array(text(500)).max(100),
  background: optionalText(500_000),
  reason: optionalText(500_000),
  mainPoints: optionalText(500_000),
  proposedDecision: optionalText(500_000),
  decision: optionalText(500_000),
  minutesText: optionalText(500_000),
});

export const ZImportedMeeting = z.object({
  council: optionalText(300),
  number: optionalText(20),
  date: optionalText(10),
  start: optionalText(5),
  end: optionalText(5),
  place: optionalText(500),
  kind: z.enum(['case-papers', 'minutes']),
  attendance: z.object({
    present: people,
    absent: people,
    substitutes: people,
    observers: people,
    secretariat: people,
    others: people,
  }),
  cases: z.array(ZImportedCase).max(500),
});

// The parser keeps at most 301 warnings per file with short quotes; the limits only stop a
// corrected result sent back from carrying megabytes of text.
export const ZImportWarning = z.object({
  file: z.string().max(300),
  message: z.string().max(2000),
  at: z.string().max(100),
});

export const ZImportResult = z.object({
  meetings: z.array(ZImportedMeeting).max(100),
  warnings: z.array(ZImportWarning).max(1000),
});

export const ZImportParams = z.object({ importId: z.string().uuid() });

export const ZImport = z.object({
  id: z.string().uuid(),
  councilId: z.string().uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  status: z.enum(['staged', 'committed', 'discarded']),
  result: ZImportResult,
  /** What stops a commit, in Norwegian, each naming the meeting or case. */
  problems: z.array(z.string()),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
  version: z.number().int(),
});
export type TImport = z.infer<typeof ZImport>;

export const ZUpdateImportRequest = z.object({ result: ZImportResult, version: z.number().int() });
export const ZCommitImportRequest = z.object({ version: z.number().int() });
