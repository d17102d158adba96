import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/plugin.ts';
import { renderCasePaperDocx } from '../../documents/case-paper-docx.ts';
import {
  renderCasePaperPdf,
  renderMeetingBookPdf,
  renderNoticePdf,
} from '../../documents/meeting-book-pdf.ts';
import { contentDisposition } from '../attachments/routes.ts';
import { loadCase } from '../cases/load-case.ts';
import { authoriseCase } from '../cases/routes.ts';
import { ZCaseParams } from '../cases/schema.ts';
import { authoriseMeeting } from '../meetings/routes.ts';
import { ZMeetingParams } from '../meetings/schema.ts';
import {
  casePaperInput,
  loadDocumentHeader,
  loadMeetingBookInput,
} from './load-meeting-book-input.ts';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const fileSafe = (s: string) => s.replaceAll('/', '-');

export async function documentRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, storage } = app.deps;

  api.get(
    '/meetings/:meetingId/notice.pdf',
    { schema: { params: ZMeetingParams } },
    async (request, reply) => {
      const actor = requireActor(request);
      await authoriseMeeting(db, actor, request.params.meetingId, false);
      const input = await loadMeetingBookInput(db, storage, request.params.meetingId);
      const pdf = await renderNoticePdf(input);
      const name = `Innkalling møte ${fileSafe(input.meeting.number)}.pdf`;
      return reply
        .type(PDF)
        .header('Content-Disposition', contentDisposition('attachment', name))
        .send(Buffer.from(pdf));
    },
  );

  api.get(
    '/meetings/:meetingId/meeting-book.pdf',
    { schema: { params: ZMeetingParams } },
    async (request, reply) => {
      const actor = requireActor(request);
      await authoriseMeeting(db, actor, request.params.meetingId, false);
      const input = await loadMeetingBookInput(db, storage, request.params.meetingId);
      const pdf = await renderMeetingBookPdf(input);
      const name = `Møtebok ${input.council.shortName} møte ${fileSafe(input.meeting.number)}.pdf`;
      return reply
        .type(PDF)
        .header('Content-Disposition', contentDisposition('attachment', name))
        .send(Buffer.from(pdf));
    },
  );

  api.get(
    '/cases/:caseId/case-paper.pdf',
    { schema: { params: ZCaseParams } },
    async (request, reply) => {
      const actor = requireActor(request);
      await authoriseCase(db, actor, request.params.caseId, false);
      const loaded = await loadCase(db, request.params.caseId);
      const header = await loadDocumentHeader(db, loaded.row.meetingId);
      const pdf = await renderCasePaperPdf(
        { ...header, generatedAt: new Date() },
        casePaperInput(loaded, storage),
      );
      const name = `Saksframlegg sak ${fileSafe(loaded.number)}.pdf`;
      return reply
        .type(PDF)
        .header('Content-Disposition', contentDisposition('attachment', name))
        .send(Buffer.from(pdf));
    },
  );

  api.get(
    '/cases/:caseId/case-paper.docx',
    { schema: { params: ZCaseParams } },
    async (request, reply) => {
      const actor = requireActor(request);
      await authoriseCase(db, actor, request.params.caseId, false);
      const loaded = await loadCase(db, request.params.caseId);
      const header = await loadDocumentHeader(db, loaded.row.meetingId);
      const docx = await renderCasePaperDocx(
        header.council,
        header.meeting,
        casePaperInput(loaded, storage),
      );
      const name = `Saksframlegg sak ${fileSafe(loaded.number)}.docx`;
      return reply
        .type(DOCX)
        .header('Content-Disposition', contentDisposition('attachment', name))
        .send(docx);
    },
  );
}
