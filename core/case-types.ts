export const CASE_TYPES = ['decision', 'information', 'discussion'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** The words the council's own papers use ("Orienteringssak/Diskusjonssak/Vedtakssak"). */
export const CASE_TYPE_LABELS: Record<CaseType, string> = {
  decision: 'Vedtakssak',
  information: 'Orienteringssak',
  discussion: 'Diskusjonssak',
};

export function formatCaseTypes(types: readonly CaseType[]): string {
  return types.map((t) => CASE_TYPE_LABELS[t]).join('/');
}
