import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Actor, assertCan, can } from '../../auth/permissions.ts';
import { requireActor } from '../../auth/plugin.ts';
import type { Db } from '../../db/client.ts';
import { ZCouncilParams } from '../councils/schema.ts';
import { authoriseMeeting } from '../meetings/routes.ts';
import { ZMeetingParams } from '../meetings/schema.ts';
import { isCasePaperOpen } from './assert-case-paper-open.ts';
import { carryOverCase } from './carry-over-case.ts';
import { caseHistory } from './case-history.ts';
import { createCase } from './create-case.ts';
import { deleteCase } from './delete-case.ts';
import { loadCase, loadCaseRow } from './load-case.ts';
import { presentCase } from './presenter.ts';
import {
  ZCarryOverRequest,
  ZCase,
  ZCaseParams,
  ZCaseRef,
  ZCreateCaseRequest,
  ZHistoryEntry,
  ZUpdateCaseRequest,
} from './schema.ts';
import { searchCases } from './search-cases.ts';
import { CaseConflict, updateCase } from './update-case.ts';

export async function caseFor(db: Db, actor: Actor, caseId: string) {
  const loaded = await loadCase(db, caseId);
  const canEdit =
    can(actor, 'case.write', loaded.row.councilId) && isCasePaperOpen(loaded.meeting.status);
  return presentCase(loaded, canEdit);
}

/** Authorises an action on a case by the council it belongs to. */
export async function authoriseCase(db: Db, actor: Actor, caseId: string, write: boolean) {
  const row = await loadCaseRow(db, caseId);
  assertCan(actor, write ? 'case.write' : 'case.read', row.councilId);
  return row;
}

export async function caseRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, storage } = app.deps;

  api.post(
    '/meetings/:meetingId/cases',
    {
      config: { access: { action: 'case.write' } },
      schema: { params: ZMeetingParams, body: ZCreateCaseRequest, response: { 201: ZCase } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { meetingId } = request.params;
      const meeting = await authoriseMeeting(db, actor, meetingId, false);
      assertCan(actor, 'case.write', meeting.councilId);
      const id = await createCase(db, actor.userId, meetingId, request.body);
      return reply.code(201).send(await caseFor(db, actor, id));
    },
  );

  api.get(
    '/cases/:caseId',
    {
      config: { access: { action: 'case.read' } },
      schema: { params: ZCaseParams, response: { 200: ZCase } },
    },
    async (request) => {
      const actor = requireActor(request);
      await authoriseCase(db, actor, request.params.caseId, false);
      return caseFor(db, actor, request.params.caseId);
    },
  );

  api.put(
    '/cases/:caseId',
    {
      config: { access: { action: 'case.write' } },
      schema: { params: ZCaseParams, body: ZUpdateCaseRequest, response: { 200: ZCase } },
    },
    async (request) => {
      const actor = requireActor(request);
      const { caseId } = request.params;
      await authoriseCase(db, actor, caseId, true);
      try {
        await updateCase(db, actor.userId, caseId, request.body);
      } catch (error) {
        // The losing writer gets the winner's version to compare with; their own text stays in the form.
        if (error instanceof CaseConflict) {
          throw Object.assign(error, { details: { current: await caseFor(db, actor, caseId) } });
        }
        throw error;
      }
      return caseFor(db, actor, caseId);
    },
  );

  api.delete(
    '/cases/:caseId',
    {
      config: { access: { action: 'case.write' } },
      schema: { params: ZCaseParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await authoriseCase(db, actor, request.params.caseId, true);
      await deleteCase(db, storage, actor.userId, request.params.caseId);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/cases/:caseId/carry-over',
    {
      config: { access: { action: 'case.write' } },
      schema: { params: ZCaseParams, body: ZCarryOverRequest, response: { 201: ZCase } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { caseId } = request.params;
      await authoriseCase(db, actor, caseId, true);
      const id = await carryOverCase(db, actor.userId, caseId, request.body.toMeetingId);
      return reply.code(201).send(await caseFor(db, actor, id));
    },
  );

  api.get(
    '/cases/:caseId/history',
    {
      config: { access: { action: 'case.read' } },
      schema: { params: ZCaseParams, response: { 200: z.array(ZHistoryEntry) } },
    },
    async (request) => {
      const actor = requireActor(request);
      await authoriseCase(db, actor, request.params.caseId, false);
      return caseHistory(db, request.params.caseId);
    },
  );

  api.get(
    '/councils/:councilId/cases/search',
    {
      config: { access: { action: 'case.read' } },
      schema: {
        params: ZCouncilParams,
        querystring: z.object({ q: z.string().max(200).default('') }),
        response: { 200: z.array(ZCaseRef) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      assertCan(actor, 'case.read', request.params.councilId);
      return searchCases(db, request.params.councilId, request.query.q);
    },
  );
}
