import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMeResponse } from '../../server/auth/schema.ts';
import type { TCase } from '../../server/features/cases/schema.ts';
import type { TMeeting } from '../../server/features/meetings/schema.ts';
import { apiCall, browserSession } from './browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasWeb = existsSync(path.join(root, 'dist/web/index.html'));

describe.skipIf(!hasWeb)('public pages in the browser (run `npx vite build` first)', () => {
  const session = browserSession('public');
  const { check, h1 } = session;
  // A citizen with JavaScript turned off, and beside them a page that runs axe on what they saw.
  let citizen: Page;
  let audit: Page;

  /** The citizen's current page must pass axe too (axe itself needs script, so it runs beside). */
  async function checkSame(name: string) {
    await audit.goto(citizen.url());
    await check(audit, name);
  }

  beforeAll(async () => {
    await session.start();
    citizen = await session.newPage({ javaScriptEnabled: false });
    audit = await session.newPage();
  });

  afterAll(session.stop);

  it('lets a citizen without JavaScript go from the front page to a decision, and search', async () => {
    // The app itself needs script; without it, its address points to the public pages.
    await citizen.goto('/');
    await citizen.getByRole('link', { name: 'Offentlig innsyn' }).click();
    await expect.poll(() => h1(citizen).textContent()).toBe('Offentlig innsyn');
    await checkSame('front-page');

    await citizen.getByRole('link', { name: 'HelseOmsorg21-rådet' }).click();
    await expect.poll(() => h1(citizen).textContent()).toBe('HelseOmsorg21-rådet');
    await checkSame('council');

    await citizen.getByRole('link', { name: /Møte 3\/2026/ }).click();
    await expect.poll(() => h1(citizen).textContent()).toContain('Møte 3/2026');
    const agenda = citizen.getByRole('table');
    await expect.poll(() => agenda.textContent()).toContain('Bærekraftig helsetjeneste');
    await checkSame('meeting');

    await agenda.getByRole('link', { name: /Bærekraftig helsetjeneste/ }).click();
    await expect.poll(() => h1(citizen).textContent()).toContain('Bærekraftig helsetjeneste');
    const decision = citizen.getByRole('heading', { name: 'Vedtak', level: 2, exact: true });
    await expect.poll(() => decision.count()).toBe(1);
    await checkSame('case-paper');

    await citizen.getByRole('link', { name: 'Se referatet fra møtet' }).click();
    await expect.poll(() => h1(citizen).textContent()).toContain('Referat fra møte 3/2026');
    await expect
      .poll(() => citizen.getByRole('table').first().textContent())
      .toContain('Helge Strand');
    await checkSame('minutes');

    // The search form is a plain GET form: it works without script.
    await citizen.getByRole('link', { name: 'Søk', exact: true }).click();
    await citizen.getByLabel('Søk i saksdokumenter, referater og vedtak').fill('tiltakene');
    await citizen.getByRole('button', { name: 'Søk' }).click();
    await expect.poll(() => h1(citizen).textContent()).toBe('Søk i offentlige dokumenter');
    await expect.poll(() => citizen.locator('#results').textContent()).toMatch(/\d+ treff/);
    await checkSame('search');
    const hit = citizen.locator('section[aria-labelledby="results"] ol a').first();
    await expect.poll(() => hit.locator('mark').count()).toBeGreaterThan(0);
    const href = (await hit.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/public\/(cases|meetings)\/[0-9a-f-]{36}/);
    await hit.click();
    await expect.poll(() => citizen.url()).toContain(href);
    await expect.poll(() => citizen.locator('main').textContent()).toContain('tiltakene');
  });

  it('shows an exempt case paper as its title and legal basis only', async () => {
    await citizen.goto('/public');
    await citizen.getByRole('link', { name: 'HelseOmsorg21-rådet' }).click();
    const meetings = citizen.locator('main li a');
    let found = false;
    for (const href of await meetings.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      await citizen.goto(href ?? '/public');
      const exempt = citizen.getByRole('link', { name: 'Helsedata til forskning og innovasjon' });
      if ((await exempt.count()) === 0) continue;
      await exempt.click();
      found = true;
      break;
    }
    expect(found, 'the demo has an exempt case on a published agenda').toBe(true);
    await expect
      .poll(() => citizen.locator('main').textContent())
      .toContain('Saksframlegget og vedleggene er unntatt offentlighet (offl. § 14 første ledd)');
    await expect.poll(() => citizen.getByRole('heading', { name: 'Bakgrunn' }).count()).toBe(0);
    await checkSame('exempt-case');
  });

  it('lets the secretariat exempt a passage, which the public sees only as its legal basis', async () => {
    const clerk = await session.newPage();
    await session.login(clerk, session.server.login.email);
    const call = <T>(method: 'GET' | 'POST', url: string, data?: unknown) =>
      apiCall<T>(clerk, method, url, data);
    const me = await call<TMeResponse>('GET', '/api/auth/me');
    const council = me.councils.find((c) => c.name === 'HelseOmsorg21-rådet');
    const meeting = await call<TMeeting>('POST', `/api/councils/${council?.id}/meetings`, {
      date: '2027-05-12',
      startTime: '10:00',
      locationKind: 'physical',
      withStandingCases: false,
    });
    const created = await call<TCase>('POST', `/api/meetings/${meeting.id}/cases`, {
      title: 'Tilskudd til pasientforeninger',
      caseTypes: ['decision'],
    });
    await call('POST', `/api/meetings/${meeting.id}/status`, {
      status: 'notice_sent',
      version: meeting.version,
    });

    // Type a paragraph, select its last sentence, and mark it exempt with a basis.
    await clerk.goto(`/cases/${created.id}`);
    const background = clerk.getByRole('textbox', { name: 'Bakgrunn' });
    await background.click();
    await clerk.keyboard.type('Sekretariatet anbefaler tilskudd. ');
    const secret = 'Søkeren Per Hansen har gjeld.';
    await clerk.keyboard.type(secret);
    for (let i = 0; i < secret.length; i++) await clerk.keyboard.press('Shift+ArrowLeft');
    await clerk
      .getByRole('group', { name: 'Formatering for Bakgrunn' })
      .getByRole('button', { name: 'Unnta fra offentlighet' })
      .click();
    await clerk.getByLabel('Hjemmel for unntak').fill('offl. § 13');
    await clerk.getByRole('button', { name: 'Unnta teksten' }).click();
    await expect
      .poll(() => background.locator('span[data-exempt="offl. § 13"]').textContent())
      .toBe(secret);
    await clerk.getByRole('button', { name: 'Lagre saksframlegget' }).click();
    await clerk.getByText(/Sist lagret kl\./).waitFor();
    await check(clerk, 'exempt-passage-editor');

    await citizen.goto(`/public/cases/${created.id}`);
    const text = await citizen.locator('main').textContent();
    expect(text).toContain('Sekretariatet anbefaler tilskudd. [Unntatt offentlighet, offl. § 13]');
    expect(text).not.toContain('Per Hansen');
    await checkSame('exempt-passage-public');
  });
});
