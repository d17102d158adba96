import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DATASETS, DEMO_INDICATORS } from '../../server/seed/demo-monitor-data.ts';
import { browserSession } from './browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasWeb = existsSync(path.join(root, 'dist/web/index.html'));

/** For a step that waits on the server (a file read, a save, a redraw): the machine may be busy. */
const ROUND_TRIP = { timeout: 15_000 };

const COUNCIL = 'HelseOmsorg21-rådet';
const FILE_NAME = 'fou-sektorer.csv';
/** A small tidy table as Norwegian Excel saves it: semicolons, decimal commas. */
const CSV = [
  'Sektor;År;Beløp (mill. kr)',
  'Helseforetak;2022;1234,5',
  'Helseforetak;2023;1300,25',
  'Universiteter og høgskoler;2022;987',
  'Universiteter og høgskoler;2023;1010,75',
  'Kommunene;2022;45,5',
  'Kommunene;2023;52',
].join('\r\n');
const SECTOR_LABEL = 'Utførende sektor';
const DATASET = 'FoU-utgifter etter utførende sektor (test)';
const INDICATOR = 'FoU-utgifter i helseforetak, akademia og kommuner';
/** The numbers as the figure shows them with two decimals; a no-break space between thousands. */
const SHOWN: Record<string, Record<string, string>> = {
  '2022': {
    Helseforetak: '1\u00a0234,50',
    'Universiteter og høgskoler': '987,00',
    Kommunene: '45,50',
  },
  '2023': {
    Helseforetak: '1\u00a0300,25',
    'Universiteter og høgskoler': '1\u00a0010,75',
    Kommunene: '52,00',
  },
};

/** ECharts animates each drawing: wait until it stands still, so a screenshot shows the real bars. */
async function chartSettled(p: Page) {
  const drawing = p.locator('[data-monitor-chart]');
  let before = '';
  await expect
    .poll(
      async () => {
        const now = await drawing.innerHTML();
        const still = now === before;
        before = now;
        return still;
      },
      { interval: 400, timeout: 10_000 },
    )
    .toBe(true);
}

/** A table's header cells and each body row's cells, as text. */
const readTable = (table: Locator) =>
  table.evaluate((t) => ({
    header: [...t.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
    rows: [...t.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent ?? ''),
    ),
  }));

/** Each row as the numbers under their series' header, keyed by the row's first cell. */
const bySeries = ({ header, rows }: { header: string[]; rows: string[][] }) =>
  Object.fromEntries(
    rows.map(([x = '', ...cells]) => [
      x,
      Object.fromEntries(cells.map((c, i) => [header[i + 1] ?? '', c])),
    ]),
  );

describe.skipIf(!hasWeb)('the monitor’s editor in the browser (run `npx vite build` first)', () => {
  const session = browserSession('monitor-editor');
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

  it('imports a table, makes an indicator of it and publishes it', async () => {
    await login(page, session.server.login.email);
    await page.getByRole('link', { name: COUNCIL }).first().click();
    await page.getByRole('link', { name: 'Monitor', exact: true }).click();
    await expect.poll(() => h1(page).textContent(), ROUND_TRIP).toBe('Monitor');

    // The demo's datasets and indicators, every indicator published.
    const datasets = page.getByTestId('monitor-datasets');
    await datasets.waitFor();
    const datasetText = (await datasets.textContent()) ?? '';
    for (const d of DEMO_DATASETS) expect(datasetText).toContain(d.title);
    const indicators = page.getByTestId('monitor-indicators');
    await indicators.waitFor();
    const indicatorText = (await indicators.textContent()) ?? '';
    for (const i of DEMO_INDICATORS) expect(indicatorText).toContain(i.title);
    const rows = await indicators.locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(DEMO_INDICATORS.length);
    expect(await page.getByText(/^\d+ indikatorer, \d+ publisert\.$/).textContent()).toBe(
      `${rows} indikatorer, ${rows} publisert.`,
    );
    await check(page, 'monitor');

    // The file is chosen and sent with the keyboard only.
    await page.getByRole('link', { name: 'Importer datasett' }).click();
    await expect.poll(() => h1(page).textContent(), ROUND_TRIP).toBe('Importer datasett');
    const fromFile = page.getByRole('radio', { name: 'Fil fra datamaskinen' });
    expect(await fromFile.isChecked()).toBe(true);
    await fromFile.focus();
    await page.keyboard.press('Tab');
    const fileInput = page.getByLabel('Fil med tallene');
    await expect.poll(() => hasFocus(fileInput)).toBe(true);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.keyboard.press('Space'),
    ]);
    await chooser.setFiles({ name: FILE_NAME, mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await check(page, 'import-source');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('button:Last opp og les filen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Forhåndsvisning – ${FILE_NAME}` }).waitFor();
    await announced(page, 'Filen er lest. Se over forhåndsvisningen.');

    // Rådsrom's guess: two dimensions, the year as time, the amount as the value, its unit.
    const mapping = page.getByRole('region', { name: 'Kolonnene i tabellen' });
    const use = (column: string) => mapping.getByLabel(`Bruk kolonnen «${column}» som`);
    expect(await use('Sektor').inputValue()).toBe('dimension');
    expect(await use('År').inputValue()).toBe('dimension');
    expect(await use('Beløp (mill. kr)').inputValue()).toBe('value');
    expect(await mapping.getByLabel('Rolle for dimensjonen fra «År»').inputValue()).toBe('time');
    expect(await mapping.getByLabel('Rolle for dimensjonen fra «Sektor»').inputValue()).toBe('');
    expect(await mapping.getByLabel('Enhet (valgfritt)').inputValue()).toBe('mill. kr');
    const firstRows = mapping.getByRole('region', { name: 'De første radene i filen' });
    expect(await firstRows.locator('tbody tr').count()).toBe(6);
    const cube = page.getByTestId('cube-summary');
    // The unit comes with a one-category metric dimension named after the value column.
    const METRIC = 'Statistikkvariabel';
    expect(await cube.getByRole('rowheader').allTextContents()).toEqual(['Sektor', 'År', METRIC]);

    // The sector dimension gets a clearer name; the preview is read again.
    await mapping.getByLabel('Navn på dimensjonen fra «Sektor»').fill(SECTOR_LABEL);
    await mapping.getByRole('button', { name: 'Oppdater forhåndsvisning' }).click();
    await expect
      .poll(() => cube.getByRole('rowheader').allTextContents())
      .toEqual([SECTOR_LABEL, 'År', METRIC]);
    const cubeText = ((await cube.textContent()) ?? '').replaceAll('\u00a0', ' ');
    expect(cubeText).toContain('Helseforetak, Universiteter og høgskoler, Kommunene');
    expect(cubeText).toContain('1 234,5');
    expect(cubeText).toContain('1 010,75');
    await check(page, 'import-mapping');

    // Saved with a title: version 1, with its dimensions.
    const confirm = page.getByRole('region', { name: 'Lagre datasettet' });
    await confirm.getByLabel('Tittel').fill(DATASET);
    await confirm.getByRole('button', { name: 'Lagre datasettet' }).click();
    await expect.poll(() => h1(page).textContent(), ROUND_TRIP).toBe(DATASET);
    await announced(page, `«${DATASET}» er lagret som versjon 1.`);
    const facts = page.locator('dl.facts').first();
    expect(await facts.textContent()).toContain('Gjeldende versjon1');
    const versions = page.getByTestId('dataset-versions').locator('tbody tr');
    expect(await versions.count()).toBe(1);
    expect(await versions.first().textContent()).toContain('1 (gjeldende)');
    expect(await versions.first().textContent()).toContain(FILE_NAME);
    const dimensions = page.getByTestId('dataset-dimension');
    expect(await dimensions.locator('summary').allTextContents()).toEqual([
      `${SECTOR_LABEL} (3 kategorier, rolle: ingen)`,
      'År (2 kategorier, rolle: tid)',
      `${METRIC} (1 kategori, rolle: måltall)`,
    ]);
    await check(page, 'dataset');

    // An indicator on it: year along the axis, a bar per sector, published.
    await page.getByRole('link', { name: 'Ny indikator fra datasettet' }).click();
    await expect.poll(() => h1(page).textContent(), ROUND_TRIP).toBe('Ny indikator');
    const datasetChoice = page.getByLabel('Datasett', { exact: true });
    await expect
      .poll(() => datasetChoice.locator('option:checked').textContent(), ROUND_TRIP)
      .toBe(DATASET);
    await page.getByLabel('Tittel', { exact: true }).fill(INDICATOR);
    const slug = await page.getByLabel('Adresse').inputValue();
    expect(slug).toBe('fou-utgifter-i-helseforetak-akademia-og-kommuner');
    // Designsystemet names a fieldset by its legend and description together.
    const figure = page.getByRole('group', { name: /^Figuren Hva figuren viser/ });
    await figure.getByLabel('Langs x-aksen').waitFor();
    await figure.getByLabel('Type figur').selectOption({ label: 'Søyler' });
    await figure.getByLabel('Langs x-aksen').selectOption({ label: 'År' });
    await figure
      .getByLabel('Serier (én linje eller søyle per kategori)')
      .selectOption({ label: SECTOR_LABEL });
    await figure.getByLabel('Enhet', { exact: true }).fill('mill. kr');
    await figure.getByLabel('Desimaler').fill('2');
    const published = page.getByRole('checkbox', { name: 'Publisert' });
    await published.focus();
    await page.keyboard.press('Space');
    expect(await published.isChecked()).toBe(true);
    await check(page, 'indicator-form');
    // Saved from the keyboard: the next stop after "Publisert" is the save button.
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('button:Opprett indikatoren');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.url(), ROUND_TRIP)
      .toMatch(/\/monitor\/indicators\/[0-9a-f-]{36}$/);
    await announced(page, `«${INDICATOR}» er opprettet.`);
    await expect.poll(() => h1(page).textContent(), ROUND_TRIP).toBe(INDICATOR);

    // The preview has the file's numbers, year by sector.
    const preview = page.getByTestId('figure-preview-table');
    await preview.waitFor();
    const previewed = await readTable(preview);
    expect(previewed.header[0]).toBe('År');
    expect(previewed.rows.map((r) => r[0])).toEqual(['2022', '2023']);
    expect(bySeries(previewed)).toEqual(SHOWN);
    const previewRegion = page.getByRole('region', { name: 'Forhåndsvisning' });
    expect(await previewRegion.textContent()).toContain('Slik tallene vises for leserne (søyler).');
    await check(page, 'indicator');

    // The public page, reached from the indicator's facts, shows the same table.
    await page.getByRole('link', { name: 'se den offentlige siden' }).click();
    await expect.poll(() => h1(page).textContent(), ROUND_TRIP).toBe(INDICATOR);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toMatch(
      new RegExp(`^/public/[^/]+/monitor/${slug}$`),
    );
    const publicTable = await readTable(page.getByTestId('monitor-table'));
    expect(bySeries(publicTable)).toEqual(SHOWN);
    expect(await page.getByTestId('demo-mark').count()).toBe(0);
    expect(await page.locator('figure [data-monitor-chart]').count()).toBe(1);
    await chartSettled(page);
    await check(page, 'indicator-public');
  });
});
