/**
 * Proposed conflicts of interest for a meeting: a member's registered interest in an
 * organisation that a case's papers mention. Proposals only; the secretariat decides.
 */
import { interestActiveOn } from './conflicts.ts';
import {
  buildOrganisationMatcher,
  type OrganisationTerms,
  type TermHit,
  type TextSource,
} from './organisation-matching.ts';

export type ProposalInput = {
  /** yyyy-mm-dd */
  meetingDate: string;
  /** Sources include fields, stakeholders and attachments. */
  cases: { caseId: string; sources: TextSource[] }[];
  members: { userId: string; name: string }[];
  organisations: OrganisationTerms[];
  interests: {
    interestId: string;
    userId: string;
    organisationId: string;
    periodStart: string | null;
    periodEnd: string | null;
  }[];
};

export type ProposalHit = TermHit & { sourceLabel: string };

export type ConflictProposal = {
  caseId: string;
  userId: string;
  interestId: string;
  organisationId: string;
  hits: ProposalHit[];
};

const collator = new Intl.Collator('nb', { sensitivity: 'base' });
// Tie-breakers so that equal names still give a stable order.
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function proposeConflicts(input: ProposalInput): ConflictProposal[] {
  const memberNames = new Map(input.members.map((m) => [m.userId, m.name]));
  const interestsByOrg = new Map<string, ProposalInput['interests']>();
  for (const interest of input.interests) {
    if (!memberNames.has(interest.userId)) continue;
    if (!interestActiveOn(interest, input.meetingDate)) continue;
    const list = interestsByOrg.get(interest.organisationId);
    if (list) list.push(interest);
    else interestsByOrg.set(interest.organisationId, [interest]);
  }
  if (interestsByOrg.size === 0) return [];

  // Only organisations someone has an active interest in need to be searched for.
  const matcher = buildOrganisationMatcher(
    input.organisations.filter((o) => interestsByOrg.has(o.organisationId)),
  );
  const orgNames = new Map<string, string>();
  for (const o of input.organisations) {
    if (!orgNames.has(o.organisationId)) orgNames.set(o.organisationId, o.terms[0] ?? '');
  }

  const proposals: ConflictProposal[] = [];
  for (const casePaper of input.cases) {
    const hitsByOrg = new Map<string, ProposalHit[]>();
    for (const source of casePaper.sources) {
      for (const hit of matcher.find(source)) {
        const hits = hitsByOrg.get(hit.organisationId);
        const withLabel = { ...hit, sourceLabel: source.label };
        if (hits) hits.push(withLabel);
        else hitsByOrg.set(hit.organisationId, [withLabel]);
      }
    }
    const forCase: ConflictProposal[] = [];
    for (const [organisationId, hits] of hitsByOrg) {
      for (const interest of interestsByOrg.get(organisationId) ?? []) {
        forCase.push({
          caseId: casePaper.caseId,
          userId: interest.userId,
          interestId: interest.interestId,
          organisationId,
          hits: [...hits],
        });
      }
    }
    forCase.sort(
      (a, b) =>
        collator.compare(memberNames.get(a.userId) ?? '', memberNames.get(b.userId) ?? '') ||
        compareIds(a.userId, b.userId) ||
        collator.compare(
          orgNames.get(a.organisationId) ?? '',
          orgNames.get(b.organisationId) ?? '',
        ) ||
        compareIds(a.organisationId, b.organisationId) ||
        compareIds(a.interestId, b.interestId),
    );
    proposals.push(...forCase);
  }
  return proposals;
}
