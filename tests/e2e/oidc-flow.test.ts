import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, TEST_CLIENT } from '../../server/testing/oidc-provider.ts';
import { freePort } from '../../server/testing/postgres-server.ts';
import { browserSession } from './browser.ts';

const LABEL = 'Logg inn med testleverandøren';

describe('single sign-on with OpenID Connect against a real provider', () => {
  const session = browserSession('oidc');
  const { check, h1 } = session;
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;

  beforeAll(async () => {
    // The provider's address must be known to Rådsrom, and Rådsrom's to the provider.
    const port = await freePort();
    await session.start({
      oidc: {
        issuer: `http://127.0.0.1:${port}`,
        clientId: TEST_CLIENT.id,
        clientSecret: TEST_CLIENT.secret,
        label: LABEL,
        roleClaim: 'roles',
        adminRole: 'radsrom-admin',
      },
    });
    provider = await startOidcProvider({
      port,
      rpUrl: session.server.url,
      accounts: {
        // Invited: the demo's secretariat member, with the address in another case.
        nora: { email: 'Sekretariat@Radsrom.no', name: 'Nora fra leverandøren' },
        stranger: { email: 'ukjent@example.no', name: 'Ukjent Person' },
        operator: { email: 'drift@example.no', name: 'Drift', roles: ['radsrom-admin'] },
      },
    });
  });

  afterAll(async () => {
    await session.stop();
    await provider?.close();
  });

  /** The provider's own (development) sign-in and consent forms. */
  async function signInAtProvider(page: Page, account: string) {
    await page.goto('/login');
    await page.getByRole('link', { name: LABEL }).click();
    await page.waitForURL(/127\.0\.0\.1:\d+\/interaction\//);
    await page.locator('input[name="login"]').fill(account);
    await page.locator('input[name="password"]').fill('hva-som-helst');
    await page.locator('button[type="submit"]').click();
    // Consent to sharing e-mail and profile with Rådsrom.
    await page.locator('button[type="submit"]').click();
  }

  const me = async (page: Page) => {
    const res = await page.request.get('/api/auth/me');
    return { status: res.status(), body: res.ok() ? await res.json() : null };
  };

  it('signs an invited person in through the provider, and out of both', async () => {
    const page = await session.newPage();
    await page.goto('/login');
    await expect.poll(() => page.getByRole('link', { name: LABEL }).count()).toBe(1);
    await check(page, 'login-page');

    await signInAtProvider(page, 'nora');
    await expect.poll(() => h1(page).textContent()).toContain('Velkommen');
    expect((await me(page)).body.email).toBe('sekretariat@radsrom.no');

    // Logging out ends the provider's session too: it asks, then returns to Rådsrom's login.
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL(/127\.0\.0\.1:\d+\/session\/end/);
    await page.locator('button[autofocus], button[type="submit"]').first().click();
    await page.waitForURL(/\/login$/);
    expect((await me(page)).status).toBe(401);
    await page.getByRole('link', { name: LABEL }).click();
    await page.waitForURL(/\/interaction\//);
    expect(await page.locator('input[name="login"]').count()).toBe(1);
  });

  it('refuses a person the secretariat has not invited, and says why in Norwegian', async () => {
    const page = await session.newPage();
    await signInAtProvider(page, 'stranger');
    await page.waitForURL(/\/login\?feil=ikke-invitert/);
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Du er ikke invitert til Rådsrom med denne e-postadressen');
    expect((await me(page)).status).toBe(401);
    await check(page, 'not-invited');
  });

  it('admits a person whose roles claim holds the admin role as system administrator', async () => {
    const page = await session.newPage();
    await signInAtProvider(page, 'operator');
    await expect.poll(() => h1(page).textContent()).toContain('Velkommen');
    const { body } = await me(page);
    expect(body.email).toBe('drift@example.no');
    expect(body.isSystemAdmin).toBe(true);
  });
});
