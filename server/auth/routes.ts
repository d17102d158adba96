import { eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { lockLogin } from '../db/locks.ts';
import { councils, users } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { changePassword } from './change-password.ts';
import { assertNotThrottled } from './login-throttle.ts';
import { oidcClient } from './oidc-client.ts';
import { registerOidcRoutes } from './oidc-routes.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { requireActor } from './plugin.ts';
import { ZChangePasswordRequest, ZLoginRequest, ZMeResponse, ZProviders } from './schema.ts';
import { CSRF_COOKIE, deleteSession, SESSION_COOKIE } from './sessions.ts';
import { SSO_COOKIE, startSession } from './start-session.ts';

// Verifying against a fixed hash when the user is unknown keeps login time equal for both cases.
const dummyHash = hashPassword('not-a-real-password');

export async function authRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;

  api.post(
    '/auth/login',
    { config: { access: 'public' }, schema: { body: ZLoginRequest, response: { 204: z.null() } } },
    async (request, reply) => {
      const { email, password } = request.body;
      // Count, check and record under one lock per address: a burst of parallel guesses
      // cannot all read the same count.
      const user = await db.transaction(async (tx) => {
        await lockLogin(tx, email);
        await assertNotThrottled(tx, email);
        const [found] = await tx.select().from(users).where(eq(users.email, email));
        const ok = await verifyPassword(found?.passwordHash ?? (await dummyHash), password);
        if (found?.passwordHash && ok) return found;
        await recordAudit(tx, {
          userId: null,
          entityType: 'login',
          entityId: email,
          action: 'login_failed',
        });
        return null;
      });
      if (!user) throw new AppError(401, 'bad_credentials', 'Feil e-postadresse eller passord.');
      await startSession(db, request, reply, user.id, 'password', config.secureCookies);
      return reply.code(204).send(null);
    },
  );

  const oidc = config.oidc ? oidcClient(config.oidc, config.publicUrl) : null;
  if (oidc) registerOidcRoutes(api, oidc);

  api.get(
    '/auth/providers',
    { config: { access: 'public' }, schema: { response: { 200: ZProviders } } },
    async () => ({
      oidc: oidc ? { label: oidc.label, loginUrl: '/api/auth/oidc/login' } : null,
    }),
  );

  api.post(
    '/auth/logout',
    {
      config: { access: 'public' },
      schema: { response: { 200: z.object({ redirectTo: z.string().nullable() }) } },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(db, token);
      if (request.actor) {
        const { userId } = request.actor;
        await recordAudit(db, { userId, entityType: 'user', entityId: userId, action: 'logout' });
      }
      // Signed in at the identity provider: end that session too, or the next click signs in again.
      const viaSso = request.cookies[SSO_COOKIE] === '1';
      for (const name of [SESSION_COOKIE, SSO_COOKIE, CSRF_COOKIE])
        reply.clearCookie(name, { path: '/' });
      return { redirectTo: viaSso && oidc ? await oidc.logoutUrl() : null };
    },
  );

  api.put(
    '/auth/password',
    {
      config: { access: 'signed_in' },
      schema: { body: ZChangePasswordRequest, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const { userId } = requireActor(request);
      await changePassword(db, userId, request.body);
      // Every session ended with the old password; this browser gets a fresh one.
      await startSession(db, request, reply, userId, 'password', config.secureCookies);
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/auth/me',
    { config: { access: 'signed_in' }, schema: { response: { 200: ZMeResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const ids = [...actor.roles.keys()];
      const rows = actor.isSystemAdmin
        ? await db.select().from(councils)
        : ids.length
          ? await db.select().from(councils).where(inArray(councils.id, ids))
          : [];
      const [own] = await db
        .select({ passwordHash: users.passwordHash })
        .from(users)
        .where(eq(users.id, actor.userId));
      return {
        id: actor.userId,
        name: actor.name,
        email: actor.email,
        isSystemAdmin: actor.isSystemAdmin,
        hasPassword: Boolean(own?.passwordHash),
        councils: rows
          .map((c) => ({
            id: c.id,
            name: c.name,
            shortName: c.shortName,
            roles: [...(actor.roles.get(c.id) ?? [])],
          }))
          .sort((a, b) => a.name.localeCompare(b.name, 'nb')),
      };
    },
  );
}
