import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/plugin.ts';
import { ZCouncilParams } from '../councils/schema.ts';
import { removePerson } from './remove-person.ts';

const ZPersonParams = ZCouncilParams.extend({ userId: z.string().uuid() });

export async function peopleRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  // Asked from a council; `removePerson` checks the right in every council the person was in.
  api.post(
    '/councils/:councilId/people/:userId/removal',
    {
      config: { access: { action: 'person.remove' } },
      schema: { params: ZPersonParams, response: { 200: z.object({ pseudonym: z.string() }) } },
    },
    async (request) => {
      const { councilId, userId } = request.params;
      const pseudonym = await removePerson(db, requireActor(request), councilId, userId);
      return { pseudonym };
    },
  );
}
