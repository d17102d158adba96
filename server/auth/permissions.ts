import type { MinutesStatus } from '../../core/minutes-status.ts';
import type { CouncilRole } from '../../core/roles.ts';
import { forbidden } from '../errors.ts';

/**
 * The one place that decides access. Every route asks `assertCan` (or `can`) with the
 * signed-in actor, an action and the council the thing belongs to.
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

/** The councils whose meetings the actor may see. */
export function readableCouncilIds(actor: Actor): string[] {
  return [...actor.roles.keys()].filter((id) => can(actor, 'council.read', id));
}
