/**
 * What the generated overviews are drawn from: the status overview of the council's action
 * plan and the overview of white papers and strategies, both attached to a meeting's case paper.
 * Loaders in `server/features/plans` and `server/features/policy` fill these; the renderers
 * only lay them out, so every row here is a row in the document.
 */

/** Who the overview is for, printed in the heading ("Sak 50/5/2026 Vedlegg 1"). */
export type OverviewHeading = {
  councilName: string;
  /** "5/2026" */
  meetingNumber: string;
  /** "50/5/2026", or null when the overview is not yet attached to a case. */
  caseNumber: string | null;
  /** ISO date the overview was generated. */
  generatedOn: string;
};

export type PlanStatusActivityRow = {
  /** "Brev: Kommentarer til nasjonal handlingsplan for kliniske studier" */
  description: string;
  kindLabel: string;
  statusLabel: string;
  /** "4.1.2026" or "1.2.2026–30.6.2026", empty when none. */
  dates: string;
  responsible: string;
  /** Comments on status ("Brev sendt HOD 4.1.2026"). */
  comments: string;
  /** Follow-up and results ("Svar fra HOD februar 2026 …"). */
  results: string;
};

export type PlanStatusInput = OverviewHeading & {
  /** "Rådets handlingsplan 2026–2027" */
  planTitle: string;
  areas: { title: string; activities: PlanStatusActivityRow[] }[];
};

export type PolicyOverviewRow = {
  /** "Helse for alle. Rettferdig prioritering i vår felles helsetjeneste" */
  title: string;
  /** "Meld. St. 21 (2024–2025)", "NOU 2025: 8" or empty. */
  reference: string;
  kindLabel: string;
  ministry: string;
  /** The council's input: "Høringssvar, 2.5.2025", "Innspill, 15.3.2024", "Ikke levert innspill". */
  input: string;
  /** Launch as worded: "16.9.2025", "Lansering i løpet av 2025", "våren 2026". */
  launch: string;
  /** Consultation: "Høringsfrist 22.12.2025" or empty. */
  consultation: string;
  /** Proposed follow-up by the council. */
  followUp: string;
  /** Since the previous meeting: a new entry, a changed one, or neither. */
  change: 'new' | 'changed' | null;
  /** A warning to print with the row ("Fristen er passert uten innspill"), or null. */
  warning: string | null;
};

export type PolicyOverviewInput = OverviewHeading & {
  /** ISO date of the previous meeting, which "new" and "changed" are counted from; null for the first. */
  previousMeetingDate: string | null;
  rows: PolicyOverviewRow[];
  /** Entries archived since the previous meeting: not followed up further. */
  archived: { title: string; reference: string; reason: string }[];
};
