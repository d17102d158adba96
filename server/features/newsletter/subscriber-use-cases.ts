import { and, count, eq, lt, ne, or, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { newsletterSubscribers } from '../../db/monitor-schema.ts';
import type { MailMessage } from '../notifications/mail-sender.ts';
import type { PublicCouncilRef } from '../public/load-public-statements.ts';
import { confirmPath } from './paths.ts';
import type { TSubscriberCounts } from './schema.ts';
import { hashToken, randomToken, TOKEN_PATTERN } from './tokens.ts';

/**
 * Subscribing with double opt-in. A subscriber gets nothing but the confirmation e-mail until
 * they follow its link; the link's token is stored only as its hash. While an address waits for
 * confirmation, `updatedAt` is when its current token was sent: it dates both the 10-minute
 * pause between confirmation e-mails and the token's 7 days. The audit log names subscribers
 * by id only: their addresses are personal data.
 */

export type ConfirmOutcome = 'confirmed' | 'already_confirmed' | 'expired' | 'unknown';
export type UnsubscribeState = 'subscribed' | 'unsubscribed' | 'unknown';

export const SUBSCRIBER_ENTITY = 'monitor_newsletter_subscriber';
export const RESEND_AFTER_MS = 10 * 60 * 1000;
export const TOKEN_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

const audit = (
  tx: DbOrTx,
  councilId: string,
  subscriberId: string,
  action: string,
  status: string,
) =>
  recordAudit(tx, {
    userId: null,
    councilId,
    entityType: SUBSCRIBER_ENTITY,
    entityId: subscriberId,
    action,
    changes: { status },
  });

function confirmationMail(
  publicUrl: string,
  council: PublicCouncilRef,
  email: string,
  token: string,
): MailMessage {
  const link = `${publicUrl}${confirmPath(council.shortName, token)}`;
  return {
    to: [email],
    subject: `Bekreft at du vil ha nyhetsbrevet fra ${council.name}`,
    text: [
      'Hei!',
      '',
      `Noen, forhåpentlig du, har bedt om å få nyhetsbrevet fra HelseOmsorg21-monitor (${council.name}) på denne adressen.`,
      '',
      'Følg lenken for å bekrefte (den gjelder i 7 dager):',
      link,
      '',
      'Har du ikke bedt om dette, kan du se bort fra e-posten. Da får du ingen nyhetsbrev.',
    ].join('\n'),
  };
}

/**
 * Asks for the newsletter at `email` (already checked and in lower case). Returns the
 * confirmation e-mail to send after the commit, or null when none is due: the address is
 * confirmed, or was sent a link less than 10 minutes ago. The caller answers the same either way.
 */
export async function subscribe(
  db: Db,
  publicUrl: string,
  council: PublicCouncilRef,
  email: string,
  now = new Date(),
): Promise<MailMessage | null> {
  const token = randomToken();
  const confirmTokenHash = hashToken(token);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(newsletterSubscribers)
      .values({
        councilId: council.id,
        email,
        confirmTokenHash,
        unsubscribeToken: randomToken(),
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: newsletterSubscribers.id });
    // One conditional update claims the resend, so two requests at once send one e-mail.
    const [renewed] = created
      ? []
      : await tx
          .update(newsletterSubscribers)
          .set({
            status: 'pending',
            confirmTokenHash,
            // Coming back after leaving: old unsubscribe links stop working.
            unsubscribeToken: sql`case when ${newsletterSubscribers.status} = 'unsubscribed' then ${randomToken()} else ${newsletterSubscribers.unsubscribeToken} end`,
            confirmedAt: null,
            unsubscribedAt: null,
            updatedAt: now,
          })
          .where(
            and(
              eq(newsletterSubscribers.councilId, council.id),
              eq(newsletterSubscribers.email, email),
              or(
                eq(newsletterSubscribers.status, 'unsubscribed'),
                and(
                  eq(newsletterSubscribers.status, 'pending'),
                  lt(newsletterSubscribers.updatedAt, new Date(now.getTime() - RESEND_AFTER_MS)),
                ),
              ),
            ),
          )
          .returning({ id: newsletterSubscribers.id });
    const subscriber = created ?? renewed;
    if (!subscriber) return null;
    await audit(tx, council.id, subscriber.id, created ? 'subscribe' : 'resubscribe', 'pending');
    return confirmationMail(publicUrl, council, email, token);
  });
}

/** Confirms the subscription the link's token belongs to, if it is still waiting and fresh. */
export async function confirmSubscription(
  db: Db,
  councilId: string,
  token: string,
  now = new Date(),
): Promise<ConfirmOutcome> {
  if (!TOKEN_PATTERN.test(token)) return 'unknown';
  const [row] = await db
    .select()
    .from(newsletterSubscribers)
    .where(
      and(
        eq(newsletterSubscribers.councilId, councilId),
        eq(newsletterSubscribers.confirmTokenHash, hashToken(token)),
      ),
    );
  if (!row || row.status === 'unsubscribed') return 'unknown';
  if (row.status === 'confirmed') return 'already_confirmed';
  if (now.getTime() - row.updatedAt.getTime() > TOKEN_LIFETIME_MS) return 'expired';
  return db.transaction(async (tx) => {
    const [confirmed] = await tx
      .update(newsletterSubscribers)
      .set({ status: 'confirmed', confirmedAt: now, updatedAt: now })
      .where(
        and(
          eq(newsletterSubscribers.id, row.id),
          eq(newsletterSubscribers.status, 'pending'),
          eq(newsletterSubscribers.confirmTokenHash, row.confirmTokenHash),
        ),
      )
      .returning({ id: newsletterSubscribers.id });
    if (!confirmed) return 'unknown';
    await audit(tx, councilId, row.id, 'confirm', 'confirmed');
    return 'confirmed';
  });
}

const byUnsubscribeToken = (councilId: string, token: string) =>
  and(
    eq(newsletterSubscribers.councilId, councilId),
    eq(newsletterSubscribers.unsubscribeToken, token),
  );

/** What an unsubscribe link points at, without changing it. */
export async function unsubscribeState(
  db: DbOrTx,
  councilId: string,
  token: string,
): Promise<UnsubscribeState> {
  if (!TOKEN_PATTERN.test(token)) return 'unknown';
  const [row] = await db
    .select({ status: newsletterSubscribers.status })
    .from(newsletterSubscribers)
    .where(byUnsubscribeToken(councilId, token));
  if (!row) return 'unknown';
  return row.status === 'unsubscribed' ? 'unsubscribed' : 'subscribed';
}

/** Ends the subscription the link belongs to; a second time changes nothing. */
export async function unsubscribe(
  db: Db,
  councilId: string,
  token: string,
  now = new Date(),
): Promise<UnsubscribeState> {
  if (!TOKEN_PATTERN.test(token)) return 'unknown';
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(newsletterSubscribers)
      .set({ status: 'unsubscribed', unsubscribedAt: now, updatedAt: now })
      .where(
        and(byUnsubscribeToken(councilId, token), ne(newsletterSubscribers.status, 'unsubscribed')),
      )
      .returning({ id: newsletterSubscribers.id });
    if (!row) return unsubscribeState(tx, councilId, token);
    await audit(tx, councilId, row.id, 'unsubscribe', 'unsubscribed');
    return 'unsubscribed';
  });
}

/** How many addresses wait, receive, and have left: counts only, never the addresses. */
export async function countSubscribers(db: DbOrTx, councilId: string): Promise<TSubscriberCounts> {
  const rows = await db
    .select({ status: newsletterSubscribers.status, n: count() })
    .from(newsletterSubscribers)
    .where(eq(newsletterSubscribers.councilId, councilId))
    .groupBy(newsletterSubscribers.status);
  const counts: TSubscriberCounts = { pending: 0, confirmed: 0, unsubscribed: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}
