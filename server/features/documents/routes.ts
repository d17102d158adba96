import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/plugin.ts';
import { renderCasePaperDocx } from '../../documents/case-paper-docx.ts';
import {
  renderCasePaperPdf,
  renderMeetingBookPdf,
  renderNoticePdf,
} from '../../documents/meeting-book-pdf.ts';
import { renderMinutesDocx } from '../../documents/minutes-docx.ts';
import { renderMinutesPdf } from '../../documents/minutes-pdf.ts';
import { loadCase } from '../cases/load-case.ts';
import { authoriseCase } from '../cases/routes.ts';
import { ZCaseParams } from '../cases/schema.ts';
import { authoriseMeeting } from '../meetings/routes.ts';
import { ZMeetingParams } from '../meetings/schema.ts';
import { minutesDocumentInput } from '../minutes/minutes-document-input.ts';
import { presentMinutes } from '../minutes/presenter.ts';
import { authoriseMinutes } from '../minutes/routes.ts';
import { ZMinutesParams } from '../minutes/schema.ts';
import {
  casePaperInput,
  loadDocumentHeader,
  loadMeetingBookInput,
} from './load-meeting-book-input.ts';
import { type DOCUMENT_TYPES, sendDocument } from './send-document.ts';

export async function documentRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, storage } = app.deps;

  const meetingDocument = (
    url: string,
    render: typeof renderNoticePdf,
    title: (input: Awaited<ReturnType<typeof loadMeetingBookInput>>) => string,
  ) =>
    api.get(
      url,
      { schema: { params: ZMeetingParams }, config: { access: { action: 'meeting.read' } } },
      async (request, reply) => {
        const actor = requireActor(request);
        await authoriseMeeting(db, actor, request.params.meetingId, false);
        const input = await loadMeetingBookInput(db, storage, request.params.meetingId);
        return sendDocument(reply, 'pdf', title(input), await render(input));
      },
    );

  const casePaper = (
    url: string,
    kind: keyof typeof DOCUMENT_TYPES,
    render: (
      header: Awaited<ReturnType<typeof loadDocumentHeader>>,
      paper: ReturnType<typeof casePaperInput>,
    ) => Promise<Uint8Array>,
  ) =>
    api.get(
      url,
      { schema: { params: ZCaseParams }, config: { access: { action: 'case.read' } } },
      async (request, reply) => {
        const actor = requireActor(request);
        await authoriseCase(db, actor, request.params.caseId, false);
        const loaded = await loadCase(db, request.params.caseId);
        const header = await loadDocumentHeader(db, loaded.row.meetingId);
        const bytes = await render(header, casePaperInput(loaded, storage));
        return sendDocument(reply, kind, `Saksframlegg sak ${loaded.number}`, bytes);
      },
    );

  meetingDocument(
    '/meetings/:meetingId/notice.pdf',
    renderNoticePdf,
    (input) => `Innkalling møte ${input.meeting.number}`,
  );
  meetingDocument(
    '/meetings/:meetingId/meeting-book.pdf',
    renderMeetingBookPdf,
    (input) => `Møtebok ${input.council.shortName} møte ${input.meeting.number}`,
  );
  casePaper('/cases/:caseId/case-paper.pdf', 'pdf', (header, paper) =>
    renderCasePaperPdf({ ...header, generatedAt: new Date() }, paper),
  );
  casePaper('/cases/:caseId/case-paper.docx', 'docx', (header, paper) =>
    renderCasePaperDocx(header.council, header.meeting, paper),
  );

  const minutesDocument = (kind: keyof typeof DOCUMENT_TYPES, render: typeof renderMinutesPdf) =>
    api.get(
      `/minutes/:minutesId/minutes.${kind}`,
      // Minutes are read by their status (`authoriseMinutes`): the gate admits all who read some.
      { schema: { params: ZMinutesParams }, config: { access: { action: 'meeting.read' } } },
      async (request, reply) => {
        const actor = requireActor(request);
        await authoriseMinutes(db, actor, request.params.minutesId);
        const minutes = await presentMinutes(db, actor, request.params.minutesId);
        const input = await minutesDocumentInput(db, minutes);
        const name = `Referat ${input.council.shortName} møte ${minutes.meetingNumber}${minutes.status === 'approved' ? '' : ' (utkast)'}`;
        return sendDocument(reply, kind, name, await render(input));
      },
    );
  minutesDocument('pdf', renderMinutesPdf);
  minutesDocument('docx', renderMinutesDocx);
}
