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

function assertSameOrigin(request: FastifyRequest) {
  const origin = request.headers.origin;
  if (!origin) return;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw forbidden();
  }
  if (originHost !== request.headers.host) throw forbidden();
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}
