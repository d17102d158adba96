import { and, desc, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/plugin.ts';
import { notifications } from '../../db/schema.ts';
import { ZNotification, ZNotificationParams } from './schema.ts';

export async function notificationRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  api.get(
    '/notifications',
    { config: { access: 'signed_in' }, schema: { response: { 200: z.array(ZNotification) } } },
    async (request) => {
      const actor = requireActor(request);
      const rows = await db
        .select()
        .from(notifications)
        .where(eq(notifications.userId, actor.userId))
        .orderBy(desc(notifications.createdAt))
        .limit(100);
      return rows.map((n) => ({
        id: n.id,
        title: n.title,
        link: n.link,
        createdAt: n.createdAt.toISOString(),
        read: n.readAt !== null,
      }));
    },
  );

  api.post(
    '/notifications/:notificationId/read',
    {
      config: { access: 'signed_in' },
      schema: { params: ZNotificationParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      // Only one's own notices; marking read is not audited (it changes nothing of record).
      await db
        .update(notifications)
        .set({ readAt: new Date() })
        .where(
          and(
            eq(notifications.id, request.params.notificationId),
            eq(notifications.userId, actor.userId),
            isNull(notifications.readAt),
          ),
        );
      return reply.code(204).send(null);
    },
  );
}
