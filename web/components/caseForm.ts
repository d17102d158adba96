import type { CaseType } from '../../core/case-types.ts';
import type { TCase, TCaseRef } from '../types.ts';

/** The editable part of a case paper, as the form holds it. */
export type CaseFormValues = {
  title: string;
  caseTypes: CaseType[];
  addressee: string;
  sender: string;
  /** "Unntatt offentlighet – hjemmel", e.g. "offl. § 14"; empty when the case is public. */
  exemptionBasis: string;
  caseOfficerIds: string[];
  previouslyHandled: TCaseRef[];
  previouslyHandledText: string[];
  /** "Berørte parter", one organisation per line as typed; sent as a list. */
  stakeholders: string;
  background: string;
  reason: string;
  mainPoints: string;
  proposedDecision: string;
};

export const RICH_SECTIONS = [
  { key: 'background', label: 'Bakgrunn' },
  { key: 'reason', label: 'Hvorfor saken fremmes' },
  { key: 'mainPoints', label: 'Hovedpunkter' },
  { key: 'proposedDecision', label: 'Forslag til vedtak' },
] as const;

/**
 * The id of a part of the case paper, in both the read view and the editor: a search hit opens
 * the case at `#section-<key>` (keys as in the search index: addressee, sender, background,
 * reason, mainPoints, proposedDecision, previouslyHandled, stakeholders).
 */
export const sectionId = (key: string) => `section-${key}`;

export const FIELD_LABELS: Record<string, string> = {
  title: 'Tittel',
  caseTypes: 'Type sak',
  addressee: 'Til',
  sender: 'Fra',
  exemptionBasis: 'Unntatt offentlighet (hjemmel)',
  caseOfficerIds: 'Saksbehandlere',
  previouslyHandledCaseIds: 'Tidligere behandlet',
  previouslyHandledText: 'Tidligere behandlet (eldre nummer)',
  stakeholders: 'Berørte parter',
  background: 'Bakgrunn',
  reason: 'Hvorfor saken fremmes',
  mainPoints: 'Hovedpunkter',
  proposedDecision: 'Forslag til vedtak',
  attachments: 'Vedlegg',
  meetingId: 'Møte',
  position: 'Plass på sakslisten',
};

export function valuesFromCase(c: TCase): CaseFormValues {
  return {
    title: c.title,
    caseTypes: [...c.caseTypes],
    addressee: c.addressee,
    sender: c.sender,
    exemptionBasis: c.exemptionBasis,
    caseOfficerIds: c.caseOfficers.map((o) => o.id),
    previouslyHandled: [...c.previouslyHandled],
    previouslyHandledText: [...c.previouslyHandledText],
    stakeholders: c.stakeholders.join('\n'),
    background: c.background,
    reason: c.reason,
    mainPoints: c.mainPoints,
    proposedDecision: c.proposedDecision,
  };
}

/** One name per line, trimmed, blanks and repeats dropped. */
export function parseLines(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split('\n')) {
    const name = part.replace(/\s+/g, ' ').trim();
    if (name && !out.some((x) => x.toLocaleLowerCase('nb') === name.toLocaleLowerCase('nb'))) {
      out.push(name);
    }
  }
  return out;
}

export function requestBody(values: CaseFormValues, version: number) {
  const { previouslyHandled, stakeholders, ...rest } = values;
  return {
    ...rest,
    stakeholders: parseLines(stakeholders),
    previouslyHandledCaseIds: previouslyHandled.map((r) => r.id),
    version,
  };
}

/** Fields where my form differs from the saved case, as plain text for comparison. */
export function differingFields(mine: CaseFormValues, theirs: CaseFormValues) {
  const show = (v: CaseFormValues, key: keyof CaseFormValues): string => {
    const value = v[key];
    if (key === 'previouslyHandled') return v.previouslyHandled.map((r) => r.number).join(', ');
    if (key === 'stakeholders') return parseLines(v.stakeholders).join(', ');
    return Array.isArray(value) ? value.join(', ') : String(value);
  };
  return (Object.keys(mine) as (keyof CaseFormValues)[])
    .filter((key) => show(mine, key) !== show(theirs, key))
    .map((key) => ({ key, mine: show(mine, key), theirs: show(theirs, key) }));
}
