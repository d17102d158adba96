import { createTransport } from 'nodemailer';
import type { MailMessage, MailSender } from '../features/notifications/mail-sender.ts';

/**
 * E-mail over SMTP. Without an SMTP address (SMTP_URL unset) the product runs as
 * before: `enabled` is false and `send` quietly does nothing, so in-app notices carry the news.
 */

export type MailerConfig = {
  /** "smtp://user:pass@host:587" or "smtps://…"; undefined turns e-mail off. */
  smtpUrl: string | undefined;
  /** Sender, e.g. 'Rådsrom <radsrom@forskningsradet.no>'. */
  from: string;
};

export type Mailer = MailSender & { close(): void };

export function createMailer(config: MailerConfig): Mailer {
  const url = config.smtpUrl?.trim();
  if (!url) return { enabled: false, send: async () => {}, close: () => {} };

  // Sends run inside requests: a mail server that stops answering must not hold them for minutes.
  const transport = createTransport(
    { url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
    { from: config.from },
  );
  return {
    enabled: true,
    async send(message: MailMessage): Promise<void> {
      const to = [...new Set(message.to.map((a) => a.trim()).filter(Boolean))];
      if (to.length === 0) return;
      await transport.sendMail({
        to,
        subject: message.subject,
        text: message.text,
        ...(message.html === undefined ? {} : { html: message.html }),
        ...(message.headers === undefined ? {} : { headers: message.headers }),
      });
    },
    close: () => transport.close(),
  };
}
