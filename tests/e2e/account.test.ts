import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSession, PASSWORD } from './browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasWeb = existsSync(path.join(root, 'dist/web/index.html'));

describe.skipIf(!hasWeb)('own account and removing a person (run `npx vite build` first)', () => {
  const session = browserSession('account');
  const { check, login, h1, announced } = session;

  beforeAll(() => session.start());
  afterAll(session.stop);

  it('lets a member change the password, refusing a common one with a reason', async () => {
    const page = await session.newPage();
    await login(page, 'medlem@radsrom.no');
    await page.getByRole('link', { name: /Min konto/ }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Min konto');
    await check(page, 'account');

    await page.getByLabel('Nåværende passord').fill(PASSWORD);
    await page.getByLabel('Nytt passord').fill('Passord2026!!!');
    await page.getByRole('button', { name: 'Bytt passord' }).click();
    const summary = page.getByRole('link', { name: /for vanlig og lett å gjette/ });
    await expect.poll(() => summary.count()).toBe(1);
    await check(page, 'account-refused');

    await page.getByLabel('Nytt passord').fill('blåbær-traktor-vindu');
    await page.getByRole('button', { name: 'Bytt passord' }).click();
    await announced(page, 'Passordet er byttet.');
    // Still signed in here, and the new password is the one that works.
    await page.reload();
    await expect.poll(() => h1(page).textContent()).toBe('Min konto');
  });

  it('lets the secretariat remove a person who left, who then appears as a pseudonym', async () => {
    const page = await session.newPage();
    await login(page, session.server.login.email);
    await page.getByRole('link', { name: 'HelseOmsorg21-rådet' }).first().click();
    await page.getByRole('link', { name: 'Innstillinger, medlemmer og faste saker' }).click();
    await page.getByRole('button', { name: 'Anonymiser: Kari Haugen' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('Dette kan ikke angres');
    await check(page, 'remove-person-dialog');
    await dialog.getByRole('button', { name: 'Ja, anonymiser' }).click();
    await announced(page, 'Kari Haugen er fjernet. I referatene står nå «Tidligere medlem 1».');
    const table = page.getByRole('table', { name: 'Personer i rådet' });
    await expect.poll(() => table.textContent()).toContain('Tidligere medlem 1');
    expect(await table.textContent()).not.toContain('Kari Haugen');
    await check(page, 'person-removed');
  });
});
