import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, or } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client.ts';
import { sessions } from '../db/schema.ts';

export const SESSION_COOKIE = 'radsrom_session';
/**
 * Readable by the app's own script, which echoes it in `X-CSRF-Token` on every write; another
 * site can neither read it nor set the header, so a forged write lacks it.
 */
export const CSRF_COOKIE = 'radsrom_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** The absolute end of a session, however active. */
export const SESSION_DAYS = 14;
/** A session nobody has used for this long is over: a forgotten browser does not stay signed in. */
export const IDLE_HOURS = 8;
/** How stale `last_seen_at` may get before a request moves it: one write per few minutes, not per request. */
const TOUCH_AFTER_MS = 5 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Derived from the session token, so it needs no storage and dies with the session. */
export const csrfTokenFor = (sessionToken: string) =>
  createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url');
const idleSince = (now: Date) => new Date(now.getTime() - IDLE_HOURS * 3600 * 1000);

export async function createSession(db: Db, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt });
  // Ended sessions are swept on each login rather than by a timer: no process state.
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince(now))));
  return token;
}

/** The session's user, if it has neither expired nor been idle too long; keeps it alive. */
export async function sessionUserId(
  db: Db,
  token: string,
  now = new Date(),
): Promise<string | null> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ userId: sessions.userId, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, idleSince(now)),
      ),
    );
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return row.userId;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Every session of a person: after a new password, or when the person is removed. */
export async function deleteSessionsOf(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
