import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { osloToday } from '../../../core/dates.ts';
import { PUBLIC_ACCESS } from '../../auth/permissions.ts';
import type { Db } from '../../db/client.ts';
import { newsletters } from '../../db/monitor-schema.ts';
import { notFound } from '../../errors.ts';
import { redactExemptPassages, richTextToPlain } from '../../rich-text.ts';
import { findCouncilByShortName, type PublicCouncilRef } from '../public/load-public-statements.ts';
import { type ContentBlock, loadNewsletterContent } from './newsletter-content.ts';

/** The newsletter as the public reads it: published ones only (`PUBLIC_ACCESS.newsletter`). */

export type PublicNewsletterSummary = {
  id: string;
  title: string;
  /** The Oslo date it was published, ISO. */
  publishedOn: string;
  /** The intro's first words, as plain text. */
  excerpt: string;
};

export type PublicNewsletter = PublicNewsletterSummary & {
  /** Redacted, sanitised rich text. */
  intro: string;
  content: ContentBlock[];
};

const EXCERPT_LENGTH = 300;

function excerptOf(intro: string): string {
  const plain = richTextToPlain(redactExemptPassages(intro)).replace(/\s+/g, ' ').trim();
  return plain.length > EXCERPT_LENGTH ? `${plain.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : plain;
}

export async function listPublicNewsletters(
  db: Db,
  shortName: string,
): Promise<{ council: PublicCouncilRef; newsletters: PublicNewsletterSummary[] }> {
  const council = await findCouncilByShortName(db, shortName);
  const rows = await db
    .select({
      id: newsletters.id,
      title: newsletters.title,
      intro: newsletters.intro,
      publishedAt: newsletters.publishedAt,
    })
    .from(newsletters)
    .where(and(eq(newsletters.councilId, council.id), isNotNull(newsletters.publishedAt)))
    .orderBy(desc(newsletters.publishedAt));
  return {
    council,
    newsletters: rows.flatMap((r) =>
      r.publishedAt && PUBLIC_ACCESS.newsletter(r.publishedAt)
        ? [
            {
              id: r.id,
              title: r.title,
              publishedOn: osloToday(r.publishedAt),
              excerpt: excerptOf(r.intro),
            },
          ]
        : [],
    ),
  };
}

/** One published newsletter of the council with its figures; a draft is not found. */
export async function loadPublicNewsletter(
  db: Db,
  shortName: string,
  newsletterId: string,
): Promise<{ council: PublicCouncilRef; newsletter: PublicNewsletter }> {
  const council = await findCouncilByShortName(db, shortName);
  const [row] = await db
    .select()
    .from(newsletters)
    .where(and(eq(newsletters.id, newsletterId), eq(newsletters.councilId, council.id)));
  if (!row?.publishedAt || !PUBLIC_ACCESS.newsletter(row.publishedAt)) {
    throw notFound('Fant ikke nyhetsbrevet. Det kan være at det ikke er publisert ennå.');
  }
  return {
    council,
    newsletter: {
      id: row.id,
      title: row.title,
      publishedOn: osloToday(row.publishedAt),
      excerpt: excerptOf(row.intro),
      intro: redactExemptPassages(row.intro),
      content: await loadNewsletterContent(db, council, row.blocks),
    },
  };
}
