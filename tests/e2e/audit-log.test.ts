import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSession } from './browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasWeb = existsSync(path.join(root, 'dist/web/index.html'));

describe.skipIf(!hasWeb)('the audit log in the browser (run `npx vite build` first)', () => {
  const session = browserSession('audit');
  const { check, login, h1 } = session;
  let page: Page;

  beforeAll(async () => {
    await session.start();
    page = await session.newPage();
  });
  afterAll(session.stop);

  it('lets the secretariat filter who changed what, and download it as CSV', async () => {
    await login(page, session.server.login.email);
    await page.getByRole('link', { name: 'HelseOmsorg21-rådet' }).first().click();
    await page.getByRole('link', { name: 'Endringslogg' }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Endringslogg');
    const rows = page.getByTestId('audit-entries').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    await check(page, 'audit-log');

    await page.getByLabel('Gjelder').selectOption({ label: 'Sak' });
    await page.getByRole('button', { name: 'Vis' }).click();
    await expect.poll(() => page.url()).toContain('entityType=case');
    await expect
      .poll(async () => [...new Set(await rows.locator('td:nth-child(3)').allTextContents())])
      .toEqual(['Sak']);
    const status = await page.getByRole('status').first().textContent();
    const total = Number(/(\d+) hendelser/.exec(status ?? '')?.[1]);
    await check(page, 'audit-log-cases');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Last ned som CSV' }).click();
    const file = await (await download).path();
    const bytes = readFileSync(file);
    // A byte-order mark first, so Excel reads the file as UTF-8 ("æøå" intact).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('Tidspunkt;Person;E-post;Gjelder;Id;Handling;Endringer');
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((l) => l.includes(';Sak;'))).toBe(true);
  });
});
