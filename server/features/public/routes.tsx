import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ReactElement } from 'react';
import { z } from 'zod';
import { osloToday } from '../../../core/dates.ts';
import { searchScope } from '../../auth/permissions.ts';
import { AppError } from '../../errors.ts';
import { loadAttachment } from '../attachments/change-attachments.ts';
import { sendAttachmentFile } from '../attachments/send-attachment-file.ts';
import { listPublicMonitorPages } from '../monitor/load-public-monitor.ts';
import { searchArchive } from '../search/search-archive.ts';
import { atomFeed } from './feed.ts';
import { listPublicDocuments } from './list-public-documents.ts';
import { loadPublicCase } from './load-public-case.ts';
import { findPublicCouncil, listPublicCouncils, loadPublicCouncil } from './load-public-council.ts';
import { loadPublicMeeting } from './load-public-meeting.ts';
import { loadPublicMinutes } from './load-public-minutes.ts';
import {
  listPublicStatementDocuments,
  listPublicStatementPages,
  listPublicStatements,
  loadPublicStatement,
} from './load-public-statements.ts';
import { createPageCache } from './page-cache.ts';
import { publicStylesheet, renderPage } from './render-page.ts';
import { sitemapXml } from './sitemap.ts';
import { CaseView } from './views/CaseView.tsx';
import { CouncilListView, CouncilView } from './views/CouncilViews.tsx';
import { MeetingView } from './views/MeetingView.tsx';
import { MinutesView, NotFoundView } from './views/MinutesView.tsx';
import { SearchView } from './views/SearchView.tsx';
import { StatementListView, StatementView } from './views/StatementViews.tsx';

const webRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');
const id = z.string().uuid();
const hidden = { hide: true } as const;
const ZPublicSearch = z.object({
  q: z.string().max(500).default(''),
  page: z.coerce.number().int().min(1).max(25).default(1),
});

/**
 * The public pages (offentleglova): server-rendered HTML without script, for anyone and no
 * sign-in, plus each council's Atom feed and the sitemap. What is shown is decided by
 * `PUBLIC_ACCESS` in the permissions module; the loaders never hand a view exempt content.
 * Routes with `...cached` are answered from `page-cache.ts` while the data stands still.
 */
export async function publicRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, storage, config } = app.deps;
  const stylesheet = publicStylesheet(webRoot);
  // Rendered pages are kept until the data or the date changes (see page-cache.ts).
  const cached = createPageCache(db).route;
  const html = (reply: FastifyReply, title: string, view: ReactElement, feed?: string) =>
    reply
      .type('text/html; charset=utf-8')
      // Revalidated every time: a paper exempted after publishing must vanish at once, proxies too.
      .header('Cache-Control', 'no-cache')
      .send(renderPage(view, { title, stylesheet, feed }));

  // A wrong or unknown id is a page that does not exist; anything else is our fault.
  api.setErrorHandler((error: FastifyError, request, reply) => {
    const notFound = error instanceof AppError && error.statusCode === 404;
    if (notFound || error.validation) {
      const message = notFound ? error.message : 'Adressen peker ikke til noe vi har.';
      return html(reply.code(404), 'Fant ikke siden', <NotFoundView message={message} />);
    }
    request.log.error(error);
    const message = 'Noe gikk galt hos oss. Prøv igjen om litt.';
    return html(reply.code(500), 'Fant ikke siden', <NotFoundView message={message} />);
  });

  api.get('/public', { schema: hidden, ...cached }, async (_request, reply) =>
    html(reply, 'Offentlig innsyn', <CouncilListView councils={await listPublicCouncils(db)} />),
  );

  api.get(
    '/public/councils/:councilId',
    { schema: { ...hidden, params: z.object({ councilId: id }) }, ...cached },
    async (request, reply) => {
      const { council, meetings } = await loadPublicCouncil(db, request.params.councilId);
      const view = <CouncilView council={council} meetings={meetings} today={osloToday()} />;
      return html(reply, council.name, view, `/public/councils/${council.id}/feed.atom`);
    },
  );

  api.get(
    '/public/councils/:councilId/feed.atom',
    { schema: { ...hidden, params: z.object({ councilId: id }) }, ...cached },
    async (request, reply) => {
      const council = await findPublicCouncil(db, request.params.councilId);
      const documents = [
        ...(await listPublicDocuments(db, council.id)),
        ...(await listPublicStatementDocuments(db, council.id)),
      ]
        .sort((a, b) => b.updated.getTime() - a.updated.getTime())
        .slice(0, 50);
      return reply
        .type('application/atom+xml; charset=utf-8')
        .send(atomFeed(council, documents, config.publicUrl));
    },
  );

  api.get(
    '/public/meetings/:meetingId',
    { schema: { ...hidden, params: z.object({ meetingId: id }) }, ...cached },
    async (request, reply) => {
      const meeting = await loadPublicMeeting(db, request.params.meetingId);
      return html(reply, `Møte ${meeting.meeting.number}`, <MeetingView {...meeting} />);
    },
  );

  api.get(
    '/public/meetings/:meetingId/minutes',
    { schema: { ...hidden, params: z.object({ meetingId: id }) }, ...cached },
    async (request, reply) => {
      const minutes = await loadPublicMinutes(db, request.params.meetingId);
      return html(reply, `Referat fra møte ${minutes.meeting.number}`, <MinutesView m={minutes} />);
    },
  );

  api.get(
    '/public/cases/:caseId',
    { schema: { ...hidden, params: z.object({ caseId: id }) }, ...cached },
    async (request, reply) => {
      const c = await loadPublicCase(db, request.params.caseId);
      const council = await findPublicCouncil(db, c.councilId);
      return html(reply, `Sak ${c.number}`, <CaseView c={c} councilName={council.name} />);
    },
  );

  api.get(
    '/public/attachments/:attachmentId',
    { schema: { ...hidden, params: z.object({ attachmentId: id }) } },
    async (request, reply) => {
      const { attachment } = await loadAttachment(db, request.params.attachmentId);
      const c = await loadPublicCase(db, attachment.caseId);
      const listed = c.paper?.attachments.find((a) => a.id === attachment.id);
      if (!listed?.published) throw new AppError(404, 'not_found', 'Vedlegget er ikke offentlig.');
      return sendAttachmentFile(reply, storage, attachment);
    },
  );

  // "Rådet mener": the council's sent statements, by the council's short name.
  const ZShortName = z.string().min(1).max(100);
  api.get(
    '/public/:shortName/radet-mener',
    { schema: { ...hidden, params: z.object({ shortName: ZShortName }) }, ...cached },
    async (request, reply) => {
      const { council, statements } = await listPublicStatements(db, request.params.shortName);
      const view = <StatementListView council={council} statements={statements} />;
      return html(reply, `Rådet mener – ${council.name}`, view);
    },
  );

  api.get(
    '/public/:shortName/radet-mener/:statementId',
    {
      schema: { ...hidden, params: z.object({ shortName: ZShortName, statementId: id }) },
      ...cached,
    },
    async (request, reply) => {
      const { shortName, statementId } = request.params;
      const { council, statement } = await loadPublicStatement(db, shortName, statementId);
      return html(
        reply,
        statement.title,
        <StatementView council={council} statement={statement} />,
      );
    },
  );

  api.get(
    '/public/search',
    { schema: { ...hidden, querystring: ZPublicSearch }, ...cached },
    async (request, reply) => {
      const { q, page } = request.query;
      const result = q.trim()
        ? await searchArchive(
            db,
            searchScope(null),
            { q, page, pageSize: 20 },
            { publicPages: true },
          )
        : null;
      return html(reply, q ? `Søk: ${q}` : 'Søk', <SearchView q={q} result={result} />);
    },
  );

  api.get('/sitemap.xml', { schema: hidden, ...cached }, async (_request, reply) => {
    const councils = await listPublicCouncils(db);
    const documents = await listPublicDocuments(db);
    const statements = await listPublicStatementPages(db);
    const figures = await listPublicMonitorPages(db);
    const xml = await sitemapXml(
      councils.map((c) => c.id),
      [...documents, ...statements, ...figures],
      config.publicUrl,
    );
    return reply.type('application/xml; charset=utf-8').send(xml);
  });

  api.get('/robots.txt', { schema: hidden }, async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .send(
        `User-agent: *\nAllow: /public\nDisallow: /\nSitemap: ${config.publicUrl}/sitemap.xml\n`,
      ),
  );
}
