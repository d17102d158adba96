import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notParticipatingLine } from '../../core/conflicts.ts';
import type { TMeetingConflicts } from '../../server/features/conflicts/schema.ts';
import { expectInOrder, pageTexts } from '../../server/testing/read-documents.ts';
import { browserSession } from './browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasWeb = existsSync(path.join(root, 'dist/web/index.html'));
const CASE_TITLE = 'Hjemmemarked og innovative offentlige anskaffelser';
const REASON = 'Anders Nilsen er styremedlem i Norway Health Tech, som er berørt part i saken.';

/** PDF text without whitespace: line breaks must not matter. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(!hasWeb)('conflict of interest in the browser (run `npx vite build` first)', () => {
  const session = browserSession('conflicts');
  const { check, login, h1, announced } = session;
  let page: Page;

  beforeAll(async () => {
    await session.start();
    page = await session.newPage();
  });

  afterAll(session.stop);

  it('proposes, records and prints a disqualification', async () => {
    await login(page, session.server.login.email);
    await page.getByRole('link', { name: 'HelseOmsorg21-rådet' }).first().click();
    await page.getByRole('link', { name: 'Møte 4/2026' }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Møte 4/2026');
    await page.getByRole('link', { name: 'Habilitet i møte 4/2026' }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Habilitet – møte 4/2026');

    // Anders Nilsen's board seat in Norway Health Tech is proposed, with the text it matched.
    const section = page
      .locator('section.conflict-case')
      .filter({ has: page.getByRole('link', { name: CASE_TITLE }) });
    const proposal = section.locator('li.proposal').filter({ hasText: 'Anders Nilsen' });
    await proposal.filter({ hasText: 'Norway Health Tech' }).first().waitFor();
    await expect
      .poll(() => proposal.locator('mark').allTextContents())
      .toContain('Norway Health Tech');
    expect(await proposal.first().textContent()).toContain(
      'Vedlegg 1: Oppsummering av dialogmøtene',
    );
    await expect
      .poll(() => section.getByRole('heading', { level: 3 }).allTextContents())
      .toContain('Forslag – ikke en avgjørelse');
    await expect
      .poll(() => page.getByTestId('conflict-decision').textContent())
      .toContain('Det er ikke knyttet inhabilitet til noen av sakene på rådsmøtet.');
    await check(page, 'meeting-proposals');

    // The stakeholders are part of the case paper.
    await section.getByRole('link', { name: CASE_TITLE }).click();
    await page.getByText('Norway Health Tech, Legemiddelindustrien').waitFor();
    await page.goBack();
    await expect.poll(() => h1(page).textContent()).toBe('Habilitet – møte 4/2026');

    // The council finds him disqualified on the automatic ground.
    await section
      .getByRole('button', { name: /^Vurder Anders Nilsen/ })
      .first()
      .click();
    await section.getByLabel('Ja, inhabil').check();
    await section.getByLabel('Første ledd – automatisk inhabil').check();
    await section.getByLabel('Begrunnelse').fill(REASON);
    await check(page, 'assessment-form');
    await section.getByRole('button', { name: 'Lagre vurderingen' }).click();
    await announced(page, 'Anders Nilsen er inhabil');
    await section.getByTestId('assessments').getByText(REASON).waitFor();

    const meetingId = page.url().split('/').at(-2) ?? '';
    const view = (await page.evaluate(
      (id) => fetch(`/api/meetings/${id}/conflicts`).then((r) => r.json()),
      meetingId,
    )) as TMeetingConflicts;
    const affected = view.cases.find((c) => c.title === CASE_TITLE);
    const conflictCase = view.cases.find((c) => c.isConflictCase);
    expect(affected && conflictCase).toBeTruthy();
    const decisionLine = `Anders Nilsen er inhabil i sak ${affected?.number} ${CASE_TITLE}, jf. forvaltningsloven § 6 første ledd.`;
    await expect
      .poll(() => page.getByTestId('conflict-decision').textContent())
      .toContain(decisionLine);
    await check(page, 'meeting-recorded');

    // The minutes: the decision in "Spørsmål om habilitet", and the member leaving the case.
    await page.getByRole('link', { name: 'Møte 4/2026' }).click();
    await page.getByRole('link', { name: 'Referat fra møte 4/2026' }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Referat fra møte 4/2026');
    const leftLine = notParticipatingLine('Anders Nilsen', 'automatic');
    await page.getByTestId('not-participating').getByText(leftLine).waitFor();
    await check(page, 'minutes-not-participating');
    await page
      .locator('article.minutes-case')
      .filter({ has: page.getByRole('link', { name: CASE_TITLE }) })
      .screenshot({ path: '/tmp/shots/conflicts-04b-minutes-affected-case.png' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Last ned referatet som PDF' }).click(),
    ]);
    const pdf = new Uint8Array(readFileSync(await download.path()));
    expect(String.fromCharCode(...pdf.slice(0, 5))).toBe('%PDF-');
    const text = squeeze((await pageTexts(pdf)).join(' '));
    expectInOrder(text, [
      squeeze(conflictCase?.title ?? ''),
      squeeze(decisionLine),
      squeeze(CASE_TITLE),
      squeeze(leftLine),
    ]);

    // The overview per member and year, and the organisations with their aliases.
    const cid = await councilId(page);
    await page.goto(`/councils/${cid}/conflict-assessments`);
    const nilsen = page.getByTestId('member-assessments').filter({ hasText: 'Anders Nilsen' });
    await nilsen.getByRole('link', { name: new RegExp(CASE_TITLE) }).waitFor();
    expect(await nilsen.textContent()).toContain('Forvaltningsloven § 6 første ledd');
    await check(page, 'overview');

    await page.goto(`/councils/${cid}/organisations`);
    await page.getByRole('rowheader', { name: 'Norway Health Tech' }).waitFor();
    await page.getByRole('button', { name: 'Endre: Norway Health Tech' }).click();
    await page.getByRole('heading', { name: 'Endre «Norway Health Tech»' }).waitFor();
    await check(page, 'organisations');
    await page.getByRole('button', { name: 'Avbryt' }).click();

    // A duplicate registration is merged into the one already there; its name becomes an alias.
    await page.getByLabel('Navn').fill('Norway Health Tech AS');
    await page.getByLabel('Alias').fill('Norway HealthTech');
    await page.getByRole('button', { name: 'Legg til organisasjonen' }).click();
    await announced(page, '«Norway Health Tech AS» er lagt til.');
    await page.getByRole('button', { name: 'Slå sammen: Norway Health Tech AS' }).click();
    await page.getByLabel('Slå sammen med').selectOption({ label: 'Norway Health Tech' });
    await page.getByRole('button', { name: 'Slå sammen', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, slå sammen' }).click();
    await announced(page, 'er slått sammen med «Norway Health Tech»');
    const merged = page.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: 'Norway Health Tech', exact: true }),
    });
    await expect
      .poll(() => merged.textContent())
      .toContain('NHT, Norway Health Tech AS, Norway HealthTech');

    // A stakeholder added to a case paper before the next meeting becomes a proposal.
    await page.goto(`/councils/${cid}`);
    await page.getByRole('link', { name: 'Møte 5/2026' }).click();
    await page.getByRole('link', { name: 'Møteplan 2027' }).click();
    await page.getByLabel('Berørte parter').fill('Kreftforeningen');
    await page.getByRole('button', { name: 'Lagre saksframlegget' }).click();
    await announced(page, 'Saksframlegget er lagret.');
    await page.getByRole('link', { name: 'Møte 5/2026' }).first().click();
    await page.getByRole('link', { name: 'Habilitet i møte 5/2026' }).click();
    const plan = page
      .locator('section.conflict-case')
      .filter({ has: page.getByRole('link', { name: 'Møteplan 2027' }) });
    const moe = plan.locator('li.proposal').filter({ hasText: 'Ingrid Moe' });
    await moe.getByText('Berørte parter').waitFor();
    expect(await moe.locator('mark').allTextContents()).toContain('Kreftforeningen');
    await check(page, 'next-meeting-proposals');

    // The secretariat's view of everyone's interests.
    await page.goto(`/councils/${cid}/interests`);
    await page.getByRole('heading', { name: 'Anders Nilsen' }).waitFor();
    await page.getByTestId('pending-count').getByText('1 interesse venter').waitFor();
    await check(page, 'interests-secretariat');
    await page
      .getByRole('button', { name: 'Marker som gjennomgått: Eierinteresse i Helseinnovasjon AS' })
      .click();
    await announced(page, 'er markert som gjennomgått');
    await page.getByTestId('pending-count').getByText('Alt er gjennomgått.').waitFor();
  }, 120_000);

  it('lets a member register an interest for review', async () => {
    // The council makes interests visible to everyone in it.
    await page.goto(`/councils/${await councilId(page)}/settings`);
    await page.getByLabel('Vis medlemmenes interesser for alle i rådet').check();
    await page.getByRole('button', { name: 'Lagre synlighet' }).click();
    await announced(page, 'vises nå for alle i rådet');

    const member = await session.newPage();
    await login(member, 'medlem@radsrom.no');
    await member.getByRole('link', { name: 'HelseOmsorg21-rådet' }).first().click();
    await member.getByRole('link', { name: 'Interesser og verv' }).click();
    await expect.poll(() => h1(member).textContent()).toBe('Interesser og verv');
    await member.getByRole('heading', { name: 'Mine interesser' }).waitFor();
    await check(member, 'interests-member');

    await member.getByLabel('Organisasjon').fill('NHT');
    await member.getByLabel('Type').selectOption('board');
    await member.getByLabel('Rolle eller stilling').fill('Varamedlem av styret');
    await member.getByLabel('Fra').fill('2026-01-01');
    await member.getByRole('button', { name: 'Registrer interessen' }).click();
    await announced(member, 'venter på gjennomgang');
    // "NHT" is an alias: the interest lands on Norway Health Tech.
    const row = member
      .getByTestId('interests')
      .getByRole('row')
      .filter({ hasText: 'Varamedlem av styret' });
    await row.getByRole('rowheader', { name: 'Norway Health Tech' }).waitFor();
    expect(await row.textContent()).toContain('Til gjennomgang');
    await check(member, 'interest-added');

    // With interests public, she sees the others' too.
    await member.getByRole('heading', { name: 'De andre i rådet' }).waitFor();
    await member.getByRole('heading', { name: 'Anders Nilsen' }).waitFor();

    const link = member.getByRole('link', { name: 'Last ned mine data' });
    expect(await link.getAttribute('href')).toBe('/api/me/data-export');

    // Before a meeting, the member says she may be disqualified in a case.
    await member.getByRole('link', { name: 'HelseOmsorg21-rådet' }).click();
    await member.getByRole('link', { name: 'Møte 5/2026' }).click();
    await member.getByRole('link', { name: 'Habilitet i møte 5/2026' }).click();
    await expect.poll(() => h1(member).textContent()).toBe('Habilitet – møte 5/2026');
    await member.getByText('Du meldte mulig inhabilitet').first().waitFor();
    const plan = member
      .locator('section.conflict-case')
      .filter({ has: member.getByRole('link', { name: 'Møteplan 2027' }) });
    await plan.getByRole('button', { name: /^Meld mulig inhabilitet i sak/ }).click();
    await plan
      .getByLabel('Hva er tilknytningen din til saken?')
      .fill('Jeg leder en av arbeidsgruppene som foreslår møteplanen.');
    await plan.getByRole('button', { name: 'Send meldingen' }).click();
    await announced(member, 'Du har meldt mulig inhabilitet');
    await plan.getByText('Du meldte mulig inhabilitet').waitFor();
    await check(member, 'member-declared');
    await member.context().close();
  }, 120_000);
});

/** The council id from the current page's breadcrumb link. */
async function councilId(p: Page): Promise<string> {
  const href = await p
    .getByRole('navigation', { name: 'Brødsmulesti' })
    .getByRole('link', { name: 'HelseOmsorg21-rådet' })
    .getAttribute('href');
  return href?.split('/').at(-1) ?? '';
}
