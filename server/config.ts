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
  /** Single sign-on with OpenID Connect (Entra ID, ID-porten, Feide …); null when not set up. */
  oidc: OidcSettings | null;
  /** PxWebApi 2.0 the monitor fetches tables from (SSB's statistics bank by default). */
  pxwebBaseUrl: string;
};

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The sign-in button's text, e.g. "Logg inn med ID-porten". */
  label: string;
  /** A claim holding the person's roles or groups, and the value that makes a system admin. */
  roleClaim: string;
  adminRole: string | undefined;
};

function oidcSettings(env: NodeJS.ProcessEnv): OidcSettings | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = env;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    issuer: OIDC_ISSUER,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    label: env.OIDC_LABEL || 'Logg inn med organisasjonskonto',
    roleClaim: env.OIDC_ROLE_CLAIM || 'roles',
    adminRole: env.OIDC_ADMIN_ROLE || undefined,
  };
}

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
    oidc: oidcSettings(env),
    pxwebBaseUrl: (env.PXWEB_BASE_URL ?? 'https://data.ssb.no/api/pxwebapi/v2').replace(/\/$/, ''),
  };
}
