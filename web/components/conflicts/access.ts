import type { CouncilRole } from '../../../core/roles.ts';
import type { TMeResponse } from '../../types.ts';

/** The signed-in person's roles in one council. */
export function councilRoles(me: TMeResponse, councilId: string): readonly CouncilRole[] {
  return me.councils.find((c) => c.id === councilId)?.roles ?? [];
}

const hasAny = (me: TMeResponse, councilId: string, roles: readonly CouncilRole[]) =>
  me.isSystemAdmin || councilRoles(me, councilId).some((r) => roles.includes(r));

/** Who can open a meeting's conflict page (mirrors conflict.read_all and conflict.declare). */
export const canSeeMeetingConflicts = (me: TMeResponse, councilId: string) =>
  hasAny(me, councilId, ['admin', 'secretariat', 'chair', 'member', 'substitute']);

/** Who sees every member's assessments (mirrors conflict.read_all). */
export const seesAllAssessments = (me: TMeResponse, councilId: string) =>
  hasAny(me, councilId, ['admin', 'secretariat', 'chair']);
