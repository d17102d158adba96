import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertCan } from '../../auth/permissions.ts';
import { requireActor } from '../../auth/plugin.ts';
import { invalid } from '../../errors.ts';
import { authoriseCase } from '../cases/routes.ts';
import { ZAttachment, ZCaseParams } from '../cases/schema.ts';
import {
  deleteAttachment,
  loadAttachment,
  reorderAttachments,
  updateAttachment,
} from './change-attachments.ts';
import { sendAttachmentFile } from './send-attachment-file.ts';
import { uploadAttachment } from './upload-attachment.ts';

const ZAttachmentParams = z.object({ attachmentId: z.string().uuid() });

export async function attachmentRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, storage } = app.deps;

  api.post(
    '/cases/:caseId/attachments',
    {
      config: { access: { action: 'case.write' } },
      schema: {
        params: ZCaseParams,
        consumes: ['multipart/form-data'],
        response: { 201: ZAttachment },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { caseId } = request.params;
      await authoriseCase(db, actor, caseId, true);
      // The name as sent, folders included, so a crafted path is refused rather than cut off.
      const file = await request.file({ preservePath: true });
      if (!file) throw invalid('Velg en fil å laste opp.');
      const bytes = await file.toBuffer();
      const titleField = file.fields.title;
      const title =
        titleField && 'value' in titleField && typeof titleField.value === 'string'
          ? titleField.value
          : file.filename.replace(/\.[^.]+$/, '');
      const attachment = await uploadAttachment(db, storage, actor.userId, caseId, {
        title,
        fileName: file.filename,
        bytes,
      });
      const {
        caseId: _c,
        storageKey: _s,
        sha256: _h,
        createdAt: _t,
        position,
        ...rest
      } = attachment;
      return reply.code(201).send({ ...rest, number: position });
    },
  );

  api.get(
    '/attachments/:attachmentId',
    { config: { access: { action: 'case.read' } }, schema: { params: ZAttachmentParams } },
    async (request, reply) => {
      const actor = requireActor(request);
      const { attachment, councilId } = await loadAttachment(db, request.params.attachmentId);
      assertCan(actor, 'case.read', councilId);
      return sendAttachmentFile(reply, storage, attachment);
    },
  );

  api.put(
    '/attachments/:attachmentId',
    {
      config: { access: { action: 'case.write' } },
      schema: {
        params: ZAttachmentParams,
        body: z.object({
          title: z.string().trim().min(2).max(300),
          /** Legal basis for exemption from public access; empty makes the file public. */
          exemptionBasis: z.string().trim().max(200).optional(),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { councilId } = await loadAttachment(db, request.params.attachmentId);
      assertCan(actor, 'case.write', councilId);
      await updateAttachment(db, actor.userId, request.params.attachmentId, request.body);
      return reply.code(204).send(null);
    },
  );

  api.delete(
    '/attachments/:attachmentId',
    {
      config: { access: { action: 'case.write' } },
      schema: { params: ZAttachmentParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { councilId } = await loadAttachment(db, request.params.attachmentId);
      assertCan(actor, 'case.write', councilId);
      await deleteAttachment(db, storage, actor.userId, request.params.attachmentId);
      return reply.code(204).send(null);
    },
  );

  api.put(
    '/cases/:caseId/attachments/order',
    {
      config: { access: { action: 'case.write' } },
      schema: {
        params: ZCaseParams,
        body: z.object({ attachmentIds: z.array(z.string().uuid()) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await authoriseCase(db, actor, request.params.caseId, true);
      await reorderAttachments(db, actor.userId, request.params.caseId, request.body.attachmentIds);
      return reply.code(204).send(null);
    },
  );
}
