import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TImport } from '../../server/features/imports/schema.ts';
import { browserSession } from './browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasWeb = existsSync(path.join(root, 'dist/web/index.html'));
const FIXTURES = path.join(root, 'server/features/imports/fixtures');
const CASE_PAPERS = 'case-papers-2-2019.txt';
const MINUTES = 'minutes-1-2019.txt';
/** Minutes with a case number whose year does not fit its meeting, and no decision in it. */
const NOTES = `Referat Møte 5/2018
Dato Tirsdag 4. desember 2018, kl. 09:00 – 11:00
Sted Oslo

Tilstede: Kari Leder (leder), Universitetet i Bergen

Sak 20/5/2018 Godkjenning av innkalling og saksliste
Vedtak: Godkjent.

Sak 21/5/2017 Eventuelt
Ingen saker under eventuelt.
`;

describe.skipIf(!hasWeb)(
  'importing archive papers in the browser (run `npx vite build` first)',
  () => {
    const session = browserSession('import', {
      // The review's action bar is sticky: at the bottom it sits in its place in the picture.
      scrollToBottom: true,
      acceptDownloads: false,
    });
    const { check, login, h1, announced, problems } = session;
    let page: Page;

    beforeAll(async () => {
      await session.start();
      page = await session.newPage();
    });

    afterAll(session.stop);

    it('uploads, corrects and imports meeting papers and minutes', async () => {
      await login(page, session.server.login.email);
      await page.getByRole('link', { name: 'HelseOmsorg21-rådet' }).first().click();
      await page.getByRole('link', { name: 'Importer møtepapirer' }).click();
      await expect.poll(() => h1(page).textContent()).toBe('Importer møtepapirer');
      await page.getByText('Ingen filer er lastet opp ennå.').waitFor();
      const councilId = await councilIdFromCrumbs(page);
      await check(page, 'upload-empty');

      // Nothing chosen: the form says so and points at the file field.
      await page.getByRole('button', { name: 'Last opp og les filene' }).click();
      await page.getByRole('link', { name: 'Velg minst én fil å laste opp.' }).waitFor();

      // Both files at once: each is read and staged on its own.
      await page
        .getByLabel('Filer med saksframlegg eller referater')
        .setInputFiles([path.join(FIXTURES, CASE_PAPERS), path.join(FIXTURES, MINUTES)]);
      await page.getByRole('button', { name: 'Last opp og les filene' }).click();
      await announced(page, '2 filer er lest.');
      const outcome = page.getByTestId('upload-outcome');
      const papersCard = outcome.getByRole('listitem').filter({ hasText: CASE_PAPERS });
      const minutesCard = outcome.getByRole('listitem').filter({ hasText: MINUTES });
      expect(await papersCard.textContent()).toContain('Fant 1 møte, 2 saker og 0 advarsler.');
      expect(await papersCard.textContent()).toContain('2 ting må rettes før import');
      expect(await minutesCard.textContent()).toContain('Fant 1 møte, 2 saker');
      expect(await minutesCard.textContent()).toContain('Klar til import');
      const table = page.getByTestId('imports');
      await expect.poll(() => table.getByRole('row').count()).toBe(3);
      expect(await table.textContent()).toContain('Til gjennomgang');
      await check(page, 'uploaded');

      // Nothing is written before confirmation.
      expect(await decisionsIn(page, councilId, 2019)).toEqual([]);

      // The case papers have no date or time: the review says what must be fixed.
      await papersCard.getByRole('link', { name: /^Gjennomgå/ }).click();
      await expect.poll(() => h1(page).textContent()).toBe(`Gjennomgå import – ${CASE_PAPERS}`);
      const problemBox = page.getByTestId('import-problems');
      await problemBox.getByRole('heading', { name: 'Må rettes før lagring (2)' }).waitFor();
      expect(await problemBox.getByRole('listitem').allTextContents()).toEqual([
        'Møte 2/2019: skriv inn møtedatoen (ÅÅÅÅ-MM-DD).',
        'Møte 2/2019: skriv inn starttiden (TT:MM).',
      ]);
      await page.getByRole('heading', { name: 'Møte 2/2019 – saksframlegg', level: 2 }).waitFor();
      const importButton = page.getByRole('button', { name: 'Importer', exact: true });
      expect(await importButton.getAttribute('aria-disabled')).toBe('true');
      expect(await page.getByTestId('import-actions').textContent()).toContain(
        'Du kan ikke importere før 2 feil',
      );
      const cases = page.getByTestId('import-case');
      await expect.poll(() => cases.count()).toBe(2);
      const second = cases.nth(1);
      expect(await second.getByLabel('Tittel', { exact: false }).inputValue()).toBe(
        'Innspill til nasjonal strategi for helsedata',
      );
      expect(await second.getByRole('checkbox', { name: 'Diskusjonssak' }).isChecked()).toBe(true);
      expect(await second.getByRole('checkbox', { name: 'Vedtakssak' }).isChecked()).toBe(true);
      expect(await second.getByRole('checkbox', { name: 'Orienteringssak' }).isChecked()).toBe(
        false,
      );
      expect(await second.getByLabel('Tidligere behandlet', { exact: false }).inputValue()).toBe(
        '2/1/2019',
      );
      // The long texts are folded away, with a preview.
      const proposal = second.locator('summary').filter({ hasText: 'Forslag til vedtak' });
      expect(await proposal.textContent()).toContain('Rådet vedtar innspillet.');
      await proposal.click();
      expect(await second.getByLabel('Forslag til vedtak', { exact: false }).inputValue()).toBe(
        'Rådet vedtar innspillet.',
      );
      await check(page, 'review-problems');

      // A problem links to its field.
      await problemBox.getByRole('link', { name: /møtedatoen/ }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('import-m0-date');
      await page.keyboard.type('2019-04-24');
      await page.getByLabel('Start, møte 2/2019').fill('10:00');
      await page.getByLabel('Slutt, møte 2/2019').fill('12:30');
      await page.getByLabel('Sted, møte 2/2019').fill('Forskningsrådet, Lysaker');
      await page.getByRole('heading', { name: 'Du har rettelser som ikke er lagret' }).waitFor();
      await page.getByRole('button', { name: 'Lagre rettelser' }).click();
      await announced(page, 'Rettelsene er lagret. Importen er klar.');
      await problemBox.waitFor({ state: 'detached' });
      expect(await importButton.getAttribute('aria-disabled')).toBeNull();
      await check(page, 'review-fixed');

      await importButton.click();
      await announced(page, `«${CASE_PAPERS}» er importert.`);
      const imported = page.getByTestId('imported');
      await imported.getByRole('heading', { name: 'Importert' }).waitFor();
      await imported.getByRole('link', { name: 'Møte 2/2019' }).waitFor();
      await check(page, 'papers-imported');

      // The minutes: attendance by block and decisions.
      await page.getByRole('link', { name: 'Importer møtepapirer' }).click();
      await page.getByTestId('imports').getByRole('link', { name: MINUTES }).click();
      await expect.poll(() => h1(page).textContent()).toBe(`Gjennomgå import – ${MINUTES}`);
      await page.getByRole('heading', { name: 'Møte 1/2019 – referat', level: 2 }).waitFor();
      const present = page.getByRole('table', { name: 'Til stede i møte 1/2019' });
      expect(await present.getByRole('textbox', { name: /^Navn/ }).first().inputValue()).toBe(
        'Kari Leder',
      );
      expect(await present.getByLabel('Merknad for Per Medlem').inputValue()).toBe('til 12.00');
      const absent = page.getByRole('table', { name: 'Forfall i møte 1/2019' });
      expect(await absent.getByLabel('Organisasjon for Anne Borte').inputValue()).toBe('KS');
      const decision = page
        .getByTestId('import-case')
        .first()
        .locator('summary')
        .filter({ hasText: 'Vedtak' });
      expect(await decision.textContent()).toContain('Innkalling og saksliste godkjennes.');
      expect(await page.getByTestId('import-problems').count()).toBe(0);
      await check(page, 'review-minutes');

      // Someone else saves meanwhile: the edit is kept and can still be saved.
      await present.getByLabel('Merknad for Per Medlem').fill('til 12.00, digitalt');
      const id = page.url().split('/').at(-1) ?? '';
      await page.evaluate(async (importId) => {
        const current = (await (await fetch(`/api/imports/${importId}`)).json()) as TImport;
        await fetch(`/api/imports/${importId}`, {
          method: 'PUT',
          headers: {
            'Content-Type': 'application/json',
            // The write token the app itself sends (see web/api.ts).
            'X-CSRF-Token': /radsrom_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '',
          },
          body: JSON.stringify({ result: current.result, version: current.version }),
        });
      }, id);
      await page.getByRole('button', { name: 'Lagre rettelser' }).click();
      const actions = page.getByTestId('import-actions');
      await actions.getByText('Noen andre har endret importen').waitFor();
      expect(await present.getByLabel('Merknad for Per Medlem').inputValue()).toBe(
        'til 12.00, digitalt',
      );
      await check(page, 'review-conflict');
      await actions.getByRole('button', { name: 'Lagre mine rettelser likevel' }).click();
      await announced(page, 'Rettelsene dine er lagret over den andre versjonen.');

      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      await announced(page, `«${MINUTES}» er importert.`);
      await page.getByTestId('imported').getByRole('link', { name: 'Møte 1/2019' }).waitFor();

      // The decisions are in the register.
      await page.getByTestId('imported').getByRole('link', { name: 'Vedtaksregisteret' }).click();
      await expect.poll(() => h1(page).textContent()).toBe('Vedtaksregister');
      await page.getByText('Rådet ber sekretariatet arbeide videre med innspillet.').waitFor();
      const row = page.getByRole('row').filter({ hasText: '1/1/2019' });
      await expect.poll(() => row.textContent()).toContain('Innkalling og saksliste godkjennes.');
      await check(page, 'decisions');
      const register = await decisionsIn(page, councilId, 2019);
      expect(register.map((d) => d.caseNumber)).toEqual(['1/1/2019', '2/1/2019']);

      // The same file again is recognised and not imported twice.
      await page.goto(`/councils/${councilId}/imports`);
      await expect.poll(() => h1(page).textContent()).toBe('Importer møtepapirer');
      await page
        .getByLabel('Filer med saksframlegg eller referater')
        .setInputFiles(path.join(FIXTURES, MINUTES));
      await page.getByRole('button', { name: 'Last opp og les filene' }).click();
      await announced(page, '1 fil kunne ikke leses.');
      const again = page.getByTestId('upload-outcome');
      await again.getByRole('heading', { name: 'Én fil ble ikke importert' }).waitFor();
      expect(await again.textContent()).toMatch(/minutes-1-2019\.txt.*er allerede importert/);
      const rows = page.getByTestId('imports').getByRole('row');
      await expect.poll(() => rows.count()).toBe(3);
      expect(await rows.nth(1).textContent()).toContain('Importert');
      expect(await rows.nth(2).textContent()).toContain('Importert');
      await check(page, 'already-imported');

      // A file with unclear places: warnings point at the line; the import is discarded.
      const notes = path.join(
        mkdtempSync(path.join(tmpdir(), 'import-e2e-')),
        'notater-5-2018.txt',
      );
      writeFileSync(notes, NOTES);
      await page.getByLabel('Filer med saksframlegg eller referater').setInputFiles(notes);
      await page.getByRole('button', { name: 'Last opp og les filene' }).click();
      await announced(page, '1 fil er lest.');
      await page
        .getByTestId('upload-outcome')
        .getByRole('link', { name: /^Gjennomgå/ })
        .click();
      await expect.poll(() => h1(page).textContent()).toBe('Gjennomgå import – notater-5-2018.txt');
      const warnings = page.getByTestId('import-warnings');
      const warningRows = warnings.getByRole('row');
      await expect.poll(() => warningRows.count()).toBeGreaterThan(1);
      expect(await warningRows.nth(1).textContent()).toMatch(/^linje 10/);
      expect(await warnings.textContent()).toContain('året er rettet');
      const fixed = page.getByTestId('import-case').nth(1);
      expect(await fixed.getByLabel('Saksnummer', { exact: false }).inputValue()).toBe('21/5/2018');
      await fixed.getByText('Som skrevet i filen: «Sak 21/5/2017»').waitFor();
      await check(page, 'review-warnings');
      // A warning about a case leads to it.
      await warnings.getByRole('link', { name: 'Sak 21/5/2018' }).first().click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('import-m0-c1-heading');
      await page.getByRole('button', { name: 'Forkast importen' }).click();
      await page.getByRole('dialog').getByText('Ingenting fra «notater-5-2018.txt»').waitFor();
      await check(page, 'discard-dialog');
      await page.getByRole('button', { name: 'Ja, forkast importen' }).click();
      await expect.poll(() => h1(page).textContent()).toBe('Importer møtepapirer');
      await announced(page, 'er forkastet');
      await expect.poll(() => page.getByTestId('imports').getByRole('row').count()).toBe(3);
      expect(problems).toEqual([]);
    }, 120_000);
  },
);

async function decisionsIn(page: Page, councilId: string, year: number) {
  return (await page.evaluate(
    ([id, y]) => fetch(`/api/councils/${id}/decisions?year=${y}`).then((r) => r.json()),
    [councilId, String(year)] as const,
  )) as { caseNumber: string }[];
}

/** The council id from the current page's breadcrumb link. */
async function councilIdFromCrumbs(p: Page): Promise<string> {
  const href = await p
    .getByRole('navigation', { name: 'Brødsmulesti' })
    .getByRole('link', { name: 'HelseOmsorg21-rådet' })
    .getAttribute('href');
  return href?.split('/').at(-1) ?? '';
}
