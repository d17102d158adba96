import { isAgendaDraft, type MeetingStatus } from '../../core/meeting-status.ts';
import type { MinutesStatus } from '../../core/minutes-status.ts';
import type { CouncilRole } from '../../core/roles.ts';
import type { SearchAudience } from '../../core/search.ts';
import { forbidden } from '../errors.ts';

/**
 * The one place that decides access. Every API route declares its `RouteAccess` (checked
 * centrally before the handler), and handlers ask `assertCan` (or `can`) with the signed-in
 * actor, an action and the council the thing belongs to.
 */
export type Actor = {
  userId: string;
  name: string;
  email: string;
  isSystemAdmin: boolean;
  /** Active roles by council id. */
  roles: ReadonlyMap<string, readonly CouncilRole[]>;
};

export const ACTIONS = {
  'council.create': [],
  'council.read': ['admin', 'secretariat', 'chair', 'member', 'substitute', 'observer'],
  'council.manage': ['admin', 'secretariat'],
  'meeting.read': ['admin', 'secretariat', 'chair', 'member', 'substitute', 'observer'],
  'meeting.write': ['admin', 'secretariat'],
  'case.read': ['admin', 'secretariat', 'chair', 'member', 'substitute', 'observer'],
  'case.write': ['admin', 'secretariat'],
  'audit.read': ['admin', 'secretariat'],
  'minutes.write': ['admin', 'secretariat'],
  'minutes.comment': ['chair', 'member', 'substitute'],
  'followup.write': ['admin', 'secretariat'],
  /** Declared interests: people who may register their own, and who sees everyone's. */
  'interest.declare': ['chair', 'member', 'substitute'],
  'interest.read_all': ['admin', 'secretariat', 'chair'],
  'interest.review': ['admin', 'secretariat'],
  'organisation.manage': ['admin', 'secretariat'],
  /** Conflict of interest: members declare their own; chair and secretariat see and record. */
  'conflict.declare': ['chair', 'member', 'substitute'],
  'conflict.read_all': ['admin', 'secretariat', 'chair'],
  'conflict.assess': ['admin', 'secretariat', 'chair'],
  /** Importing the archive writes meetings and decisions: the secretariat's job. */
  'import.manage': ['admin', 'secretariat'],
  /** The action plans and the register of policy documents: kept by the secretariat. */
  'plan.write': ['admin', 'secretariat'],
  'policy.write': ['admin', 'secretariat'],
  /** The monitor's datasets, indicators and newsletter: edited by the secretariat. */
  'monitor.write': ['admin', 'secretariat'],
  /** Removing a person who has left renames them in every council's records they appear in. */
  'person.remove': ['admin', 'secretariat'],
} as const satisfies Record<string, readonly CouncilRole[]>;

/** Who reads minutes depends on how far they have come: members from circulation, all when approved. */
const MINUTES_READERS: Record<MinutesStatus, readonly CouncilRole[]> = {
  draft: ['admin', 'secretariat'],
  circulated: ['admin', 'secretariat', 'chair', 'member', 'substitute'],
  revised: ['admin', 'secretariat', 'chair', 'member', 'substitute'],
  approved: ['admin', 'secretariat', 'chair', 'member', 'substitute', 'observer'],
};

export function canReadMinutes(actor: Actor, councilId: string, status: MinutesStatus): boolean {
  if (actor.isSystemAdmin) return true;
  return (actor.roles.get(councilId) ?? []).some((role) => MINUTES_READERS[status].includes(role));
}

export function assertCanReadMinutes(actor: Actor, councilId: string, status: MinutesStatus): void {
  if (!canReadMinutes(actor, councilId, status)) throw forbidden();
}

export type Action = keyof typeof ACTIONS;

export function can(actor: Actor, action: Action, councilId?: string): boolean {
  if (actor.isSystemAdmin) return true;
  if (councilId === undefined) return false;
  const allowed: readonly CouncilRole[] = ACTIONS[action];
  return (actor.roles.get(councilId) ?? []).some((role) => allowed.includes(role));
}

export function assertCan(actor: Actor, action: Action, councilId?: string): void {
  if (!can(actor, action, councilId)) throw forbidden();
}

/**
 * What an API route requires before its handler runs. Every route under `/api` declares one as
 * `config.access`; `route-access.ts` refuses to start without it and enforces it before the body
 * is validated, so a refusal never depends on what was sent.
 * - `public`: anyone, signed in or not.
 * - `signed_in`: any signed-in person; the handler limits them to what is theirs.
 * - `{ action }`, `{ anyOf }`: the action (or one of them) in the council of every thing the path
 *   names; a path that names none is for system administrators only. A rule that also depends on
 *   the data (minutes by their status, one's own interests) is declared here as its coarse gate
 *   and refined in the handler.
 * - `hideRefusal`: refused as "not found", so personal data is not even confirmed to exist.
 */
export type RouteAccess =
  | 'public'
  | 'signed_in'
  | (({ action: Action } | { anyOf: readonly Action[] }) & { hideRefusal?: boolean });

/** Whether the actor passes a route's declared gate, given the councils its path names. */
export function passesRouteGate(
  actor: Actor | null,
  access: RouteAccess,
  councilIds: readonly string[],
): boolean {
  if (access === 'public') return true;
  if (!actor) return false;
  if (access === 'signed_in') return true;
  const actions = 'action' in access ? [access.action] : access.anyOf;
  const councils = councilIds.length ? councilIds : [undefined];
  return councils.every((councilId) => actions.some((action) => can(actor, action, councilId)));
}

/**
 * Declared interests are personal data: the person, the chair and the secretariat see them;
 * everyone in the council only when the council has chosen to make them public.
 */
export function canReadInterestsOf(
  actor: Actor,
  councilId: string,
  ownerUserId: string,
  interestsPublic: boolean,
): boolean {
  if (actor.userId === ownerUserId) return true;
  if (can(actor, 'interest.read_all', councilId)) return true;
  return interestsPublic && can(actor, 'council.read', councilId);
}

/** Writing an interest: one's own when one may declare, anyone's for the secretariat. */
export function canWriteInterestsOf(actor: Actor, councilId: string, ownerUserId: string): boolean {
  if (can(actor, 'interest.review', councilId)) return true;
  return actor.userId === ownerUserId && can(actor, 'interest.declare', councilId);
}

/** A person is removed everywhere at once, so the right is needed in every council they were in. */
export function canRemovePerson(actor: Actor, councilIdsOfPerson: readonly string[]): boolean {
  if (actor.isSystemAdmin) return true;
  return (
    councilIdsOfPerson.length > 0 &&
    councilIdsOfPerson.every((councilId) => can(actor, 'person.remove', councilId))
  );
}

/** The councils whose meetings the actor may see. */
export function readableCouncilIds(actor: Actor): string[] {
  return [...actor.roles.keys()].filter((id) => can(actor, 'council.read', id));
}

/**
 * Search: each entry carries the audience that may read it (`core/search.ts`), set from these
 * rules when the index is built, and each reader gets the councils whose entries of each
 * audience they may read. Public entries are open to everyone, signed in or not.
 */
const SEARCH_READERS: Record<Exclude<SearchAudience, 'public'>, readonly CouncilRole[]> = {
  council: ACTIONS['case.read'],
  members: MINUTES_READERS.circulated,
  secretariat: MINUTES_READERS.draft,
};

/** A case paper and its files: public once the notice is sent, unless exempt. */
export function casePaperAudience(meetingStatus: MeetingStatus, exempt: boolean): SearchAudience {
  return exempt || isAgendaDraft(meetingStatus) ? 'council' : 'public';
}

/** Minutes text and decisions follow `canReadMinutes`; public once approved, unless exempt. */
export function minutesAudience(status: MinutesStatus, exempt: boolean): SearchAudience {
  if (status === 'draft') return 'secretariat';
  if (status !== 'approved') return 'members';
  return exempt ? 'council' : 'public';
}

/**
 * Public access (offentleglova): what anyone may read without signing in, on the public pages,
 * their feed and sitemap. The same rules as the search audiences above.
 */
export const PUBLIC_ACCESS = {
  /** The agenda is published with the notice. */
  agenda: (meetingStatus: MeetingStatus) => !isAgendaDraft(meetingStatus),
  /** A case paper's content; an exempt one shows only that it exists and its legal basis. */
  casePaper: (meetingStatus: MeetingStatus, exemptionBasis: string) =>
    casePaperAudience(meetingStatus, exemptionBasis !== '') === 'public',
  /** A file: its case paper is public and the file itself is not exempt. */
  attachment: (meetingStatus: MeetingStatus, caseExemption: string, fileExemption: string) =>
    PUBLIC_ACCESS.casePaper(meetingStatus, caseExemption) && fileExemption === '',
  /** The minutes once approved. */
  minutes: (status: MinutesStatus | null) => status === 'approved',
  /** A case's discussion and decision in approved minutes, unless the case is exempt. */
  caseMinutes: (status: MinutesStatus | null, caseExemption: string) =>
    status !== null && minutesAudience(status, caseExemption !== '') === 'public',
  /** A monitor indicator once its editor publishes it; its dataset's numbers with it. */
  indicator: (published: boolean) => published,
  /** A newsletter from the moment it is published. */
  newsletter: (publishedAt: Date | null) => publishedAt !== null,
};

/** Follow-up items are the council's own working list. */
export const FOLLOW_UP_AUDIENCE: SearchAudience = 'council';

/** `everything` for system administrators; otherwise the councils per restricted audience. */
export type SearchScope = 'everything' | Record<Exclude<SearchAudience, 'public'>, string[]>;

export function searchScope(actor: Actor | null): SearchScope {
  if (actor?.isSystemAdmin) return 'everything';
  const councilsFor = (roles: readonly CouncilRole[]) =>
    [...(actor?.roles ?? new Map<string, readonly CouncilRole[]>()).entries()]
      .filter(([, held]) => held.some((role) => roles.includes(role)))
      .map(([councilId]) => councilId);
  return {
    council: councilsFor(SEARCH_READERS.council),
    members: councilsFor(SEARCH_READERS.members),
    secretariat: councilsFor(SEARCH_READERS.secretariat),
  };
}
