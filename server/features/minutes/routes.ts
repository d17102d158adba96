import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type Actor,
  assertCan,
  assertCanReadMinutes,
  can,
  type RouteAccess,
} from '../../auth/permissions.ts';
import { requireActor } from '../../auth/plugin.ts';
import type { Db } from '../../db/client.ts';
import { minutesComments, minutesVersions, users } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { authoriseMeeting } from '../meetings/routes.ts';
import { ZMeetingParams } from '../meetings/schema.ts';
import { approveMinutes } from './approve-minutes.ts';
import { circulateMinutes } from './circulate-minutes.ts';
import { addComment, answerComment } from './comments.ts';
import { findMinutesOfMeeting, loadMinutesRow } from './load-minutes.ts';
import { openMinutes } from './open-minutes.ts';
import { presentMinutes } from './presenter.ts';
import { reviseMinutes } from './revise-minutes.ts';
import type { TMinutesContent } from './schema.ts';
import {
  ZAnswerCommentRequest,
  ZApproveRequest,
  ZAttendanceRequest,
  ZCaseMinutesRequest,
  ZCirculateRequest,
  ZCommentParams,
  ZCommentRequest,
  ZMinutes,
  ZMinutesCaseParams,
  ZMinutesParams,
  ZMinutesVersion,
} from './schema.ts';
import { updateAttendance } from './update-attendance.ts';
import { updateCaseMinutes } from './update-case-minutes.ts';

/** Loads minutes and checks the actor may read them at their current stage. */
export async function authoriseMinutes(db: Db, actor: Actor, minutesId: string, write = false) {
  const row = await loadMinutesRow(db, minutesId);
  if (write) assertCan(actor, 'minutes.write', row.councilId);
  else assertCanReadMinutes(actor, row.councilId, row.status);
  return row;
}

const response = { response: { 200: ZMinutes } };
// Minutes are read by their status (`authoriseMinutes`): the gate admits all who read some.
const READERS = { action: 'meeting.read' } as const satisfies RouteAccess;
const WRITE = { action: 'minutes.write' } as const satisfies RouteAccess;

export async function minutesRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, mailer, config } = app.deps;

  api.get(
    '/meetings/:meetingId/minutes',
    { config: { access: READERS }, schema: { params: ZMeetingParams, ...response } },
    async (request) => {
      const actor = requireActor(request);
      const meeting = await authoriseMeeting(db, actor, request.params.meetingId, false);
      let row = await findMinutesOfMeeting(db, meeting.id);
      // Opening the minutes page is how the secretariat starts the draft.
      if (!row && can(actor, 'minutes.write', meeting.councilId))
        row = await openMinutes(db, actor.userId, meeting.id);
      if (!row) throw notFound('Referatet er ikke skrevet ennå.');
      assertCanReadMinutes(actor, row.councilId, row.status);
      return presentMinutes(db, actor, row.id);
    },
  );

  api.put(
    '/minutes/:minutesId/attendance',
    {
      config: { access: WRITE },
      schema: { params: ZMinutesParams, body: ZAttendanceRequest, ...response },
    },
    async (request) => {
      const actor = requireActor(request);
      await authoriseMinutes(db, actor, request.params.minutesId, true);
      await updateAttendance(db, actor.userId, request.params.minutesId, request.body);
      return presentMinutes(db, actor, request.params.minutesId);
    },
  );

  api.put(
    '/minutes/:minutesId/cases/:caseId',
    {
      config: { access: WRITE },
      schema: { params: ZMinutesCaseParams, body: ZCaseMinutesRequest, ...response },
    },
    async (request) => {
      const actor = requireActor(request);
      const { minutesId, caseId } = request.params;
      await authoriseMinutes(db, actor, minutesId, true);
      await updateCaseMinutes(db, actor.userId, minutesId, caseId, request.body);
      return presentMinutes(db, actor, minutesId);
    },
  );

  api.post(
    '/minutes/:minutesId/circulate',
    {
      config: { access: WRITE },
      schema: { params: ZMinutesParams, body: ZCirculateRequest, ...response },
    },
    async (request) => {
      const actor = requireActor(request);
      const { minutesId } = request.params;
      await authoriseMinutes(db, actor, minutesId, true);
      const mail = await circulateMinutes(
        db,
        actor.userId,
        minutesId,
        request.body,
        config.publicUrl,
      );
      // Sent after the commit, one message per person so no one sees the others' addresses;
      // a failing mail server leaves the in-app notices in place.
      for (const recipient of mailer.enabled ? mail.recipients : []) {
        await mailer
          .send({ to: [recipient.email], subject: mail.subject, text: mail.text })
          .catch((error: unknown) =>
            request.log.error({ error, to: recipient.email }, 'e-post om referat ble ikke sendt'),
          );
      }
      return presentMinutes(db, actor, minutesId);
    },
  );

  api.post(
    '/minutes/:minutesId/revise',
    {
      config: { access: WRITE },
      schema: {
        params: ZMinutesParams,
        body: z.object({ version: z.number().int() }),
        ...response,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await authoriseMinutes(db, actor, request.params.minutesId, true);
      await reviseMinutes(db, actor.userId, request.params.minutesId, request.body.version);
      return presentMinutes(db, actor, request.params.minutesId);
    },
  );

  api.post(
    '/minutes/:minutesId/approve',
    {
      config: { access: WRITE },
      schema: { params: ZMinutesParams, body: ZApproveRequest, ...response },
    },
    async (request) => {
      const actor = requireActor(request);
      await authoriseMinutes(db, actor, request.params.minutesId, true);
      await approveMinutes(db, actor.userId, request.params.minutesId, request.body);
      return presentMinutes(db, actor, request.params.minutesId);
    },
  );

  api.get(
    '/minutes/:minutesId/versions',
    {
      config: { access: READERS },
      schema: { params: ZMinutesParams, response: { 200: z.array(ZMinutesVersion) } },
    },
    async (request) => {
      const actor = requireActor(request);
      await authoriseMinutes(db, actor, request.params.minutesId);
      const rows = await db
        .select({ v: minutesVersions, createdByName: users.name })
        .from(minutesVersions)
        .leftJoin(users, eq(users.id, minutesVersions.createdById))
        .where(eq(minutesVersions.minutesId, request.params.minutesId))
        .orderBy(asc(minutesVersions.number));
      return rows.map(({ v, createdByName }) => ({
        number: v.number,
        status: v.status,
        reason: v.reason,
        createdAt: v.createdAt.toISOString(),
        createdByName,
        content: v.content as TMinutesContent,
      }));
    },
  );

  api.post(
    '/minutes/:minutesId/comments',
    {
      config: { access: { action: 'minutes.comment' } },
      schema: { params: ZMinutesParams, body: ZCommentRequest, response: { 201: ZMinutes } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await authoriseMinutes(db, actor, request.params.minutesId);
      assertCan(actor, 'minutes.comment', row.councilId);
      await addComment(db, actor, row.id, request.body);
      return reply.code(201).send(await presentMinutes(db, actor, row.id));
    },
  );

  api.put(
    '/minutes/comments/:commentId',
    {
      config: { access: WRITE },
      schema: { params: ZCommentParams, body: ZAnswerCommentRequest, ...response },
    },
    async (request) => {
      const actor = requireActor(request);
      const [comment] = await db
        .select({ minutesId: minutesComments.minutesId })
        .from(minutesComments)
        .where(eq(minutesComments.id, request.params.commentId));
      if (!comment) throw notFound('Fant ikke merknaden.');
      await authoriseMinutes(db, actor, comment.minutesId, true);
      await answerComment(db, actor.userId, request.params.commentId, request.body);
      return presentMinutes(db, actor, comment.minutesId);
    },
  );
}
