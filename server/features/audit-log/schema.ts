import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Skriv datoen som ÅÅÅÅ-MM-DD.');

export const ZAuditQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  userId: z.string().uuid().optional(),
  entityType: z.string().trim().max(100).optional(),
  action: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditEntry = z.object({
  id: z.number(),
  at: z.string(),
  user: z.object({ id: z.string().uuid(), name: z.string(), email: z.string() }).nullable(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  changes: z.record(z.string(), z.unknown()),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditPage = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  entries: z.array(ZAuditEntry),
  /** The values the filters can take in this council's log. */
  entityTypes: z.array(z.string()),
  actions: z.array(z.string()),
  people: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
});
export type TAuditPage = z.infer<typeof ZAuditPage>;
