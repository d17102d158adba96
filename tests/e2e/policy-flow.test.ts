import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLongDate, osloToday } from '../../core/dates.ts';
import { formatShortDate } from '../../core/uncertain-dates.ts';
import type { TStatement } from '../../server/features/policy/schema.ts';
import { pageTexts } from '../../server/testing/read-documents.ts';
import { apiCall, browserSession } from './browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasWeb = existsSync(path.join(root, 'dist/web/index.html'));

const COUNCIL = 'HelseOmsorg21-rådet';
/** From the demo register: deadlines in 5 and 12 days, and one 10 days ago without input. */
const NEAREST =
  'Høring – endringer i anskaffelsesforskriften om markedsdialog og innovasjonspartnerskap';
const NEXT = 'Høring – gjennomføring av forordningen om et europeisk helsedataområde (EHDS)';
const MISSED =
  'Høring – endringer i forskrift om standarder og nasjonale e-helseløsninger (betaling for 2027)';

const TITLE = 'Nasjonal strategi for persontilpasset medisin 2027–2031';
const REFERENCE = 'Strategi HOD 2027';
const DEADLINE = 'innen 1. november 2027';
const LAUNCH = 'våren 2027';
const ARCHIVE_REASON = 'Strategien er lagt på is av departementet.';
const RESTORE_REASON = 'Departementet har tatt arbeidet opp igjen.';
const SENT = 'Høringssvar om strategi for persontilpasset medisin';
const SUMMARY = 'Rådet mener strategien må gi kommunene en tydelig rolle i forskningen.';
const BODY = 'Persontilpasset medisin angår hele tjenesten, også de kommunale tjenestene.';
const DRAFT = 'Utkast til kronikk om persontilpasset medisin';

/** Whitespace removed: PDF line breaks must not matter. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(!hasWeb)('policy register flow in the browser (run `npx vite build` first)', () => {
  const session = browserSession('policy-flow');
  const { check, login, h1, announced } = session;
  let page: Page;
  const focused = (p: Page) =>
    p.evaluate(() => {
      const el = document.activeElement;
      return `${el?.tagName.toLowerCase()}:${(el?.textContent ?? '').trim()}`;
    });

  const hasFocus = (l: Locator) => l.evaluate((el) => el === document.activeElement);

  beforeAll(async () => {
    await session.start();
    page = await session.newPage();
  });

  afterAll(session.stop);

  it('follows a document from the register to a sent statement, the public pages and the meeting papers', async () => {
    await login(page, session.server.login.email);
    await page.getByRole('link', { name: COUNCIL }).first().click();
    await page.getByRole('link', { name: 'Meldinger og høringer', exact: true }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Meldinger og høringer');

    // The deadlines ahead, nearest first, and the one that passed without the council's input.
    const upcoming = page.getByTestId('upcoming-deadlines').getByRole('listitem');
    await upcoming.first().waitFor();
    expect(await upcoming.count()).toBe(4);
    expect(await upcoming.nth(0).textContent()).toContain(NEAREST);
    expect(await upcoming.nth(0).textContent()).toContain('(frist om 5 dager)');
    expect(await upcoming.nth(1).textContent()).toContain(NEXT);
    expect(await upcoming.nth(1).textContent()).toContain('(frist om 12 dager)');
    const missed = page.getByTestId('missed-deadlines').getByRole('listitem');
    expect(await missed.count()).toBe(1);
    const missedText = (await missed.textContent()) ?? '';
    expect(missedText).toContain(MISSED);
    expect(missedText).toContain('fristen gikk ut for 10 dager siden');
    expect(missedText).toContain('Rådets innspill: ingen');
    expect(missedText).toContain('Fristen er passert uten innspill');
    const register = page.getByTestId('policy-register');
    // The register's section is named by its heading, which says which list it shows.
    const status = page
      .getByRole('region', { name: /^(Registeret|Arkiverte dokumenter)$/ })
      .getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^13 dokumenter/);
    await check(page, 'register');

    // A new document whose deadline cannot be read as a date: refused, the field says why.
    await page.getByRole('button', { name: 'Nytt dokument' }).click();
    const form = page.getByRole('region', { name: 'Nytt dokument i registeret' });
    await expect.poll(() => hasFocus(form.getByLabel('Tittel'))).toBe(true);
    await form.getByLabel('Tittel').fill(TITLE);
    await form.getByLabel('Referanse').fill(REFERENCE);
    await form.getByLabel('Type dokument').selectOption({ label: 'Strategi' });
    await form.getByLabel('Departement').fill('Helse- og omsorgsdepartementet');
    await form.getByLabel('Lansering').fill(LAUNCH);
    const deadline = form.getByLabel('Høringsfrist');
    await deadline.fill('snart');
    const reading = form.locator('[data-testid$="-deadline-reading"]');
    await expect.poll(() => reading.textContent()).toBe('Rådsrom finner ingen dato i teksten.');
    await form.getByRole('button', { name: 'Legg til i registeret' }).click();
    const summary = form.getByRole('heading', { name: 'Dokumentet ble ikke lagret' });
    await summary.waitFor();
    const message = 'Skriv fristen som en dato, for eksempel 22.12.2025';
    const summaryLink = form.getByRole('link', { name: new RegExp(`^${message}`) });
    expect(await summaryLink.count()).toBe(1);
    expect(await deadline.getAttribute('aria-invalid')).toBe('true');
    const described = (await deadline.getAttribute('aria-describedby')) ?? '';
    const fieldMessages = await page.evaluate(
      (ids) => ids.map((i) => document.getElementById(i)?.textContent ?? '').join(' | '),
      described.split(/\s+/).filter(Boolean),
    );
    expect(fieldMessages).toContain(message);
    await check(page, 'new-document-invalid');
    // The summary's link takes the user to the field.
    await summaryLink.click();
    await expect.poll(() => hasFocus(deadline)).toBe(true);
    // Nothing was saved.
    const councils = await apiCall<{ id: string; name: string; shortName: string }[]>(
      page,
      'GET',
      '/api/councils',
    );
    const council = councils.find((c) => c.name === COUNCIL);
    expect(council).toBeDefined();
    const councilId = council?.id ?? '';
    const shortName = council?.shortName ?? '';
    const listed = await apiCall<{ title: string }[]>(
      page,
      'GET',
      `/api/councils/${councilId}/policy-documents`,
    );
    expect(listed.map((d) => d.title)).not.toContain(TITLE);
    expect(await status.textContent()).toMatch(/^13 dokumenter/);

    await deadline.fill(DEADLINE);
    await expect.poll(() => reading.textContent()).toContain('1.11.2027');
    await form.getByRole('button', { name: 'Legg til i registeret' }).click();
    await announced(page, `«${TITLE}» er lagt til i registeret.`);
    const row = register.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    await expect.poll(() => status.textContent()).toMatch(/^14 dokumenter/);
    expect(await row.getByRole('cell').nth(0).textContent()).toBe(LAUNCH);
    expect(await row.getByRole('cell').nth(2).textContent()).toContain(DEADLINE);
    expect(await row.textContent()).toContain(REFERENCE);
    expect(await row.textContent()).not.toContain('Fristen er passert');
    // The new deadline is the farthest ahead.
    await expect.poll(() => upcoming.count()).toBe(5);
    expect(await upcoming.last().textContent()).toContain(TITLE);
    await check(page, 'document-created');

    // The document page; archived with the keyboard only, through the dialog.
    await row.getByRole('link', { name: TITLE }).click();
    await expect.poll(() => h1(page).textContent()).toContain(TITLE);
    const facts = page.getByTestId('policy-facts');
    await expect.poll(() => facts.textContent()).toContain(DEADLINE);
    expect(await facts.textContent()).toContain(LAUNCH);
    expect(await facts.textContent()).toContain('Strategi');
    await check(page, 'document');
    await page.getByRole('button', { name: 'Endre opplysninger' }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('button:Arkiver');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Arkiver dokumentet' }).waitFor();
    const reason = dialog.getByLabel('Hvorfor følges det ikke lenger?');
    // Focus moved into the modal dialog; Tab reaches the reason.
    await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    for (let i = 0; i < 4; i++) {
      if (await hasFocus(reason)) break;
      await page.keyboard.press('Tab');
    }
    await expect.poll(() => hasFocus(reason)).toBe(true);
    await page.keyboard.type(ARCHIVE_REASON);
    await check(page, 'archive-dialog');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('button:Arkiver');
    await page.keyboard.press('Enter');
    await announced(page, 'Dokumentet er arkivert.');
    await expect.poll(() => dialog.count()).toBe(0);
    await page
      .getByText(`Dokumentet er arkivert og følges ikke lenger opp: ${ARCHIVE_REASON}`)
      .waitFor();
    // Focus went back to the button that opened the dialog, now saying what it does next.
    await expect.poll(() => focused(page)).toBe('button:Ta tilbake i registeret');
    await check(page, 'document-archived');

    // Not in the active list; under the archive filter, tagged.
    await page
      .getByRole('navigation', { name: 'Brødsmulesti' })
      .getByRole('link', { name: 'Meldinger og høringer' })
      .click();
    await expect.poll(() => h1(page).textContent()).toBe('Meldinger og høringer');
    await expect.poll(() => status.textContent()).toMatch(/^13 dokumenter/);
    expect(await register.getByRole('row').filter({ hasText: TITLE }).count()).toBe(0);
    expect(await page.getByTestId('upcoming-deadlines').textContent()).not.toContain(TITLE);
    await page.getByLabel('Arkiverte (følges ikke lenger)').check();
    await expect.poll(() => status.textContent()).toMatch(/^3 dokumenter/);
    const archivedRow = register.getByRole('row').filter({ hasText: TITLE });
    await archivedRow.waitFor();
    expect(await archivedRow.textContent()).toContain('Arkivert');
    expect(page.url()).toContain('vis=arkivert');
    await check(page, 'register-archived');

    // Taken back into the register from its page.
    await archivedRow.getByRole('link', { name: TITLE }).click();
    await expect.poll(() => h1(page).textContent()).toContain(TITLE);
    await page.getByRole('button', { name: 'Ta tilbake i registeret' }).click();
    await dialog.getByRole('heading', { name: 'Ta dokumentet tilbake i registeret' }).waitFor();
    await dialog.getByLabel('Hvorfor følges det igjen?').fill(RESTORE_REASON);
    await dialog.getByRole('button', { name: 'Ta tilbake' }).click();
    await announced(page, 'Dokumentet er tatt tilbake.');
    await page.getByRole('button', { name: 'Arkiver', exact: true }).waitFor();
    expect(await page.getByText('Dokumentet er arkivert').count()).toBe(0);

    // A statement for it, written on the document's page.
    await page.getByRole('button', { name: 'Nytt innspill eller høringssvar' }).click();
    const statementForm = page.locator('.card-section').filter({
      has: page.getByRole('heading', { name: 'Nytt innspill eller høringssvar' }),
    });
    await expect.poll(() => hasFocus(statementForm.getByLabel('Tittel'))).toBe(true);
    expect(await statementForm.getByLabel('Type').locator('option:checked').textContent()).toBe(
      'Høringssvar',
    );
    expect(
      await statementForm.getByLabel('Gjelder dokument').locator('option:checked').textContent(),
    ).toBe(`${REFERENCE} ${TITLE}`);
    await statementForm.getByLabel('Tittel').fill(SENT);
    await statementForm.getByLabel('Sammendrag').fill(SUMMARY);
    await statementForm.getByRole('textbox', { name: 'Tekst' }).click();
    await page.keyboard.type(BODY);
    expect(await statementForm.getByTestId('statement-publication').textContent()).toBe(
      'Ikke sendt: innspillet vises bare for rådet.',
    );
    await check(page, 'statement-form');
    await statementForm.getByRole('button', { name: 'Lagre innspillet' }).click();
    await announced(page, `«${SENT}» er lagret.`);
    const statements = page.getByTestId('policy-statements');
    await expect.poll(() => statements.textContent()).toContain('Høringssvar, utkast (ikke sendt)');
    await check(page, 'document-with-statement');

    // Marked as sent, today, on the council's "Rådet mener".
    const today = osloToday();
    await statements.getByRole('link', { name: SENT }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Rådet mener');
    const card = page.getByRole('article', { name: SENT });
    await card.getByRole('button', { name: `Marker som sendt: ${SENT}` }).click();
    const sentDialog = page.getByRole('dialog');
    await sentDialog.getByRole('heading', { name: 'Marker som sendt' }).waitFor();
    expect(await sentDialog.getByLabel('Sendt dato').inputValue()).toBe(today);
    await check(page, 'mark-sent-dialog');
    await sentDialog.getByRole('button', { name: 'Marker som sendt' }).click();
    await announced(page, `«${SENT}» er markert som sendt.`);
    const sentSection = page.getByRole('region', { name: 'Sendt' });
    await expect
      .poll(() => sentSection.getByRole('article', { name: SENT }).textContent())
      .toContain(`Sendt ${formatShortDate(today)}`);
    expect(await card.textContent()).toContain('Publisert som «Rådet mener»');
    expect(await card.getByRole('button', { name: /^Marker som sendt/ }).count()).toBe(0);

    // And a draft, which stays with the council.
    await page.getByRole('button', { name: 'Nytt innspill eller høringssvar' }).click();
    const draftForm = page.getByRole('region', { name: 'Nytt innspill eller høringssvar' });
    await draftForm.getByLabel('Type').selectOption({ label: 'Kronikk' });
    await draftForm.getByLabel('Tittel').fill(DRAFT);
    await draftForm.getByLabel('Sammendrag').fill('Ikke ferdig.');
    await draftForm.getByRole('button', { name: 'Lagre innspillet' }).click();
    await announced(page, `«${DRAFT}» er opprettet.`);
    const drafts = page.getByRole('region', { name: 'Under arbeid' });
    await expect
      .poll(() => drafts.getByRole('article', { name: DRAFT }).textContent())
      .toContain('Utkast, ikke sendt');
    await check(page, 'statements');
    const all = await apiCall<TStatement[]>(page, 'GET', `/api/councils/${councilId}/statements`);
    const draftId = all.find((s) => s.title === DRAFT)?.id ?? '';
    expect(draftId).not.toBe('');

    // Signed out: the public "Rådet mener" lists the sent statement, not the draft.
    const citizen = await session.newPage();
    expect(await citizen.context().cookies()).toEqual([]);
    const publicList = `/public/${encodeURIComponent(shortName)}/radet-mener`;
    await citizen.goto(publicList);
    await expect.poll(() => h1(citizen).textContent()).toBe('Rådet mener');
    const published = citizen.getByTestId('statements').getByRole('listitem');
    await expect.poll(() => published.count()).toBe(5);
    const first = published.first();
    expect(await first.getByRole('heading', { level: 2 }).textContent()).toBe(SENT);
    const firstText = (await first.textContent()) ?? '';
    expect(firstText).toContain(`Høringssvar, sendt ${formatLongDate(today)}`);
    expect(firstText).toContain(`Gjelder ${REFERENCE} ${TITLE}`);
    expect(firstText).toContain(SUMMARY);
    expect(await citizen.getByTestId('statements').textContent()).not.toContain(DRAFT);
    await check(citizen, 'public-statements');
    await first.getByRole('link', { name: SENT }).click();
    await expect.poll(() => h1(citizen).textContent()).toBe(SENT);
    const main = citizen.locator('main');
    await expect.poll(() => main.textContent()).toContain(BODY);
    expect(await main.textContent()).toContain(SUMMARY);
    expect(await main.textContent()).toContain(`Gjelder${REFERENCE} ${TITLE}`);
    await check(citizen, 'public-statement');
    const hidden = await citizen.request.get(`${publicList}/${draftId}`);
    expect(hidden.status()).toBe(404);
    await citizen.context().close();

    // Meeting 5/2026: the overview of documents, attached to its standing case.
    await page.getByRole('link', { name: COUNCIL }).first().click();
    await page.getByRole('link', { name: 'Møte 5/2026' }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Møte 5/2026');
    // The agenda has a case by the same name; the overview is among the meeting's documents.
    await page
      .getByRole('region', { name: 'Dokumenter' })
      .getByRole('link', { name: 'Oversikt meldinger og strategier' })
      .click();
    await expect.poll(() => h1(page).textContent()).toBe('Oversikt meldinger og strategier');
    const overview = page.getByTestId('policy-overview');
    const overviewRow = overview.getByRole('row').filter({ hasText: TITLE });
    await overviewRow.waitFor();
    expect(await overviewRow.textContent()).toContain(LAUNCH);
    expect(await overviewRow.textContent()).toContain(DEADLINE);
    expect(await overview.getByRole('row').filter({ hasText: MISSED }).textContent()).toContain(
      'Fristen er passert uten innspill',
    );
    const caseChoice = page.getByLabel('Sak', { exact: true });
    const chosen = (await caseChoice.locator('option:checked').textContent()) ?? '';
    expect(chosen).toMatch(/^Sak \S+ Oversikt meldinger og strategier$/);
    const caseNumber = chosen.split(' ')[1] ?? '';
    await check(page, 'overview');
    await page.getByRole('button', { name: 'Legg ved saken' }).click();
    await announced(page, `Oversikten er lagt ved sak ${caseNumber} som PDF og Word.`);
    const attached = page.getByText(`Oversikten er lagt ved sak ${caseNumber} (PDF og Word).`);
    await attached.waitFor();
    await check(page, 'overview-attached');

    // The case paper lists both files; the PDF carries the new document.
    await attached.getByRole('link', { name: `sak ${caseNumber}`, exact: true }).click();
    await expect.poll(() => h1(page).textContent()).toContain('Oversikt meldinger og strategier');
    const attachments = page.getByRole('region', { name: 'Vedlegg' });
    const pdfLink = attachments.getByRole('link', {
      name: 'Oversikt meldinger og strategier, møte 5/2026',
      exact: true,
    });
    await pdfLink.waitFor();
    await attachments
      .getByRole('link', { name: 'Oversikt meldinger og strategier, møte 5/2026 (Word)' })
      .waitFor();
    const fileNames = (await attachments.textContent()) ?? '';
    expect(fileNames).toContain('Oversikt meldinger og strategier, møte 5-2026.pdf');
    expect(fileNames).toContain('Oversikt meldinger og strategier, møte 5-2026.docx');
    await check(page, 'case-with-overview');
    const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
    const pdf = new Uint8Array(readFileSync(await download.path()));
    expect(String.fromCharCode(...pdf.slice(0, 5))).toBe('%PDF-');
    const text = squeeze((await pageTexts(pdf)).join(' '));
    expect(text).toContain(squeeze(TITLE));
    expect(text).toContain(squeeze(DEADLINE));
  });
});
