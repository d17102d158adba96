import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/plugin.ts';
import { renderPolicyOverviewDocx } from '../../documents/policy-overview-docx.ts';
import { renderPolicyOverviewPdf } from '../../documents/policy-overview-pdf.ts';
import { notFound } from '../../errors.ts';
import { attachGeneratedFiles } from '../attachments/attach-generated-files.ts';
import { ZCouncilParams } from '../councils/schema.ts';
import { sendDocument } from '../documents/send-document.ts';
import { ZMeetingParams } from '../meetings/schema.ts';
import { ZGeneratedOverview } from '../plans/schema.ts';
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
  ZGeneratePolicyOverviewRequest,
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
  const { db, storage } = app.deps;

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

  // "Oversikt meldinger og strategier" for a meeting: as data, as files, and attached to a case.
  const overviewTitle = (meetingNumber: string) =>
    `Oversikt meldinger og strategier, møte ${meetingNumber}`;

  api.get(
    '/meetings/:meetingId/policy-overview',
    { config: { access: { action: 'meeting.read' } }, schema: { params: ZMeetingParams } },
    async (request) => loadPolicyOverview(db, request.params.meetingId),
  );

  for (const kind of ['pdf', 'docx'] as const) {
    api.get(
      `/meetings/:meetingId/policy-overview.${kind}`,
      { config: { access: { action: 'meeting.read' } }, schema: { params: ZMeetingParams } },
      async (request, reply) => {
        const input = await loadPolicyOverview(db, request.params.meetingId);
        const render = kind === 'pdf' ? renderPolicyOverviewPdf : renderPolicyOverviewDocx;
        return sendDocument(reply, kind, overviewTitle(input.meetingNumber), await render(input));
      },
    );
  }

  api.post(
    '/meetings/:meetingId/policy-overview',
    {
      config: write,
      schema: {
        params: ZMeetingParams,
        body: ZGeneratePolicyOverviewRequest,
        response: { 201: ZGeneratedOverview },
      },
    },
    async (request, reply) => {
      const { caseId } = request.body;
      const input = await loadPolicyOverview(db, request.params.meetingId, caseId);
      const title = overviewTitle(input.meetingNumber);
      const fileName = title.replaceAll('/', '-');
      const attachmentIds = await attachGeneratedFiles(
        db,
        storage,
        requireActor(request).userId,
        caseId,
        [
          { title, fileName: `${fileName}.pdf`, bytes: await renderPolicyOverviewPdf(input) },
          {
            title: `${title} (Word)`,
            fileName: `${fileName}.docx`,
            bytes: await renderPolicyOverviewDocx(input),
          },
        ],
      );
      return reply.code(201).send({ caseId, attachmentIds });
    },
  );
}
