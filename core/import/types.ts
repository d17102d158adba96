/**
 * What the importer finds in existing meeting papers and minutes: the JSON shape of
 * `npm run cli -- import --json`, reviewed and corrected by the user before anything is written.
 */
import type { CaseType } from '../case-types.ts';

export type ImportedPerson = {
  name: string;
  organisation: string | null;
  /** What limits the presence: "10.00 – 11.30", "digitalt deler av møtet", "sak 21/2/2025", "leder". */
  note: string | null;
};

export type ImportedAttendance = {
  present: ImportedPerson[];
  absent: ImportedPerson[];
  substitutes: ImportedPerson[];
  observers: ImportedPerson[];
  secretariat: ImportedPerson[];
  /** People present from other organisations ("Tilstede fra Innovasjon Norge"). */
  others: ImportedPerson[];
};

export type ImportedCase = {
  /** Canonical "N/M/YYYY" when the meeting is known, "N/YYYY" when not. */
  number: string;
  /** As written: "Sak HO21-rådet 10/2/21". */
  rawNumber: string;
  title: string;
  types: CaseType[];
  sender: string | null;
  caseOfficers: string[];
  attachments: string[];
  previouslyHandled: string[];
  background: string | null;
  reason: string | null;
  mainPoints: string | null;
  proposedDecision: string | null;
  /** From minutes: the decision (vedtak). */
  decision: string | null;
  /** From minutes: what the minutes say about the case besides the decision. */
  minutesText: string | null;
};

export type ImportedMeeting = {
  council: string | null;
  /** "M/YYYY" */
  number: string | null;
  /** "YYYY-MM-DD" */
  date: string | null;
  /** "HH:MM" */
  start: string | null;
  end: string | null;
  place: string | null;
  kind: 'case-papers' | 'minutes';
  attendance: ImportedAttendance;
  cases: ImportedCase[];
};

export type ImportWarning = {
  file: string;
  message: string;
  /** Where in the source: "linje 52". */
  at: string;
};

export type ImportResult = { meetings: ImportedMeeting[]; warnings: ImportWarning[] };

export const emptyAttendance = (): ImportedAttendance => ({
  present: [],
  absent: [],
  substitutes: [],
  observers: [],
  secretariat: [],
  others: [],
});

/** A line of the source text with its 1-based line number, so warnings can point at it. */
export type SourceLine = { text: string; line: number };
