import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden, unauthenticated } from '../errors.ts';
import { loadActor } from './load-actor.ts';
import type { Actor } from './permissions.ts';
import { SESSION_COOKIE, sessionUserId } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Adds the signed-in actor to every API request, and refuses cross-site writes. */
export function installAuth(api: FastifyInstance) {
  api.decorateRequest('actor', null);
  api.addHook('onRequest', async (request) => {
    if (UNSAFE.has(request.method)) assertSameOrigin(request);
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const userId = await sessionUserId(api.deps.db, token);
    if (userId) request.actor = await loadActor(api.deps.db, userId);
  });
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
