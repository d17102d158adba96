import path from 'node:path';

/** Settings from the environment, read once. */
export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  maxUploadBytes: number;
  secureCookies: boolean;
  /** smtp://user:pass@host:port; without it Rådsrom sends no e-mail (in-app notices only). */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The address people use to reach Rådsrom, for links in e-mails. */
  publicUrl: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    maxUploadBytes: Number(env.MAX_UPLOAD_MB ?? 50) * 1024 * 1024,
    secureCookies: env.SECURE_COOKIES === 'true',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Rådsrom <ikke-svar@radsrom.no>',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, ''),
  };
}
