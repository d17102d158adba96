import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ImportResult } from '../../../core/import/types.ts';
import { assertCan, type RouteAccess } from '../../auth/permissions.ts';
import { requireActor } from '../../auth/plugin.ts';
import { AppError, invalid } from '../../errors.ts';
import { UNSAFE_FILE_NAME } from '../attachments/detect-file-type.ts';
import { ZCouncilParams } from '../councils/schema.ts';
import { correctImport, discardImport, listImports } from './change-import.ts';
import { commitImport } from './commit-import.ts';
import { loadImportRow, presentImport } from './load-import.ts';
import { ZCommitImportRequest, ZImport, ZImportParams, ZUpdateImportRequest } from './schema.ts';
import { stageImport } from './stage-import.ts';

const ZStageResponse = z.object({
  imports: z.array(ZImport),
  /** Files that could not be read, each with the reason; the others are still staged. */
  errors: z.array(z.object({ fileName: z.string(), message: z.string() })),
});

const MANAGE = { action: 'import.manage' } as const satisfies RouteAccess;

export async function importRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const authorised = async (actorId: ReturnType<typeof requireActor>, importId: string) => {
    const row = await loadImportRow(db, importId);
    assertCan(actorId, 'import.manage', row.councilId);
    return row;
  };

  api.post(
    '/councils/:councilId/imports',
    {
      config: { access: MANAGE },
      schema: {
        params: ZCouncilParams,
        consumes: ['multipart/form-data'],
        response: { 201: ZStageResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { councilId } = request.params;
      assertCan(actor, 'import.manage', councilId);
      const staged = [];
      const errors = [];
      // Several files at once here, unlike attachments (the app-wide default is one).
      const files = request.files({
        limits: { files: 20, fileSize: app.deps.config.maxUploadBytes },
        // The name as sent, folders included, so a crafted path is refused rather than cut off.
        preservePath: true,
      });
      for await (const file of files) {
        const bytes = await file.toBuffer();
        try {
          const row = await stageImport(db, actor.userId, councilId, {
            fileName: file.filename,
            bytes,
          });
          staged.push(await presentImport(db, row));
        } catch (error) {
          // A crafted file name refuses the whole request; an unreadable file is only reported.
          if (!(error instanceof AppError) || error.code === UNSAFE_FILE_NAME) throw error;
          errors.push({ fileName: file.filename, message: error.message });
        }
      }
      if (staged.length === 0 && errors.length === 0) throw invalid('Velg minst én fil.');
      return reply.code(201).send({ imports: staged, errors });
    },
  );

  api.get(
    '/councils/:councilId/imports',
    {
      config: { access: MANAGE },
      schema: { params: ZCouncilParams, response: { 200: z.array(ZImport) } },
    },
    async (request) => {
      const actor = requireActor(request);
      assertCan(actor, 'import.manage', request.params.councilId);
      const rows = await listImports(db, request.params.councilId);
      return Promise.all(rows.map((row) => presentImport(db, row)));
    },
  );

  api.get(
    '/imports/:importId',
    { config: { access: MANAGE }, schema: { params: ZImportParams, response: { 200: ZImport } } },
    async (request) =>
      presentImport(db, await authorised(requireActor(request), request.params.importId)),
  );

  api.put(
    '/imports/:importId',
    {
      config: { access: MANAGE },
      schema: { params: ZImportParams, body: ZUpdateImportRequest, response: { 200: ZImport } },
    },
    async (request) => {
      const actor = requireActor(request);
      await authorised(actor, request.params.importId);
      const row = await correctImport(db, actor.userId, request.params.importId, {
        result: request.body.result as ImportResult,
        version: request.body.version,
      });
      return presentImport(db, row);
    },
  );

  api.post(
    '/imports/:importId/commit',
    {
      config: { access: MANAGE },
      schema: { params: ZImportParams, body: ZCommitImportRequest, response: { 200: ZImport } },
    },
    async (request) => {
      const actor = requireActor(request);
      await authorised(actor, request.params.importId);
      await commitImport(db, actor.userId, request.params.importId, request.body.version);
      return presentImport(db, await loadImportRow(db, request.params.importId));
    },
  );

  api.delete(
    '/imports/:importId',
    { config: { access: MANAGE }, schema: { params: ZImportParams } },
    async (request, reply) => {
      const actor = requireActor(request);
      await authorised(actor, request.params.importId);
      await discardImport(db, actor.userId, request.params.importId);
      return reply.code(204).send();
    },
  );
}
