import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Action } from '../../auth/permissions.ts';
import { requireActor } from '../../auth/plugin.ts';
import type { OverviewHeading } from '../../documents/overview-input.ts';
import { attachGeneratedFiles } from '../attachments/attach-generated-files.ts';
import { ZMeetingParams } from '../meetings/schema.ts';
import { sendDocument } from './send-document.ts';

export const ZGeneratedOverview = z.object({
  caseId: z.string().uuid(),
  attachmentIds: z.array(z.string().uuid()),
});

type OverviewOptions<Q extends object, I extends OverviewHeading> = {
  /** "plan-status" → /meetings/:meetingId/plan-status(.pdf|.docx) */
  path: string;
  /** Options of the overview ({} when it has none); the attaching POST takes them and a case. */
  query: z.ZodObject<z.ZodRawShape>;
  load: (meetingId: string, query: Q, caseId: string | null) => Promise<I>;
  pdf: (input: I) => Promise<Uint8Array>;
  docx: (input: I) => Promise<Uint8Array>;
  /** "Oversikt meldinger og strategier, møte 5/2026": the attachment's title and file name. */
  title: (meetingNumber: string) => string;
  write: Action;
};

/**
 * An overview Rådsrom writes for a meeting: as data for its page, as PDF and DOCX, and attached
 * to one of the meeting's case papers (both files, replacing an earlier copy).
 */
export function overviewRoutes<Q extends object, I extends OverviewHeading>(
  app: FastifyInstance,
  o: OverviewOptions<Q, I>,
) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, storage } = app.deps;
  const read = { access: { action: 'meeting.read' } } as const;
  const url = `/meetings/:meetingId/${o.path}`;

  api.get(
    url,
    { config: read, schema: { params: ZMeetingParams, querystring: o.query } },
    (request) => o.load(request.params.meetingId, request.query as Q, null),
  );

  for (const kind of ['pdf', 'docx'] as const) {
    api.get(
      `${url}.${kind}`,
      { config: read, schema: { params: ZMeetingParams, querystring: o.query } },
      async (request, reply) => {
        const input = await o.load(request.params.meetingId, request.query as Q, null);
        return sendDocument(reply, kind, o.title(input.meetingNumber), await o[kind](input));
      },
    );
  }

  api.post(
    url,
    {
      config: { access: { action: o.write } },
      schema: {
        params: ZMeetingParams,
        body: o.query.extend({
          caseId: z.string({ message: 'Velg saken oversikten skal legges ved.' }).uuid(),
        }),
        response: { 201: ZGeneratedOverview },
      },
    },
    async (request, reply) => {
      const { caseId, ...query } = request.body as Q & { caseId: string };
      const input = await o.load(request.params.meetingId, query as Q, caseId);
      const title = o.title(input.meetingNumber);
      const name = title.replaceAll('/', '-');
      const attachmentIds = await attachGeneratedFiles(
        db,
        storage,
        requireActor(request).userId,
        caseId,
        [
          { title, fileName: `${name}.pdf`, bytes: await o.pdf(input) },
          { title: `${title} (Word)`, fileName: `${name}.docx`, bytes: await o.docx(input) },
        ],
      );
      return reply.code(201).send({ caseId, attachmentIds });
    },
  );
}
