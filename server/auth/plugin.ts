import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, forbidden, unauthenticated } from '../errors.ts';
import { loadActor } from './load-actor.ts';
import type { Actor } from './permissions.ts';
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  csrfTokenFor,
  SESSION_COOKIE,
  sessionUserId,
} from './sessions.ts';
import { setCsrfCookie } from './start-session.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Adds the signed-in actor to every API request, and refuses cross-site writes: by origin, and
 * for a signed-in person also by the write token only the app's own pages can read.
 */
export function installAuth(api: FastifyInstance) {
  api.decorateRequest('actor', null);
  api.addHook('onRequest', async (request, reply) => {
    const unsafe = UNSAFE.has(request.method);
    if (unsafe) assertSameOrigin(request);
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const userId = await sessionUserId(api.deps.db, token);
    if (!userId) return;
    const expected = csrfTokenFor(token);
    if (unsafe) assertCsrfToken(request.headers[CSRF_HEADER], expected);
    // A session from before the token existed, or a cleared cookie: hand it out again.
    else if (request.cookies[CSRF_COOKIE] !== expected) {
      setCsrfCookie(reply, token, api.deps.config.secureCookies);
    }
    request.actor = await loadActor(api.deps.db, userId);
  });
}

function assertCsrfToken(sent: string | string[] | undefined, expected: string) {
  const given = Buffer.from(typeof sent === 'string' ? sent : '');
  const wanted = Buffer.from(expected);
  if (given.length === wanted.length && timingSafeEqual(given, wanted)) return;
  throw new AppError(
    403,
    'csrf',
    'Endringen ble stoppet fordi den ikke kom fra en side i Rådsrom. Last siden på nytt og prøv igjen.',
  );
}

/**
 * Browsers name the page a write comes from in Origin (or, in older ones, only in Referer) and
 * say in Sec-Fetch-Site whether it is another site. Any of them pointing elsewhere is refused.
 */
function assertSameOrigin(request: FastifyRequest) {
  const { origin, referer, host } = request.headers;
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') throw forbidden();
  const source = origin ?? referer;
  if (!source) return;
  let sourceHost: string;
  try {
    sourceHost = new URL(source).host;
  } catch {
    throw forbidden();
  }
  if (sourceHost !== host) throw forbidden();
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}
