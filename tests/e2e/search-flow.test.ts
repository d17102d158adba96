import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMeResponse } from '../../server/auth/schema.ts';
import type { TCase } from '../../server/features/cases/schema.ts';
import type { TFollowUp } from '../../server/features/follow-ups/schema.ts';
import type { TMeeting } from '../../server/features/meetings/schema.ts';
import type { TMinutes } from '../../server/features/minutes/schema.ts';
import { apiCall, browserSession } from './browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasWeb = existsSync(path.join(root, 'dist/web/index.html'));

/** Words the demo text does not have, so the hits are the ones written here. */
const WORD = 'kvantedatamaskiner';
const CASE_TITLE = 'Kvanteteknologi i helsetjenesten';
const BACKGROUND = `<p>${'Sekretariatet har samlet kunnskap om ny teknologi i helsetjenesten. '.repeat(
  8,
)}Flere sykehus vurderer om ${WORD} kan korte ned beregninger i persontilpasset medisin.</p>`;
const FOLLOW_UP = `Kartlegge hvilke sykehus som prøver ut ${WORD}`;
const DRAFT_WORD = 'fotonikklaboratoriet';
const DISCUSSION = `<p>Rådet drøftet et besøk i ${DRAFT_WORD} ved universitetet.</p>`;

describe.skipIf(!hasWeb)('archive search in the browser (run `npx vite build` first)', () => {
  const session = browserSession('search');
  const { check, login, h1, announced } = session;
  let page: Page;
  let member: Page;
  let created: TCase;

  const hits = (p: Page) => p.getByTestId('search-hits').locator('article');
  const resultsHeading = (p: Page) => p.locator('#results-heading');

  beforeAll(async () => {
    await session.start();
    page = await session.newPage();
    member = await session.newPage();
  });

  afterAll(session.stop);

  it('finds text from the header box, filters it, and opens the hit where the words are', async () => {
    await login(page, session.server.login.email);

    // A case paper with the word in "Bakgrunn", and a follow-up item that names it.
    const me = await apiCall<TMeResponse>(page, 'GET', '/api/auth/me');
    const council = me.councils.find((c) => c.name === 'HelseOmsorg21-rådet') ?? me.councils[0];
    if (!council) throw new Error('no council');
    const meetings = await apiCall<TMeeting[]>(page, 'GET', `/api/councils/${council.id}/meetings`);
    const planned = meetings.find((m) => m.number === '5/2026');
    if (!planned) throw new Error('meeting 5/2026 missing from the demo');
    created = await apiCall<TCase>(page, 'POST', `/api/meetings/${planned.id}/cases`, {
      title: CASE_TITLE,
      caseTypes: ['discussion'],
      background: BACKGROUND,
    });
    await apiCall<TFollowUp>(page, 'POST', `/api/councils/${council.id}/follow-ups`, {
      caseId: created.id,
      title: FOLLOW_UP,
      owner: 'Sekretariatet',
    });

    // The header search box, submitted with Enter.
    const box = page.getByRole('search').getByRole('searchbox', { name: 'Søk i arkivet' });
    await box.fill(WORD);
    await box.press('Enter');
    await expect.poll(() => h1(page).textContent()).toBe('Søk i arkivet');
    expect(new URL(page.url()).searchParams.get('q')).toBe(WORD);
    await expect.poll(() => hits(page).count()).toBe(2);
    await announced(page, '2 treff');
    await expect.poll(() => resultsHeading(page).textContent()).toContain('2 treff');

    // The snippet marks the word; the case hit says where it was found.
    const caseHit = hits(page).filter({ has: page.getByRole('link', { name: CASE_TITLE }) });
    await expect
      .poll(() => caseHit.getByTestId('search-snippet').locator('mark').allTextContents())
      .toContainEqual(expect.stringMatching(new RegExp(WORD, 'i')));
    expect(await caseHit.textContent()).toContain('Funnet i: Bakgrunn');
    expect(await caseHit.textContent()).toContain('Saksframlegg');
    expect(await caseHit.textContent()).toContain('Møte 5/2026');
    await check(page, 'results');

    // Filter by document type: only the case paper is left, and the URL says so.
    const kind = page.getByLabel('Dokumenttype');
    expect(await kind.locator('option').allTextContents()).toContain('Saksframlegg (1)');
    await kind.focus();
    await kind.selectOption('case');
    await expect.poll(() => resultsHeading(page).textContent()).toContain('1 treff');
    await expect.poll(() => hits(page).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('case');
    await announced(page, '1 treff');
    // Focus stays on the filter that was used.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await page.getByRole('button', { name: 'Fjern filteret Dokumenttype: Saksframlegg' }).waitFor();
    await check(page, 'filtered');

    // Back restores the unfiltered result; forward the filtered one.
    await page.goBack();
    await expect.poll(() => resultsHeading(page).textContent()).toContain('2 treff');
    await page.goForward();
    await expect.poll(() => resultsHeading(page).textContent()).toContain('1 treff');

    // The hit opens the case at "Bakgrunn", with focus there.
    await hits(page).getByRole('link', { name: CASE_TITLE }).click();
    await expect.poll(() => page.url()).toContain(`/cases/${created.id}#section-background`);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('section-background');
    expect(await inView(page, 'section-background')).toBe(true);
    expect(
      await page.locator('#section-background').getAttribute('data-hash-target'),
    ).not.toBeNull();
    await page.screenshot({ path: '/tmp/shots/search-02b-case-at-background.png' });

    // "Unntatt offentlighet": the basis is written in the editor and shown on the case.
    await page.getByLabel('Unntatt offentlighet (hjemmel)').fill('offl. § 14');
    await page.getByRole('button', { name: 'Lagre saksframlegget' }).click();
    await announced(page, 'Saksframlegget er lagret.');
    await page.getByText('Unntatt offentlighet: offl. § 14').waitFor();
    await check(page, 'case-exempt');

    // The follow-up hit opens the follow-up list at its row.
    await page.goBack();
    await page.getByRole('button', { name: 'Fjern filteret Dokumenttype: Saksframlegg' }).click();
    await expect.poll(() => hits(page).count()).toBe(2);
    await hits(page).getByRole('link', { name: FOLLOW_UP }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Oppfølgingspunkter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
      .toMatch(/^follow-up-/);

    // The subject through the years.
    await page.goBack();
    await page.getByRole('link', { name: 'Vis som tidslinje' }).click();
    await expect.poll(() => h1(page).textContent()).toBe(`«${WORD}» gjennom årene`);
    const timeline = page.getByTestId('timeline');
    await timeline.getByRole('heading', { level: 2, name: /2026/ }).waitFor();
    const item = timeline.locator('article').filter({ hasText: CASE_TITLE });
    await expect.poll(() => item.textContent()).toContain('Møte 5/2026');
    expect(await item.textContent()).toMatch(/Funnet i: .*Saksframlegg/);
    await announced(page, '1 sak');
    await check(page, 'topic');

    // A subject nothing is about: the page says so and suggests fewer words.
    const topic = page.getByRole('searchbox', { name: 'Tema' });
    await topic.fill(`${WORD} sjiraffpasser`);
    await topic.press('Enter');
    await page.getByTestId('timeline-empty').waitFor();
  });

  it('keeps draft minutes from members, and opens a minutes hit at its case', async () => {
    // Meeting 5/2026 is held; the draft minutes get a discussion with a word of their own.
    const meetings = await apiCall<TMeeting[]>(
      page,
      'GET',
      `/api/councils/${created.councilId}/meetings`,
    );
    const meeting = meetings.find((m) => m.id === created.meetingId);
    if (!meeting) throw new Error('meeting missing');
    let version = meeting.version;
    for (const status of ['notice_sent', 'held']) {
      const moved = await apiCall<TMeeting>(page, 'POST', `/api/meetings/${meeting.id}/status`, {
        status,
        version,
      });
      version = moved.version;
    }
    const minutes = await apiCall<TMinutes>(page, 'GET', `/api/meetings/${meeting.id}/minutes`);
    expect(minutes.status).toBe('draft');
    await apiCall<TMinutes>(page, 'PUT', `/api/minutes/${minutes.id}/cases/${created.id}`, {
      discussion: DISCUSSION,
      decision: '',
      version: minutes.version,
    });

    // The secretariat finds the draft text and lands on the case's block in the minutes.
    await page.goto(`/search?q=${DRAFT_WORD}`);
    await expect.poll(() => hits(page).count()).toBe(1);
    expect(await hits(page).first().textContent()).toContain('Referat');
    await hits(page).getByRole('link').first().click();
    await expect.poll(() => h1(page).textContent()).toBe('Referat fra møte 5/2026');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(`case-${created.id}`);
    expect(await inView(page, `case-${created.id}`)).toBe(true);
    await page.screenshot({ path: '/tmp/shots/search-04b-minutes-at-case.png' });

    // A member does not; the page says there is nothing and what to try.
    await login(member, 'medlem@radsrom.no');
    await member.goto(`/search?q=${DRAFT_WORD}`);
    await member.getByTestId('search-empty').waitFor();
    await expect.poll(() => resultsHeading(member).textContent()).toContain('Ingen treff');
    await check(member, 'member-no-draft');

    // The published case paper is found, and opens in the read view at "Bakgrunn".
    await member.goto(`/search?q=${WORD}&kind=case`);
    await expect.poll(() => hits(member).count()).toBe(1);
    await hits(member).getByRole('link', { name: CASE_TITLE }).click();
    await expect
      .poll(() => member.evaluate(() => document.activeElement?.id))
      .toBe('section-background');
    expect(await inView(member, 'section-background')).toBe(true);
    await check(member, 'member-case-at-background');
  });
});

/** Whether the element's top is inside the window. */
function inView(p: Page, id: string) {
  return p.evaluate((target) => {
    const rect = document.getElementById(target)?.getBoundingClientRect();
    return Boolean(rect && rect.top >= 0 && rect.top < window.innerHeight);
  }, id);
}
