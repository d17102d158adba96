import { and, count, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';
import { AppError } from '../errors.ts';

const WINDOW_MINUTES = 15;
const MAX_FAILURES = 10;

/**
 * Failed sign-ins are audit records; counting them there keeps the limit correct across any
 * number of server processes.
 */
export async function assertNotThrottled(db: DbOrTx, email: string): Promise<void> {
  const since = new Date(Date.now() - WINDOW_MINUTES * 60_000);
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, 'login_failed'),
        eq(auditLog.entityId, email),
        gt(auditLog.at, since),
      ),
    );
  if ((row?.n ?? 0) >= MAX_FAILURES) {
    throw new AppError(
      429,
      'throttled',
      `For mange mislykkede innlogginger. Vent ${WINDOW_MINUTES} minutter og prøv igjen.`,
    );
  }
}
