import type { CaseType } from '../../core/case-types.ts';
import type { MeetingStatus } from '../../core/meeting-status.ts';

/**
 * What the document renderers receive: plain data gathered by the meetings/cases features.
 * Rich-text fields are already-sanitized HTML (p, h2-h4, ul, ol, li, table, thead, tbody,
 * tr, th, td, a, strong, em, br).
 */
export type CouncilInfo = { name: string; shortName: string };

export type MeetingInfo = {
  number: string; // "3/2025"
  date: string; // ISO "2025-06-18"
  startTime: string; // "10:00"
  endTime: string | null; // "15:00"
  locationKind: 'physical' | 'digital' | 'hybrid';
  room: string | null;
  address: string | null;
  link: string | null;
  status: MeetingStatus;
};

export type AttachmentInfo = {
  number: number; // 1-based, as in "Vedlegg 1. …"
  title: string;
  fileName: string;
  mediaType: string;
  /** Loaded on demand: only PDFs are merged into the meeting book. */
  load: () => Promise<Uint8Array>;
};

export type CasePaperInput = {
  caseNumber: string; // "30/3/2025"
  title: string;
  caseTypes: CaseType[];
  addressee: string; // "Til"
  sender: string; // "Fra"
  caseOfficers: string[]; // names
  attachments: AttachmentInfo[];
  previouslyHandled: string[]; // "12/2/2025 Tittel" or legacy text "Sak 42/20 (møte 4/2020)"
  background: string; // HTML
  reason: string; // HTML, "Hvorfor saken fremmes"
  mainPoints: string; // HTML, optional (empty string = leave the section out)
  proposedDecision: string; // HTML
};

export type MeetingBookInput = {
  council: CouncilInfo;
  meeting: MeetingInfo;
  cases: CasePaperInput[]; // in agenda order
  generatedAt: Date;
};
