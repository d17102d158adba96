import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { installAuth } from './auth/plugin.ts';
import { type ApiRoute, installRouteAccess } from './auth/route-access.ts';
import { authRoutes } from './auth/routes.ts';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import { errorHandler } from './error-handler.ts';
import { attachmentRoutes } from './features/attachments/routes.ts';
import { auditLogRoutes } from './features/audit-log/routes.ts';
import { caseRoutes } from './features/cases/routes.ts';
import { conflictRoutes } from './features/conflicts/routes.ts';
import { councilRoutes } from './features/councils/routes.ts';
import { decisionRoutes } from './features/decisions/routes.ts';
import { documentRoutes } from './features/documents/routes.ts';
import { followUpRoutes } from './features/follow-ups/routes.ts';
import { importRoutes } from './features/imports/routes.ts';
import { interestRoutes } from './features/interests/routes.ts';
import { meetingRoutes } from './features/meetings/routes.ts';
import { minutesRoutes } from './features/minutes/routes.ts';
import { monitorPublicRoutes } from './features/monitor/public-routes.tsx';
import { monitorRoutes } from './features/monitor/routes.ts';
import { newsletterPublicRoutes } from './features/newsletter/public-routes.tsx';
import { newsletterRoutes } from './features/newsletter/routes.ts';
import type { MailSender } from './features/notifications/mail-sender.ts';
import { notificationRoutes } from './features/notifications/routes.ts';
import { peopleRoutes } from './features/people/routes.ts';
import { planRoutes } from './features/plans/routes.ts';
import { policyRoutes } from './features/policy/routes.ts';
import { publicRoutes } from './features/public/routes.tsx';
import { searchRoutes } from './features/search/routes.ts';
import type { FileStorage } from './storage/file-storage.ts';
import { refuseUnstorableText } from './text-guard.ts';

z.config(z.locales.no());

export type AppDeps = { db: Db; storage: FileStorage; config: Config; mailer: MailSender };

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Every API route with its declared access, as registered (for the permission matrix). */
    apiRoutes: readonly ApiRoute[];
  }
}

const webRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'web');

export async function buildApp(deps: AppDeps, opts: { logger?: boolean } = {}) {
  const app = Fastify({
    logger: opts.logger ? { level: 'info' } : false,
    bodyLimit: 5 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.decorate('deps', deps);

  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 10 },
  });
  await app.register(swagger, {
    openapi: { info: { title: 'Rådsrom API', version: '0.1.0' } },
    transform: jsonSchemaTransform,
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
    // Behind HTTPS (where cookies are marked secure), browsers are told to use nothing else.
    if (deps.config.secureCookies) {
      reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
    reply.header(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  const apiRoutes: ApiRoute[] = [];
  app.decorate('apiRoutes', apiRoutes);
  await app.register(
    async (api) => {
      installAuth(api);
      installRouteAccess(api, apiRoutes);
      api.addHook('preValidation', refuseUnstorableText);
      await api.register(authRoutes);
      await api.register(councilRoutes);
      await api.register(meetingRoutes);
      await api.register(caseRoutes);
      await api.register(attachmentRoutes);
      await api.register(documentRoutes);
      await api.register(minutesRoutes);
      await api.register(decisionRoutes);
      await api.register(searchRoutes);
      await api.register(followUpRoutes);
      await api.register(notificationRoutes);
      await api.register(interestRoutes);
      await api.register(conflictRoutes);
      await api.register(importRoutes);
      await api.register(auditLogRoutes);
      await api.register(peopleRoutes);
      await api.register(planRoutes);
      await api.register(policyRoutes);
      await api.register(monitorRoutes);
      await api.register(newsletterRoutes);
      api.get('/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () =>
        app.swagger(),
      );
    },
    { prefix: '/api' },
  );

  await app.register(publicRoutes);
  await app.register(monitorPublicRoutes);
  await app.register(newsletterPublicRoutes);
  await registerWeb(app);
  return app;
}

/** The built React app, with index.html for every client-side route. */
async function registerWeb(app: FastifyInstance) {
  const hasWeb = existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' || request.url.startsWith('/api/') || !hasWeb) {
      return reply.code(404).send({ error: { code: 'not_found', message: 'Fant ikke siden.' } });
    }
    return reply.sendFile('index.html');
  });
}

export type App = Awaited<ReturnType<typeof buildApp>>;
