/**
 * Conflict of interest (habilitet) under forvaltningsloven § 6: the kinds of interest a member
 * declares, the grounds for disqualification, and the decision text the standing case gets.
 */
export const INTEREST_KINDS = ['employer', 'position', 'board', 'ownership', 'other'] as const;
export type InterestKind = (typeof INTEREST_KINDS)[number];

export const INTEREST_KIND_LABELS: Record<InterestKind, string> = {
  employer: 'Arbeidsgiver',
  position: 'Stilling eller verv',
  board: 'Styreverv',
  ownership: 'Eierinteresse',
  other: 'Annen rolle',
};

/** First paragraph: automatic grounds; second paragraph: other special circumstances. */
export const CONFLICT_GROUNDS = ['automatic', 'discretionary'] as const;
export type ConflictGround = (typeof CONFLICT_GROUNDS)[number];

export const CONFLICT_GROUND_LABELS: Record<ConflictGround, string> = {
  automatic: 'forvaltningsloven § 6 første ledd',
  discretionary: 'forvaltningsloven § 6 andre ledd',
};

export const NO_CONFLICT_DECISION =
  'Det er ikke knyttet inhabilitet til noen av sakene på rådsmøtet.';

export type Disqualification = {
  name: string;
  caseNumber: string;
  caseTitle: string;
  ground: ConflictGround;
};

/** The decision lines of the standing case "Spørsmål om habilitet", from the record. */
export function conflictDecisionLines(disqualifications: readonly Disqualification[]): string[] {
  if (disqualifications.length === 0) return [NO_CONFLICT_DECISION];
  return disqualifications.map(
    (d) =>
      `${d.name} er inhabil i sak ${d.caseNumber} ${d.caseTitle}, jf. ${CONFLICT_GROUND_LABELS[d.ground]}.`,
  );
}

/** What the minutes of an affected case say about a member who did not take part. */
export function notParticipatingLine(name: string, ground: ConflictGround): string {
  return `${name} var inhabil (${CONFLICT_GROUND_LABELS[ground]}) og fratrådte under behandlingen av saken.`;
}

/** Whether an interest's period covers a date (ISO yyyy-mm-dd); open ends cover everything. */
export function interestActiveOn(
  period: { periodStart: string | null; periodEnd: string | null },
  date: string,
): boolean {
  return (
    (period.periodStart === null || period.periodStart <= date) &&
    (period.periodEnd === null || period.periodEnd >= date)
  );
}
