import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Actor, assertCan, can } from '../../auth/permissions.ts';
import { requireActor } from '../../auth/plugin.ts';
import type { Db } from '../../db/client.ts';
import { ZCouncilParams } from '../councils/schema.ts';
import { changeMeetingStatus } from './change-meeting-status.ts';
import { createMeeting } from './create-meeting.ts';
import { listMeetings, loadMeeting, loadMeetingDetail } from './load-meeting.ts';
import { presentMeeting, presentMeetingDetail } from './presenter.ts';
import { reorderAgenda } from './reorder-agenda.ts';
import {
  ZCreateMeetingRequest,
  ZMeeting,
  ZMeetingDetail,
  ZMeetingParams,
  ZMeetingStatusRequest,
  ZReorderAgendaRequest,
  ZUpdateMeetingRequest,
} from './schema.ts';
import { updateMeeting } from './update-meeting.ts';

async function detailFor(db: Db, actor: Actor, meetingId: string) {
  const detail = await loadMeetingDetail(db, meetingId);
  return presentMeetingDetail(detail, can(actor, 'meeting.write', detail.meeting.councilId));
}

/** Authorises an action on a meeting by the council it belongs to. */
async function authoriseMeeting(db: Db, actor: Actor, meetingId: string, write: boolean) {
  const meeting = await loadMeeting(db, meetingId);
  assertCan(actor, write ? 'meeting.write' : 'meeting.read', meeting.councilId);
  return meeting;
}

export async function meetingRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  api.get(
    '/councils/:councilId/meetings',
    {
      config: { access: { action: 'meeting.read' } },
      schema: { params: ZCouncilParams, response: { 200: z.array(ZMeeting) } },
    },
    async (request) => {
      const actor = requireActor(request);
      assertCan(actor, 'meeting.read', request.params.councilId);
      const rows = await listMeetings(db, request.params.councilId);
      return rows.map((r) => presentMeeting(r.meeting, r.caseCount));
    },
  );

  api.post(
    '/councils/:councilId/meetings',
    {
      config: { access: { action: 'meeting.write' } },
      schema: {
        params: ZCouncilParams,
        body: ZCreateMeetingRequest,
        response: { 201: ZMeetingDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { councilId } = request.params;
      assertCan(actor, 'meeting.write', councilId);
      const id = await createMeeting(db, actor.userId, councilId, request.body);
      return reply.code(201).send(await detailFor(db, actor, id));
    },
  );

  api.get(
    '/meetings/:meetingId',
    {
      config: { access: { action: 'meeting.read' } },
      schema: { params: ZMeetingParams, response: { 200: ZMeetingDetail } },
    },
    async (request) => {
      const actor = requireActor(request);
      await authoriseMeeting(db, actor, request.params.meetingId, false);
      return detailFor(db, actor, request.params.meetingId);
    },
  );

  api.put(
    '/meetings/:meetingId',
    {
      config: { access: { action: 'meeting.write' } },
      schema: {
        params: ZMeetingParams,
        body: ZUpdateMeetingRequest,
        response: { 200: ZMeetingDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { meetingId } = request.params;
      await authoriseMeeting(db, actor, meetingId, true);
      await updateMeeting(db, actor.userId, meetingId, request.body);
      return detailFor(db, actor, meetingId);
    },
  );

  api.post(
    '/meetings/:meetingId/status',
    {
      config: { access: { action: 'meeting.write' } },
      schema: {
        params: ZMeetingParams,
        body: ZMeetingStatusRequest,
        response: { 200: ZMeetingDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { meetingId } = request.params;
      await authoriseMeeting(db, actor, meetingId, true);
      await changeMeetingStatus(db, actor.userId, meetingId, request.body);
      return detailFor(db, actor, meetingId);
    },
  );

  api.put(
    '/meetings/:meetingId/agenda',
    {
      config: { access: { action: 'meeting.write' } },
      schema: {
        params: ZMeetingParams,
        body: ZReorderAgendaRequest,
        response: { 200: ZMeetingDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { meetingId } = request.params;
      await authoriseMeeting(db, actor, meetingId, true);
      await reorderAgenda(db, actor.userId, meetingId, request.body.caseIds);
      return detailFor(db, actor, meetingId);
    },
  );
}

export { authoriseMeeting };
