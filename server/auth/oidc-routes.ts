import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema.ts';
import type { OidcClient, PendingSignIn, SignInClaims } from './oidc-client.ts';
import { startSession } from './start-session.ts';

const PENDING_COOKIE = 'radsrom_oidc';
const PENDING_PATH = '/api/auth/oidc';

/** Only a path on this site: never an open redirect to another. */
export function safeReturnTo(value: string | undefined): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/';
}

function readPending(cookie: string | undefined): PendingSignIn | null {
  if (!cookie) return null;
  try {
    const value = JSON.parse(Buffer.from(cookie, 'base64url').toString('utf8')) as PendingSignIn;
    return typeof value.state === 'string' && typeof value.verifier === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Who the provider's answer is in Rådsrom: the account the secretariat created when it added the
 * person to a council (the invitation), matched by e-mail. A person whose roles claim holds the
 * configured admin role is admitted as a system administrator even without an invitation.
 */
async function admitUser(db: Db, claims: SignInClaims) {
  if (!claims.email) return null;
  const { isAdmin } = claims;
  const [found] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, claims.email));
  if (found && (!isAdmin || found.isSystemAdmin)) return found;
  if (!isAdmin) return null;
  return db.transaction(async (tx) => {
    const [user] = found
      ? await tx
          .update(users)
          .set({ isSystemAdmin: true })
          .where(eq(users.id, found.id))
          .returning()
      : await tx
          .insert(users)
          .values({ email: claims.email, name: claims.name, isSystemAdmin: true })
          .returning();
    if (!user) throw new Error('user not written');
    await recordAudit(tx, {
      userId: user.id,
      entityType: 'user',
      entityId: user.id,
      action: found ? 'admin_granted_by_sso' : 'created_by_sso',
      changes: { isSystemAdmin: true, by: 'roles claim at sign-in' },
    });
    return user;
  });
}

/** Single sign-on: to the provider and back, then a Rådsrom session like any other. */
export function registerOidcRoutes(app: FastifyInstance, oidc: OidcClient) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const cookie = {
    path: PENDING_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
  } as const;

  api.get(
    '/auth/oidc/login',
    {
      config: { access: 'public' },
      schema: { hide: true, querystring: z.object({ returnTo: z.string().max(500).optional() }) },
    },
    async (request, reply) => {
      const { url, pending } = await oidc.start(safeReturnTo(request.query.returnTo));
      const value = Buffer.from(JSON.stringify(pending)).toString('base64url');
      reply.setCookie(PENDING_COOKIE, value, { ...cookie, maxAge: 600 });
      return reply.redirect(url);
    },
  );

  api.get(
    '/auth/oidc/callback',
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      const pending = readPending(request.cookies[PENDING_COOKIE]);
      reply.clearCookie(PENDING_COOKIE, { path: PENDING_PATH });
      if (!pending) return reply.redirect('/login?feil=sso');
      let claims: SignInClaims;
      try {
        claims = await oidc.finish(new URL(request.url, config.publicUrl), pending);
      } catch (error) {
        request.log.warn({ error }, 'OpenID Connect sign-in failed');
        return reply.redirect('/login?feil=sso');
      }
      const user = await admitUser(db, claims);
      if (!user) {
        await recordAudit(db, {
          userId: null,
          entityType: 'login',
          entityId: claims.email || '(uten e-post)',
          action: 'sso_refused',
        });
        return reply.redirect('/login?feil=ikke-invitert');
      }
      await startSession(db, request, reply, user.id, 'oidc', config.secureCookies);
      return reply.redirect(pending.returnTo);
    },
  );
}
