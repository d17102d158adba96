import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { searchScope } from '../../auth/permissions.ts';
import { ZSearchFilters, ZSearchQuery, ZSearchResult, ZTimeline } from './schema.ts';
import { searchArchive } from './search-archive.ts';
import { topicTimeline } from './topic-timeline.ts';

/** Search is open to everyone; what it finds is limited to what the reader may see. */
export async function searchRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  api.get(
    '/search',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Søk i arkivet',
        description:
          'Fulltekstsøk med norsk bøying, toleranse for skrivefeil, "eksakte fraser" og -utelatte ord. Gir treff med utdrag, totalt antall og antall per filterverdi. Bare det leseren har tilgang til.',
        querystring: ZSearchQuery,
        response: { 200: ZSearchResult },
      },
    },
    async (request) =>
      searchArchive(db, searchScope(request.actor), request.query, {
        publicPages: request.actor === null,
      }),
  );

  api.get(
    '/search/timeline',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Tidslinje for et tema',
        description: 'Alle saker om et tema gjennom årene, eldste først, med vedtaket.',
        querystring: ZSearchFilters,
        response: { 200: ZTimeline },
      },
    },
    async (request) => topicTimeline(db, searchScope(request.actor), request.query),
  );
}
