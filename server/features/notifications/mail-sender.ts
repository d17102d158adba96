/** What the features need from e-mail; server/mail/mailer.ts provides it over SMTP. */
export type MailMessage = { to: string[]; subject: string; text: string; html?: string };
export type MailSender = { send: (message: MailMessage) => Promise<void>; enabled: boolean };
