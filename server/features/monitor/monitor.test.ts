import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTORS } from '../../../core/monitor/indicators.ts';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TDatasetDetail, TFigure, TImportPreview, TIndicator } from './schema.ts';

let server: TestServer;
let secretariat: ApiClient;
let member: ApiClient;
let councilId: string;

/** R&D on health by sector and year, as a statistics office would publish it. */
const jsonStat = (
  values: (number | null)[],
  years = ['2022', '2023', '2024'],
  status: Record<string, string> = { '5': '..' },
) =>
  new TextEncoder().encode(
    JSON.stringify({
      version: '2.0',
      class: 'dataset',
      label: 'FoU-utgifter til helse etter sektor',
      source: 'Testbyrået',
      id: ['Sektor', 'Tid', 'ContentsCode'],
      size: [2, years.length, 1],
      role: { time: ['Tid'], metric: ['ContentsCode'] },
      dimension: {
        Sektor: {
          label: 'sektor',
          category: { index: ['uh', 'hf'], label: { uh: 'UH-sektoren', hf: 'Helseforetakene' } },
        },
        Tid: { label: 'år', category: { index: years } },
        ContentsCode: {
          label: 'statistikkvariabel',
          category: {
            label: { Utgifter: 'FoU-utgifter' },
            unit: { Utgifter: { label: 'mill. kr', decimals: 1 } },
          },
        },
      },
      value: values,
      status,
    }),
  );

const stage = async (bytes: Uint8Array, fileName: string, datasetId?: string) => {
  const query = datasetId ? `?datasetId=${datasetId}` : '';
  return secretariat.upload(`/api/councils/${councilId}/monitor/imports${query}`, fileName, bytes);
};

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await signIn(server, server.login.email, server.login.password);
  member = await signIn(server, 'medlem@radsrom.no', server.login.password);
  councilId = (await secretariat.get('/api/councils')).body[0].id;
});
afterAll(() => server.close());

describe('the demo monitor', () => {
  it('holds datasets and published indicators covering the ten strategic areas', async () => {
    const datasets = (await member.get(`/api/councils/${councilId}/monitor/datasets`)).body;
    expect(datasets.length).toBeGreaterThanOrEqual(8);
    expect(datasets.some((d: { isDemo: boolean }) => !d.isDemo)).toBe(true);
    expect(datasets.every((d: { cells: number }) => d.cells > 0)).toBe(true);
    const indicators: TIndicator[] = (
      await member.get(`/api/councils/${councilId}/monitor/indicators`)
    ).body;
    expect(indicators.length).toBeGreaterThanOrEqual(12);
    const strategic = new Set(
      indicators.flatMap((i) =>
        i.planAreas.filter((a) => a.planKind === 'government').map((a) => a.id),
      ),
    );
    expect(strategic.size).toBe(10);
    expect(new Set(indicators.flatMap((i) => i.sectors))).toEqual(new Set(SECTORS));
    const heatmap = indicators.find((i) => i.spec.chartType === 'heatmap');
    expect(heatmap).toBeDefined();
  });

  it('shows on the plans: every strategic area lists the published indicators that follow it', async () => {
    const plans = (await member.get(`/api/councils/${councilId}/plans`)).body as {
      id: string;
      kind: string;
    }[];
    const government = plans.find((p) => p.kind === 'government');
    const plan = (await member.get(`/api/plans/${government?.id}`)).body;
    for (const area of plan.areas) {
      expect(area.indicators.length, area.title).toBeGreaterThan(0);
      expect(area.indicators[0].publicPath).toMatch(/^\/public\/.+\/monitor\/[a-z0-9-]+$/);
    }
    const followed = plan.areas.flatMap((a: { measures: { indicators: unknown[] }[] }) =>
      a.measures.filter((m) => m.indicators.length > 0),
    );
    expect(followed.length).toBeGreaterThan(0);
  });
});

describe('importing a JSON-stat dataset', () => {
  let datasetId: string;

  it('shows a preview and writes nothing before the editor confirms', async () => {
    const before = (await secretariat.get(`/api/councils/${councilId}/monitor/datasets`)).body;
    const staged = await stage(jsonStat([410, 432.5, 455, 1900, 2010.4, null]), 'fou.json');
    expect(staged.status).toBe(201);
    const preview: TImportPreview = staged.body;
    expect(preview.format).toBe('jsonstat');
    expect(preview.problems).toEqual([]);
    expect(preview.cube?.dimensions.map((d) => [d.id, d.size, d.role])).toEqual([
      ['Sektor', 2, null],
      ['Tid', 3, 'time'],
      ['ContentsCode', 1, 'metric'],
    ]);
    expect(preview.cube?.cells).toBe(6);
    expect(preview.cube?.missing).toBe(1);
    expect(preview.cube?.sample[1]).toEqual({
      categories: ['UH-sektoren', '2023', 'FoU-utgifter'],
      value: 432.5,
      status: null,
    });
    expect(preview.cube?.sample[5]?.status).toBe('..');
    const after = (await secretariat.get(`/api/councils/${councilId}/monitor/datasets`)).body;
    expect(after).toHaveLength(before.length);

    const confirmed = await secretariat.post(`/api/monitor/imports/${preview.id}/confirm`, {
      title: 'FoU-utgifter til helse',
      sourceText: 'Tallgrunnlaget er Testbyrået.',
    });
    expect(confirmed.status).toBe(200);
    const dataset: TDatasetDetail = confirmed.body;
    datasetId = dataset.id;
    expect(dataset.currentVersion).toBe(1);
    expect(dataset.versions).toHaveLength(1);
    expect(dataset.cube?.cells).toBe(6);
    expect((await secretariat.get(`/api/monitor/imports/${preview.id}`)).status).toBe(404);
  });

  it('refuses a file whose values do not fit its dimensions, saying why', async () => {
    const staged = await stage(jsonStat([1, 2, 3]), 'kort.json');
    expect(staged.status).toBe(201);
    expect(staged.body.cube).toBeNull();
    expect(staged.body.problems[0].message).toMatch(/6/);
    const confirmed = await secretariat.post(`/api/monitor/imports/${staged.body.id}/confirm`, {
      title: 'Feil',
    });
    expect(confirmed.status).toBe(400);
    expect(confirmed.body.error.message).toMatch(/feil som må rettes/);
  });

  it('updates the dataset as a new version, keeping the old one and saying what changed', async () => {
    const staged = await stage(
      jsonStat(
        [410, 440, 455, 470, 1900, 2010.4, 2100, 2200],
        ['2022', '2023', '2024', '2025'],
        {},
      ),
      'fou-2025.json',
      datasetId,
    );
    const preview: TImportPreview = staged.body;
    expect(preview.changes).toEqual({
      dimensionsAdded: [],
      dimensionsRemoved: [],
      categoriesAdded: { Tid: ['2025'] },
      categoriesRemoved: {},
      cellsChanged: 1,
      cellsAdded: 3,
      cellsRemoved: 0,
    });
    const confirmed = await secretariat.post(`/api/monitor/imports/${preview.id}/confirm`, {
      expectedVersion: 2,
    });
    expect(confirmed.status).toBe(200);
    const dataset: TDatasetDetail = confirmed.body;
    expect(dataset.currentVersion).toBe(2);
    expect(dataset.versions.map((v) => [v.number, v.fileName])).toEqual([
      [2, 'fou-2025.json'],
      [1, 'fou.json'],
    ]);
    expect(dataset.versions[0]?.changes?.categoriesAdded).toEqual({ Tid: ['2025'] });
    expect(dataset.cube?.cells).toBe(8);
  });

  it('lets members read but not import', async () => {
    const refused = await member.upload(
      `/api/councils/${councilId}/monitor/imports`,
      'fou.json',
      jsonStat([1, 2, 3, 4, 5, 6]),
    );
    expect(refused.status).toBe(403);
    expect((await member.get(`/api/monitor/datasets/${datasetId}`)).status).toBe(200);
  });

  it('draws a figure for the chosen filters, and keeps the default out of the link', async () => {
    const created = await secretariat.post(`/api/councils/${councilId}/monitor/indicators`, {
      datasetId,
      slug: 'fou-helse-test',
      title: 'FoU-utgifter til helse',
      theme: 'resources',
      sectors: ['health_trusts', 'higher_education'],
      spec: {
        xDimension: 'Tid',
        seriesDimension: 'Sektor',
        filterDimensions: ['Tid', 'Sektor'],
        fixed: { ContentsCode: 'Utgifter' },
        defaultSelection: {},
        chartType: 'bar',
        unit: 'mill. kr',
        decimals: 1,
      },
      published: true,
    });
    expect(created.status).toBe(201);
    const indicator: TIndicator = created.body;
    const all: TFigure = (await member.get(`/api/monitor/indicators/${indicator.id}/figure`)).body;
    expect(all.query).toBe('');
    expect(all.data.x.categories.map((c) => c.id)).toEqual(['2022', '2023', '2024', '2025']);
    expect(all.data.series.map((s) => [s.label, s.values])).toEqual([
      ['UH-sektoren', [410, 440, 455, 470]],
      ['Helseforetakene', [1900, 2010.4, 2100, 2200]],
    ]);
    const chosen: TFigure = (
      await member.get(
        `/api/monitor/indicators/${indicator.id}/figure?Tid=2024&Tid=2025&Sektor=hf&Ukjent=1`,
      )
    ).body;
    expect(chosen.data.x.categories.map((c) => c.id)).toEqual(['2024', '2025']);
    expect(chosen.data.series.map((s) => s.values)).toEqual([[2100, 2200]]);
    expect(chosen.query).toBe('Sektor=hf&Tid=2024&Tid=2025');
  });
});

describe('indicators', () => {
  const base = async () => {
    const datasets = (await secretariat.get(`/api/councils/${councilId}/monitor/datasets`)).body;
    const dataset = datasets.find((d: { title: string }) => d.title === 'FoU-utgifter til helse');
    return {
      datasetId: dataset.id,
      slug: 'fou-linje',
      title: 'FoU-utgifter over tid',
      theme: 'resources',
      spec: {
        xDimension: 'Tid',
        seriesDimension: null,
        filterDimensions: ['Sektor'],
        fixed: { ContentsCode: 'Utgifter' },
        defaultSelection: { Sektor: ['hf'] },
        chartType: 'line',
        unit: 'mill. kr',
        decimals: 0,
      },
    };
  };

  it('refuses a spec the dataset cannot draw, a taken address and a stale version', async () => {
    const request = await base();
    const wrongDimension = await secretariat.post(`/api/councils/${councilId}/monitor/indicators`, {
      ...request,
      spec: { ...request.spec, xDimension: 'Region' },
    });
    expect(wrongDimension.status).toBe(400);
    expect(wrongDimension.body.error.message).toBe('Datasettet har ingen dimensjon «Region».');
    const wrongCategory = await secretariat.post(`/api/councils/${councilId}/monitor/indicators`, {
      ...request,
      spec: { ...request.spec, defaultSelection: { Sektor: ['næringsliv'] } },
    });
    expect(wrongCategory.status).toBe(400);
    expect(wrongCategory.body.error.message).toBe('«sektor» har ingen kategori «næringsliv».');
    const taken = await secretariat.post(`/api/councils/${councilId}/monitor/indicators`, {
      ...request,
      slug: 'fou-helse-test',
    });
    expect(taken.status).toBe(409);

    const created: TIndicator = (
      await secretariat.post(`/api/councils/${councilId}/monitor/indicators`, request)
    ).body;
    const update = {
      ...request,
      title: 'FoU-utgifter i helseforetakene',
      version: created.version,
    };
    expect((await secretariat.put(`/api/monitor/indicators/${created.id}`, update)).status).toBe(
      200,
    );
    const stale = await secretariat.put(`/api/monitor/indicators/${created.id}`, update);
    expect(stale.status).toBe(409);
    expect((await member.put(`/api/monitor/indicators/${created.id}`, update)).status).toBe(403);
  });

  it('links to strategic areas, plan areas and government measures of its own council', async () => {
    const plans = (await secretariat.get(`/api/councils/${councilId}/plans`)).body as {
      id: string;
      kind: string;
    }[];
    const government = plans.find((p) => p.kind === 'government');
    const plan = (await secretariat.get(`/api/plans/${government?.id}`)).body;
    const area = plan.areas[0];
    const measure = area.measures[0];
    const request = {
      ...(await base()),
      slug: 'fou-lenket',
      planAreaIds: [area.id],
      planMeasureIds: [measure.id],
    };
    const created = await secretariat.post(
      `/api/councils/${councilId}/monitor/indicators`,
      request,
    );
    expect(created.status).toBe(201);
    expect(created.body.planAreas.map((a: { title: string }) => a.title)).toEqual([area.title]);
    expect(created.body.planMeasures.map((m: { title: string }) => m.title)).toEqual([
      measure.title,
    ]);
    const foreign = await secretariat.post(`/api/councils/${councilId}/monitor/indicators`, {
      ...request,
      slug: 'fou-fremmed',
      planAreaIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(foreign.status).toBe(400);
  });
});

describe('tidy tables', () => {
  it('maps the columns of a CSV and saves the cube it makes', async () => {
    const csv =
      'Sektor;År;Beløp (mill. kr)\nHelseforetak;2023;1 900,5\nHelseforetak;2024;2 010\nUH;2023;410\nUH;2024;..\n';
    const staged = await stage(new TextEncoder().encode(csv), 'fou.csv');
    const preview: TImportPreview = staged.body;
    expect(preview.format).toBe('csv');
    expect(preview.table?.columns).toEqual(['Sektor', 'År', 'Beløp (mill. kr)']);
    expect(preview.mapping?.value).toBe('Beløp (mill. kr)');
    expect(preview.cube?.cells).toBe(4);
    expect(preview.cube?.missing).toBe(1);
    const mapping = {
      ...preview.mapping,
      dimensions: preview.mapping?.dimensions.map((d) => ({
        ...d,
        label: d.column === 'År' ? 'Årstall' : d.label,
      })),
    };
    const mapped: TImportPreview = (
      await secretariat.put(`/api/monitor/imports/${preview.id}/mapping`, mapping)
    ).body;
    expect(mapped.cube?.dimensions.map((d) => d.label)).toContain('Årstall');
    const confirmed = await secretariat.post(`/api/monitor/imports/${preview.id}/confirm`, {
      title: 'FoU fra CSV',
    });
    expect(confirmed.status).toBe(200);
  });

  it('names the row of a number it cannot read, and saves nothing', async () => {
    const csv = 'Sektor;År;Verdi\nUH;2023;410\nUH;2024;fire hundre\n';
    const preview: TImportPreview = (await stage(new TextEncoder().encode(csv), 'feil.csv')).body;
    expect(preview.problems).toEqual([{ row: 3, message: expect.stringContaining('fire hundre') }]);
    expect(preview.cube).toBeNull();
  });
});

describe('HRCS portfolios', () => {
  const upload = (csv: string) =>
    secretariat.upload(
      `/api/councils/${councilId}/monitor/hrcs-portfolios?title=${encodeURIComponent('Testportefølje')}`,
      'portefolje.csv',
      new TextEncoder().encode(csv),
    );
  const header =
    'prosjektnummer;tittel;finansiør;sektor;år;beløp;helsekategorier;forskningsaktiviteter';

  it('stores a valid portfolio as three datasets whose totals equal the amounts', async () => {
    const csv = [
      header,
      'P1;Kreft og hjerte;Forskningsrådet;health_trusts;2024;1 000 000;"cancer:33.33, cardiovascular:33.33, generic:33.33";"2.1:50, 6.1:50"',
      'P2;Psykisk helse;Helse Vest;health_trusts;2024;500 000,50;mental_health:100;8.1:100',
    ].join('\n');
    const imported = await upload(csv);
    expect(imported.status).toBe(201);
    expect(imported.body.projects).toBe(2);
    const byHealth: TDatasetDetail = (
      await secretariat.get(`/api/monitor/datasets/${imported.body.datasetIds.byHealthCategory}`)
    ).body;
    expect(byHealth.source).toBe('hrcs');
    const indicator = await secretariat.post(`/api/councils/${councilId}/monitor/indicators`, {
      datasetId: byHealth.id,
      slug: 'hrcs-test',
      title: 'HRCS-test',
      theme: 'resources',
      spec: {
        xDimension: 'helsekategori',
        seriesDimension: null,
        filterDimensions: [],
        fixed: { maal: 'belop', aar: '2024' },
        defaultSelection: {
          helsekategori: ['cancer', 'cardiovascular', 'generic', 'mental_health'],
        },
        chartType: 'bar',
        unit: 'kr',
        decimals: 2,
      },
    });
    const figure: TFigure = (
      await secretariat.get(`/api/monitor/indicators/${indicator.body.id}/figure`)
    ).body;
    const values = figure.data.series[0]?.values ?? [];
    const byCategory = Object.fromEntries(
      figure.data.x.categories.map((c, i) => [c.id, values[i]]),
    );
    expect(values.reduce((sum: number, v) => sum + (v ?? 0), 0)).toBeCloseTo(1_500_000.5, 2);
    expect(byCategory.mental_health).toBe(500_000.5);
    const thirds = [byCategory.cancer, byCategory.cardiovascular, byCategory.generic];
    expect(thirds.sort()).toEqual([333_333.33, 333_333.33, 333_333.34]);
  });

  it('refuses the whole portfolio while a row breaks the rules, naming the row', async () => {
    const csv = [
      header,
      'P1;Ok;Forskningsrådet;health_trusts;2024;100;cancer:100;2.1:100',
      'P2;For mange;Forskningsrådet;health_trusts;2024;100;cancer:100;"1.1:20, 2.1:20, 3.1:20, 4.1:20, 5.1:20"',
    ].join('\n');
    const refused = await upload(csv);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.problems[0].row).toBe(3);
  });
});
