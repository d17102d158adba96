import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { contentDisposition } from '../attachments/send-attachment-file.ts';
import { createPageCache } from '../public/page-cache.ts';
import { builtAsset, publicStylesheet, renderPage } from '../public/render-page.ts';
import { NotFoundView } from '../public/views/MinutesView.tsx';
import { figureCsv, figureFileName, figureJsonStat } from './figure-downloads.ts';
import {
  loadPublicFigure,
  loadPublicMonitorIndex,
  type PublicFigure,
} from './load-public-monitor.ts';
import { renderChartPng, renderChartSvg } from './render-chart.ts';
import { FigureTable } from './views/FigureParts.tsx';
import { type FigureBootData, FigureView } from './views/FigureView.tsx';
import { MonitorIndexView } from './views/MonitorIndexView.tsx';

const webRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');
const hidden = { hide: true } as const;

const ZShortName = z.string().min(1).max(100);
const ZSlug = z.string().min(1).max(100);
/**
 * The filters, a figure's by dimension id. Anything goes: figure.ts keeps only the cube's own
 * dimensions and categories (the front page only its themes, sectors and areas), so an odd
 * address shows the default view, never an error. The schema is there so the page cache keys
 * each view by its query.
 */
const ZAnyQuery = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const figureParams = z.object({ shortName: ZShortName, slug: ZSlug });

const texts = (page: PublicFigure) => ({
  title: page.figure.indicator.title,
  demo: page.figure.indicator.isDemo,
  source: page.figure.indicator.sourceText || page.figure.cube.source || '',
});

/** The monitor's public pages: indicators by theme, sector and strategic area, and each figure. */
export async function monitorPublicRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const stylesheet = publicStylesheet(webRoot);
  const script = builtAsset(webRoot, 'monitor-figure.ts');
  const cached = createPageCache(db).route;
  // Revalidated every time: an indicator unpublished must vanish at once, from proxies too.
  const fresh = (reply: FastifyReply) => reply.header('Cache-Control', 'no-cache');
  const html = (reply: FastifyReply, title: string, view: ReactElement) =>
    fresh(reply).type('text/html; charset=utf-8').send(renderPage(view, { title, stylesheet }));

  /**
   * A download's file name, set before the page cache answers (it keeps only the type and
   * Cache-Control); an error answer takes it off again.
   */
  const attachment = (extension: string) => ({
    preHandler: [
      async (request: FastifyRequest, reply: FastifyReply) => {
        const { slug } = request.params as { slug: string };
        const name = figureFileName({ title: slug, demo: false }, extension);
        reply.header('Content-Disposition', contentDisposition('attachment', name));
      },
      cached.preHandler,
    ],
    onSend: cached.onSend,
  });

  api.setErrorHandler((error: FastifyError, request, reply) => {
    reply.removeHeader('Content-Disposition');
    const notFound = error instanceof AppError && error.statusCode === 404;
    if (notFound || error.validation) {
      const message = notFound ? error.message : 'Adressen peker ikke til noe vi har.';
      return html(reply.code(404), 'Fant ikke siden', <NotFoundView message={message} />);
    }
    request.log.error(error);
    const message = 'Noe gikk galt hos oss. Prøv igjen om litt.';
    return html(reply.code(500), 'Noe gikk galt', <NotFoundView message={message} />);
  });

  api.get(
    '/public/:shortName/monitor',
    {
      schema: { ...hidden, params: z.object({ shortName: ZShortName }), querystring: ZAnyQuery },
      ...cached,
    },
    async (request, reply) => {
      const index = await loadPublicMonitorIndex(db, request.params.shortName, request.query);
      return html(reply, `Monitor – ${index.council.name}`, <MonitorIndexView index={index} />);
    },
  );

  const figureSchema = { ...hidden, params: figureParams, querystring: ZAnyQuery };
  const load = (request: { params: z.infer<typeof figureParams>; query: unknown }) =>
    loadPublicFigure(
      db,
      request.params.shortName,
      request.params.slug,
      request.query as Record<string, string | string[]>,
    );

  api.get(
    '/public/:shortName/monitor/:slug',
    { schema: figureSchema, ...cached },
    async (request, reply) => {
      const page = await load(request);
      const svg =
        page.figure.data.chartType === 'table'
          ? null
          : renderChartSvg(page.figure.data, texts(page));
      const view = (
        <FigureView page={page} svg={svg} publicUrl={config.publicUrl} script={script} />
      );
      return html(reply, page.figure.indicator.title, view);
    },
  );

  api.get(
    '/public/:shortName/monitor/:slug/data.json',
    { schema: figureSchema, ...cached },
    async (request, reply) => {
      const page = await load(request);
      const { cube: _cube, ...figure } = page.figure;
      const table = renderToStaticMarkup(
        <FigureTable data={figure.data} title={figure.indicator.title} />,
      );
      const body: FigureBootData & { table: string } = {
        ...figure,
        source: texts(page).source,
        table,
      };
      return fresh(reply).type('application/json; charset=utf-8').send(JSON.stringify(body));
    },
  );

  api.get(
    '/public/:shortName/monitor/:slug/tall.csv',
    { schema: figureSchema, ...attachment('csv') },
    async (request, reply) => {
      const page = await load(request);
      return fresh(reply)
        .type('text/csv; charset=utf-8')
        .send(figureCsv(page.figure.data, texts(page)));
    },
  );

  api.get(
    '/public/:shortName/monitor/:slug/tall.json',
    { schema: figureSchema, ...attachment('json') },
    async (request, reply) => {
      const page = await load(request);
      const dataset = figureJsonStat(page.figure.cube, page.figure.data, texts(page));
      return fresh(reply).type('application/json; charset=utf-8').send(JSON.stringify(dataset));
    },
  );

  api.get(
    '/public/:shortName/monitor/:slug/figur.svg',
    { schema: figureSchema, ...attachment('svg') },
    async (request, reply) => {
      const page = await load(request);
      return fresh(reply)
        .type('image/svg+xml; charset=utf-8')
        .send(renderChartSvg(page.figure.data, texts(page)));
    },
  );

  // Not kept by the page cache (it keeps text only); the PNG is drawn from the SVG each time.
  api.get(
    '/public/:shortName/monitor/:slug/figur.png',
    { schema: figureSchema, ...attachment('png') },
    async (request, reply) => {
      const page = await load(request);
      return fresh(reply)
        .type('image/png')
        .send(renderChartPng(page.figure.data, texts(page)));
    },
  );
}
