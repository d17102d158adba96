import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/plugin.ts';
import { renderPlanStatusDocx } from '../../documents/plan-status-docx.ts';
import { renderPlanStatusPdf } from '../../documents/plan-status-pdf.ts';
import { notFound } from '../../errors.ts';
import { ZCaseParams } from '../cases/schema.ts';
import { ZCouncilParams } from '../councils/schema.ts';
import { overviewRoutes } from '../documents/overview-routes.ts';
import { createActivity, deleteActivity, updateActivity } from './activity-use-cases.ts';
import { linkCaseToPlan, listCasePlanLinks, unlinkCaseFromPlan } from './case-links.ts';
import { listPlans, loadPlan } from './load-plan.ts';
import { loadPlanStatus } from './load-plan-status.ts';
import { createMeasure, updateMeasure } from './measure-use-cases.ts';
import { changeGoals, createArea, createPlan, loadAreaRow, updateArea } from './plan-use-cases.ts';
import {
  ZActivity,
  ZActivityParams,
  ZArea,
  ZAreaParams,
  ZCasePlanLink,
  ZChangeGoalsRequest,
  ZCreateActivityRequest,
  ZCreateAreaRequest,
  ZCreateMeasureRequest,
  ZCreatePlanLinkRequest,
  ZCreatePlanRequest,
  ZMeasure,
  ZMeasureParams,
  ZPlan,
  ZPlanLinkParams,
  ZPlanParams,
  ZPlanSummary,
  ZUpdateActivityRequest,
  ZUpdateAreaRequest,
  ZUpdateMeasureRequest,
} from './schema.ts';

const read = { access: { action: 'council.read' } } as const;
const write = { access: { action: 'plan.write' } } as const;
const ZPlanStatusQuery = z.object({ planId: z.string().uuid().optional() });

/** Action plans: the council's and the government's, their areas, activities and measures. */
export async function planRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  const areaOf = async (areaId: string, actor: Parameters<typeof loadPlan>[2]) => {
    const { planId } = await loadAreaRow(db, areaId);
    const [area] = (await loadPlan(db, planId, actor, areaId)).areas;
    if (!area) throw notFound('Fant ikke området i handlingsplanen.');
    return area;
  };
  const activityOf = async (areaId: string, activityId: string) => {
    const found = (await areaOf(areaId, null)).activities.find((a) => a.id === activityId);
    if (!found) throw notFound('Fant ikke aktiviteten.');
    return found;
  };
  const measureOf = async (areaId: string, measureId: string) => {
    const found = (await areaOf(areaId, null)).measures.find((m) => m.id === measureId);
    if (!found) throw notFound('Fant ikke tiltaket.');
    return found;
  };

  api.get(
    '/councils/:councilId/plans',
    { config: read, schema: { params: ZCouncilParams, response: { 200: z.array(ZPlanSummary) } } },
    async (request) => listPlans(db, request.params.councilId),
  );

  api.post(
    '/councils/:councilId/plans',
    {
      config: write,
      schema: { params: ZCouncilParams, body: ZCreatePlanRequest, response: { 201: ZPlan } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createPlan(db, actor.userId, request.params.councilId, request.body);
      return reply.code(201).send(await loadPlan(db, id, actor));
    },
  );

  api.get(
    '/plans/:planId',
    { config: read, schema: { params: ZPlanParams, response: { 200: ZPlan } } },
    async (request) => loadPlan(db, request.params.planId, requireActor(request)),
  );

  api.post(
    '/plans/:planId/areas',
    {
      config: write,
      schema: { params: ZPlanParams, body: ZCreateAreaRequest, response: { 201: ZArea } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createArea(db, actor.userId, request.params.planId, request.body);
      return reply.code(201).send(await areaOf(id, actor));
    },
  );

  api.put(
    '/plan-areas/:areaId',
    {
      config: write,
      schema: { params: ZAreaParams, body: ZUpdateAreaRequest, response: { 200: ZArea } },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateArea(db, actor.userId, request.params.areaId, request.body);
      return areaOf(request.params.areaId, actor);
    },
  );

  api.put(
    '/plan-areas/:areaId/goals',
    {
      config: write,
      schema: { params: ZAreaParams, body: ZChangeGoalsRequest, response: { 200: ZArea } },
    },
    async (request) => {
      const actor = requireActor(request);
      await changeGoals(db, actor.userId, request.params.areaId, request.body);
      return areaOf(request.params.areaId, actor);
    },
  );

  api.post(
    '/plan-areas/:areaId/activities',
    {
      config: write,
      schema: { params: ZAreaParams, body: ZCreateActivityRequest, response: { 201: ZActivity } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { areaId } = request.params;
      const id = await createActivity(db, actor.userId, areaId, request.body);
      return reply.code(201).send(await activityOf(areaId, id));
    },
  );

  api.put(
    '/plan-activities/:activityId',
    {
      config: write,
      schema: {
        params: ZActivityParams,
        body: ZUpdateActivityRequest,
        response: { 200: ZActivity },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { activityId } = request.params;
      const areaId = await updateActivity(db, actor.userId, activityId, request.body);
      return activityOf(areaId, activityId);
    },
  );

  api.delete(
    '/plan-activities/:activityId',
    { config: write, schema: { params: ZActivityParams } },
    async (request, reply) => {
      await deleteActivity(db, requireActor(request).userId, request.params.activityId);
      return reply.code(204).send();
    },
  );

  api.post(
    '/plan-areas/:areaId/measures',
    {
      config: write,
      schema: { params: ZAreaParams, body: ZCreateMeasureRequest, response: { 201: ZMeasure } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { areaId } = request.params;
      const id = await createMeasure(db, actor.userId, areaId, request.body);
      return reply.code(201).send(await measureOf(areaId, id));
    },
  );

  api.put(
    '/plan-measures/:measureId',
    {
      config: write,
      schema: { params: ZMeasureParams, body: ZUpdateMeasureRequest, response: { 200: ZMeasure } },
    },
    async (request) => {
      const actor = requireActor(request);
      const { measureId } = request.params;
      const areaId = await updateMeasure(db, actor.userId, measureId, request.body);
      return measureOf(areaId, measureId);
    },
  );

  api.get(
    '/cases/:caseId/plan-links',
    {
      config: { access: { action: 'case.read' } },
      schema: { params: ZCaseParams, response: { 200: z.array(ZCasePlanLink) } },
    },
    async (request) => listCasePlanLinks(db, request.params.caseId),
  );

  api.post(
    '/cases/:caseId/plan-links',
    {
      config: write,
      schema: {
        params: ZCaseParams,
        body: ZCreatePlanLinkRequest,
        response: { 201: ZCasePlanLink },
      },
    },
    async (request, reply) => {
      const { caseId } = request.params;
      const id = await linkCaseToPlan(db, requireActor(request).userId, caseId, request.body);
      const [link] = await listCasePlanLinks(db, caseId, id);
      if (!link) throw notFound('Fant ikke koblingen til handlingsplanen.');
      return reply.code(201).send(link);
    },
  );

  api.delete(
    '/plan-links/:linkId',
    { config: write, schema: { params: ZPlanLinkParams } },
    async (request, reply) => {
      await unlinkCaseFromPlan(db, requireActor(request).userId, request.params.linkId);
      return reply.code(204).send();
    },
  );

  overviewRoutes(app, {
    path: 'plan-status',
    query: ZPlanStatusQuery,
    load: (meetingId, query: { planId?: string }, caseId) =>
      loadPlanStatus(db, meetingId, { ...query, caseId }),
    pdf: renderPlanStatusPdf,
    docx: renderPlanStatusDocx,
    title: (meetingNumber) => `Status for handlingsplanen, møte ${meetingNumber}`,
    write: 'plan.write',
  });
}
