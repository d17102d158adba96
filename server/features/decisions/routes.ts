import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MINUTES_STATUSES } from '../../../core/minutes-status.ts';
import { assertCan, can } from '../../auth/permissions.ts';
import { requireActor } from '../../auth/plugin.ts';
import { ZCouncilParams } from '../councils/schema.ts';
import { listDecisions } from './list-decisions.ts';
import { ZDecision, ZDecisionQuery } from './schema.ts';

export async function decisionRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  api.get(
    '/councils/:councilId/decisions',
    {
      config: { access: { action: 'meeting.read' } },
      schema: {
        params: ZCouncilParams,
        querystring: ZDecisionQuery,
        response: { 200: z.array(ZDecision) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { councilId } = request.params;
      assertCan(actor, 'meeting.read', councilId);
      // The register is the record of approved decisions; the secretariat also sees drafts.
      const statuses = can(actor, 'minutes.write', councilId)
        ? MINUTES_STATUSES
        : (['approved'] as const);
      return listDecisions(db, councilId, request.query, statuses);
    },
  );
}
