import type { CaseType } from '../../core/case-types.ts';
import type { CouncilInfo, MeetingInfo } from './input.ts';

/**
 * What the minutes renderers receive. Text fields `discussion` and `decision` are sanitized
 * HTML like the case paper sections.
 */
export type AttendanceLine = {
  name: string;
  /** "Helse Vest", or the ministry for observers, or the title for staff ("spesialrådgiver"). */
  affiliation: string | null;
  /** Already formatted qualifiers: "digitalt", "10.00–11.30", "sak 21/2/2025", "for Kari Haugen". */
  notes: string[];
  isChair: boolean;
};

export type AttendanceBlocks = {
  present: AttendanceLine[]; // "Til stede" (members incl. chair)
  absent: AttendanceLine[]; // "Forfall"
  substitutes: AttendanceLine[]; // "Møtende vara"
  observers: AttendanceLine[]; // "Observatører"
  secretariat: AttendanceLine[]; // "Til stede fra sekretariatet"
  guests: AttendanceLine[]; // "Gjester"
};

export type MinutesCaseEntry = {
  caseNumber: string; // "19/3/2021"
  title: string;
  caseTypes: CaseType[];
  discussion: string; // HTML, may be empty
  decision: string; // HTML ("<p>Tas til orientering.</p>")
  postponed: boolean; // "Saken ble utsatt til neste møte."
  /** Disqualified members who left for this case: "Kari Nordmann var inhabil (…) og fratrådte …" */
  notParticipating?: string[];
};

export type MinutesInput = {
  council: CouncilInfo;
  meeting: MeetingInfo;
  /** 'draft' | 'circulated' | 'revised' | 'approved': drafts carry a visible "Utkast" mark. */
  status: 'draft' | 'circulated' | 'revised' | 'approved';
  versionNumber: number;
  /** ISO instant of the comment deadline while circulated, else null. */
  commentDeadline: string | null;
  /** ISO date of approval, and how: "Godkjent i sak 32/3/2025" or a recorded reason. */
  approval: { date: string; note: string } | null;
  attendance: AttendanceBlocks;
  cases: MinutesCaseEntry[]; // in agenda order
  generatedAt: Date;
};
