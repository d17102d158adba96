import type { Server } from 'node:http';
import Provider from 'oidc-provider';

export type TestAccount = { email: string; name: string; roles?: string[] };

export const TEST_CLIENT = { id: 'radsrom', secret: 'hemmelig-klientnokkel-for-tester' };

/**
 * A real OpenID Connect provider (oidc-provider) on a loopback port, for the sign-in tests. Its
 * development login form takes any account id and password; the accounts given here are the
 * people it knows. Their e-mail comes from the userinfo endpoint, as with many real providers.
 */
export async function startOidcProvider(opts: {
  port: number;
  rpUrl: string;
  accounts: Record<string, TestAccount>;
}) {
  const issuer = `http://127.0.0.1:${opts.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: [`${opts.rpUrl}/api/auth/oidc/callback`],
        post_logout_redirect_uris: [`${opts.rpUrl}/login`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'roles'] },
    async findAccount(_ctx, id) {
      const account = opts.accounts[id];
      if (!account) return undefined;
      return {
        accountId: id,
        claims: async () => ({ sub: id, email_verified: true, ...account }),
      };
    },
    cookies: { keys: ['nokkel-for-testleverandorens-informasjonskapsler'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  });
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(opts.port, '127.0.0.1', () => resolve(s));
  });
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
