import { inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertCan, can, readableCouncilIds } from '../../auth/permissions.ts';
import { requireActor } from '../../auth/plugin.ts';
import { councils } from '../../db/schema.ts';
import {
  createCouncil,
  getCouncil,
  listStandingCases,
  replaceStandingCases,
  updateCouncil,
} from './council-use-cases.ts';
import {
  addMembership,
  listMemberships,
  removeMembership,
  updateMembership,
} from './membership-use-cases.ts';
import {
  type TCouncil,
  ZCouncil,
  ZCouncilParams,
  ZCreateCouncilRequest,
  ZCreateMembershipRequest,
  ZMembership,
  ZMembershipParams,
  ZStandingCasesBody,
  ZUpdateCouncilRequest,
  ZUpdateMembershipRequest,
} from './schema.ts';

const presentCouncil = (c: TCouncil) => ({
  id: c.id,
  name: c.name,
  shortName: c.shortName,
  interestsPublic: c.interestsPublic,
  version: c.version,
});

export async function councilRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  api.get(
    '/councils',
    { config: { access: 'signed_in' }, schema: { response: { 200: z.array(ZCouncil) } } },
    async (request) => {
      const actor = requireActor(request);
      const ids = readableCouncilIds(actor);
      const rows = actor.isSystemAdmin
        ? await db.select().from(councils)
        : ids.length
          ? await db.select().from(councils).where(inArray(councils.id, ids))
          : [];
      return rows.map(presentCouncil).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    },
  );

  api.post(
    '/councils',
    {
      config: { access: { action: 'council.create' } },
      schema: { body: ZCreateCouncilRequest, response: { 201: ZCouncil } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      assertCan(actor, 'council.create');
      const council = await createCouncil(db, actor.userId, request.body);
      return reply.code(201).send(presentCouncil(council));
    },
  );

  api.get(
    '/councils/:councilId',
    {
      config: { access: { action: 'council.read' } },
      schema: {
        params: ZCouncilParams,
        response: { 200: ZCouncil.extend({ canManage: z.boolean() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { councilId } = request.params;
      assertCan(actor, 'council.read', councilId);
      const council = await getCouncil(db, councilId);
      return { ...presentCouncil(council), canManage: can(actor, 'council.manage', councilId) };
    },
  );

  api.put(
    '/councils/:councilId',
    {
      config: { access: { action: 'council.manage' } },
      schema: { params: ZCouncilParams, body: ZUpdateCouncilRequest, response: { 200: ZCouncil } },
    },
    async (request) => {
      const actor = requireActor(request);
      const { councilId } = request.params;
      assertCan(actor, 'council.manage', councilId);
      return presentCouncil(await updateCouncil(db, actor.userId, councilId, request.body));
    },
  );

  api.get(
    '/councils/:councilId/memberships',
    {
      config: { access: { action: 'council.read' } },
      schema: { params: ZCouncilParams, response: { 200: z.array(ZMembership) } },
    },
    async (request) => {
      const actor = requireActor(request);
      assertCan(actor, 'council.read', request.params.councilId);
      return listMemberships(db, request.params.councilId);
    },
  );

  api.post(
    '/councils/:councilId/memberships',
    {
      config: { access: { action: 'council.manage' } },
      schema: {
        params: ZCouncilParams,
        body: ZCreateMembershipRequest,
        response: { 201: ZMembership },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { councilId } = request.params;
      assertCan(actor, 'council.manage', councilId);
      return reply.code(201).send(await addMembership(db, actor.userId, councilId, request.body));
    },
  );

  api.put(
    '/councils/:councilId/memberships/:membershipId',
    {
      config: { access: { action: 'council.manage' } },
      schema: {
        params: ZMembershipParams,
        body: ZUpdateMembershipRequest,
        response: { 200: ZMembership },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { councilId, membershipId } = request.params;
      assertCan(actor, 'council.manage', councilId);
      return updateMembership(db, actor.userId, councilId, membershipId, request.body);
    },
  );

  api.delete(
    '/councils/:councilId/memberships/:membershipId',
    {
      config: { access: { action: 'council.manage' } },
      schema: { params: ZMembershipParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { councilId, membershipId } = request.params;
      assertCan(actor, 'council.manage', councilId);
      await removeMembership(db, actor.userId, councilId, membershipId);
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/councils/:councilId/standing-cases',
    {
      config: { access: { action: 'council.read' } },
      schema: { params: ZCouncilParams, response: { 200: ZStandingCasesBody } },
    },
    async (request) => {
      const actor = requireActor(request);
      assertCan(actor, 'council.read', request.params.councilId);
      return { standingCases: await listStandingCases(db, request.params.councilId) };
    },
  );

  api.put(
    '/councils/:councilId/standing-cases',
    {
      config: { access: { action: 'council.manage' } },
      schema: {
        params: ZCouncilParams,
        body: ZStandingCasesBody,
        response: { 200: ZStandingCasesBody },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { councilId } = request.params;
      assertCan(actor, 'council.manage', councilId);
      const list = await replaceStandingCases(
        db,
        actor.userId,
        councilId,
        request.body.standingCases,
      );
      return { standingCases: list };
    },
  );
}
