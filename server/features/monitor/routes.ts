import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/plugin.ts';
import { invalid } from '../../errors.ts';
import { ZCouncilParams } from '../councils/schema.ts';
import {
  confirmMonitorImport,
  discardMonitorImport,
  previewMonitorImport,
  setImportMapping,
  stageMonitorImport,
} from './import-drafts.ts';
import { importHrcsPortfolio } from './import-hrcs-portfolio.ts';
import {
  createIndicator,
  deleteIndicator,
  listIndicators,
  loadIndicator,
  updateIndicator,
} from './indicator-use-cases.ts';
import { listDatasets, loadDatasetDetail } from './list-datasets.ts';
import { loadFigure } from './load-figure.ts';
import { readTableFile } from './read-table-file.ts';
import {
  ZColumnMapping,
  ZConfirmImportRequest,
  ZCreateIndicatorRequest,
  ZDataset,
  ZDatasetDetail,
  ZDatasetParams,
  ZDraftParams,
  ZFigure,
  ZHrcsPortfolioImported,
  ZHrcsPortfolioQuery,
  ZImportPreview,
  ZIndicator,
  ZIndicatorParams,
  ZPxWebImportRequest,
  ZStageImportQuery,
  ZUpdateIndicatorRequest,
} from './schema.ts';
import { stagePxWebImport } from './stage-pxweb-import.ts';

const read = { access: { action: 'council.read' } } as const;
const write = { access: { action: 'monitor.write' } } as const;
/** A figure's filters arrive as dimension ids; figure.ts keeps only the cube's own. */
const ZFigureQuery = z.record(
  z.string().max(200),
  z.union([z.string().max(200), z.array(z.string().max(200)).max(500)]),
);

/** The monitor's editors: datasets and their imports, indicators, and figure data. */
export async function monitorRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;

  api.get(
    '/councils/:councilId/monitor/datasets',
    { config: read, schema: { params: ZCouncilParams, response: { 200: z.array(ZDataset) } } },
    async (request) => listDatasets(db, request.params.councilId),
  );

  api.get(
    '/monitor/datasets/:datasetId',
    { config: read, schema: { params: ZDatasetParams, response: { 200: ZDatasetDetail } } },
    async (request) => loadDatasetDetail(db, request.params.datasetId),
  );

  api.post(
    '/councils/:councilId/monitor/imports',
    {
      config: write,
      schema: {
        params: ZCouncilParams,
        querystring: ZStageImportQuery,
        consumes: ['multipart/form-data'],
        response: { 201: ZImportPreview },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await request.file();
      if (!file) throw invalid('Velg en fil å laste opp.', { field: 'file' });
      const bytes = await file.toBuffer();
      const staged = await stageMonitorImport(
        db,
        actor.userId,
        request.params.councilId,
        { fileName: file.filename, bytes },
        request.query.datasetId ?? null,
      );
      return reply.code(201).send(staged);
    },
  );

  api.post(
    '/councils/:councilId/monitor/pxweb-imports',
    {
      config: write,
      schema: {
        params: ZCouncilParams,
        body: ZPxWebImportRequest,
        response: { 201: ZImportPreview },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const staged = await stagePxWebImport(
        db,
        config.pxwebBaseUrl,
        actor.userId,
        request.params.councilId,
        request.body,
      );
      return reply.code(201).send(staged);
    },
  );

  api.get(
    '/monitor/imports/:draftId',
    { config: write, schema: { params: ZDraftParams, response: { 200: ZImportPreview } } },
    async (request) => previewMonitorImport(db, request.params.draftId),
  );

  api.put(
    '/monitor/imports/:draftId/mapping',
    {
      config: write,
      schema: { params: ZDraftParams, body: ZColumnMapping, response: { 200: ZImportPreview } },
    },
    async (request) =>
      setImportMapping(db, requireActor(request).userId, request.params.draftId, request.body),
  );

  api.post(
    '/monitor/imports/:draftId/confirm',
    {
      config: write,
      schema: {
        params: ZDraftParams,
        body: ZConfirmImportRequest,
        response: { 200: ZDatasetDetail },
      },
    },
    async (request) => {
      const saved = await confirmMonitorImport(
        db,
        requireActor(request).userId,
        request.params.draftId,
        request.body,
      );
      return loadDatasetDetail(db, saved.datasetId);
    },
  );

  api.delete(
    '/monitor/imports/:draftId',
    { config: write, schema: { params: ZDraftParams } },
    async (request, reply) => {
      await discardMonitorImport(db, requireActor(request).userId, request.params.draftId);
      return reply.code(204).send();
    },
  );

  api.post(
    '/councils/:councilId/monitor/hrcs-portfolios',
    {
      config: write,
      schema: {
        params: ZCouncilParams,
        querystring: ZHrcsPortfolioQuery,
        consumes: ['multipart/form-data'],
        response: { 201: ZHrcsPortfolioImported },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await request.file();
      if (!file) throw invalid('Velg en fil å laste opp.', { field: 'file' });
      const table = await readTableFile(await file.toBuffer(), file.filename);
      const imported = await importHrcsPortfolio(db, actor.userId, request.params.councilId, {
        title: request.query.title,
        fileName: file.filename,
        table,
        isDemo: request.query.isDemo,
      });
      return reply.code(201).send(imported);
    },
  );

  api.get(
    '/councils/:councilId/monitor/indicators',
    { config: read, schema: { params: ZCouncilParams, response: { 200: z.array(ZIndicator) } } },
    async (request) => listIndicators(db, request.params.councilId),
  );

  api.post(
    '/councils/:councilId/monitor/indicators',
    {
      config: write,
      schema: {
        params: ZCouncilParams,
        body: ZCreateIndicatorRequest,
        response: { 201: ZIndicator },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createIndicator(db, actor.userId, request.params.councilId, request.body);
      return reply.code(201).send(await loadIndicator(db, id));
    },
  );

  api.get(
    '/monitor/indicators/:indicatorId',
    { config: read, schema: { params: ZIndicatorParams, response: { 200: ZIndicator } } },
    async (request) => loadIndicator(db, request.params.indicatorId),
  );

  api.put(
    '/monitor/indicators/:indicatorId',
    {
      config: write,
      schema: {
        params: ZIndicatorParams,
        body: ZUpdateIndicatorRequest,
        response: { 200: ZIndicator },
      },
    },
    async (request) => {
      const { indicatorId } = request.params;
      await updateIndicator(db, requireActor(request).userId, indicatorId, request.body);
      return loadIndicator(db, indicatorId);
    },
  );

  api.delete(
    '/monitor/indicators/:indicatorId',
    { config: write, schema: { params: ZIndicatorParams } },
    async (request, reply) => {
      await deleteIndicator(db, requireActor(request).userId, request.params.indicatorId);
      return reply.code(204).send();
    },
  );

  // The figure-data API: the numbers of one view, as the chart and the table draw them.
  api.get(
    '/monitor/indicators/:indicatorId/figure',
    {
      config: read,
      schema: { params: ZIndicatorParams, querystring: ZFigureQuery, response: { 200: ZFigure } },
    },
    async (request) => {
      const indicator = await loadIndicator(db, request.params.indicatorId);
      const { cube: _cube, ...figure } = await loadFigure(db, indicator, request.query);
      return figure;
    },
  );
}
