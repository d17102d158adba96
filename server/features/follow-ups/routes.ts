import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertCan } from '../../auth/permissions.ts';
import { requireActor } from '../../auth/plugin.ts';
import { notFound } from '../../errors.ts';
import { ZCouncilParams } from '../councils/schema.ts';
import {
  createFollowUp,
  listFollowUps,
  loadFollowUp,
  updateFollowUp,
} from './follow-up-use-cases.ts';
import {
  ZCreateFollowUpRequest,
  ZFollowUp,
  ZFollowUpParams,
  ZFollowUpQuery,
  ZUpdateFollowUpRequest,
} from './schema.ts';

export async function followUpRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const one = async (councilId: string, id: string) => {
    const [found] = await listFollowUps(db, councilId, { id });
    if (!found) throw notFound('Fant ikke oppfølgingspunktet.');
    return found;
  };

  api.get(
    '/councils/:councilId/follow-ups',
    {
      config: { access: { action: 'meeting.read' } },
      schema: {
        params: ZCouncilParams,
        querystring: ZFollowUpQuery,
        response: { 200: z.array(ZFollowUp) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      assertCan(actor, 'meeting.read', request.params.councilId);
      return listFollowUps(db, request.params.councilId, { openOnly: request.query.open });
    },
  );

  api.post(
    '/councils/:councilId/follow-ups',
    {
      config: { access: { action: 'followup.write' } },
      schema: {
        params: ZCouncilParams,
        body: ZCreateFollowUpRequest,
        response: { 201: ZFollowUp },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { councilId } = request.params;
      assertCan(actor, 'followup.write', councilId);
      const id = await createFollowUp(db, actor.userId, councilId, request.body);
      return reply.code(201).send(await one(councilId, id));
    },
  );

  api.put(
    '/follow-ups/:followUpId',
    {
      config: { access: { action: 'followup.write' } },
      schema: {
        params: ZFollowUpParams,
        body: ZUpdateFollowUpRequest,
        response: { 200: ZFollowUp },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { councilId } = await loadFollowUp(db, request.params.followUpId);
      assertCan(actor, 'followup.write', councilId);
      await updateFollowUp(db, actor.userId, request.params.followUpId, request.body);
      return one(councilId, request.params.followUpId);
    },
  );
}
