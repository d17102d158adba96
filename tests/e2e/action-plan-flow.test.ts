import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTexts } from '../../server/testing/read-documents.ts';
import { browserSession } from './browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasWeb = existsSync(path.join(root, 'dist/web/index.html'));

const AREA = 'Teknologi og digitalisering';
const CASE = 'Teknologi og digitalisering: status og veien videre';
const ACTIVITY = 'Innspill til HOD om tilgang til helsedata for kommunal forskning';
const GOAL = 'Helsedata skal kunne brukes trygt og raskt til forskning og innovasjon.';
const STAKEHOLDER = 'Kommunenes strategiske forskningsorgan';
const RESULT = 'HOD svarte 1.12.2026 at saken tas med i arbeidet med EHDS.';

/** Whitespace removed: PDF line breaks must not matter. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(!hasWeb)('action plan flow in the browser (run `npx vite build` first)', () => {
  const session = browserSession('plan');
  const { check, login, h1, announced } = session;
  let page: Page;
  const area = (p: Page) => p.getByRole('region', { name: AREA, exact: true });

  beforeAll(async () => {
    await session.start();
    page = await session.newPage();
  });

  afterAll(session.stop);

  it('plans an activity, links a case to it, finishes it and attaches the status overview', async () => {
    await login(page, session.server.login.email);
    await page.getByRole('link', { name: 'HelseOmsorg21-rådet' }).first().click();
    await page.getByRole('link', { name: 'Handlingsplan', exact: true }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Rådets handlingsplan 2026–2027');
    await area(page).getByTestId('activities').waitFor();
    await check(page, 'council-plan');
    // The list of areas jumps to an area and moves focus there.
    await page
      .getByRole('navigation', { name: 'Hovedområder' })
      .getByRole('link', { name: AREA })
      .click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
      .toMatch(/^area-[0-9a-f-]+$/);

    // A new activity in one of the five areas.
    await area(page)
      .getByRole('button', { name: `Ny aktivitet i ${AREA}` })
      .click();
    const form = area(page).getByRole('region', { name: `Ny aktivitet i ${AREA}` });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toMatch(/description$/);
    // Without a description the server says what is missing, next to the field.
    await form.getByRole('button', { name: 'Opprett aktivitet' }).click();
    await form.getByText('Aktiviteten ble ikke lagret').waitFor();
    await check(page, 'new-activity-invalid');
    await form.getByLabel('Aktivitet', { exact: true }).fill(ACTIVITY);
    await form.getByLabel('Type').selectOption({ label: 'Innspill' });
    await form.getByLabel('Ansvarlig').fill('Sekretariatet (Nora Bakke)');
    await form.getByLabel('Fra dato').fill('2026-11-02');
    await form.getByLabel('Til dato').fill('2026-12-01');
    await form.getByLabel('Kommentarer').fill('Forankres i rådet på møte 5/2026.');
    await check(page, 'new-activity-form');
    await form.getByRole('button', { name: 'Opprett aktivitet' }).click();
    await announced(page, `Aktiviteten «${ACTIVITY}» er opprettet.`);
    const row = area(page).getByRole('row').filter({ hasText: ACTIVITY });
    await expect.poll(() => row.getByTestId('work-status').textContent()).toBe('Planlagt');
    await check(page, 'activity-created');

    // The government's plan is one click away, and the secretariat records a measure's status.
    await page.getByRole('link', { name: /^Regjeringens handlingsplan/ }).click();
    await expect
      .poll(() => h1(page).textContent())
      .toBe('Regjeringens handlingsplan for oppfølging av HelseOmsorg21-strategien');
    const strategic = page.getByRole('region', { name: '1. Mer brukermedvirkning' });
    await strategic
      .getByRole('button', { name: /^Endre tiltaket/ })
      .first()
      .click();
    await strategic.getByLabel('Status').selectOption({ label: 'Pågår' });
    await strategic.getByLabel('Dokumentasjon').fill('Tildelingsbrev til Forskningsrådet 2026.');
    await strategic.getByRole('button', { name: 'Lagre tiltaket' }).click();
    await announced(page, 'Tiltaket er lagret med status Pågår.');
    await strategic.getByText('Tildelingsbrev til Forskningsrådet 2026.').waitFor();
    await check(page, 'government-plan');

    // Meeting 5/2026 (planned): its case on technology is linked to the new activity.
    await page.getByRole('link', { name: 'HelseOmsorg21-rådet' }).click();
    await page.getByRole('link', { name: 'Møte 5/2026' }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Møte 5/2026');
    await page.getByRole('link', { name: CASE }).click();
    await expect.poll(() => h1(page).textContent()).toContain(CASE);
    const panel = page.getByTestId('case-plan-links');
    await panel.getByRole('link', { name: AREA }).waitFor();
    await panel.getByRole('button', { name: 'Koble saken til handlingsplanen' }).click();
    await panel.getByLabel('Hovedområde').selectOption({ label: AREA });
    await panel.getByLabel('Aktivitet').selectOption({ label: ACTIVITY });
    await check(page, 'case-link-form');
    await panel.getByRole('button', { name: 'Koble saken' }).click();
    await announced(page, `Saken er koblet til «${AREA}: ${ACTIVITY}».`);
    await panel.getByText(`aktivitet: ${ACTIVITY}`).waitFor();
    await check(page, 'case-linked');

    // The area's page: the linked cases, and goals changed from a decision.
    await panel.getByRole('link', { name: AREA }).first().click();
    await expect.poll(() => h1(page).textContent()).toBe(AREA);
    await page.getByTestId('area-cases').getByRole('cell', { name: ACTIVITY }).waitFor();
    await check(page, 'area');
    await page.getByRole('button', { name: 'Endre målene' }).click();
    const fromCase = page.getByLabel('Endret etter vedtaket i sak');
    const option = fromCase.locator('option', { hasText: CASE });
    await fromCase.selectOption((await option.getAttribute('value')) ?? '');
    await page.getByLabel('Overordnet mål').fill(GOAL);
    await page.getByRole('button', { name: 'Lagre målene' }).click();
    await announced(page, 'Målene er endret etter vedtaket i sak');
    await page.getByTestId('goal-changes').getByText(GOAL).waitFor();
    await check(page, 'area-goals-changed');

    // The qualification form and the reference group.
    await page.getByRole('button', { name: 'Endre kvalifiseringsskjemaet' }).click();
    await page.getByRole('button', { name: 'Legg til interessent' }).click();
    await page
      .getByLabel(/^Aktør \d+$/)
      .last()
      .fill(STAKEHOLDER);
    await page
      .getByLabel(/^Rolle \d+$/)
      .last()
      .fill('Forvalter helsedata i kommunene');
    await check(page, 'qualification-editor');
    await page.getByRole('button', { name: 'Lagre kvalifiseringsskjemaet' }).click();
    await announced(page, 'Kvalifiseringsskjemaet er lagret.');
    await page.getByTestId('stakeholders').getByRole('rowheader', { name: STAKEHOLDER }).waitFor();
    await page.getByRole('button', { name: 'Endre referansegruppen' }).click();
    await page.getByRole('button', { name: 'Legg til medlem' }).click();
    await page
      .getByLabel(/^Navn \d+$/)
      .last()
      .fill('Siri Lunde');
    await page
      .getByLabel(/^Organisasjon \d+$/)
      .last()
      .fill('KS');
    await page.getByRole('button', { name: 'Lagre referansegruppen' }).click();
    await announced(page, 'Referansegruppen er lagret.');
    await page.getByTestId('reference-group').getByText('Siri Lunde').waitFor();
    await check(page, 'area-edited');

    // The activity gets a result, and then it is done.
    await page.getByRole('link', { name: 'Rådets handlingsplan 2026–2027' }).first().click();
    await area(page).getByTestId('activities').waitFor();
    await area(page)
      .getByRole('button', { name: `Endre aktiviteten «${ACTIVITY}»` })
      .click();
    const edit = area(page).getByRole('region', { name: 'Endre aktivitet' });
    await edit.getByLabel('Resultater').fill(RESULT);
    await edit.getByRole('button', { name: 'Slett aktiviteten' }).click();
    await page.getByRole('dialog').getByRole('heading', { name: 'Slette aktiviteten?' }).waitFor();
    await check(page, 'delete-dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();
    await check(page, 'activity-edit-form');
    await edit.getByRole('button', { name: 'Lagre aktiviteten' }).click();
    await announced(page, `Aktiviteten «${ACTIVITY}» er lagret.`);
    await row.getByText(RESULT).waitFor();
    await area(page).getByLabel(`Ny status for «${ACTIVITY}»`).selectOption('done');
    await area(page)
      .getByRole('button', { name: `Endre status for «${ACTIVITY}»` })
      .click();
    await announced(page, `«${ACTIVITY}» har nå status Gjennomført.`);
    await expect.poll(() => row.getByTestId('work-status').textContent()).toBe('Gjennomført');
    await check(page, 'activity-done');

    // The meeting's status overview, attached to the default case and downloaded.
    await page.getByRole('link', { name: 'HelseOmsorg21-rådet' }).click();
    await page.getByRole('link', { name: 'Møte 5/2026' }).click();
    await page.getByRole('link', { name: 'Status for handlingsplanen' }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Status for handlingsplanen, møte 5/2026');
    const overview = page.getByTestId('plan-status');
    // The kind is not put in front of a description that already starts with it.
    await overview.getByRole('cell', { name: new RegExp(`^${ACTIVITY}`) }).waitFor();
    const selected = page.getByLabel('Sak', { exact: true });
    await expect
      .poll(async () => (await selected.locator('option:checked').textContent()) ?? '')
      .toMatch(/Orienteringer|handlingsplan/i);
    await check(page, 'plan-status');
    await page.getByRole('button', { name: 'Legg ved saken' }).click();
    await announced(page, 'Statusoversikten er lagt ved sak');
    await check(page, 'plan-status-attached');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Last ned statusoversikten som PDF' }).click(),
    ]);
    const pdf = new Uint8Array(readFileSync(await download.path()));
    expect(String.fromCharCode(...pdf.slice(0, 5))).toBe('%PDF-');
    const text = squeeze((await pageTexts(pdf)).join(' '));
    expect(text).toContain(squeeze(ACTIVITY));
    expect(text).toContain('Gjennomført');
    expect(text).toContain(squeeze(RESULT));

    // The attached files are on the case paper.
    await page.getByRole('link', { name: /^Se vedleggene i sak/ }).click();
    await page
      .getByRole('heading', { name: 'Vedlegg' })
      .or(page.locator('#attachments-heading'))
      .first()
      .waitFor();
    await page.getByText('Status for handlingsplanen, møte 5/2026 (Word)').first().waitFor();
    await check(page, 'case-with-overview');
  });

  it('shows the plan to a member without the secretariat’s controls', async () => {
    const member = await session.newPage();
    await login(member, 'medlem@radsrom.no');
    await member.getByRole('link', { name: 'HelseOmsorg21-rådet' }).first().click();
    await member.getByRole('link', { name: 'Handlingsplan', exact: true }).click();
    await expect.poll(() => h1(member).textContent()).toBe('Rådets handlingsplan 2026–2027');
    await area(member).getByTestId('activities').waitFor();
    expect(await member.getByRole('button', { name: /^Ny aktivitet/ }).count()).toBe(0);
    await check(member, 'member-plan');
    await member.context().close();
  });
});
