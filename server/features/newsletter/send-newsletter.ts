import { and, eq, notExists, sql } from 'drizzle-orm';
import { osloToday } from '../../../core/dates.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import {
  newsletterDeliveries,
  newsletterSubscribers,
  newsletters,
} from '../../db/monitor-schema.ts';
import { councils } from '../../db/schema.ts';
import { conflict } from '../../errors.ts';
import { escapeHtml, redactExemptPassages } from '../../rich-text.ts';
import type { MailSender } from '../notifications/mail-sender.ts';
import { assertAllAvailable, loadNewsletterContent } from './newsletter-content.ts';
import { renderNewsletterEmail } from './newsletter-email.tsx';
import { loadNewsletterRow, NEWSLETTER_ENTITY } from './newsletter-use-cases.ts';
import { newsletterPath, unsubscribePath } from './paths.ts';
import { randomToken } from './tokens.ts';

type Logger = { error: (details: object, message: string) => void };

/**
 * Sends a published newsletter to every confirmed subscriber who has not had it. The delivery
 * rows are the claim: inserted with ON CONFLICT DO NOTHING in one transaction, so a second
 * press, or two at once, reaches nobody twice. The e-mails go after the commit, one per
 * subscriber (each has its own unsubscribe link); one that fails is logged and not retried.
 */
export async function sendNewsletter(
  db: Db,
  mailer: MailSender,
  publicUrl: string,
  userId: string,
  newsletterId: string,
  log?: Logger,
): Promise<{ sent: number }> {
  const row = await loadNewsletterRow(db, newsletterId);
  if (!row.publishedAt) throw conflict('Publiser nyhetsbrevet før du sender det.');
  if (!mailer.enabled) {
    throw conflict('E-post er ikke satt opp på serveren, så nyhetsbrevet kan ikke sendes.');
  }
  const [council] = await db
    .select({ id: councils.id, name: councils.name, shortName: councils.shortName })
    .from(councils)
    .where(eq(councils.id, row.councilId));
  if (!council) throw new Error('newsletter without council');
  // Everything is drawn before anyone is claimed: a figure that fails claims nobody.
  const content = await loadNewsletterContent(db, council, row.blocks);
  assertAllAvailable(content);

  const recipients = await db.transaction(async (tx) => {
    const due = await tx
      .select({
        id: newsletterSubscribers.id,
        email: newsletterSubscribers.email,
        unsubscribeToken: newsletterSubscribers.unsubscribeToken,
      })
      .from(newsletterSubscribers)
      .where(
        and(
          eq(newsletterSubscribers.councilId, row.councilId),
          eq(newsletterSubscribers.status, 'confirmed'),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(newsletterDeliveries)
              .where(
                and(
                  eq(newsletterDeliveries.newsletterId, newsletterId),
                  eq(newsletterDeliveries.subscriberId, newsletterSubscribers.id),
                ),
              ),
          ),
        ),
      );
    if (due.length === 0) return [];
    const claimed = await tx
      .insert(newsletterDeliveries)
      .values(due.map((s) => ({ newsletterId, subscriberId: s.id })))
      .onConflictDoNothing()
      .returning({ subscriberId: newsletterDeliveries.subscriberId });
    if (claimed.length === 0) return [];
    const now = new Date();
    await tx
      .update(newsletters)
      .set({
        sentAt: sql`coalesce(${newsletters.sentAt}, ${now.toISOString()}::timestamptz)`,
        version: sql`${newsletters.version} + 1`,
        updatedAt: now,
      })
      .where(eq(newsletters.id, newsletterId));
    await recordAudit(tx, {
      userId,
      councilId: row.councilId,
      entityType: NEWSLETTER_ENTITY,
      entityId: newsletterId,
      action: 'send',
      changes: { recipients: claimed.length },
    });
    const ids = new Set(claimed.map((c) => c.subscriberId));
    return due.filter((s) => ids.has(s.id));
  });

  const input = {
    council,
    title: row.title,
    intro: redactExemptPassages(row.intro),
    publishedOn: osloToday(row.publishedAt),
    content,
    pageUrl: `${publicUrl}${newsletterPath(council.shortName, row.id)}`,
    publicUrl,
  };
  // Drawn once; each recipient's own unsubscribe link takes the place of a marker.
  const marker = `https://avmelding.invalid/${randomToken()}`;
  const template = renderNewsletterEmail(input, marker);
  let sent = 0;
  for (const recipient of recipients) {
    const unsubscribeUrl = `${publicUrl}${unsubscribePath(council.shortName, recipient.unsubscribeToken)}`;
    await mailer
      .send({
        to: [recipient.email],
        // A title is one line in the subject whatever was typed; nodemailer encodes the rest.
        subject: row.title.replace(/\s+/g, ' '),
        html: template.html.replaceAll(marker, escapeHtml(unsubscribeUrl)),
        text: template.text.replaceAll(marker, unsubscribeUrl),
        headers: {
          'List-Unsubscribe': `<${unsubscribeUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      })
      .then(() => sent++)
      .catch((error: unknown) =>
        log?.error(
          { error, newsletterId, subscriberId: recipient.id },
          'nyhetsbrevet ble ikke sendt til en abonnent',
        ),
      );
  }
  return { sent };
}
