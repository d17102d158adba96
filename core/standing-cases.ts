/**
 * Standing cases the system must recognise. Their titles are the council's own; the kind says
 * what the case does, e.g. the approval case links to and approves the previous minutes.
 */
export const STANDING_CASE_KINDS = [
  'approve_agenda',
  'conflict_of_interest',
  'approve_minutes',
  'information',
  'policy_overview',
  'any_other_business',
  'evaluation',
] as const;
export type StandingCaseKind = (typeof STANDING_CASE_KINDS)[number];

/** "Godkjenning av referat fra møte 2/2025", the title the approval case gets on an agenda. */
export function approvalCaseTitle(previousMeetingNumber: string): string {
  return `Godkjenning av referat fra møte ${previousMeetingNumber}`;
}
