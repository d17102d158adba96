/** What the features need from e-mail; server/mail/mailer.ts provides it over SMTP. */
export type MailMessage = {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 2369/8058); nodemailer encodes them safely. */
  headers?: Record<string, string>;
};
export type MailSender = { send: (message: MailMessage) => Promise<void>; enabled: boolean };
