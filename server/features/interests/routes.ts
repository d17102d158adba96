import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type Actor,
  assertCan,
  can,
  canReadInterestsOf,
  canWriteInterestsOf,
  type RouteAccess,
} from '../../auth/permissions.ts';
import { requireActor } from '../../auth/plugin.ts';
import { forbidden, notFound } from '../../errors.ts';
import { getCouncil } from '../councils/council-use-cases.ts';
import { ZCouncilParams } from '../councils/schema.ts';
import { exportOwnData } from './export-own-data.ts';
import {
  createInterest,
  deleteInterest,
  listInterests,
  loadInterest,
  reviewInterest,
  updateInterest,
} from './interests.ts';
import {
  createOrganisation,
  listOrganisations,
  loadOrganisation,
  mergeOrganisation,
  updateOrganisation,
} from './organisations.ts';
import {
  ZCreateInterestRequest,
  ZCreateOrganisationRequest,
  ZInterest,
  ZInterestList,
  ZInterestParams,
  ZInterestQuery,
  ZMergeOrganisationRequest,
  ZOrganisation,
  ZOrganisationParams,
  ZReviewInterestRequest,
  ZUpdateInterestRequest,
  ZUpdateOrganisationRequest,
} from './schema.ts';

/** One's own interests (`canWriteInterestsOf`, in the handler), or anyone's for the secretariat. */
const WRITES_INTERESTS = {
  anyOf: ['interest.declare', 'interest.review'],
} as const satisfies RouteAccess;

export async function interestRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  const one = async (councilId: string, id: string) => {
    const [found] = await listInterests(db, councilId, { id });
    if (!found) throw notFound('Fant ikke interessen.');
    return found;
  };
  /** Loads an interest the actor may change, or refuses without telling whether it exists. */
  const writable = async (actor: Actor, interestId: string) => {
    const row = await loadInterest(db, interestId);
    if (!canWriteInterestsOf(actor, row.councilId, row.userId)) {
      const council = await getCouncil(db, row.councilId);
      if (!canReadInterestsOf(actor, row.councilId, row.userId, council.interestsPublic)) {
        throw notFound('Fant ikke interessen.');
      }
      throw forbidden();
    }
    return row;
  };

  api.get(
    '/councils/:councilId/organisations',
    {
      config: { access: { action: 'council.read' } },
      schema: { params: ZCouncilParams, response: { 200: z.array(ZOrganisation) } },
    },
    async (request) => {
      assertCan(requireActor(request), 'council.read', request.params.councilId);
      return listOrganisations(db, request.params.councilId);
    },
  );

  api.post(
    '/councils/:councilId/organisations',
    {
      config: { access: { action: 'organisation.manage' } },
      schema: {
        params: ZCouncilParams,
        body: ZCreateOrganisationRequest,
        response: { 201: ZOrganisation },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      assertCan(actor, 'organisation.manage', request.params.councilId);
      const created = await createOrganisation(
        db,
        actor.userId,
        request.params.councilId,
        request.body,
      );
      return reply.code(201).send(created);
    },
  );

  api.put(
    '/organisations/:organisationId',
    {
      config: { access: { action: 'organisation.manage' } },
      schema: {
        params: ZOrganisationParams,
        body: ZUpdateOrganisationRequest,
        response: { 200: ZOrganisation },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { councilId } = await loadOrganisation(db, request.params.organisationId);
      assertCan(actor, 'organisation.manage', councilId);
      return updateOrganisation(db, actor.userId, request.params.organisationId, request.body);
    },
  );

  api.post(
    '/organisations/:organisationId/merge',
    {
      config: { access: { action: 'organisation.manage' } },
      schema: {
        params: ZOrganisationParams,
        body: ZMergeOrganisationRequest,
        response: { 200: ZOrganisation },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { councilId } = await loadOrganisation(db, request.params.organisationId);
      assertCan(actor, 'organisation.manage', councilId);
      return mergeOrganisation(
        db,
        actor.userId,
        request.params.organisationId,
        request.body.intoOrganisationId,
      );
    },
  );

  api.get(
    '/councils/:councilId/interests',
    {
      config: { access: { action: 'council.read' } },
      schema: {
        params: ZCouncilParams,
        querystring: ZInterestQuery,
        response: { 200: ZInterestList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { councilId } = request.params;
      assertCan(actor, 'council.read', councilId);
      const council = await getCouncil(db, councilId);
      const all = await listInterests(db, councilId, { userId: request.query.userId });
      return {
        interests: all.filter((i) =>
          canReadInterestsOf(actor, councilId, i.userId, council.interestsPublic),
        ),
        canReadAll: can(actor, 'interest.read_all', councilId),
        canReview: can(actor, 'interest.review', councilId),
        canDeclare: can(actor, 'interest.declare', councilId),
        interestsPublic: council.interestsPublic,
      };
    },
  );

  api.post(
    '/councils/:councilId/interests',
    {
      config: { access: WRITES_INTERESTS },
      schema: {
        params: ZCouncilParams,
        body: ZCreateInterestRequest,
        response: { 201: ZInterest },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { councilId } = request.params;
      const userId = request.body.userId ?? actor.userId;
      if (!canWriteInterestsOf(actor, councilId, userId)) throw forbidden();
      const id = await createInterest(db, actor.userId, councilId, { ...request.body, userId });
      return reply.code(201).send(await one(councilId, id));
    },
  );

  api.put(
    '/interests/:interestId',
    {
      config: { access: { ...WRITES_INTERESTS, hideRefusal: true } },
      schema: {
        params: ZInterestParams,
        body: ZUpdateInterestRequest,
        response: { 200: ZInterest },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await writable(actor, request.params.interestId);
      await updateInterest(db, actor.userId, row.id, request.body);
      return one(row.councilId, row.id);
    },
  );

  api.delete(
    '/interests/:interestId',
    {
      config: { access: { ...WRITES_INTERESTS, hideRefusal: true } },
      schema: { params: ZInterestParams },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await writable(actor, request.params.interestId);
      await deleteInterest(db, actor.userId, row.id);
      return reply.code(204).send();
    },
  );

  api.post(
    '/interests/:interestId/review',
    {
      config: { access: { action: 'interest.review' } },
      schema: {
        params: ZInterestParams,
        body: ZReviewInterestRequest,
        response: { 200: ZInterest },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await loadInterest(db, request.params.interestId);
      assertCan(actor, 'interest.review', row.councilId);
      await reviewInterest(db, actor.userId, row.id, request.body.version);
      return one(row.councilId, row.id);
    },
  );

  api.get('/me/data-export', { config: { access: 'signed_in' } }, async (request, reply) => {
    const actor = requireActor(request);
    const data = await exportOwnData(db, actor.userId);
    return reply
      .header('content-disposition', 'attachment; filename="mine-data-radsrom.json"')
      .header('cache-control', 'no-store')
      .send(data);
  });
}
