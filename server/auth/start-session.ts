import type { FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import {
  CSRF_COOKIE,
  createSession,
  csrfTokenFor,
  deleteSession,
  SESSION_COOKIE,
  SESSION_DAYS,
} from './sessions.ts';

/** Set for sessions begun at the identity provider, so logging out can end that one too. */
export const SSO_COOKIE = 'radsrom_sso';

/**
 * Signs a person in: a new session token every time (any session the browser carried is ended,
 * so a planted token is worth nothing after login), the audit record, and the cookie.
 */
export async function startSession(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  method: 'password' | 'oidc',
  secure: boolean,
): Promise<void> {
  const previous = request.cookies[SESSION_COOKIE];
  if (previous) await deleteSession(db, previous);
  const token = await createSession(db, userId);
  await recordAudit(db, {
    userId,
    entityType: 'user',
    entityId: userId,
    action: 'login',
    changes: { method },
  });
  const cookie = { path: '/', httpOnly: true, sameSite: 'lax', secure } as const;
  reply.setCookie(SESSION_COOKIE, token, { ...cookie, maxAge: SESSION_DAYS * 24 * 3600 });
  setCsrfCookie(reply, token, secure);
  if (method === 'oidc') reply.setCookie(SSO_COOKIE, '1', cookie);
  else reply.clearCookie(SSO_COOKIE, { path: '/' });
}

/** The write token for the session, readable by the app's script (see `CSRF_COOKIE`). */
export function setCsrfCookie(reply: FastifyReply, sessionToken: string, secure: boolean): void {
  reply.setCookie(CSRF_COOKIE, csrfTokenFor(sessionToken), {
    path: '/',
    sameSite: 'strict',
    secure,
    maxAge: SESSION_DAYS * 24 * 3600,
  });
}
