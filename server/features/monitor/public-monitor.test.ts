import { and, eq } from 'drizzle-orm';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonStat } from '../../../core/monitor/jsonstat.ts';
import { planAreas, plans } from '../../db/plan-schema.ts';
import { councils } from '../../db/schema.ts';
import { DEMO_COUNCIL } from '../../seed/demo-data.ts';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import { figurePath, listPublicMonitorPages, monitorPath } from './load-public-monitor.ts';

/**
 * The monitor's public pages as a visitor without script sees them: the published indicators
 * and nothing else, each figure as a table and an SVG of the same numbers, filters by address,
 * and the downloads of the same view. Data goes in through the API, as the secretariat does it.
 */

let server: TestServer;
let secretariat: ApiClient;
let councilId: string;
let areaId: string;
let areaTitle: string;
let fouDatasetId: string;
const NBSP = '\u00A0';

const visit = (url: string) => server.app.inject({ method: 'GET', url });

/** A small JSON-stat file: R&D spending by sector and year, one cell missing. */
const FOU_FILE = {
  ...{ version: '2.0', class: 'dataset', label: 'FoU-utgifter til helse', source: 'Testkilden' },
  ...{ id: ['Sektor', 'Tid'], size: [2, 3], role: { time: ['Tid'] } },
  dimension: {
    Sektor: {
      label: 'sektor',
      category: { index: ['hf', 'uh'], label: { hf: 'Helseforetak', uh: 'UH-sektoren' } },
    },
    Tid: { label: 'år', category: { index: ['2020', '2021', '2022'] } },
  },
  value: [4213.5, 4400.2, null, 1234, 1300.5, 1400],
  status: { '2': '..' },
};

async function importDataset(file: object, confirm: Record<string, unknown>): Promise<string> {
  const boundary = '----monitortest';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="fou.json"\r\nContent-Type: application/json\r\n\r\n`,
    ),
    Buffer.from(JSON.stringify(file)),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const staged = await server.app.inject({
    method: 'POST',
    url: `/api/councils/${councilId}/monitor/imports`,
    payload,
    headers: {
      ...secretariat.headers,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
  });
  expect(staged.statusCode, staged.body).toBe(201);
  const draft = staged.json() as { id: string; problems: unknown[] };
  expect(draft.problems).toEqual([]);
  const saved = await secretariat.post(`/api/monitor/imports/${draft.id}/confirm`, confirm);
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return saved.body.id as string;
}

async function createIndicator(fields: Record<string, unknown>): Promise<{ id: string }> {
  const res = await secretariat.post(`/api/councils/${councilId}/monitor/indicators`, fields);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const spec = {
  ...{ xDimension: 'Tid', seriesDimension: 'Sektor', filterDimensions: ['Tid', 'Sektor'] },
  ...{ fixed: {}, defaultSelection: {}, chartType: 'line', unit: 'mill. kr', decimals: 1 },
};

const shortName = DEMO_COUNCIL.shortName;
const index = monitorPath(shortName);
const published = figurePath(shortName, 'fou-helse');
const hidden = figurePath(shortName, 'hemmelig-utkast');
const demo = figurePath(shortName, 'demo-kliniske');

/** The data table's header and rows as text: [x label, ...cells]. */
function table(html: string): { header: string[]; rows: string[][] } {
  const found = DomUtils.findOne(
    (e) => e.attribs['data-testid'] === 'monitor-table',
    parseDocument(html).children,
  );
  if (!found) throw new Error('no data table on the page');
  const [header, ...rows] = DomUtils.findAll((e) => e.name === 'tr', [found]).map((row) =>
    DomUtils.findAll((e) => e.name === 'th' || e.name === 'td', [row]).map((c) =>
      DomUtils.textContent(c).trim(),
    ),
  );
  return { header: header ?? [], rows };
}
const tableRows = (html: string) => table(html).rows;

/** The inline SVG of the figure: its root element's attributes and all the text it draws. */
function inlineSvg(html: string): { attributes: Record<string, string>; text: string } {
  const doc = parseDocument(html);
  const holder = DomUtils.findOne((e) => 'data-monitor-chart' in e.attribs, doc.children);
  const svg = holder && DomUtils.findOne((e) => e.name === 'svg', [holder]);
  if (!svg) throw new Error('no inline SVG in the figure');
  const texts = DomUtils.findAll((e) => e.name === 'text', [svg]).map(DomUtils.textContent);
  return { attributes: svg.attribs, text: texts.join('\n') };
}

/** The opening tag of the form whose action is `action`. */
function formTag(html: string, action: string): string {
  const tag = [...html.matchAll(/<form\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`action="${action}"`));
  if (!tag) throw new Error(`no form posting to ${action}`);
  return tag;
}

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await signIn(server, server.login.email, server.login.password);
  const [council] = await server.db
    .select({ id: councils.id })
    .from(councils)
    .where(eq(councils.shortName, DEMO_COUNCIL.shortName));
  councilId = council?.id ?? '';
  const [area] = await server.db
    .select({ id: planAreas.id, title: planAreas.title })
    .from(planAreas)
    .innerJoin(plans, eq(plans.id, planAreas.planId))
    .where(and(eq(plans.councilId, councilId), eq(plans.kind, 'government')))
    .orderBy(planAreas.position)
    .limit(1);
  areaId = area?.id ?? '';
  areaTitle = area?.title ?? '';

  const fou = await importDataset(FOU_FILE, {
    title: 'FoU-utgifter til helse',
    sourceText: 'SSB og NIFU, FoU-statistikken',
  });
  fouDatasetId = fou;
  await createIndicator({
    datasetId: fou,
    slug: 'fou-helse',
    title: 'FoU-utgifter til helseformål',
    description: 'Hvor mye helseforetakene og UH-sektoren bruker på forskning.',
    sourceText: 'SSB og NIFU, FoU-statistikken',
    definitions: 'FoU er forskning og utviklingsarbeid etter Frascati-manualen.',
    footnotes: ['Tallene for 2022 er foreløpige.'],
    notSummable: true,
    theme: 'resources',
    sectors: ['health_trusts', 'higher_education'],
    spec,
    published: true,
    planAreaIds: [areaId],
  });
  await createIndicator({
    datasetId: fou,
    slug: 'hemmelig-utkast',
    title: 'Utkast som ikke er publisert',
    theme: 'results',
    spec,
    published: false,
  });
  const demoSet = await importDataset(
    { ...FOU_FILE, label: 'Kliniske studier' },
    { title: 'Kliniske studier (demo)', sourceText: 'Syntetiske tall', isDemo: true },
  );
  await createIndicator({
    datasetId: demoSet,
    slug: 'demo-kliniske',
    title: 'Kliniske studier per år',
    theme: 'clinical_trials',
    spec: { ...spec, chartType: 'bar' },
    published: true,
  });
});
afterAll(() => server.close());

describe('the monitor front page', () => {
  it('lists the published indicators and never the unpublished one', async () => {
    const res = await visit(index);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain(`Monitor – ${DEMO_COUNCIL.name}`);
    expect(res.body).toContain('FoU-utgifter til helseformål');
    expect(res.body).toContain(`href="${published}"`);
    expect(res.body).toContain('Kliniske studier per år');
    expect(res.body).not.toContain('Utkast som ikke er publisert');
    expect(res.body).not.toContain('hemmelig-utkast');
    expect(res.body).toContain(`href="${index}/nyhetsbrev"`);
    // The demo figure's card says so; the real one does not.
    const cards = res.body.split('<li class="ds-card');
    const real = cards.find((c) => c.includes('FoU-utgifter til helseformål')) ?? '';
    const fake = cards.find((c) => c.includes('Kliniske studier per år')) ?? '';
    expect(fake).toContain('Demodata – ikke offisiell statistikk');
    expect(real).not.toContain('Demodata');
    expect(real).toContain('Ressurser');
    expect(real).toContain('Helseforetak og private ideelle sykehus');
  });

  it('filters by theme, sector and strategic area with a plain GET form', async () => {
    const page = await visit(index);
    expect(formTag(page.body, index)).toContain('method="get"');
    expect(page.body).toContain('<label for="monitor-tema" class="ds-label">Tema</label>');
    expect(page.body).toContain(areaTitle);

    const theme = await visit(`${index}?tema=clinical_trials`);
    expect(theme.body).toContain('Kliniske studier per år');
    expect(theme.body).not.toContain('FoU-utgifter til helseformål');

    const sector = await visit(`${index}?sektor=health_trusts`);
    expect(sector.body).toContain('FoU-utgifter til helseformål');
    expect(sector.body).not.toContain('Kliniske studier per år');

    const area = await visit(`${index}?omrade=${areaId}`);
    expect(area.body).toContain('FoU-utgifter til helseformål');
    expect(area.body).not.toContain('Kliniske studier per år');

    // What the monitor does not have is no filter at all.
    const odd = await visit(`${index}?tema=finnes-ikke&omrade=x&annet=1`);
    expect(odd.statusCode).toBe(200);
    expect(odd.body).toContain('FoU-utgifter til helseformål');
    expect(odd.body).toContain('Kliniske studier per år');
  });

  it('is a 404 page for a council that does not exist', async () => {
    const res = await visit('/public/finnes-ikke/monitor');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Fant ikke siden');
  });
});

describe('a figure page without script', () => {
  it('shows the numbers as a table and the same numbers in the inline SVG', async () => {
    const res = await visit(published);
    expect(res.statusCode).toBe(200);
    const rows = tableRows(res.body);
    expect(rows).toEqual([
      ['2020', `4${NBSP}213,5`, `1${NBSP}234,0`],
      ['2021', `4${NBSP}400,2`, `1${NBSP}300,5`],
      ['2022', '..', `1${NBSP}400,0`],
    ]);
    expect(table(res.body).header).toEqual(['År', 'Helseforetak', 'UH-sektoren']);
    expect(res.body).toContain('Tall mangler');
    const svg = inlineSvg(res.body);
    expect(svg.attributes.role).toBe('img');
    expect(svg.attributes['aria-label']).toContain('FoU-utgifter til helseformål');
    for (const number of [`4${NBSP}213,5`, `4${NBSP}400,2`, `1${NBSP}300,5`, `1${NBSP}400,0`]) {
      expect(svg.text).toContain(number);
    }
    expect(res.body).toContain('<figcaption>Kilde: SSB og NIFU, FoU-statistikken</figcaption>');
  });

  it('has the words around the figure, the downloads and what it follows', async () => {
    const res = await visit(published);
    const body = res.body;
    expect(body).toContain('<h1');
    expect(body).toContain('Tallene kan ikke summeres: kategoriene overlapper.');
    expect(body).toMatch(/class="ds-alert monitor-warnings" data-color="warning"/);
    expect(body).toContain('Frascati-manualen');
    expect(body).toContain('Tallene for 2022 er foreløpige.');
    expect(body).toMatch(/Sist oppdatert \w+dag \d+\. \w+ \d{4}/);
    for (const file of ['tall.csv', 'tall.json', 'figur.png', 'figur.svg']) {
      expect(body).toContain(`href="${published}/${file}"`);
    }
    expect(body).toContain('Lenke til denne visningen');
    expect(body).toContain(`href="${server.url}${published}"`);
    expect(body).toContain('Følger opp');
    expect(body).toContain(areaTitle);
    expect(body).not.toContain('Demodata');
    // Only a same-origin script file and a JSON data block: the CSP allows no inline script.
    const scripts = [...body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    for (const tag of scripts) expect(tag).toMatch(/type="(application\/json|module)"/);
    // The filter form works without script: checkboxes per year and sector, a submit button.
    expect(formTag(body, published)).toContain('method="get"');
    const doc = parseDocument(body);
    const boxes = DomUtils.findAll((e) => e.attribs.type === 'checkbox', doc.children);
    expect(boxes.map((b) => `${b.attribs.name}=${b.attribs.value}`)).toEqual([
      'Tid=2020',
      'Tid=2021',
      'Tid=2022',
      'Sektor=hf',
      'Sektor=uh',
    ]);
    for (const box of boxes) {
      expect('checked' in box.attribs).toBe(true);
      const label = DomUtils.findOne((e) => e.attribs.for === box.attribs.id, doc.children);
      expect(label && DomUtils.textContent(label)).toBeTruthy();
    }
    const legends = DomUtils.findAll((e) => e.name === 'legend', doc.children);
    expect(legends.map((l) => DomUtils.textContent(l))).toEqual(['År', 'Sektor']);
    expect(body).toContain('Oppdater figuren');
  });

  it('shows the view the address asks for, in the table and in every link', async () => {
    // The stable form of a view names dimensions in the dataset's order.
    const query = 'Sektor=hf&Tid=2020&Tid=2021';
    const res = await visit(`${published}?Tid=2020&Tid=2021&Sektor=hf`);
    expect(res.statusCode).toBe(200);
    expect(tableRows(res.body)).toEqual([
      ['2020', `4${NBSP}213,5`],
      ['2021', `4${NBSP}400,2`],
    ]);
    expect(res.body).toContain(`href="${published}/tall.csv?${query.replaceAll('&', '&amp;')}"`);
    expect(res.body).toContain(`${server.url}${published}?${query.replaceAll('&', '&amp;')}`);
    expect(res.body).not.toContain('Tall mangler');
  });

  it('ignores a query naming an unknown dimension or category', async () => {
    const plain = tableRows((await visit(published)).body);
    for (const query of ['Foo=bar', 'Tid=1999', 'Sektor=', 'Tid[]=2020&%3Cscript%3E=1']) {
      const res = await visit(`${published}?${query}`);
      expect(res.statusCode, query).toBe(200);
      expect(tableRows(res.body), query).toEqual(plain);
    }
    const csv = await visit(`${published}/tall.csv?Foo=bar`);
    expect(csv.statusCode).toBe(200);
  });

  it('marks a figure on demo data clearly', async () => {
    const res = await visit(demo);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('data-testid="demo-mark"');
    expect(res.body).toContain('Demodata – ikke offisiell statistikk');
    expect(inlineSvg(res.body).text).toContain('Demodata – ikke offisiell statistikk');
  });
});

describe('an unpublished indicator', () => {
  it('is a 404 everywhere: page, data and every download', async () => {
    for (const suffix of [
      '',
      '/data.json',
      '/tall.csv',
      '/tall.json',
      '/figur.png',
      '/figur.svg',
    ]) {
      const res = await visit(`${hidden}${suffix}`);
      expect(res.statusCode, suffix).toBe(404);
      expect(res.body, suffix).not.toContain('Utkast som ikke er publisert');
      expect(res.headers['content-disposition'], suffix).toBeUndefined();
    }
    expect((await visit(figurePath(shortName, 'finnes-ikke'))).statusCode).toBe(404);
  });

  it('vanishes at once when unpublished after being seen', async () => {
    const fields = {
      slug: 'blir-borte',
      title: 'Indikator som trekkes tilbake',
      theme: 'innovation',
      spec,
      published: true,
    };
    const datasetId = fouDatasetId;
    const created = await createIndicator({ ...fields, datasetId });
    const address = figurePath(shortName, 'blir-borte');
    expect((await visit(address)).statusCode).toBe(200);
    // On a shared PostgreSQL server another file's commit rightly costs a hit: ask until it is kept.
    let cache: unknown;
    for (let attempt = 0; attempt < 50 && cache !== 'hit'; attempt++) {
      cache = (await visit(address)).headers['x-cache'];
    }
    expect(cache).toBe('hit');
    const put = await secretariat.put(`/api/monitor/indicators/${created.id}`, {
      ...fields,
      datasetId,
      published: false,
      version: 1,
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect((await visit(address)).statusCode).toBe(404);
    expect((await visit(index)).body).not.toContain('Indikator som trekkes tilbake');
  });
});

describe('the downloads of a view', () => {
  const query = 'Tid=2021&Tid=2022';

  it('gives a CSV with the rows of the table', async () => {
    const page = tableRows((await visit(`${published}?${query}`)).body);
    const res = await visit(`${published}/tall.csv?${query}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="fou-helse\.csv"/);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('år;sektor;Verdi;Status');
    const cells = lines.slice(1).map((l) => l.split(';'));
    // Each table cell is one CSV row (year × sector), the same number with all its digits.
    const fromTable = page.flatMap(([year, ...values]) =>
      ['Helseforetak', 'UH-sektoren'].map((sector, i) => [year, sector, values[i]]),
    );
    expect(cells.map(([year, sector]) => [year, sector])).toEqual(
      fromTable.map(([year, sector]) => [year, sector]),
    );
    const shown = (v: string) => (v === '' ? '..' : Number(v.replace(',', '.')).toFixed(1));
    expect(cells.map((c) => shown(c[2] ?? ''))).toEqual(
      fromTable.map(([, , v]) => (v ?? '').replace(NBSP, '').replace(',', '.')),
    );
    expect(cells.find((c) => c[2] === '')?.[3]).toBe('..');
  });

  it('gives JSON-stat 2.0 of exactly the view', async () => {
    const res = await visit(`${published}/tall.json?${query}&Sektor=uh`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const dataset = res.json() as { version: string; size: number[]; label: string };
    expect(dataset.version).toBe('2.0');
    expect(dataset.size).toEqual([1, 2]);
    expect(dataset.label).toBe('FoU-utgifter til helseformål');
    const cube = parseJsonStat(res.body);
    expect([...cube.values]).toEqual([1300.5, 1400]);
  });

  it('gives the figure as PNG and SVG', async () => {
    const png = await visit(`${published}/figur.png?${query}`);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    const svg = await visit(`${published}/figur.svg?${query}`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toMatch(/^<svg/);
    expect(svg.body).toContain(`1${NBSP}400,0`);
  });

  it('gives the browser script the view as JSON, with the table to swap in', async () => {
    const res = await visit(`${published}/data.json?${query}&Sektor=hf`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.query).toBe('Sektor=hf&Tid=2021&Tid=2022');
    expect(body.indicator.title).toBe('FoU-utgifter til helseformål');
    expect(body.data.series.map((s: { id: string }) => s.id)).toEqual(['hf']);
    expect(tableRows(body.table)).toEqual([
      ['2021', `4${NBSP}400,2`],
      ['2022', '..'],
    ]);
  });
});

describe('the sitemap list', () => {
  it('has the front page and each published figure, nothing unpublished', async () => {
    const pages = await listPublicMonitorPages(server.db);
    const paths = pages.map((p) => p.path);
    expect(paths).toContain(index);
    expect(paths).toContain(published);
    expect(paths).toContain(demo);
    expect(paths).not.toContain(hidden);
    for (const page of pages) expect(page.updated).toBeInstanceOf(Date);
  });
});
