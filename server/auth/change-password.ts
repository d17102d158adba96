import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema.ts';
import { AppError, invalid } from '../errors.ts';
import { passwordProblem } from './password-policy.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { deleteSessionsOf } from './sessions.ts';

/**
 * A person with a local account sets a new password, proving the current one. Every session is
 * ended, including ones a thief may hold; the caller signs the person in again.
 */
export async function changePassword(
  db: Db,
  userId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user?.passwordHash) {
    throw new AppError(
      409,
      'no_local_password',
      'Du logger inn gjennom innloggingstjenesten og har ikke passord her.',
    );
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalid('Nåværende passord er feil.', {
      fields: [{ field: 'currentPassword', message: 'Nåværende passord er feil.' }],
    });
  }
  const problem = passwordProblem(input.newPassword, user);
  if (problem) throw invalid(problem, { fields: [{ field: 'newPassword', message: problem }] });
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await recordAudit(tx, {
      userId,
      entityType: 'user',
      entityId: userId,
      action: 'password_changed',
    });
  });
  await deleteSessionsOf(db, userId);
}
