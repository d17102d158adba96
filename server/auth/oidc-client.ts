import * as client from 'openid-client';
import type { OidcSettings } from '../config.ts';

/** What the browser carries between the redirect to the provider and the way back. */
export type PendingSignIn = { state: string; nonce: string; verifier: string; returnTo: string };

/** Who signed in, and whether the provider's roles claim makes them a system administrator. */
export type SignInClaims = { email: string; name: string; isAdmin: boolean };

/**
 * The OpenID Connect relying party: authorization code flow with PKCE, state and nonce, through
 * openid-client. The provider's metadata is discovered on first use (and again after a failure),
 * so Rådsrom starts even when the provider is down.
 */
export function oidcClient(settings: OidcSettings, publicUrl: string) {
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = () => {
    discovered ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        undefined,
        // A provider on plain http is only for tests and development on this machine.
        settings.issuer.startsWith('http://') ? { execute: [client.allowInsecureRequests] } : {},
      )
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      });
    return discovered;
  };
  const redirectUri = `${publicUrl}/api/auth/oidc/callback`;

  return {
    label: settings.label,

    async start(returnTo: string): Promise<{ url: string; pending: PendingSignIn }> {
      const config = await configuration();
      const pending = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
        returnTo,
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, pending };
    },

    /** Checks the provider's answer and returns who signed in. */
    async finish(callbackUrl: URL, pending: PendingSignIn): Promise<SignInClaims> {
      const config = await configuration();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims: Record<string, unknown> = tokens.claims() ?? {};
      // Many providers put e-mail and name only in userinfo; ask there when the ID token lacks them.
      const claims: Record<string, unknown> =
        typeof idClaims.email === 'string'
          ? idClaims
          : {
              ...idClaims,
              ...(await client.fetchUserInfo(config, tokens.access_token, String(idClaims.sub))),
            };
      // An address the provider says it has not verified identifies no one.
      const verified = claims.email_verified !== false;
      const email =
        verified && typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
      const name = typeof claims.name === 'string' ? claims.name : email;
      const raw = claims[settings.roleClaim];
      const roles = raw === undefined ? [] : [raw].flat().map(String);
      const isAdmin = settings.adminRole !== undefined && roles.includes(settings.adminRole);
      return { email, name, isAdmin };
    },

    /** Where to send the browser to end the session at the provider too, if it supports that. */
    async logoutUrl(): Promise<string | null> {
      const config = await configuration().catch(() => null);
      if (!config?.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(config, { post_logout_redirect_uri: `${publicUrl}/login` })
        .href;
    },
  };
}

export type OidcClient = ReturnType<typeof oidcClient>;
