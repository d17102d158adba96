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
export type LocationKind = 'physical' | 'digital' | 'hybrid';
