import type { TMeResponse } from '../../types.ts';
import { councilRoles } from '../conflicts/access.ts';

/**
 * Who keeps the action plans (activities, goals, qualification forms, links from cases, the
 * status overview): the secretariat and the council's administrators. Everyone in the council
 * reads them; the server decides in the end.
 */
export const canManagePlans = (me: TMeResponse, councilId: string) =>
  me.isSystemAdmin || councilRoles(me, councilId).some((r) => r === 'admin' || r === 'secretariat');
