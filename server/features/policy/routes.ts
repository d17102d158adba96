import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/plugin.ts';
import { renderPolicyOverviewDocx } from '../../documents/policy-overview-docx.ts';
import { renderPolicyOverviewPdf } from '../../documents/policy-overview-pdf.ts';
import { notFound } from '../../errors.ts';
import { ZCouncilParams } from '../councils/schema.ts';
import { overviewRoutes } from '../documents/overview-routes.ts';
import { listPolicyDocuments } from './list-policy-documents.ts';
import { loadPolicyOverview } from './load-policy-overview.ts';
import {
  archivePolicyDocument,
  createPolicyDocument,
  loadPolicyDocumentRow,
  updatePolicyDocument,
} from './policy-document-use-cases.ts';
import {
  ZArchivePolicyDocumentRequest,
  ZCreatePolicyDocumentRequest,
  ZCreateStatementRequest,
  ZPolicyDocument,
  ZPolicyDocumentParams,
  ZPolicyListQuery,
  ZStatement,
  ZStatementParams,
  ZUpdatePolicyDocumentRequest,
  ZUpdateStatementRequest,
} from './schema.ts';
import { createStatement, listStatements, updateStatement } from './statement-use-cases.ts';

const read = { access: { action: 'council.read' } } as const;
const write = { access: { action: 'policy.write' } } as const;

/** The register of white papers, strategies and consultations, and the council's statements. */
export async function policyRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  const one = async (id: string) => {
    const { councilId } = await loadPolicyDocumentRow(db, id);
    const [found] = await listPolicyDocuments(db, councilId, { ids: [id] });
    if (!found) throw notFound('Fant ikke dokumentet i oversikten.');
    return found;
  };
  const statement = async (councilId: string, id: string) => {
    const [found] = await listStatements(db, councilId, id);
    if (!found) throw notFound('Fant ikke uttalelsen.');
    return found;
  };

  api.get(
    '/councils/:councilId/policy-documents',
    {
      config: read,
      schema: {
        params: ZCouncilParams,
        querystring: ZPolicyListQuery,
        response: { 200: z.array(ZPolicyDocument) },
      },
    },
    async (request) =>
      listPolicyDocuments(db, request.params.councilId, { archived: request.query.archived }),
  );

  api.post(
    '/councils/:councilId/policy-documents',
    {
      config: write,
      schema: {
        params: ZCouncilParams,
        body: ZCreatePolicyDocumentRequest,
        response: { 201: ZPolicyDocument },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createPolicyDocument(
        db,
        actor.userId,
        request.params.councilId,
        request.body,
      );
      return reply.code(201).send(await one(id));
    },
  );

  api.get(
    '/policy-documents/:policyDocumentId',
    { config: read, schema: { params: ZPolicyDocumentParams, response: { 200: ZPolicyDocument } } },
    async (request) => one(request.params.policyDocumentId),
  );

  api.put(
    '/policy-documents/:policyDocumentId',
    {
      config: write,
      schema: {
        params: ZPolicyDocumentParams,
        body: ZUpdatePolicyDocumentRequest,
        response: { 200: ZPolicyDocument },
      },
    },
    async (request) => {
      const { policyDocumentId } = request.params;
      await updatePolicyDocument(db, requireActor(request).userId, policyDocumentId, request.body);
      return one(policyDocumentId);
    },
  );

  api.put(
    '/policy-documents/:policyDocumentId/archive',
    {
      config: write,
      schema: {
        params: ZPolicyDocumentParams,
        body: ZArchivePolicyDocumentRequest,
        response: { 200: ZPolicyDocument },
      },
    },
    async (request) => {
      const { policyDocumentId } = request.params;
      await archivePolicyDocument(db, requireActor(request).userId, policyDocumentId, request.body);
      return one(policyDocumentId);
    },
  );

  api.get(
    '/councils/:councilId/statements',
    { config: read, schema: { params: ZCouncilParams, response: { 200: z.array(ZStatement) } } },
    async (request) => listStatements(db, request.params.councilId),
  );

  api.post(
    '/councils/:councilId/statements',
    {
      config: write,
      schema: {
        params: ZCouncilParams,
        body: ZCreateStatementRequest,
        response: { 201: ZStatement },
      },
    },
    async (request, reply) => {
      const { councilId } = request.params;
      const id = await createStatement(db, requireActor(request).userId, councilId, request.body);
      return reply.code(201).send(await statement(councilId, id));
    },
  );

  api.put(
    '/statements/:statementId',
    {
      config: write,
      schema: {
        params: ZStatementParams,
        body: ZUpdateStatementRequest,
        response: { 200: ZStatement },
      },
    },
    async (request) => {
      const { statementId } = request.params;
      const councilId = await updateStatement(
        db,
        requireActor(request).userId,
        statementId,
        request.body,
      );
      return statement(councilId, statementId);
    },
  );

  overviewRoutes(app, {
    path: 'policy-overview',
    query: z.object({}),
    load: (meetingId, _query: object, caseId) => loadPolicyOverview(db, meetingId, caseId),
    pdf: renderPolicyOverviewPdf,
    docx: renderPolicyOverviewDocx,
    title: (meetingNumber) => `Oversikt meldinger og strategier, møte ${meetingNumber}`,
    write: 'policy.write',
  });
}
