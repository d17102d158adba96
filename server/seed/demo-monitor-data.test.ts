import { describe, expect, it } from 'vitest';
import { type Cube, cellCount, cellIndex, cubeSize, strides } from '../../core/monitor/cube.ts';
import { figureData } from '../../core/monitor/figure.ts';
import { findHealthCategory, HEALTH_CATEGORIES } from '../../core/monitor/hrcs.ts';
import { readHrcsPortfolio } from '../../core/monitor/hrcs-portfolio.ts';
import {
  CHART_TYPES,
  NOT_SUMMABLE_WARNING,
  SECTOR_LABELS,
  SECTORS,
  THEMES,
} from '../../core/monitor/indicators.ts';
import {
  DEMO_DATASETS,
  DEMO_HRCS_PORTFOLIO,
  DEMO_INDICATORS,
  type DemoDataset,
  SYNTHETIC_SOURCE,
} from './demo-monitor-data.ts';
import { DEMO_HRCS_PROJECTS } from './demo-monitor-hrcs.ts';
import { DEMO_PLAN } from './demo-plan-data.ts';
import { GOVERNMENT_PLAN } from './government-plan-data.ts';

function dataset(key: string): DemoDataset {
  const found = DEMO_DATASETS.find((d) => d.key === key);
  if (!found) throw new Error(`no dataset ${key}`);
  return found;
}

/** The value of the cell at the given category per dimension (every dimension named). */
function cell(cube: Cube, at: Record<string, string>): number {
  const positions = cube.dimensions.map((d) => {
    const position = d.categories.findIndex((c) => c.id === at[d.id]);
    if (position < 0) throw new Error(`no category ${at[d.id]} in ${d.id}`);
    return position;
  });
  return cube.values[cellIndex(strides(cubeSize(cube.dimensions)), positions)] ?? Number.NaN;
}

const areaTitles = GOVERNMENT_PLAN.areas.map((a) => a.title);
/** The strategic area of each government measure, by its number 1–40. */
const areaOfMeasure = GOVERNMENT_PLAN.areas.flatMap((a) => a.measures.map(() => a.title));

describe('demo monitor datasets', () => {
  it('have unique keys and well-formed cubes', () => {
    expect(new Set(DEMO_DATASETS.map((d) => d.key)).size).toBe(DEMO_DATASETS.length);
    for (const { key, cube } of DEMO_DATASETS) {
      expect(cube.values.length, key).toBe(cellCount(cubeSize(cube.dimensions)));
      expect(new Set(cube.dimensions.map((d) => d.id)).size, key).toBe(cube.dimensions.length);
      for (const d of cube.dimensions) {
        expect(d.categories.length, `${key}.${d.id}`).toBeGreaterThan(0);
        expect(new Set(d.categories.map((c) => c.id)).size, `${key}.${d.id}`).toBe(
          d.categories.length,
        );
        if (d.role === 'metric') for (const c of d.categories) expect(c.unit?.label).toBeTruthy();
      }
      // A cell lacks a value exactly when it carries a status symbol.
      const mismatched = [...cube.values.keys()].filter(
        (i) => Number.isNaN(cube.values[i]) !== cube.status.has(i),
      );
      expect(mismatched, key).toEqual([]);
    }
  });

  it('mark the real datasets as not demo and the synthetic ones as demo', () => {
    const real = DEMO_DATASETS.filter((d) => !d.isDemo).map((d) => d.key);
    expect(real.sort()).toEqual([
      'brukermedvirkning-helseforetak-2014',
      'fou-helseforetak-2016',
      'primaerhelsetjenesten-forskningsandel',
      'publikasjoner-kommunale-tjenester',
    ]);
    for (const d of DEMO_DATASETS.filter((x) => x.isDemo)) {
      expect(d.sourceText, d.key).toBe('Tallgrunnlaget er syntetiske demodata laget for Rådsrom');
      expect(d.sourceText).toBe(SYNTHETIC_SOURCE);
    }
  });

  it('hold the health trusts’ R&D 2016: about 4 200 mill. kr, two thirds in Helse Sør-Øst', () => {
    const d = dataset('fou-helseforetak-2016');
    expect(d.sourceText).toBe(
      'Tallgrunnlaget er NIFUs statistikk over FoU i helseforetakene 2016 (avrundede tall)',
    );
    const at = (Region: string) =>
      cell(d.cube, { Region, Tid: '2016', ContentsCode: 'fou-utgifter' });
    expect(at('totalt')).toBe(4200);
    expect(at('helse-sor-ost')).toBe(2800);
    expect(at('ovrige')).toBe(1400);
    expect(d.cube.values.length).toBe(3);
    const shown = DEMO_INDICATORS.find((i) => i.datasetKey === d.key);
    expect(shown?.footnotes.join(' ')).toContain('om lag to tredjedeler');
    expect(shown?.footnotes.join(' ')).toContain('avrundet');
  });

  it('hold user involvement 2014 from figure 1 of the government plan, with the reading stated', () => {
    const d = dataset('brukermedvirkning-helseforetak-2014');
    expect(d.sourceText).toBe(
      'Tallgrunnlaget er regjeringens handlingsplan for HelseOmsorg21 (2015), figur 1',
    );
    const at = (Fagomrade: string, Brukermedvirkning: string) =>
      cell(d.cube, { Fagomrade, Brukermedvirkning, Tid: '2014' });
    expect(at('somatikk', 'rapportert')).toBe(614);
    expect(at('somatikk', 'ikke-rapportert')).toBe(132);
    expect(at('psykisk-helse', 'rapportert')).toBe(63);
    expect(at('psykisk-helse', 'ikke-rapportert')).toBe(33);
    expect([...d.cube.values].sort((a, b) => a - b)).toEqual([33, 63, 132, 614]);
    const footnotes = DEMO_INDICATORS.find((i) => i.datasetKey === d.key)?.footnotes.join(' ');
    expect(footnotes).toContain('Tall lest av figur 1 i regjeringens handlingsplan (2015)');
  });

  it('hold the publications on municipal services: 774 in 2018 and 736 in 2019', () => {
    const d = dataset('publikasjoner-kommunale-tjenester');
    expect(d.sourceText).toBe('Tallgrunnlaget er NIFU-rapport 2020:28');
    expect(cell(d.cube, { Tid: '2018', ContentsCode: 'publikasjoner' })).toBe(774);
    expect(cell(d.cube, { Tid: '2019', ContentsCode: 'publikasjoner' })).toBe(736);
    // The growth since 2011 is stated in words only; no 2011 count is made up.
    expect(d.cube.dimensions.find((x) => x.id === 'Tid')?.categories.map((c) => c.id)).toEqual([
      '2018',
      '2019',
    ]);
    expect(d.description).toContain('over 60 prosent fra 2011 til 2019');
  });

  it('hold the primary care shares: 10 % of research funds, 50 % of health spending', () => {
    const d = dataset('primaerhelsetjenesten-forskningsandel');
    expect(cell(d.cube, { Andel: 'forskningsmidler', ContentsCode: 'andel' })).toBe(10);
    expect(cell(d.cube, { Andel: 'helsekroner', ContentsCode: 'andel' })).toBe(50);
  });

  it('give the R&D cube four dimensions, a metric with units and ".." for early municipal years', () => {
    const { cube } = dataset('fou-helse-omsorg');
    expect(cube.dimensions.map((d) => d.id)).toEqual([
      'Sektor',
      'Finansieringskilde',
      'ContentsCode',
      'Tid',
    ]);
    expect(cube.dimensions[0]?.categories.map((c) => c.id)).toEqual([...SECTORS]);
    const missing = [...cube.status.values()];
    expect(missing.length).toBeGreaterThan(0);
    expect(new Set(missing)).toEqual(new Set(['..']));
    const at = (Sektor: string, Finansieringskilde: string, Tid: string) =>
      cell(cube, { Sektor, Finansieringskilde, ContentsCode: 'totale', Tid });
    expect(at('municipalities', 'offentlig', '2016')).toBeNaN();
    expect(at('municipalities', 'offentlig', '2017')).toBeGreaterThan(0);
    const parts = ['offentlig', 'naeringsliv', 'utlandet', 'andre'].map((s) =>
      at('health_trusts', s, '2020'),
    );
    expect(at('health_trusts', 'alle', '2020')).toBe(parts.reduce((a, b) => a + b, 0));
    const operating = cell(cube, {
      Sektor: 'business',
      Finansieringskilde: 'alle',
      ContentsCode: 'drift',
      Tid: '2024',
    });
    expect(operating).toBeLessThan(at('business', 'alle', '2024'));
  });

  it('count clinical trials by the four health regions and phases I–IV, 2018–2025', () => {
    const { cube } = dataset('kliniske-studier');
    const region = cube.dimensions.find((d) => d.id === 'Region');
    expect(region?.role).toBe('geo');
    expect(region?.categories.map((c) => c.label)).toEqual([
      'Alle regionale helseforetak',
      'Helse Sør-Øst',
      'Helse Vest',
      'Helse Midt-Norge',
      'Helse Nord',
    ]);
    const years = cube.dimensions.find((d) => d.id === 'Tid')?.categories.map((c) => c.id);
    expect(years?.[0]).toBe('2018');
    expect(years?.at(-1)).toBe('2025');
    const byPhase = ['I', 'II', 'III', 'IV'].map((Fase) =>
      cell(cube, { Region: 'helse-vest', Fase, Tid: '2022' }),
    );
    expect(cell(cube, { Region: 'helse-vest', Fase: 'alle', Tid: '2022' })).toBe(
      byPhase.reduce((a, b) => a + b, 0),
    );
  });
});

describe('demo monitor indicators', () => {
  it('number 12 to 16 with unique kebab-case slugs', () => {
    expect(DEMO_INDICATORS.length).toBeGreaterThanOrEqual(12);
    expect(DEMO_INDICATORS.length).toBeLessThanOrEqual(16);
    const slugs = DEMO_INDICATORS.map((i) => i.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('name only dimensions and categories their dataset has', () => {
    for (const { slug, datasetKey, spec, sourceText } of DEMO_INDICATORS) {
      const d = DEMO_DATASETS.find((x) => x.key === datasetKey);
      expect(d, slug).toBeDefined();
      if (!d) continue;
      expect(sourceText, slug).toBe(d.sourceText);
      const dims = new Map(
        d.cube.dimensions.map((x) => [x.id, new Set(x.categories.map((c) => c.id))]),
      );
      const named = [
        spec.xDimension,
        ...(spec.seriesDimension ? [spec.seriesDimension] : []),
        ...spec.filterDimensions,
        ...Object.keys(spec.fixed),
        ...Object.keys(spec.defaultSelection),
      ];
      for (const id of named) expect(dims.has(id), `${slug}: ${id}`).toBe(true);
      expect(spec.seriesDimension, slug).not.toBe(spec.xDimension);
      for (const [id, category] of Object.entries(spec.fixed)) {
        expect(dims.get(id)?.has(category), `${slug}: ${id}=${category}`).toBe(true);
        expect([spec.xDimension, spec.seriesDimension], slug).not.toContain(id);
      }
      for (const [id, categories] of Object.entries(spec.defaultSelection)) {
        expect(categories.length, `${slug}: ${id}`).toBeGreaterThan(0);
        for (const c of categories) expect(dims.get(id)?.has(c), `${slug}: ${id}=${c}`).toBe(true);
      }
      expect(CHART_TYPES).toContain(spec.chartType);
      expect(spec.unit, slug).not.toBe('');
      expect(Number.isInteger(spec.decimals) && spec.decimals >= 0, slug).toBe(true);
    }
  });

  it('draw their default view with the monitor’s figure code, with numbers in it', () => {
    for (const { slug, datasetKey, spec } of DEMO_INDICATORS) {
      const figure = figureData(dataset(datasetKey).cube, spec, {});
      const numbers = figure.series.flatMap((s) => s.values).filter((v) => v !== null);
      expect(numbers.length, slug).toBeGreaterThan(0);
    }
    const trusts = DEMO_INDICATORS.find((i) => i.slug === 'fou-helseforetak-2016');
    if (!trusts) throw new Error('missing fou-helseforetak-2016');
    const figure = figureData(dataset(trusts.datasetKey).cube, trusts.spec, {});
    expect(figure.series[0]?.values).toEqual([2800, 1400, 4200]);
  });

  it('never let a reader mix measures of different units in one figure', () => {
    for (const { slug, datasetKey, spec } of DEMO_INDICATORS) {
      const metric = dataset(datasetKey).cube.dimensions.find((x) => x.role === 'metric');
      if (!metric || metric.categories.length === 1 || metric.id in spec.fixed) continue;
      const units = new Set(metric.categories.map((c) => c.unit?.label));
      expect(units.size, slug).toBe(1);
      expect(metric.categories[0]?.unit?.label, slug).toBe(spec.unit);
    }
  });

  it('link to strategic areas, council areas and government measures that exist', () => {
    const councilTitles = DEMO_PLAN.areas.map((a) => a.title);
    for (const i of DEMO_INDICATORS) {
      expect(i.strategicAreas.length, i.slug).toBeGreaterThan(0);
      for (const title of i.strategicAreas) expect(areaTitles, i.slug).toContain(title);
      for (const title of i.councilAreas) expect(councilTitles, i.slug).toContain(title);
      for (const n of i.governmentMeasures) {
        expect(Number.isInteger(n) && n >= 1 && n <= 40, `${i.slug}: ${n}`).toBe(true);
        // A measure followed belongs to one of the indicator's own strategic areas.
        expect(i.strategicAreas, `${i.slug}: tiltak ${n}`).toContain(areaOfMeasure[n - 1]);
      }
    }
    expect(areaOfMeasure.length).toBe(40);
  });

  it('cover all ten strategic areas, every chart type, theme and sector', () => {
    const used = (pick: (i: (typeof DEMO_INDICATORS)[number]) => string[]) =>
      new Set(DEMO_INDICATORS.flatMap(pick));
    expect([...used((i) => i.strategicAreas)].sort()).toEqual([...areaTitles].sort());
    expect(used((i) => [i.spec.chartType])).toEqual(new Set(CHART_TYPES));
    expect(used((i) => [i.theme])).toEqual(new Set(THEMES));
    expect(used((i) => i.sectors)).toEqual(new Set(SECTORS));
  });

  it('follow the monitor measure, the clinical trial and the user involvement measures', () => {
    const measureNumber = (title: string) =>
      GOVERNMENT_PLAN.areas.flatMap((a) => a.measures).findIndex((m) => m.title === title) + 1;
    const followed = new Set(DEMO_INDICATORS.flatMap((i) => i.governmentMeasures));
    expect(followed).toContain(measureNumber('Opprette HelseOmsorg21-monitor'));
    expect(followed).toContain(
      measureNumber('Gjøre brukermedvirkning til hovedregel i forskning som HOD finansierer'),
    );
    const trials = DEMO_INDICATORS.filter((i) => i.theme === 'clinical_trials');
    expect(trials.length).toBeGreaterThan(0);
    for (const i of trials) {
      expect(i.councilAreas).toContain('Kliniske studier som en integrert del av helsetjenesten');
      expect(i.governmentMeasures).toContain(
        measureNumber('Etablere en nasjonal database over kliniske studier'),
      );
    }
    const municipal = DEMO_INDICATORS.filter((i) => i.sectors.includes('municipalities'));
    expect(municipal.some((i) => i.councilAreas.includes('Kunnskapsløft for kommunene'))).toBe(
      true,
    );
  });

  it('draw heatmaps over a category × year view and warn where categories overlap', () => {
    const heatmaps = DEMO_INDICATORS.filter((i) => i.spec.chartType === 'heatmap');
    expect(heatmaps.length).toBeGreaterThan(0);
    for (const i of heatmaps) {
      expect(i.spec.xDimension).toBe('Tid');
      expect(i.spec.seriesDimension).not.toBeNull();
    }
    const counts = DEMO_INDICATORS.find((i) => i.slug === 'hrcs-prosjekter');
    expect(counts?.notSummable).toBe(true);
    expect(counts?.warnings).toContain(NOT_SUMMABLE_WARNING);
    for (const i of DEMO_INDICATORS.filter((x) => !x.notSummable)) {
      expect(i.warnings).not.toContain(NOT_SUMMABLE_WARNING);
    }
  });
});

describe('demo HRCS portfolio', () => {
  const { columns, rows } = DEMO_HRCS_PORTFOLIO;
  const column = (name: string) => rows.map((r) => r[columns.indexOf(name)] ?? '');
  const parse = (coding: string) =>
    coding.split('; ').map((part) => {
      const [code = '', percent = ''] = part.split(':');
      return { code, percent: Number(percent) };
    });
  const VALID_SPLITS = ['100', '50,50', '33.33,33.33,33.33', '75,25'];

  it('is a tidy table of about 60 projects 2021–2025 with the agreed columns', () => {
    expect(columns).toEqual([
      'prosjektnummer',
      'tittel',
      'finansiør',
      'sektor',
      'år',
      'beløp',
      'helsekategorier',
      'forskningsaktiviteter',
    ]);
    expect(rows.length).toBeGreaterThanOrEqual(55);
    expect(rows.length).toBeLessThanOrEqual(65);
    for (const row of rows) expect(row.length).toBe(columns.length);
    expect(new Set(column('prosjektnummer')).size).toBe(rows.length);
    expect(new Set(column('finansiør'))).toEqual(
      new Set([
        'Forskningsrådet',
        'Helse Sør-Øst RHF',
        'Helse Vest RHF',
        'Helse Midt-Norge RHF',
        'Helse Nord RHF',
      ]),
    );
    expect(new Set(column('år'))).toEqual(new Set(['2021', '2022', '2023', '2024', '2025']));
    const sectorLabels = Object.values(SECTOR_LABELS);
    for (const s of column('sektor')) expect(sectorLabels).toContain(s);
  });

  it('writes amounts of 0.5–25 mill. kr the Norwegian way', () => {
    for (const amount of column('beløp')) {
      expect(amount).toMatch(/^\d{1,3}( \d{3})*(,\d{2})?$/);
      const kroner = Number(amount.replaceAll(' ', '').replace(',', '.'));
      expect(kroner).toBeGreaterThanOrEqual(500_000);
      expect(kroner).toBeLessThanOrEqual(25_000_000);
    }
    expect(column('beløp').some((a) => a.endsWith(',50'))).toBe(true);
  });

  it('codes every project with valid HRCS splits, a few in thirds', () => {
    const activityCount = [5, 6, 5, 5, 9, 9, 4, 5]; // codes per group 1–8, 48 in all
    for (const row of rows) {
      const health = parse(row[6] ?? '');
      const activities = parse(row[7] ?? '');
      for (const h of health)
        expect(findHealthCategory(h.code), `${row[0]}: ${h.code}`).toBeDefined();
      for (const a of activities) {
        const [group = 0, code = 0] = a.code.split('.').map(Number);
        expect(code >= 1 && code <= (activityCount[group - 1] ?? 0), `${row[0]}: ${a.code}`).toBe(
          true,
        );
      }
      expect(activities.length).toBeLessThanOrEqual(4);
      for (const coding of [health, activities]) {
        expect(VALID_SPLITS, row[0]).toContain(coding.map((c) => c.percent).join(','));
        expect(new Set(coding.map((c) => c.code)).size).toBe(coding.length);
      }
    }
    const thirds = rows.filter(
      (r) => (r[6] ?? '').includes('33.33') || (r[7] ?? '').includes('33.33'),
    );
    expect(thirds.length).toBeGreaterThanOrEqual(3);
  });

  it('is read by the monitor’s HRCS importer without a single problem', () => {
    const read = readHrcsPortfolio(DEMO_HRCS_PORTFOLIO);
    expect(read.problems).toEqual([]);
    expect(read.projects.length).toBe(rows.length);
    expect(read.projects[0]?.amount).toBe(DEMO_HRCS_PROJECTS[0]?.amount);
  });

  it('matches the project counts of the HRCS dataset, a project counted in each category', () => {
    const { cube } = dataset('hrcs-portefolje');
    const { projects } = readHrcsPortfolio(DEMO_HRCS_PORTFOLIO);
    for (const Tid of ['2021', '2022', '2023', '2024', '2025']) {
      const ofYear = projects.filter((p) => String(p.year) === Tid);
      for (const { code } of HEALTH_CATEGORIES) {
        const expected = ofYear.filter((p) => p.health.some((h) => h.code === code)).length;
        expect(cell(cube, { Helsekategori: code, Tid, ContentsCode: 'prosjekter' }), code).toBe(
          expected,
        );
      }
      const counted = HEALTH_CATEGORIES.reduce(
        (sum, { code }) =>
          sum + cell(cube, { Helsekategori: code, Tid, ContentsCode: 'prosjekter' }),
        0,
      );
      // Overlap: projects with several categories are counted more than once.
      expect(counted).toBe(ofYear.reduce((sum, p) => sum + p.health.length, 0));
      expect(counted).toBeGreaterThan(ofYear.length);
    }
  });
});
