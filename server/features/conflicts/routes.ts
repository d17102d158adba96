import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Actor, assertCan, can } from '../../auth/permissions.ts';
import { requireActor } from '../../auth/plugin.ts';
import type { Db } from '../../db/client.ts';
import { forbidden } from '../../errors.ts';
import { loadCaseRow } from '../cases/load-case.ts';
import { ZCouncilParams } from '../councils/schema.ts';
import { loadMeeting } from '../meetings/load-meeting.ts';
import { declareConflict, withdrawDeclaration } from './declarations.ts';
import { listAssessments } from './list-assessments.ts';
import { loadMeetingConflicts } from './load-meeting-conflicts.ts';
import { recordAssessment, removeAssessment } from './record-assessment.ts';
import {
  ZAssessmentOverview,
  ZAssessmentOverviewQuery,
  ZAssessmentParams,
  ZAssessmentRequest,
  ZCaseParams,
  ZDeclareRequest,
  ZMeetingConflicts,
  ZMeetingParams,
} from './schema.ts';

/** The meeting's conflict picture as this actor may see it: all of it, or their own part. */
async function viewFor(db: Db, actor: Actor, meetingId: string) {
  const { councilId } = await loadMeeting(db, meetingId);
  const seesAll = can(actor, 'conflict.read_all', councilId);
  const canDeclare = can(actor, 'conflict.declare', councilId);
  if (!seesAll && !canDeclare) throw forbidden();
  const view = await loadMeetingConflicts(db, meetingId, seesAll ? null : actor.userId);
  return { ...view, seesAll, canAssess: can(actor, 'conflict.assess', councilId), canDeclare };
}

export async function conflictRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  api.get(
    '/meetings/:meetingId/conflicts',
    {
      config: { access: { anyOf: ['conflict.read_all', 'conflict.declare'] } },
      schema: { params: ZMeetingParams, response: { 200: ZMeetingConflicts } },
    },
    async (request) => viewFor(db, requireActor(request), request.params.meetingId),
  );

  api.put(
    '/cases/:caseId/conflict-declaration',
    {
      config: { access: { action: 'conflict.declare' } },
      schema: { params: ZCaseParams, body: ZDeclareRequest, response: { 200: ZMeetingConflicts } },
    },
    async (request) => {
      const actor = requireActor(request);
      const theCase = await loadCaseRow(db, request.params.caseId);
      assertCan(actor, 'conflict.declare', theCase.councilId);
      await declareConflict(db, actor.userId, theCase.id, request.body.note);
      return viewFor(db, actor, theCase.meetingId);
    },
  );

  api.delete(
    '/cases/:caseId/conflict-declaration',
    {
      config: { access: { action: 'conflict.declare' } },
      schema: { params: ZCaseParams, response: { 200: ZMeetingConflicts } },
    },
    async (request) => {
      const actor = requireActor(request);
      const theCase = await loadCaseRow(db, request.params.caseId);
      assertCan(actor, 'conflict.declare', theCase.councilId);
      await withdrawDeclaration(db, actor.userId, theCase.id);
      return viewFor(db, actor, theCase.meetingId);
    },
  );

  api.put(
    '/cases/:caseId/conflict-assessments/:userId',
    {
      config: { access: { action: 'conflict.assess' } },
      schema: {
        params: ZAssessmentParams,
        body: ZAssessmentRequest,
        response: { 200: ZMeetingConflicts },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const theCase = await loadCaseRow(db, request.params.caseId);
      assertCan(actor, 'conflict.assess', theCase.councilId);
      await recordAssessment(db, actor.userId, theCase.id, request.params.userId, request.body);
      return viewFor(db, actor, theCase.meetingId);
    },
  );

  api.delete(
    '/cases/:caseId/conflict-assessments/:userId',
    {
      config: { access: { action: 'conflict.assess' } },
      schema: { params: ZAssessmentParams, response: { 200: ZMeetingConflicts } },
    },
    async (request) => {
      const actor = requireActor(request);
      const theCase = await loadCaseRow(db, request.params.caseId);
      assertCan(actor, 'conflict.assess', theCase.councilId);
      await removeAssessment(db, actor.userId, theCase.id, request.params.userId);
      return viewFor(db, actor, theCase.meetingId);
    },
  );

  api.get(
    '/councils/:councilId/conflict-assessments',
    {
      config: { access: { action: 'council.read' } },
      schema: {
        params: ZCouncilParams,
        querystring: ZAssessmentOverviewQuery,
        response: { 200: ZAssessmentOverview },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { councilId } = request.params;
      assertCan(actor, 'council.read', councilId);
      // Without the overview right, a member sees their own assessments only.
      const userId = can(actor, 'conflict.read_all', councilId)
        ? request.query.userId
        : actor.userId;
      return listAssessments(db, councilId, { year: request.query.year, userId });
    },
  );
}
