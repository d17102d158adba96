import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSession } from './browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasWeb = existsSync(path.join(root, 'dist/web/index.html'));

/** A one-page PDF to upload as an attachment. */
async function smallPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText('Vedlegg til testsak', { x: 72, y: 760, size: 18, font });
  return Buffer.from(await doc.save());
}

describe.skipIf(!hasWeb)('meeting flow in the browser (run `npx vite build` first)', () => {
  const session = browserSession('');
  const { check, h1 } = session;
  let page: Page;

  beforeAll(async () => {
    await session.start();
    page = await session.newPage();
  });

  afterAll(session.stop);

  it('logs in, plans a meeting with cases and an attachment, reorders, downloads the book', async () => {
    // Log in
    await page.goto('/');
    await expect.poll(() => page.url()).toContain('/login');
    await expect.poll(() => h1(page).textContent()).toBe('Logg inn');
    await check(page, 'login');
    await page.getByLabel('E-postadresse').fill(session.server.login.email);
    await page.getByLabel('Passord').fill('feil-passord');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Feil e-postadresse eller passord.').first().waitFor();
    await check(page, 'login-error');
    await page.getByLabel('Passord').fill(session.server.login.password);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect.poll(() => h1(page).textContent()).toContain('Velkommen');
    await check(page, 'home');

    // The council's meetings
    await page.getByRole('link', { name: 'HelseOmsorg21-rådet' }).first().click();
    await expect.poll(() => h1(page).textContent()).toBe('HelseOmsorg21-rådet');
    await page.getByRole('table').first().waitFor();
    await check(page, 'council');

    // A new meeting
    await page.getByLabel('Dato').fill('2027-03-10');
    await page.getByLabel('Starttid').fill('10:00');
    await page.getByLabel('Sluttid').fill('14:00');
    await page.getByLabel('Møterom').fill('Møterom Abel');
    await page.getByLabel('Adresse').fill('Drammensveien 288, Oslo');
    await page.getByRole('button', { name: 'Opprett møte' }).click();
    await expect.poll(() => h1(page).textContent()).toMatch(/^Møte \d+\/2027$/);
    const meetingUrl = page.url();
    const meetingId = meetingUrl.split('/').pop() ?? '';
    await check(page, 'meeting-new');

    // Two cases
    const titles = [
      'Innspill til statsbudsjettet 2028',
      'Orientering om HelseOmsorg21-monitor',
    ] as const;
    for (const [i, title] of titles.entries()) {
      await page.getByLabel('Tittel på saken').fill(title);
      if (i === 1) {
        await page.getByRole('checkbox', { name: 'Orienteringssak' }).check();
        await page.getByRole('checkbox', { name: 'Vedtakssak' }).uncheck();
      }
      await page.getByRole('button', { name: 'Legg til sak' }).click();
      await page.getByRole('link', { name: title }).waitFor();
    }
    await check(page, 'meeting-with-cases');

    // The first case paper: write a little, upload a PDF
    await page.getByRole('link', { name: titles[0] }).click();
    await expect.poll(() => h1(page).textContent()).toContain(titles[0]);
    await page.getByRole('textbox', { name: 'Bakgrunn' }).click();
    await page.keyboard.type('Rådet gir hvert år innspill til statsbudsjettet.');
    await page.getByRole('button', { name: 'Lagre saksframlegget' }).click();
    await page.getByText(/Sist lagret kl\./).waitFor();
    await page.getByLabel('Tittel på vedlegget').fill('Utkast til innspill');
    await page.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'utkast-innspill.pdf',
      mimeType: 'application/pdf',
      buffer: await smallPdf(),
    });
    await page.getByRole('button', { name: 'Last opp', exact: true }).click();
    await page.getByRole('link', { name: 'Utkast til innspill' }).waitFor();
    await check(page, 'case');

    // Back to the meeting: move the second case above the first
    await page.goto(meetingUrl);
    await page.getByRole('link', { name: titles[1] }).waitFor();
    const rowsBefore = await agendaRows(page);
    const before = rowsBefore.map((r) => r.title);
    expect(before.indexOf(titles[0])).toBeLessThan(before.indexOf(titles[1]));
    const moveUp = page.getByRole('button', { name: `Flytt opp: ${titles[1]}` });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('announcer').textContent()).toContain('flyttet opp');
    // Focus stays with the moved case, so the keyboard user can keep moving it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Flytt opp: ${titles[1]}`);
    const rows = await agendaRows(page);
    const after = rows.map((r) => r.title);
    expect(after.indexOf(titles[1])).toBe(after.indexOf(titles[0]) - 1);
    // Numbers follow agenda order: N/M/YYYY with N rising by one row by row.
    const numbers = rows.map((r) => Number(r.number.split('/')[0]));
    for (let i = 1; i < numbers.length; i++) expect(numbers[i]).toBe((numbers[i - 1] ?? 0) + 1);
    const moved = rows.find((r) => r.title === titles[1]);
    const other = rows.find((r) => r.title === titles[0]);
    expect(Number(moved?.number.split('/')[0])).toBeLessThan(Number(other?.number.split('/')[0]));
    await check(page, 'meeting-reordered');

    // Settings
    await page.goto(meetingUrl.replace(/\/meetings\/.*/, '/'));
    await page.getByRole('link', { name: 'HelseOmsorg21-rådet' }).first().click();
    await page.getByRole('link', { name: /Innstillinger/ }).click();
    await expect.poll(() => h1(page).textContent()).toContain('Innstillinger');
    await page.getByRole('table').first().waitFor();
    await check(page, 'settings');

    // The meeting book is a PDF
    const head = await page.evaluate(async (id) => {
      const res = await fetch(`/api/meetings/${id}/meeting-book.pdf`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      return { status: res.status, start: String.fromCharCode(...bytes.slice(0, 5)) };
    }, meetingId);
    expect(head.status).toBe(200);
    expect(head.start.startsWith('%PDF')).toBe(true);
  });
});

async function agendaRows(page: Page) {
  return page
    .getByTestId('agenda')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        number: tr.querySelector('[data-testid="case-number"]')?.textContent?.trim() ?? '',
        title: tr.querySelector('a')?.textContent?.trim() ?? '',
      })),
    );
}
