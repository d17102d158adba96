import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/plugin.ts';
import { ZCouncilParams } from '../councils/schema.ts';
import {
  createNewsletter,
  deleteNewsletter,
  listNewsletters,
  loadNewsletter,
  publishNewsletter,
  updateNewsletter,
} from './newsletter-use-cases.ts';
import {
  ZCreateNewsletterRequest,
  ZNewsletter,
  ZNewsletterParams,
  ZSendResult,
  ZSubscriberCounts,
  ZUpdateNewsletterRequest,
} from './schema.ts';
import { sendNewsletter } from './send-newsletter.ts';
import { countSubscribers } from './subscriber-use-cases.ts';

const read = { access: { action: 'council.read' } } as const;
const write = { access: { action: 'monitor.write' } } as const;

/** The monitor's newsletter for its editors: compose, publish, send. */
export async function newsletterRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, mailer, config } = app.deps;

  api.get(
    '/councils/:councilId/monitor/newsletters',
    { config: read, schema: { params: ZCouncilParams, response: { 200: z.array(ZNewsletter) } } },
    async (request) => listNewsletters(db, request.params.councilId),
  );

  api.post(
    '/councils/:councilId/monitor/newsletters',
    {
      config: write,
      schema: {
        params: ZCouncilParams,
        body: ZCreateNewsletterRequest,
        response: { 201: ZNewsletter },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createNewsletter(db, actor.userId, request.params.councilId, request.body);
      return reply.code(201).send(await loadNewsletter(db, id));
    },
  );

  api.get(
    '/monitor/newsletters/:newsletterId',
    { config: read, schema: { params: ZNewsletterParams, response: { 200: ZNewsletter } } },
    async (request) => loadNewsletter(db, request.params.newsletterId),
  );

  api.put(
    '/monitor/newsletters/:newsletterId',
    {
      config: write,
      schema: {
        params: ZNewsletterParams,
        body: ZUpdateNewsletterRequest,
        response: { 200: ZNewsletter },
      },
    },
    async (request) => {
      const { newsletterId } = request.params;
      await updateNewsletter(db, requireActor(request).userId, newsletterId, request.body);
      return loadNewsletter(db, newsletterId);
    },
  );

  api.delete(
    '/monitor/newsletters/:newsletterId',
    { config: write, schema: { params: ZNewsletterParams } },
    async (request, reply) => {
      await deleteNewsletter(db, requireActor(request).userId, request.params.newsletterId);
      return reply.code(204).send();
    },
  );

  api.post(
    '/monitor/newsletters/:newsletterId/publish',
    { config: write, schema: { params: ZNewsletterParams, response: { 200: ZNewsletter } } },
    async (request) => {
      const { newsletterId } = request.params;
      await publishNewsletter(db, requireActor(request).userId, newsletterId);
      return loadNewsletter(db, newsletterId);
    },
  );

  api.post(
    '/monitor/newsletters/:newsletterId/send',
    { config: write, schema: { params: ZNewsletterParams, response: { 200: ZSendResult } } },
    async (request) =>
      sendNewsletter(
        db,
        mailer,
        config.publicUrl,
        requireActor(request).userId,
        request.params.newsletterId,
        request.log,
      ),
  );

  api.get(
    '/councils/:councilId/monitor/subscribers',
    { config: write, schema: { params: ZCouncilParams, response: { 200: ZSubscriberCounts } } },
    async (request) => countSubscribers(db, request.params.councilId),
  );
}
