import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { diff, recordAudit } from '../../audit/record-audit.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { newsletterDeliveries, newsletters } from '../../db/monitor-schema.ts';
import { councils } from '../../db/schema.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import { listIndicators } from '../monitor/indicator-use-cases.ts';
import { newsletterPath } from './paths.ts';
import type {
  NewsletterStatus,
  TCreateNewsletterRequest,
  TNewsletter,
  TNewsletterBlock,
  TUpdateNewsletterRequest,
} from './schema.ts';

/** The monitor's newsletter for its editors: drafts, publishing, and the list of them. */

export type NewsletterRow = typeof newsletters.$inferSelect;
export const NEWSLETTER_ENTITY = 'monitor_newsletter';

export const newsletterStatus = (
  row: Pick<NewsletterRow, 'publishedAt' | 'sentAt'>,
): NewsletterStatus => (row.sentAt ? 'sent' : row.publishedAt ? 'published' : 'draft');

export async function loadNewsletterRow(db: DbOrTx, newsletterId: string): Promise<NewsletterRow> {
  const [row] = await db.select().from(newsletters).where(eq(newsletters.id, newsletterId));
  if (!row) throw notFound('Fant ikke nyhetsbrevet.');
  return row;
}

/** A council's newsletters, drafts first, then the published ones newest first. */
export async function listNewsletters(
  db: DbOrTx,
  councilId: string,
  ids?: string[],
): Promise<TNewsletter[]> {
  const delivered = db
    .select({ newsletterId: newsletterDeliveries.newsletterId, n: count().as('n') })
    .from(newsletterDeliveries)
    .groupBy(newsletterDeliveries.newsletterId)
    .as('delivered');
  const rows = await db
    .select({ row: newsletters, shortName: councils.shortName, deliveries: delivered.n })
    .from(newsletters)
    .innerJoin(councils, eq(councils.id, newsletters.councilId))
    .leftJoin(delivered, eq(delivered.newsletterId, newsletters.id))
    .where(
      and(eq(newsletters.councilId, councilId), ids ? inArray(newsletters.id, ids) : undefined),
    )
    .orderBy(sql`${newsletters.publishedAt} desc nulls first`, desc(newsletters.createdAt));
  return rows.map(({ row, shortName, deliveries }) => ({
    id: row.id,
    councilId: row.councilId,
    title: row.title,
    intro: row.intro,
    blocks: row.blocks,
    status: newsletterStatus(row),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    sentAt: row.sentAt?.toISOString() ?? null,
    deliveries: Number(deliveries ?? 0),
    publicPath: row.publishedAt ? newsletterPath(shortName, row.id) : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export async function loadNewsletter(db: DbOrTx, newsletterId: string): Promise<TNewsletter> {
  const { councilId } = await loadNewsletterRow(db, newsletterId);
  const [found] = await listNewsletters(db, councilId, [newsletterId]);
  if (!found) throw notFound('Fant ikke nyhetsbrevet.');
  return found;
}

/**
 * Every figure block must show a published indicator of the same council: a newsletter is
 * public, and must not carry a figure the public pages do not show.
 */
export async function assertFiguresPublished(
  db: Db,
  councilId: string,
  blocks: readonly TNewsletterBlock[],
): Promise<void> {
  const ids = blocks.flatMap((b) => (b.kind === 'figure' ? [b.indicatorId] : []));
  if (ids.length === 0) return;
  const published = new Set(
    (await listIndicators(db, councilId, { ids: [...new Set(ids)], publishedOnly: true })).map(
      (i) => i.id,
    ),
  );
  blocks.forEach((block, i) => {
    if (block.kind !== 'figure' || published.has(block.indicatorId)) return;
    const message = `Blokk ${i + 1}: figuren må vise en publisert indikator fra rådets monitor. Velg en annen indikator, eller publiser den først.`;
    throw invalid(message, { fields: [{ field: 'blocks', message }] });
  });
}

/** Rich text through the one sanitiser; figure blocks kept as chosen. */
function cleanFields(input: TCreateNewsletterRequest) {
  return {
    title: input.title,
    intro: sanitizeRichText(input.intro),
    blocks: input.blocks.map(
      (block): TNewsletterBlock =>
        block.kind === 'text' ? { kind: 'text', html: sanitizeRichText(block.html) } : block,
    ),
  };
}

export async function createNewsletter(
  db: Db,
  userId: string,
  councilId: string,
  input: TCreateNewsletterRequest,
): Promise<string> {
  const values = cleanFields(input);
  await assertFiguresPublished(db, councilId, values.blocks);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(newsletters)
      .values({ ...values, councilId, createdBy: userId })
      .returning({ id: newsletters.id });
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      userId,
      councilId,
      entityType: NEWSLETTER_ENTITY,
      entityId: row.id,
      action: 'create',
      changes: values,
    });
    return row.id;
  });
}

export async function updateNewsletter(
  db: Db,
  userId: string,
  newsletterId: string,
  input: TUpdateNewsletterRequest,
): Promise<void> {
  const before = await loadNewsletterRow(db, newsletterId);
  const { version, ...fields } = input;
  const values = cleanFields(fields);
  await assertFiguresPublished(db, before.councilId, values.blocks);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(newsletters)
      .set({ ...values, version: version + 1, updatedAt: new Date() })
      .where(and(eq(newsletters.id, newsletterId), eq(newsletters.version, version)))
      .returning({ id: newsletters.id });
    if (!row) throw conflict('Noen andre har endret nyhetsbrevet. Last siden på nytt.');
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: NEWSLETTER_ENTITY,
      entityId: newsletterId,
      action: 'update',
      changes: diff(before, values),
    });
  });
}

/** Only a newsletter nobody has received can go; a sent one is part of the record. */
export async function deleteNewsletter(db: Db, userId: string, newsletterId: string) {
  const before = await loadNewsletterRow(db, newsletterId);
  await db.transaction(async (tx) => {
    const deleted = await tx
      .delete(newsletters)
      .where(and(eq(newsletters.id, newsletterId), isNull(newsletters.sentAt)))
      .returning({ id: newsletters.id });
    if (deleted.length === 0)
      throw conflict('Nyhetsbrevet er sendt til abonnentene og kan ikke slettes.');
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: NEWSLETTER_ENTITY,
      entityId: newsletterId,
      action: 'delete',
      changes: { title: before.title, publishedAt: before.publishedAt },
    });
  });
}

/** Sets the publishing time once; its public page exists from then on. */
export async function publishNewsletter(db: Db, userId: string, newsletterId: string) {
  const before = await loadNewsletterRow(db, newsletterId);
  if (before.publishedAt) return;
  await assertFiguresPublished(db, before.councilId, before.blocks);
  await db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .update(newsletters)
      .set({ publishedAt: now, version: sql`${newsletters.version} + 1`, updatedAt: now })
      .where(and(eq(newsletters.id, newsletterId), isNull(newsletters.publishedAt)))
      .returning({ id: newsletters.id });
    if (!row) return;
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: NEWSLETTER_ENTITY,
      entityId: newsletterId,
      action: 'publish',
      changes: { publishedAt: { from: null, to: now.toISOString() } },
    });
  });
}
