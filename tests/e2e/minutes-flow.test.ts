import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMinutes } from '../../server/features/minutes/schema.ts';
import { pageTexts } from '../../server/testing/read-documents.ts';
import { browserSession } from './browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasWeb = existsSync(path.join(root, 'dist/web/index.html'));
const NEW_DECISION = 'Møteplanen for 2027 vedtas med fem møter, hvorav ett digitalt.';
const COMMENT = 'Skriv gjerne at ett av møtene i 2027 skal være digitalt.';

/** Plain text of rich text, whitespace removed: PDF line breaks must not matter. */
const squeeze = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, '');

describe.skipIf(!hasWeb)('minutes flow in the browser (run `npx vite build` first)', () => {
  const session = browserSession('minutes');
  const { check, login, h1, announced } = session;
  let page: Page;
  let member: Page;
  const status = (p: Page) => p.getByTestId('minutes-status').textContent();
  const caseArticle = (p: Page, title: string) =>
    p.locator('article.minutes-case').filter({ has: p.getByRole('link', { name: title }) });

  beforeAll(async () => {
    await session.start();
    page = await session.newPage();
    member = await session.newPage();
  });

  afterAll(session.stop);

  it('records, circulates, takes comments, revises, approves and prints the minutes', async () => {
    await login(page, session.server.login.email);
    await page.getByRole('link', { name: 'HelseOmsorg21-rådet' }).first().click();
    await page.getByRole('table').first().waitFor();
    await check(page, 'council');

    // The next meeting, with the approval case, and its notice sent.
    await page.getByLabel('Dato').fill('2027-02-10');
    await page.getByLabel('Starttid').fill('10:00');
    await page.getByRole('button', { name: 'Opprett møte' }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Møte 1/2027');
    await page.getByRole('heading', { name: 'Åpne oppfølgingspunkter' }).waitFor();
    await check(page, 'next-meeting-draft');
    await page.getByRole('button', { name: 'Marker innkallingen som sendt' }).click();
    await announced(page, 'Innkalling sendt');

    // Meeting 5/2026 is planned in the demo: send the notice and hold it.
    await page.getByRole('link', { name: 'HelseOmsorg21-rådet' }).click();
    await page.getByRole('link', { name: 'Møte 5/2026' }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Møte 5/2026');
    await page.getByRole('button', { name: 'Marker innkallingen som sendt' }).click();
    await announced(page, 'Innkalling sendt');
    await page.getByRole('button', { name: 'Marker møtet som avholdt' }).click();
    await announced(page, 'Avholdt');
    await check(page, 'meeting-held');

    // Opening the minutes creates the draft from the roster and the proposed decisions.
    await page.getByRole('link', { name: 'Referat fra møte 5/2026' }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Referat fra møte 5/2026');
    await expect.poll(() => status(page)).toBe('Utkast');
    await check(page, 'minutes-draft');

    // Attendance: one member absent, one for part of the meeting.
    await page.getByLabel('Oppmøte for Kari Haugen').selectOption('absent');
    await page.getByRole('button', { name: 'Legg til tidsrom for Ola Dahl' }).click();
    await page.getByLabel('Fra (tidsrom 1 for Ola Dahl)').fill('10:00');
    await page.getByLabel('Til (tidsrom 1 for Ola Dahl)').fill('11:30');
    await page.getByRole('button', { name: 'Lagre deltakerlisten' }).click();
    await announced(page, 'Deltakerlisten er lagret.');

    // A decision that differs from the proposal.
    const plan = caseArticle(page, 'Møteplan 2027');
    const decision = plan.getByRole('textbox', { name: /^Vedtak, sak/ });
    await decision.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(NEW_DECISION);
    await plan.getByRole('button', { name: /^Lagre sak/ }).click();
    await announced(page, 'er lagret.');
    await check(page, 'minutes-recorded');

    // Follow-up from the decision.
    await plan.getByRole('button', { name: /^Ny oppfølging/ }).click();
    await plan.getByLabel('Hva skal følges opp').fill('Sende møteplanen til departementene');
    await plan.getByLabel('Ansvarlig').fill('Sekretariatet');
    await plan.getByRole('button', { name: 'Opprett oppfølging' }).click();
    await announced(page, 'er opprettet');

    // Circulate with the default deadline.
    await page.getByRole('button', { name: 'Send på merknadsrunde' }).click();
    await expect.poll(() => status(page)).toBe('Sendt på merknadsrunde');
    await check(page, 'minutes-circulated');

    // Observers see the minutes only once approved.
    const observer = await session.newPage();
    await login(observer, 'observator@radsrom.no');
    await observer.goto(page.url());
    await observer.getByText('Du kan ikke se referatet ennå.', { exact: false }).waitFor();
    await check(observer, 'observer-not-yet');
    await observer.context().close();

    // A member hears of it and comments on one case.
    await login(member, 'medlem@radsrom.no');
    await expect.poll(() => member.getByTestId('notification-link').textContent()).toMatch(/\(\d+/);
    await member.getByTestId('notification-link').click();
    await expect.poll(() => h1(member).textContent()).toBe('Varsler');
    await check(member, 'member-notifications');
    await member
      .getByRole('link', { name: /5\/2026/ })
      .first()
      .click();
    await expect.poll(() => h1(member).textContent()).toBe('Referat fra møte 5/2026');
    const memberPlan = caseArticle(member, 'Møteplan 2027');
    await memberPlan.getByRole('button', { name: /^Skriv merknad til sak/ }).click();
    await memberPlan.getByLabel(/^Ny merknad til sak/).fill(COMMENT);
    await memberPlan.getByRole('button', { name: 'Send merknad' }).click();
    await memberPlan.getByText(COMMENT).waitFor();
    await check(member, 'member-commented');

    // The secretariat accepts the comment, adjusts the text and records the revision.
    await page.reload();
    await page.getByText(COMMENT).waitFor();
    await plan.getByLabel('Svar til Ingrid Moe').fill('Takk, tatt inn i vedtaket.');
    await plan.getByRole('button', { name: 'Ta til følge merknaden fra Ingrid Moe' }).click();
    await plan.getByText('Tatt til følge').waitFor();
    await plan.getByRole('textbox', { name: /^Diskusjon, sak/ }).click();
    await page.keyboard.type('Rådet drøftet møteplanen.');
    await plan.getByRole('button', { name: /^Lagre sak/ }).click();
    await announced(page, 'er lagret.');
    await page.getByRole('button', { name: 'Lagre revidert versjon' }).click();
    await expect.poll(() => status(page)).toBe('Revidert etter merknader');
    await page.getByRole('button', { name: /^Sammenlign med forrige: versjon 2/ }).click();
    await page.getByTestId('version-compare').getByText('Endret').first().waitFor();
    await check(page, 'minutes-revised-compare');

    // Approved in the approval case of meeting 1/2027.
    await page.getByRole('button', { name: 'Godkjenn referatet' }).click();
    await page.getByRole('button', { name: 'Ja, godkjenn' }).click();
    await expect.poll(() => status(page)).toBe('Godkjent');
    await check(page, 'minutes-approved');

    // The approved minutes as PDF hold every decision.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Last ned referatet som PDF' }).click(),
    ]);
    const file = await download.path();
    const pdf = new Uint8Array(readFileSync(file));
    expect(String.fromCharCode(...pdf.slice(0, 5))).toBe('%PDF-');
    const text = (await pageTexts(pdf)).join(' ').replace(/\s+/g, '');
    const meetingId = page.url().split('/').at(-2) ?? '';
    const minutes = (await page.evaluate(
      (id) => fetch(`/api/meetings/${id}/minutes`).then((r) => r.json()),
      meetingId,
    )) as TMinutes;
    expect(minutes.status).toBe('approved');
    const decisions = minutes.cases.map((c) => squeeze(c.decision)).filter(Boolean);
    expect(decisions).toContain(squeeze(NEW_DECISION));
    for (const d of decisions) expect(text).toContain(d);

    const docx = await page.evaluate(
      (id) => fetch(`/api/minutes/${id}/minutes.docx`).then((r) => r.status),
      minutes.id,
    );
    expect(docx).toBe(200);

    // A correction to approved minutes needs a reason and becomes a new version.
    await plan.getByRole('button', { name: /^Rett referatet for sak/ }).click();
    await plan.getByRole('textbox', { name: /^Diskusjon, sak/ }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Sekretariatet sender planen ut.');
    await plan.getByLabel('Hvorfor må det godkjente referatet rettes?').fill('Manglet en setning.');
    await plan.getByRole('button', { name: /^Lagre rettelsen/ }).click();
    await announced(page, 'lagret som en ny versjon');
    await page.getByRole('cell', { name: 'Manglet en setning.' }).waitFor();
    await check(page, 'minutes-corrected');

    // The register and the follow-ups.
    await page.goto(`/councils/${minutes.councilId}/decisions`);
    await page.getByTestId('decisions').waitFor();
    await page.getByLabel('Tekst').fill('fem møter');
    await page.getByRole('main').getByRole('button', { name: 'Søk' }).click();
    await page.getByText('1 vedtak.').waitFor();
    await check(page, 'decision-register');
    await page.goto(`/councils/${minutes.councilId}/follow-ups`);
    await page.getByText('Sende møteplanen til departementene').waitFor();
    await check(page, 'follow-ups');
  });
});
