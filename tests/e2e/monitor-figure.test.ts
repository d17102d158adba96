import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DATA_MARK, SECTOR_LABELS, THEME_LABELS } from '../../core/monitor/indicators.ts';
import { figurePath, monitorPath } from '../../server/features/monitor/load-public-monitor.ts';
import { DEMO_COUNCIL } from '../../server/seed/demo-data.ts';
import { DEMO_DATASETS, DEMO_INDICATORS } from '../../server/seed/demo-monitor-data.ts';
import { browserSession } from './browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasWeb = existsSync(path.join(root, 'dist/web/index.html'));

const demo = (slug: string) => {
  const found = DEMO_INDICATORS.find((i) => i.slug === slug);
  if (!found) throw new Error(`Demomonitoren har ingen indikator «${slug}».`);
  return found;
};
/** Synthetic R&D expenditure: year along x, a line per sector, funding source as a filter. */
const BY_SECTOR = demo('fou-utgifter-sektor');
/** Synthetic bar chart, one bar per HRCS health category, the year as a filter. */
const HRCS = demo('hrcs-prosjekter');
/** Real numbers read from a public report. */
const REAL = demo('publikasjoner-kommunale-tjenester');
const figure = (slug: string) => figurePath(DEMO_COUNCIL.shortName, slug);

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

/** For a step that waits on the server (a file read, a save, a redraw): the machine may be busy. */
const ROUND_TRIP = { timeout: 15_000 };

type Table = { header: string[]; rows: string[][] };

/** The figure's table as the reader sees it: header cells, then each row's cells. */
const readTable = (p: Page): Promise<Table> =>
  p.getByTestId('monitor-table').evaluate((table) => ({
    header: [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
    rows: [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent ?? ''),
    ),
  }));

/** "4 213,5" (no-break space, decimal comma, typographic minus) as a number. */
const readNumber = (text: string) =>
  Number(
    text
      .replace(/[\s\u00a0\u202f]/g, '')
      .replace('\u2212', '-')
      .replace(',', '.'),
  );

/**
 * The table as CSV rows would have it: one row per x category and series, with the number the
 * cell shows (a missing one as its status symbol).
 */
const tableAsRows = ({ header, rows }: Table) =>
  rows.flatMap(([x = '', ...cells]) =>
    cells.map((cell, i) => [x, header[i + 1] ?? '', /\d/.test(cell) ? readNumber(cell) : cell]),
  );

/** A downloaded CSV: BOM, semicolons, decimal comma; rows without the header. */
function csvAsRows(text: string) {
  expect(text.startsWith('\uFEFF'), 'CSV-filen starter med BOM').toBe(true);
  const [header, ...rows] = parse(text.slice(1), { delimiter: ';' }) as string[][];
  expect(header?.slice(-2)).toEqual(['Verdi', 'Status']);
  return rows.map(([x = '', series = '', value = '', status = '']) => [
    x,
    series,
    value === '' ? status || '..' : readNumber(value),
  ]);
}

describe.skipIf(!hasWeb)(
  'the monitor’s public figures in the browser (run `npx vite build` first)',
  () => {
    const session = browserSession('monitor');
    const { check, h1 } = session;

    beforeAll(async () => {
      await session.start();
    });

    afterAll(session.stop);

    it('draws the interactive chart, redraws it on a filter change and downloads that view', async () => {
      const page = await session.newPage();
      await page.goto(figure(BY_SECTOR.slug));
      await expect.poll(() => h1(page).textContent()).toBe(BY_SECTOR.title);
      // ECharts takes over the server's drawing: its own element holds an SVG (or a canvas).
      const chart = page.locator('[data-monitor-chart]');
      await expect.poll(() => chart.getAttribute('_echarts_instance_')).toBeTruthy();
      expect(await chart.locator(':scope > div').locator('svg, canvas').count()).toBe(1);
      expect(await chart.getAttribute('role')).toBe('img');
      expect(await chart.getAttribute('aria-label')).toContain(BY_SECTOR.title);
      const first = await readTable(page);
      const municipalities = SECTOR_LABELS.municipalities;
      expect(first.header).toContain(municipalities);
      expect(first.rows.length).toBeGreaterThan(5);
      await chartSettled(page);
      await check(page, 'figure');

      // A sector unticked with the keyboard: the table, the address and the links follow.
      const filters = page.getByRole('region', { name: 'Velg hva figuren viser' });
      await filters.getByLabel(municipalities).focus();
      await page.keyboard.press('Space');
      await expect
        .poll(async () => (await readTable(page)).header, ROUND_TRIP)
        .not.toContain(municipalities);
      const status = page.locator('[data-monitor-status]');
      await expect.poll(() => status.textContent()).toBe('Figuren er oppdatert');
      const withoutMunicipalities = await readTable(page);
      expect(withoutMunicipalities.header).toEqual(
        first.header.filter((h) => h !== municipalities),
      );
      expect(withoutMunicipalities.rows.map((r) => r[0])).toEqual(first.rows.map((r) => r[0]));
      await expect.poll(() => page.url(), ROUND_TRIP).toContain('Sektor=');
      expect(new URL(page.url()).searchParams.getAll('Sektor')).not.toContain('municipalities');
      expect(await chart.textContent()).not.toContain(municipalities);

      // Another funding source picked from the list: other numbers.
      await filters.getByRole('combobox', { name: 'Finansieringskilde' }).selectOption({
        label: 'Offentlig',
      });
      await expect.poll(() => page.url(), ROUND_TRIP).toContain('Finansieringskilde=offentlig');
      await expect
        .poll(async () => (await readTable(page)).rows, ROUND_TRIP)
        .not.toEqual(withoutMunicipalities.rows);
      const chosen = await readTable(page);
      expect(chosen.header).toEqual(withoutMunicipalities.header);
      const stable = page
        .getByRole('region', { name: 'Lenke til denne visningen' })
        .getByRole('link');
      expect(await stable.textContent()).toBe(page.url());
      expect(await stable.getAttribute('href')).toBe(page.url());
      const csvLink = page.getByRole('link', { name: 'Tallene som CSV' });
      const csvHref = (await csvLink.getAttribute('href')) ?? '';
      expect(csvHref).toBe(`${figure(BY_SECTOR.slug)}/tall.csv${new URL(page.url()).search}`);
      await chartSettled(page);
      await check(page, 'figure-filtered');

      // The stable link shows the same view on its own.
      await page.reload();
      await expect.poll(() => h1(page).textContent()).toBe(BY_SECTOR.title);
      expect(await readTable(page)).toEqual(chosen);
      expect(await filters.getByLabel(municipalities).isChecked()).toBe(false);

      // The CSV holds the table's numbers for this view.
      const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const csv = csvAsRows(readFileSync(await download.path(), 'utf8'));
      expect(csv).toEqual(tableAsRows(chosen));

      // On a phone the chart is redrawn to fit.
      await page.setViewportSize({ width: 390, height: 844 });
      await expect
        .poll(() => chart.evaluate((el) => Math.round(el.getBoundingClientRect().width)))
        .toBeLessThan(390);
      await chartSettled(page);
      await check(page, 'figure-narrow');
      await page.context().close();
    });

    it('works without script: the server’s drawing, the table and the filter form', async () => {
      const reader = await session.newPage({ javaScriptEnabled: false });
      // axe needs script; this page runs it on the same view with the figure script kept out.
      const audit = await session.newPage();
      await audit.route(/\/assets\/monitor-[^/]*\.js$/, (route) => route.abort());
      const checkSame = async (name: string) => {
        await audit.goto(reader.url());
        expect(await audit.locator('[data-monitor-chart]').getAttribute('_echarts_instance_')).toBe(
          null,
        );
        await check(audit, name);
      };

      await reader.goto(figure(HRCS.slug));
      await expect.poll(() => h1(reader).textContent()).toBe(HRCS.title);
      // The server's own SVG, straight in its holder: no ECharts took it over.
      const drawing = reader.locator('[data-monitor-chart] > svg');
      expect(await drawing.count()).toBe(1);
      expect(await reader.locator('[data-monitor-chart]').getAttribute('_echarts_instance_')).toBe(
        null,
      );
      const before = await readTable(reader);
      expect(before.rows.length).toBeGreaterThan(5);
      await checkSame('figure-no-script');

      // Another year through the plain form.
      const year = reader.getByRole('combobox', { name: 'År' });
      const years = await year.locator('option').allTextContents();
      const shown = await year.locator('option:checked').textContent();
      const other = years.find((y) => y !== shown) ?? '';
      expect(other).not.toBe('');
      await year.selectOption({ label: other });
      await reader.getByRole('button', { name: 'Oppdater figuren' }).click();
      await expect.poll(() => reader.url(), ROUND_TRIP).toContain('?');
      await expect.poll(() => year.locator('option:checked').textContent()).toBe(other);
      const after = await readTable(reader);
      expect(after.rows.map((r) => r[0])).toEqual(before.rows.map((r) => r[0]));
      expect(after.rows).not.toEqual(before.rows);
      const csvHref = await reader
        .getByRole('link', { name: 'Tallene som CSV' })
        .getAttribute('href');
      expect(csvHref).toBe(`${figure(HRCS.slug)}/tall.csv${new URL(reader.url()).search}`);

      // Every number in the table is written on its bar in the server's drawing.
      const labels = new Set(
        (await drawing.locator('text').allTextContents()).map((t) => t.trim()),
      );
      const numbers = after.rows.flatMap(([, ...cells]) => cells);
      expect(numbers.length).toBe(after.rows.length);
      expect(numbers.filter((n) => !labels.has(n))).toEqual([]);
      await checkSame('figure-no-script-filtered');
      await reader.context().close();
      await audit.context().close();
    });

    it('marks synthetic figures as demo data, and not the real ones', async () => {
      const page = await session.newPage();
      // The seed says which numbers are synthetic: the dataset's isDemo.
      const isDemo = (key: string) => DEMO_DATASETS.find((d) => d.key === key)?.isDemo;
      expect(isDemo(BY_SECTOR.datasetKey)).toBe(true);
      expect(isDemo(REAL.datasetKey)).toBe(false);
      await page.goto(figure(BY_SECTOR.slug));
      const mark = page.getByTestId('demo-mark');
      await expect.poll(() => mark.isVisible()).toBe(true);
      expect(await mark.textContent()).toContain(DEMO_DATA_MARK);

      await page.goto(figure(REAL.slug));
      await expect.poll(() => h1(page).textContent()).toBe(REAL.title);
      expect(await page.getByTestId('demo-mark').count()).toBe(0);
      expect(await page.locator('body').textContent()).not.toContain(DEMO_DATA_MARK);
      await chartSettled(page);
      await check(page, 'figure-real');
      await page.context().close();
    });

    it('lists the published figures on the monitor’s front page and narrows them by theme', async () => {
      const page = await session.newPage();
      await page.goto(monitorPath(DEMO_COUNCIL.shortName));
      await expect.poll(() => h1(page).textContent()).toBe(`Monitor – ${DEMO_COUNCIL.name}`);
      const cards = page.getByTestId('monitor-indicators').getByRole('listitem');
      const results = page.getByRole('heading', { level: 2, name: /indikatorer/ });
      const all = Number((await results.first().textContent())?.match(/\((\d+)\)/)?.[1]);
      expect(all).toBeGreaterThanOrEqual(DEMO_INDICATORS.length);
      expect(await cards.count()).toBe(all);
      await check(page, 'index');

      const trials = DEMO_INDICATORS.filter((i) => i.theme === 'clinical_trials').map(
        (i) => i.title,
      );
      expect(trials.length).toBeGreaterThan(0);
      await page.getByLabel('Tema').selectOption({ label: THEME_LABELS.clinical_trials });
      await page.getByRole('button', { name: 'Vis', exact: true }).click();
      await expect.poll(() => page.url(), ROUND_TRIP).toContain('tema=clinical_trials');
      await expect
        .poll(() => results.first().textContent())
        .toBe(`${trials.length} av ${all} indikatorer`);
      expect(await cards.getByRole('heading').allTextContents()).toEqual(trials);
      await check(page, 'index-filtered');
      await page.setViewportSize({ width: 390, height: 844 });
      await check(page, 'index-narrow');

      // A card leads to its figure.
      await cards.getByRole('link', { name: trials[0] }).click();
      await expect.poll(() => h1(page).textContent(), ROUND_TRIP).toBe(trials[0]);
      await page.context().close();
    });
  },
);
