import { and, eq, isNull } from 'drizzle-orm';
import { osloToday } from '../../../core/dates.ts';
import { daysToDeadline, isReminderDue } from '../../../core/policy.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { policyDocuments, policyReminders, policyWorkingGroup } from '../../db/policy-schema.ts';
import { councilMemberships, notifications, users } from '../../db/schema.ts';
import { heldOn } from '../councils/appointed-on.ts';
import type { MailSender } from '../notifications/mail-sender.ts';
import { notifyCouncil, type Recipient } from '../notifications/notify-council.ts';

type Logger = { error: (details: object, message: string) => void };

const daysText = (n: number) => (n === 0 ? 'i dag' : n === 1 ? 'i morgen' : `om ${n} dager`);

/**
 * Reminds the secretariat and the working group of consultation deadlines the council has not
 * answered yet, `reminderDays` before the earliest day the deadline can be. Each document and
 * deadline is reminded once: the reminder row's key makes a second process (or run) a no-op.
 * In-app notices are written with that row; e-mail goes after the commit, one per person.
 */
export async function sendDeadlineReminders(
  db: Db,
  mailer: MailSender,
  publicUrl: string,
  opts: { today?: string; log?: Logger } = {},
): Promise<{ documents: number; messages: number }> {
  const today = opts.today ?? osloToday();
  const candidates = (
    await db
      .select()
      .from(policyDocuments)
      .where(and(isNull(policyDocuments.archivedAt), eq(policyDocuments.councilInput, 'none')))
  ).filter((d) => isReminderDue(d, today));

  let documents = 0;
  let messages = 0;
  for (const doc of candidates) {
    const days = daysToDeadline(doc, today) ?? 0;
    const name = doc.reference ? `${doc.reference} ${doc.title}` : doc.title;
    const link = `/policy-documents/${doc.id}`;
    const title = `Høringsfrist ${daysText(days)}: ${name}`;
    const recipients = await db.transaction(async (tx) => {
      const claimed = await tx
        .insert(policyReminders)
        .values({ policyDocumentId: doc.id, deadline: doc.deadlineTo ?? today })
        .onConflictDoNothing()
        .returning({ id: policyReminders.policyDocumentId });
      if (claimed.length === 0) return null;
      const secretariat = await notifyCouncil(tx, doc.councilId, ['secretariat'], { title, link });
      // Only people still appointed to the council are reminded, as `notifyCouncil` does.
      const group = await tx
        .selectDistinct({ userId: users.id, email: users.email, name: users.name })
        .from(policyWorkingGroup)
        .innerJoin(users, eq(users.id, policyWorkingGroup.userId))
        .innerJoin(
          councilMemberships,
          and(
            eq(councilMemberships.userId, users.id),
            eq(councilMemberships.councilId, doc.councilId),
          ),
        )
        .where(
          and(
            eq(policyWorkingGroup.policyDocumentId, doc.id),
            isNull(users.removedAt),
            heldOn(today),
          ),
        );
      const notified = new Set(secretariat.map((r) => r.userId));
      const others = group.filter((g) => !notified.has(g.userId));
      if (others.length)
        await tx
          .insert(notifications)
          .values(others.map((g) => ({ userId: g.userId, councilId: doc.councilId, title, link })));
      await recordAudit(tx, {
        userId: null,
        councilId: doc.councilId,
        entityType: 'policy_document',
        entityId: doc.id,
        action: 'remind',
        changes: { deadline: doc.deadlineText, recipients: [...secretariat, ...others].length },
      });
      return [...secretariat, ...others] as Recipient[];
    });
    if (!recipients) continue;
    documents++;
    const text = [
      `Høringsfristen for «${name}» er ${doc.deadlineText} (${daysText(days)}).`,
      'Rådet har ikke levert innspill ennå.',
      doc.proposedFollowUp ? `Foreslått oppfølging: ${doc.proposedFollowUp}` : '',
      '',
      `Se dokumentet i Rådsrom: ${publicUrl}${link}`,
    ]
      .filter((line, i, all) => line !== '' || all[i - 1] !== '')
      .join('\n');
    for (const r of mailer.enabled ? recipients : []) {
      await mailer
        .send({ to: [r.email], subject: title, text })
        .then(() => messages++)
        .catch((error: unknown) =>
          opts.log?.error({ error, to: r.email }, 'e-post om høringsfrist ble ikke sendt'),
        );
    }
  }
  return { documents, messages };
}

/** Runs the reminders now and then every hour, for as long as the server runs. */
export function scheduleDeadlineReminders(
  db: Db,
  mailer: MailSender,
  publicUrl: string,
  log: Logger,
): () => void {
  const run = () =>
    sendDeadlineReminders(db, mailer, publicUrl, { log }).catch((error: unknown) =>
      log.error({ error }, 'påminnelser om høringsfrister feilet'),
    );
  void run();
  const timer = setInterval(run, 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
