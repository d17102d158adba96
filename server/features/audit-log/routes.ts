import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { assertCan } from '../../auth/permissions.ts';
import { requireActor } from '../../auth/plugin.ts';
import { contentDisposition } from '../attachments/send-attachment-file.ts';
import { ZCouncilParams } from '../councils/schema.ts';
import { auditCsv } from './audit-csv.ts';
import { AUDIT_PAGE_SIZE, auditFilterValues, listAuditEntries } from './list-audit-entries.ts';
import { ZAuditPage, ZAuditQuery } from './schema.ts';

/** The council's audit log for the secretariat: who changed what, when; filtered; as CSV. */
export async function auditLogRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  api.get(
    '/councils/:councilId/audit',
    {
      config: { access: { action: 'audit.read' } },
      schema: { params: ZCouncilParams, querystring: ZAuditQuery, response: { 200: ZAuditPage } },
    },
    async (request) => {
      const { councilId } = request.params;
      assertCan(requireActor(request), 'audit.read', councilId);
      const { total, entries } = await listAuditEntries(db, councilId, request.query);
      return {
        total,
        entries,
        page: request.query.page,
        pageSize: AUDIT_PAGE_SIZE,
        ...(await auditFilterValues(db, councilId)),
      };
    },
  );

  api.get(
    '/councils/:councilId/audit.csv',
    {
      config: { access: { action: 'audit.read' } },
      schema: { params: ZCouncilParams, querystring: ZAuditQuery },
    },
    async (request, reply) => {
      const { councilId } = request.params;
      assertCan(requireActor(request), 'audit.read', councilId);
      const { entries } = await listAuditEntries(db, councilId, request.query, null);
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', contentDisposition('attachment', 'endringslogg.csv'))
        .send(auditCsv(entries));
    },
  );
}
