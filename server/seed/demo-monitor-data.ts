import type { Cube } from '../../core/monitor/cube.ts';
import {
  type FigureSpec,
  NOT_SUMMABLE_WARNING,
  SECTOR_LABELS,
  SECTORS,
  type Sector,
  type Theme,
} from '../../core/monitor/indicators.ts';
import {
  buildCube,
  COUNT,
  demoNoise,
  dim,
  HRCS_PORTFOLIO_CUBE,
  MILL_KR,
  PERCENT,
  SYNTHETIC_SOURCE,
  years,
} from './demo-monitor-hrcs.ts';
import { GOVERNMENT_PLAN } from './government-plan-data.ts';

export { DEMO_HRCS_PORTFOLIO, SYNTHETIC_SOURCE } from './demo-monitor-hrcs.ts';

/**
 * The demo monitor's datasets. Four hold only published facts the project has, with their
 * sources (`isDemo: false`); the rest are synthetic series with plausible magnitudes, built from
 * a fixed formula so they never change between seedings (`isDemo: true`).
 */

export type DemoDataset = {
  key: string;
  title: string;
  description: string;
  sourceText: string;
  isDemo: boolean;
  cube: Cube;
};

const round1 = (value: number) => Math.round(value * 10) / 10;

const RHF: [string, string][] = [
  ['helse-sor-ost', 'Helse Sør-Øst'],
  ['helse-vest', 'Helse Vest'],
  ['helse-midt-norge', 'Helse Midt-Norge'],
  ['helse-nord', 'Helse Nord'],
];
const ALL_REGIONS: [string, string] = ['alle', 'Alle regionale helseforetak'];

// --- Real facts -------------------------------------------------------------------------------

const fouHelseforetak2016: DemoDataset = {
  key: 'fou-helseforetak-2016',
  title: 'FoU i helseforetakene 2016',
  description:
    'Helseforetakene brukte om lag 4,2 milliarder kroner på forskning og utviklingsarbeid i 2016. ' +
    'Om lag to tredjedeler av dette var i Helse Sør-Øst.',
  sourceText: 'Tallgrunnlaget er NIFUs statistikk over FoU i helseforetakene 2016 (avrundede tall)',
  isDemo: false,
  cube: buildCube(
    'FoU i helseforetakene 2016',
    'NIFU',
    [
      dim('Region', 'Region', 'geo', [
        ['helse-sor-ost', 'Helse Sør-Øst'],
        ['ovrige', 'Øvrige regionale helseforetak'],
        ['totalt', 'Totalt'],
      ]),
      years(2016, 2016),
      dim('ContentsCode', 'Måltall', 'metric', [
        { id: 'fou-utgifter', label: 'FoU-utgifter', unit: MILL_KR },
      ]),
    ],
    // Only the stated total and share: two thirds of 4 200 is 2 800, the rest 1 400.
    ([region]) => ({ 'helse-sor-ost': 2800, ovrige: 1400, totalt: 4200 })[region ?? ''] ?? '..',
  ),
};

/**
 * Figure 1 of the government's plan gives four amounts without saying clearly which belong
 * together. We read them as somatic research 614 (reported user involvement) and 132 (none
 * reported), mental health 63 and 33: somatic research is by far the larger field, mental
 * health then makes up about a tenth as it usually does, and reported involvement is the larger
 * part of each.
 */
const USER_INVOLVEMENT_2014: Record<string, Record<string, number>> = {
  'psykisk-helse': { rapportert: 63, 'ikke-rapportert': 33 },
  somatikk: { rapportert: 614, 'ikke-rapportert': 132 },
};

const brukermedvirkning2014: DemoDataset = {
  key: 'brukermedvirkning-helseforetak-2014',
  title: 'Brukermedvirkning i helseforetakenes forskning 2014',
  description:
    'Forskningsmidler i helseforetakene i 2014 etter om prosjektene rapporterte brukermedvirkning, ' +
    'for psykisk helse og somatikk.',
  sourceText: 'Tallgrunnlaget er regjeringens handlingsplan for HelseOmsorg21 (2015), figur 1',
  isDemo: false,
  cube: buildCube(
    'Brukermedvirkning i helseforetakene 2014',
    'Regjeringens handlingsplan for HelseOmsorg21 (2015)',
    [
      dim('Fagomrade', 'Fagområde', null, [
        ['psykisk-helse', 'Psykisk helse'],
        ['somatikk', 'Somatikk'],
      ]),
      dim('Brukermedvirkning', 'Brukermedvirkning', null, [
        ['rapportert', 'Rapportert brukermedvirkning'],
        ['ikke-rapportert', 'Ingen rapportert brukermedvirkning'],
      ]),
      years(2014, 2014),
    ],
    ([field, involvement]) => USER_INVOLVEMENT_2014[field ?? '']?.[involvement ?? ''] ?? '..',
  ),
};

const publikasjonerKommunale: DemoDataset = {
  key: 'publikasjoner-kommunale-tjenester',
  title: 'Publikasjoner rettet mot de kommunale helse- og omsorgstjenestene',
  description:
    'Antall vitenskapelige publikasjoner rettet mot de kommunale helse- og omsorgstjenestene. ' +
    'Antallet økte med over 60 prosent fra 2011 til 2019, og feltet utgjør nå om lag 10 prosent ' +
    'av publikasjonene i medisin og helsefag. Toppåret var 2018.',
  sourceText: 'Tallgrunnlaget er NIFU-rapport 2020:28',
  isDemo: false,
  cube: buildCube(
    'Publikasjoner rettet mot kommunale helse- og omsorgstjenester',
    'NIFU-rapport 2020:28',
    [
      years(2018, 2019),
      dim('ContentsCode', 'Måltall', 'metric', [
        { id: 'publikasjoner', label: 'Vitenskapelige publikasjoner', unit: COUNT },
      ]),
    ],
    ([year]) => ({ '2018': 774, '2019': 736 })[year ?? ''] ?? '..',
  ),
};

const primaerhelsetjenesten: DemoDataset = {
  key: 'primaerhelsetjenesten-forskningsandel',
  title: 'Primærhelsetjenestens andel av forskningsmidler og helsekroner',
  description:
    'Bare 10 prosent av helse- og omsorgssektorens forskningsmidler går til primærhelsetjenesten, ' +
    'selv om 50 prosent av helsekronene brukes i denne delen av tjenestene.',
  sourceText: 'Tallgrunnlaget er NIFU-rapport 2016:32',
  isDemo: false,
  cube: buildCube(
    'Primærhelsetjenestens andel',
    'NIFU-rapport 2016:32',
    [
      dim('Andel', 'Andel av', null, [
        ['forskningsmidler', 'Helse- og omsorgssektorens forskningsmidler'],
        ['helsekroner', 'Helsekronene'],
      ]),
      dim('ContentsCode', 'Måltall', 'metric', [
        { id: 'andel', label: 'Andel til primærhelsetjenesten', unit: PERCENT },
      ]),
    ],
    ([share]) => ({ forskningsmidler: 10, helsekroner: 50 })[share ?? ''] ?? '..',
  ),
};

// --- Synthetic series ---------------------------------------------------------------------------

/** Health-related R&D in 2015 by sector (mill. kr), yearly growth and shares by funding source. */
const FOU_BASE: Record<Sector, { total: number; growth: number; shares: number[] }> = {
  business: { total: 2600, growth: 0.05, shares: [0.1, 0.75, 0.13, 0.02] },
  institutes: { total: 1800, growth: 0.03, shares: [0.6, 0.1, 0.15, 0.15] },
  higher_education: { total: 5200, growth: 0.04, shares: [0.8, 0.04, 0.08, 0.08] },
  health_trusts: { total: 4000, growth: 0.035, shares: [0.88, 0.03, 0.03, 0.06] },
  municipalities: { total: 250, growth: 0.07, shares: [0.9, 0.02, 0.01, 0.07] },
};
const FUNDING_SOURCES: [string, string][] = [
  ['offentlig', 'Offentlig'],
  ['naeringsliv', 'Næringsliv'],
  ['utlandet', 'Utlandet'],
  ['andre', 'Andre kilder'],
];

function fouCell(sector: Sector, source: string, measure: string, year: number): number | string {
  // The municipalities' R&D was not measured in the first two years of the series.
  if (sector === 'municipalities' && year < 2017) return '..';
  if (source === 'alle') {
    return FUNDING_SOURCES.reduce(
      (sum, [id]) => sum + Number(fouCell(sector, id, measure, year)),
      0,
    );
  }
  const base = FOU_BASE[sector];
  const i = FUNDING_SOURCES.findIndex(([id]) => id === source);
  const weights = base.shares.map(
    (s, k) => s * (1 + 0.1 * demoNoise('fou-kilde', sector, k, year)),
  );
  const share = (weights[i] ?? 0) / weights.reduce((a, b) => a + b, 0);
  const total =
    base.total * (1 + base.growth) ** (year - 2015) * (1 + 0.03 * demoNoise('fou', sector, year));
  const operating = 0.86 + 0.04 * demoNoise('fou-drift', sector, source, year);
  return Math.round(total * share * (measure === 'drift' ? operating : 1));
}

const fouHelseOmsorg: DemoDataset = {
  key: 'fou-helse-omsorg',
  title: 'FoU-utgifter til helse og omsorg etter sektor og finansieringskilde',
  description:
    'Konstruerte tall for demonstrasjon: utgifter til forskning og utviklingsarbeid med relevans ' +
    'for helse og omsorg, etter sektoren som utfører arbeidet og hvem som finansierer det.',
  sourceText: SYNTHETIC_SOURCE,
  isDemo: true,
  cube: buildCube(
    'FoU-utgifter til helse og omsorg',
    SYNTHETIC_SOURCE,
    [
      dim(
        'Sektor',
        'Sektor',
        null,
        SECTORS.map((s): [string, string] => [s, SECTOR_LABELS[s]]),
      ),
      dim('Finansieringskilde', 'Finansieringskilde', null, [
        ['alle', 'Alle finansieringskilder'],
        ...FUNDING_SOURCES,
      ]),
      dim('ContentsCode', 'Måltall', 'metric', [
        { id: 'totale', label: 'Totale FoU-utgifter', unit: MILL_KR },
        { id: 'drift', label: 'Driftsutgifter', unit: MILL_KR },
      ]),
      years(2015, 2024),
    ],
    ([sector, source = '', measure = '', year]) =>
      fouCell(sector as Sector, source, measure, Number(year)),
  ),
};

const REGION_SCALE: Record<string, number> = {
  'helse-sor-ost': 1,
  'helse-vest': 0.45,
  'helse-midt-norge': 0.36,
  'helse-nord': 0.2,
};
const PHASES: [string, string][] = [
  ['I', 'Fase I'],
  ['II', 'Fase II'],
  ['III', 'Fase III'],
  ['IV', 'Fase IV'],
];
const PHASE_SHARE: Record<string, number> = { I: 0.08, II: 0.25, III: 0.42, IV: 0.25 };

function trialsCell(region: string, phase: string, year: number): number {
  if (region === 'alle') return RHF.reduce((sum, [id]) => sum + trialsCell(id, phase, year), 0);
  if (phase === 'alle') return PHASES.reduce((sum, [id]) => sum + trialsCell(region, id, year), 0);
  const expected = 210 * (REGION_SCALE[region] ?? 0) * (PHASE_SHARE[phase] ?? 0);
  return Math.round(
    expected * 1.04 ** (year - 2018) * (1 + 0.15 * demoNoise('studier', region, phase, year)),
  );
}

const kliniskeStudier: DemoDataset = {
  key: 'kliniske-studier',
  title: 'Kliniske studier startet i helseforetakene',
  description:
    'Konstruerte tall for demonstrasjon: antall nye kliniske behandlingsstudier som startet hvert år, ' +
    'etter regionalt helseforetak og fase.',
  sourceText: SYNTHETIC_SOURCE,
  isDemo: true,
  cube: buildCube(
    'Kliniske studier startet',
    SYNTHETIC_SOURCE,
    [
      dim('Region', 'Regionalt helseforetak', 'geo', [ALL_REGIONS, ...RHF]),
      dim('Fase', 'Fase', null, [['alle', 'Alle faser'], ...PHASES]),
      years(2018, 2025),
    ],
    ([region = '', phase = '', year]) => trialsCell(region, phase, Number(year)),
  ),
};

const INNOVATION_BASE: Record<string, number> = {
  innovasjonsprosjekter: 140,
  lisensavtaler: 22,
  'nye-selskaper': 5,
};

function innovationCell(measure: string, region: string, year: number): number {
  if (region === 'alle')
    return RHF.reduce((sum, [id]) => sum + innovationCell(measure, id, year), 0);
  const expected = (INNOVATION_BASE[measure] ?? 0) * (REGION_SCALE[region] ?? 0);
  const spread = measure === 'innovasjonsprosjekter' ? 0.12 : 0.35;
  const value = expected * 1.06 ** (year - 2018) * (1 + spread * demoNoise(measure, region, year));
  return Math.max(0, Math.round(value));
}

const innovasjon: DemoDataset = {
  key: 'innovasjon-helseforetak',
  title: 'Innovasjon og kommersialisering i helseforetakene',
  description:
    'Konstruerte tall for demonstrasjon: innovasjonsprosjekter, lisensavtaler og nye selskaper ' +
    'fra helseforetakene, etter regionalt helseforetak.',
  sourceText: SYNTHETIC_SOURCE,
  isDemo: true,
  cube: buildCube(
    'Innovasjon i helseforetakene',
    SYNTHETIC_SOURCE,
    [
      dim('ContentsCode', 'Måltall', 'metric', [
        { id: 'innovasjonsprosjekter', label: 'Innovasjonsprosjekter', unit: COUNT },
        { id: 'lisensavtaler', label: 'Lisensavtaler', unit: COUNT },
        { id: 'nye-selskaper', label: 'Nye selskaper', unit: COUNT },
      ]),
      dim('Region', 'Regionalt helseforetak', 'geo', [ALL_REGIONS, ...RHF]),
      years(2018, 2025),
    ],
    ([measure = '', region = '', year]) => innovationCell(measure, region, Number(year)),
  ),
};

const brukermedvirkningSoknader: DemoDataset = {
  key: 'brukermedvirkning-soknader',
  title: 'Brukermedvirkning i innvilgede prosjekter',
  description:
    'Konstruerte tall for demonstrasjon: andelen innvilgede prosjekter der søknaden beskriver ' +
    'brukermedvirkning, etter finansiør.',
  sourceText: SYNTHETIC_SOURCE,
  isDemo: true,
  cube: buildCube(
    'Andel prosjekter med brukermedvirkning',
    SYNTHETIC_SOURCE,
    [
      dim('Finansior', 'Finansiør', null, [
        ['forskningsradet', 'Forskningsrådet'],
        ['rhf', 'Regionale helseforetak'],
      ]),
      years(2017, 2025),
    ],
    ([funder, year]) => {
      const [start, step] = funder === 'forskningsradet' ? [30, 4.5] : [48, 4];
      const t = Number(year) - 2017;
      return round1(Math.min(95, start + step * t + 2 * demoNoise('bm', funder ?? '', t)));
    },
  ),
};

const DISEASE_GROUPS: [string, string, number, number][] = [
  ['kreft', 'Kreft', 16.5, 0.05],
  ['hjerte-kar', 'Hjerte- og karsykdommer', 11, -0.25],
  ['psykisk-rus', 'Psykiske lidelser og rusmiddellidelser', 14, 0.1],
  ['muskel-skjelett', 'Muskel- og skjelettlidelser', 12.5, 0.05],
  ['nevrologiske', 'Nevrologiske sykdommer', 8, 0.12],
  ['luftveier', 'Kroniske luftveissykdommer', 5.5, -0.02],
  ['diabetes-nyre', 'Diabetes og nyresykdommer', 4, 0.05],
  ['skader', 'Skader', 7.5, -0.05],
];

function dalyShare(group: string, year: number): number {
  if (group === 'andre') {
    const named = DISEASE_GROUPS.reduce((sum, [id]) => sum + dalyShare(id, year), 0);
    return round1(100 - named);
  }
  const [, , base = 0, trend = 0] = DISEASE_GROUPS.find(([id]) => id === group) ?? [];
  return round1(base + trend * (year - 2015) + 0.2 * demoNoise('daly', group, year));
}

const sykdomsbyrde: DemoDataset = {
  key: 'sykdomsbyrde-daly',
  title: 'Sykdomsbyrde etter sykdomsgruppe',
  description:
    'Konstruerte tall for demonstrasjon: hver sykdomsgruppes andel av den samlede sykdomsbyrden, ' +
    'målt i helsetapsjusterte leveår (DALY).',
  sourceText: SYNTHETIC_SOURCE,
  isDemo: true,
  cube: buildCube(
    'Andel av sykdomsbyrden (DALY)',
    SYNTHETIC_SOURCE,
    [
      dim('Sykdomsgruppe', 'Sykdomsgruppe', null, [
        ...DISEASE_GROUPS.map(([id, label]): [string, string] => [id, label]),
        ['andre', 'Andre sykdommer og tilstander'],
      ]),
      years(2015, 2024),
    ],
    ([group = '', year]) => dalyShare(group, Number(year)),
  ),
};

const hrcsPortefolje: DemoDataset = {
  key: 'hrcs-portefolje',
  title: 'Prosjekter etter HRCS-helsekategori',
  description:
    'Konstruerte tall for demonstrasjon: antall prosjekter i en syntetisk HRCS-portefølje fra ' +
    'Forskningsrådet og de regionale helseforetakene, etter helsekategori og år. Et prosjekt ' +
    'som er kodet til flere kategorier, telles i hver av dem.',
  sourceText: SYNTHETIC_SOURCE,
  isDemo: true,
  cube: HRCS_PORTFOLIO_CUBE,
};

const DOCTORATE_BASE: Partial<Record<Sector, number>> = {
  higher_education: 650,
  health_trusts: 280,
  institutes: 60,
};

const doktorgrader: DemoDataset = {
  key: 'doktorgrader-helse',
  title: 'Doktorgrader i medisin og helsefag etter arbeidssted',
  description:
    'Konstruerte tall for demonstrasjon: avlagte doktorgrader i medisin og helsefag, etter ' +
    'sektoren kandidaten arbeidet i.',
  sourceText: SYNTHETIC_SOURCE,
  isDemo: true,
  cube: buildCube(
    'Doktorgrader i medisin og helsefag',
    SYNTHETIC_SOURCE,
    [
      dim(
        'Sektor',
        'Sektor',
        null,
        (['higher_education', 'health_trusts', 'institutes'] as const).map(
          (s): [string, string] => [s, SECTOR_LABELS[s]],
        ),
      ),
      years(2015, 2024),
    ],
    ([sector = '', year]) => {
      const base = DOCTORATE_BASE[sector as Sector] ?? 0;
      const t = Number(year) - 2015;
      return Math.round(base * 1.02 ** t * (1 + 0.06 * demoNoise('dr', sector, t)));
    },
  ),
};

export const DEMO_DATASETS: DemoDataset[] = [
  fouHelseforetak2016,
  brukermedvirkning2014,
  publikasjonerKommunale,
  primaerhelsetjenesten,
  fouHelseOmsorg,
  kliniskeStudier,
  innovasjon,
  brukermedvirkningSoknader,
  sykdomsbyrde,
  hrcsPortefolje,
  doktorgrader,
];

// --- Indicators ---------------------------------------------------------------------------------

export type DemoIndicator = {
  datasetKey: string;
  slug: string;
  title: string;
  titleNn?: string;
  titleEn?: string;
  description: string;
  sourceText: string;
  definitions: string;
  footnotes: string[];
  warnings: string[];
  notSummable: boolean;
  theme: Theme;
  sectors: Sector[];
  spec: FigureSpec;
  /** Titles of the government plan's strategic areas (exactly as in government-plan-data.ts). */
  strategicAreas: string[];
  /** Titles of areas of the council's own plan (exactly as in demo-plan-data.ts). */
  councilAreas: string[];
  /** Numbers (1–40, order of appendix 1, counted across areas) of government measures followed. */
  governmentMeasures: number[];
};

const MEASURE_TITLES = GOVERNMENT_PLAN.areas.flatMap((a) => a.measures.map((m) => m.title));

/** The numbers of the government measures whose titles begin with the given words. */
function measures(...beginnings: string[]): number[] {
  return beginnings.map((beginning) => {
    const found = MEASURE_TITLES.flatMap((t, i) => (t.startsWith(beginning) ? [i + 1] : []));
    if (found.length !== 1 || found[0] === undefined) {
      throw new Error(`Fant ikke ett entydig regjeringstiltak som begynner med «${beginning}».`);
    }
    return found[0];
  });
}

type Defaulted = 'footnotes' | 'warnings' | 'notSummable' | 'councilAreas' | 'governmentMeasures';
type IndicatorInput = Omit<DemoIndicator, 'sourceText' | 'spec' | Defaulted> &
  Partial<Pick<DemoIndicator, Defaulted>> & {
    spec: Partial<FigureSpec> & Pick<FigureSpec, 'xDimension' | 'chartType' | 'unit'>;
  };

/** Fresh objects for every indicator, so changing one spec never changes another. */
const specDefaults = (): Omit<FigureSpec, 'xDimension' | 'chartType' | 'unit'> => ({
  seriesDimension: null,
  filterDimensions: [],
  fixed: {},
  defaultSelection: {},
  decimals: 0,
});

/** Fills the defaults; the source line is always the dataset's own. */
function indicator(input: IndicatorInput): DemoIndicator {
  const dataset = DEMO_DATASETS.find((d) => d.key === input.datasetKey);
  if (!dataset) throw new Error(`Indikatoren ${input.slug} viser til et ukjent datasett.`);
  const notSummable = input.notSummable ?? false;
  return {
    footnotes: [],
    councilAreas: [],
    governmentMeasures: [],
    ...input,
    notSummable,
    warnings: [...(notSummable ? [NOT_SUMMABLE_WARNING] : []), ...(input.warnings ?? [])],
    sourceText: dataset.sourceText,
    spec: { ...specDefaults(), ...input.spec },
  };
}

const MONITOR = 'Opprette HelseOmsorg21-monitor';
const KNOWLEDGE_SYSTEM = 'Bygge opp et kunnskapssystem for forskning rettet mot de kommunale';
const CLINICAL = [
  'Etablere et felles program for klinisk behandlingsforskning',
  'Etablere en nasjonal database over kliniske studier',
];
const USER_INVOLVEMENT = [
  'Gjøre brukermedvirkning til hovedregel',
  'Evaluere hvor utbredt brukermedvirkning',
];
const COUNCIL_MUNICIPAL = 'Kunnskapsløft for kommunene';
const COUNCIL_TRIALS = 'Kliniske studier som en integrert del av helsetjenesten';
const COUNCIL_INDUSTRY = 'Hjemmemarked, næringsutvikling og innovative offentlige anskaffelser';
const FOU_DEFINITION =
  'FoU-utgifter er utgifter til forskning og utviklingsarbeid utført i sektoren, uansett hvem ' +
  'som finansierer dem. Totale FoU-utgifter omfatter drifts- og kapitalutgifter; driftsutgifter ' +
  'er lønn og andre løpende kostnader.';
const TRIALS_DEFINITION =
  'En klinisk studie regnes som startet det året første deltaker blir inkludert. Studier med ' +
  'flere regioner telles i regionen til koordinerende helseforetak.';
const INNOVATION_DEFINITION =
  'Innovasjonsprosjekter er prosjekter som utvikler eller tar i bruk nye produkter, tjenester ' +
  'eller arbeidsmåter. Lisensavtaler og nye selskaper gjelder kommersialisering av ideer fra ' +
  'helseforetakenes ansatte.';

export const DEMO_INDICATORS: DemoIndicator[] = [
  indicator({
    datasetKey: 'fou-helseforetak-2016',
    slug: 'fou-helseforetak-2016',
    title: 'FoU i helseforetakene 2016',
    titleNn: 'FoU i helseføretaka 2016',
    titleEn: 'R&D in the health trusts 2016',
    description:
      'Helseforetakenes utgifter til forskning og utviklingsarbeid i 2016, etter region.',
    definitions: FOU_DEFINITION,
    footnotes: [
      'Helse Sør-Østs andel er oppgitt som «om lag to tredjedeler» av totalen; fordelingen er regnet ut fra dette.',
      'Tallene er avrundet.',
    ],
    theme: 'resources',
    sectors: ['health_trusts'],
    spec: {
      xDimension: 'Region',
      fixed: { ContentsCode: 'fou-utgifter', Tid: '2016' },
      chartType: 'bar',
      unit: 'mill. kr',
    },
    strategicAreas: ['Strategisk og kunnskapsbasert styring'],
    governmentMeasures: measures(MONITOR),
  }),
  indicator({
    datasetKey: 'brukermedvirkning-helseforetak-2014',
    slug: 'brukermedvirkning-helseforetak-2014',
    title: 'Brukermedvirkning i helseforetakenes forskning 2014',
    titleNn: 'Brukarmedverknad i helseføretaka si forsking 2014',
    titleEn: 'User involvement in health trust research 2014',
    description:
      'Forskningsmidler i prosjekter med og uten rapportert brukermedvirkning, for psykisk helse og somatikk.',
    definitions:
      'Brukermedvirkning betyr at pasienter, brukere eller pårørende er med på å planlegge, ' +
      'gjennomføre eller formidle forskningen. Prosjektene rapporterte selv om de hadde brukermedvirkning.',
    footnotes: [
      'Tall lest av figur 1 i regjeringens handlingsplan (2015). Figuren viser ikke entydig hvilke tall som hører sammen; vi leser den slik at somatikk har 614 mill. kr med og 132 mill. kr uten rapportert brukermedvirkning, og psykisk helse 63 mill. kr med og 33 mill. kr uten.',
    ],
    warnings: ['Fordelingen av tallene på kategoriene er vår lesning av en figur.'],
    theme: 'user_involvement',
    sectors: ['health_trusts'],
    spec: {
      xDimension: 'Fagomrade',
      seriesDimension: 'Brukermedvirkning',
      fixed: { Tid: '2014' },
      chartType: 'stacked_bar',
      unit: 'mill. kr',
    },
    strategicAreas: ['Mer brukermedvirkning'],
    governmentMeasures: measures(...USER_INVOLVEMENT),
  }),
  indicator({
    datasetKey: 'publikasjoner-kommunale-tjenester',
    slug: 'publikasjoner-kommunale-tjenester',
    title: 'Publikasjoner rettet mot de kommunale helse- og omsorgstjenestene',
    titleNn: 'Publikasjonar retta mot dei kommunale helse- og omsorgstenestene',
    titleEn: 'Publications on municipal health and care services',
    description:
      'Antallet vitenskapelige publikasjoner rettet mot de kommunale tjenestene økte med over 60 prosent fra 2011 til 2019. Toppåret var 2018.',
    definitions:
      'Vitenskapelige publikasjoner i medisin og helsefag som handler om eller er rettet mot de kommunale helse- og omsorgstjenestene.',
    theme: 'results',
    sectors: ['municipalities'],
    spec: {
      xDimension: 'Tid',
      fixed: { ContentsCode: 'publikasjoner' },
      chartType: 'bar',
      unit: 'antall',
    },
    strategicAreas: ['Kunnskapsløft for kommunene'],
    councilAreas: [COUNCIL_MUNICIPAL],
    governmentMeasures: measures(KNOWLEDGE_SYSTEM),
  }),
  indicator({
    datasetKey: 'primaerhelsetjenesten-forskningsandel',
    slug: 'forskningsandel-primaerhelsetjenesten',
    title: 'Primærhelsetjenestens andel av forskningsmidler og helsekroner',
    titleNn: 'Primærhelsetenesta sin del av forskingsmidlar og helsekroner',
    titleEn: 'Primary care share of research funds and health spending',
    description:
      'Primærhelsetjenesten får 10 prosent av forskningsmidlene i helse- og omsorgssektoren, men står for 50 prosent av helsekronene.',
    definitions:
      'Primærhelsetjenesten er de kommunale helse- og omsorgstjenestene, med fastleger, helsestasjoner, sykehjem og hjemmetjenester.',
    footnotes: ['Andelene er fra kartleggingen i NIFU-rapport 2016:32.'],
    theme: 'resources',
    sectors: ['municipalities'],
    spec: {
      xDimension: 'Andel',
      fixed: { ContentsCode: 'andel' },
      chartType: 'bar',
      unit: '%',
    },
    strategicAreas: ['Kunnskapsløft for kommunene', 'Effektive og lærende tjenester'],
    councilAreas: [COUNCIL_MUNICIPAL],
    governmentMeasures: measures(KNOWLEDGE_SYSTEM),
  }),
  indicator({
    datasetKey: 'fou-helse-omsorg',
    slug: 'fou-utgifter-sektor',
    title: 'FoU-utgifter til helse og omsorg etter sektor',
    titleNn: 'FoU-utgifter til helse og omsorg etter sektor',
    titleEn: 'Health and care R&D expenditure by sector',
    description: 'Utviklingen i FoU-utgifter med relevans for helse og omsorg i hver sektor.',
    definitions: FOU_DEFINITION,
    footnotes: ['Kommunenes FoU ble ikke målt i 2015 og 2016 (..).'],
    theme: 'resources',
    sectors: [...SECTORS],
    spec: {
      xDimension: 'Tid',
      seriesDimension: 'Sektor',
      filterDimensions: ['Sektor', 'Finansieringskilde', 'Tid'],
      fixed: { ContentsCode: 'totale' },
      defaultSelection: { Finansieringskilde: ['alle'] },
      chartType: 'line',
      unit: 'mill. kr',
    },
    strategicAreas: [
      'Strategisk og kunnskapsbasert styring',
      'Høy kvalitet og sterkere internasjonalisering',
    ],
    governmentMeasures: measures(MONITOR, 'Styrke grunnleggende forskning'),
  }),
  indicator({
    datasetKey: 'fou-helse-omsorg',
    slug: 'fou-finansieringskilde',
    title: 'FoU-utgifter til helse og omsorg etter finansieringskilde',
    titleNn: 'FoU-utgifter til helse og omsorg etter finansieringskjelde',
    titleEn: 'Health and care R&D expenditure by source of funds',
    description: 'Hvem som finansierer FoU-arbeidet i en sektor, år for år.',
    definitions: FOU_DEFINITION,
    theme: 'resources',
    sectors: [...SECTORS],
    spec: {
      xDimension: 'Tid',
      seriesDimension: 'Finansieringskilde',
      filterDimensions: ['Sektor', 'Finansieringskilde'],
      fixed: { ContentsCode: 'totale' },
      defaultSelection: {
        Sektor: ['health_trusts'],
        Finansieringskilde: ['offentlig', 'naeringsliv', 'utlandet', 'andre'],
      },
      chartType: 'stacked_bar',
      unit: 'mill. kr',
    },
    strategicAreas: ['Helse og omsorg som næringspolitisk satsingsområde'],
    councilAreas: [COUNCIL_INDUSTRY],
    governmentMeasures: measures('Styrke de generelle virkemidlene i den næringsrettede'),
  }),
  indicator({
    datasetKey: 'fou-helse-omsorg',
    slug: 'fou-utgifter-tabell',
    title: 'FoU-utgifter etter sektor og finansieringskilde',
    titleNn: 'FoU-utgifter etter sektor og finansieringskjelde',
    titleEn: 'R&D expenditure by sector and source of funds',
    description: 'Tabell over ett års FoU-utgifter, med finansieringskildene for hver sektor.',
    definitions: FOU_DEFINITION,
    footnotes: ['Utlandet omfatter blant annet midler fra EUs rammeprogram.'],
    theme: 'resources',
    sectors: [...SECTORS],
    spec: {
      xDimension: 'Sektor',
      seriesDimension: 'Finansieringskilde',
      filterDimensions: ['Tid', 'ContentsCode'],
      defaultSelection: { Tid: ['2024'], ContentsCode: ['totale'] },
      chartType: 'table',
      unit: 'mill. kr',
    },
    strategicAreas: ['Høy kvalitet og sterkere internasjonalisering'],
    governmentMeasures: measures('Innrette de nasjonale virkemidlene'),
  }),
  indicator({
    datasetKey: 'kliniske-studier',
    slug: 'kliniske-studier-fase',
    title: 'Kliniske studier startet etter fase',
    titleNn: 'Kliniske studiar starta etter fase',
    titleEn: 'Clinical trials started by phase',
    description: 'Nye kliniske studier i helseforetakene hvert år, fordelt på fase I–IV.',
    definitions: TRIALS_DEFINITION,
    theme: 'clinical_trials',
    sectors: ['health_trusts'],
    spec: {
      xDimension: 'Tid',
      seriesDimension: 'Fase',
      filterDimensions: ['Region'],
      defaultSelection: { Region: ['alle'], Fase: ['I', 'II', 'III', 'IV'] },
      chartType: 'stacked_bar',
      unit: 'antall',
    },
    strategicAreas: ['Bedre klinisk behandling'],
    councilAreas: [COUNCIL_TRIALS],
    governmentMeasures: measures(...CLINICAL),
  }),
  indicator({
    datasetKey: 'kliniske-studier',
    slug: 'kliniske-studier-region',
    title: 'Kliniske studier startet etter region',
    titleNn: 'Kliniske studiar starta etter region',
    titleEn: 'Clinical trials started by health region',
    description: 'Nye kliniske studier hvert år i hvert regionalt helseforetak, alle faser.',
    definitions: TRIALS_DEFINITION,
    theme: 'clinical_trials',
    sectors: ['health_trusts'],
    spec: {
      xDimension: 'Tid',
      seriesDimension: 'Region',
      filterDimensions: ['Region'],
      fixed: { Fase: 'alle' },
      defaultSelection: {
        Region: ['helse-sor-ost', 'helse-vest', 'helse-midt-norge', 'helse-nord'],
      },
      chartType: 'line',
      unit: 'antall',
    },
    strategicAreas: ['Bedre klinisk behandling'],
    councilAreas: [COUNCIL_TRIALS],
    governmentMeasures: measures(...CLINICAL),
  }),
  indicator({
    datasetKey: 'innovasjon-helseforetak',
    slug: 'innovasjon-helseforetak',
    title: 'Innovasjonsprosjekter i helseforetakene',
    titleNn: 'Innovasjonsprosjekt i helseføretaka',
    titleEn: 'Innovation projects in the health trusts',
    description: 'Innovasjonsprosjekter og kommersialisering i hvert regionalt helseforetak.',
    definitions: INNOVATION_DEFINITION,
    theme: 'innovation',
    sectors: ['health_trusts'],
    spec: {
      xDimension: 'Tid',
      seriesDimension: 'Region',
      filterDimensions: ['ContentsCode'],
      defaultSelection: {
        ContentsCode: ['innovasjonsprosjekter'],
        Region: ['helse-sor-ost', 'helse-vest', 'helse-midt-norge', 'helse-nord'],
      },
      chartType: 'bar',
      unit: 'antall',
    },
    strategicAreas: [
      'Effektive og lærende tjenester',
      'Helse og omsorg som næringspolitisk satsingsområde',
    ],
    councilAreas: [COUNCIL_INDUSTRY],
    governmentMeasures: measures(
      'Øke omfanget av følgeforskning og tjenesteinnovasjon',
      'Legge til rette for økt bruk av anskaffelsesmetoder',
    ),
  }),
  indicator({
    datasetKey: 'innovasjon-helseforetak',
    slug: 'kommersialisering-helseforetak',
    title: 'Lisensavtaler og nye selskaper fra helseforetakene',
    titleNn: 'Lisensavtalar og nye selskap frå helseføretaka',
    titleEn: 'Licences and start-ups from the health trusts',
    description: 'Hvor mange ideer fra helseforetakene som blir lisensavtaler eller nye selskaper.',
    definitions: INNOVATION_DEFINITION,
    theme: 'innovation',
    sectors: ['health_trusts', 'business'],
    spec: {
      xDimension: 'Tid',
      seriesDimension: 'ContentsCode',
      filterDimensions: ['Region'],
      defaultSelection: { ContentsCode: ['lisensavtaler', 'nye-selskaper'], Region: ['alle'] },
      chartType: 'line',
      unit: 'antall',
    },
    strategicAreas: ['Helse og omsorg som næringspolitisk satsingsområde'],
    councilAreas: [COUNCIL_INDUSTRY],
    governmentMeasures: measures('Styrke de generelle virkemidlene i den næringsrettede'),
  }),
  indicator({
    datasetKey: 'brukermedvirkning-soknader',
    slug: 'brukermedvirkning-soknader',
    title: 'Andel prosjekter med brukermedvirkning',
    titleNn: 'Del prosjekt med brukarmedverknad',
    titleEn: 'Share of projects with user involvement',
    description: 'Andelen innvilgede prosjekter der søknaden beskriver brukermedvirkning.',
    definitions:
      'Andel av prosjektene som fikk midler det året. Brukermedvirkning regnes med når søknaden ' +
      'beskriver hvordan pasienter, brukere eller pårørende deltar i prosjektet.',
    theme: 'user_involvement',
    sectors: ['health_trusts', 'higher_education', 'institutes'],
    spec: {
      xDimension: 'Tid',
      seriesDimension: 'Finansior',
      chartType: 'line',
      unit: '%',
    },
    strategicAreas: ['Mer brukermedvirkning'],
    governmentMeasures: measures('Ta i bruk behovsidentifisert forskning', ...USER_INVOLVEMENT),
  }),
  indicator({
    datasetKey: 'sykdomsbyrde-daly',
    slug: 'sykdomsbyrde-daly',
    title: 'Sykdomsbyrde etter sykdomsgruppe',
    titleNn: 'Sjukdomsbyrde etter sjukdomsgruppe',
    titleEn: 'Disease burden by disease group',
    description: 'Hver sykdomsgruppes andel av sykdomsbyrden, år for år.',
    definitions:
      'DALY (helsetapsjusterte leveår) summerer tapte leveår ved for tidlig død og år levd med ' +
      'sykdom eller skade, vektet etter hvor alvorlig tilstanden er.',
    theme: 'disease_burden',
    sectors: [],
    spec: {
      xDimension: 'Tid',
      seriesDimension: 'Sykdomsgruppe',
      filterDimensions: ['Sykdomsgruppe'],
      chartType: 'heatmap',
      unit: '%',
      decimals: 1,
    },
    strategicAreas: ['Møte de globale helseutfordringene', 'Helsedata som nasjonalt fortrinn'],
    councilAreas: ['Bærekraftig helsetjeneste'],
  }),
  indicator({
    datasetKey: 'hrcs-portefolje',
    slug: 'hrcs-prosjekter',
    title: 'Prosjekter etter HRCS-helsekategori',
    titleNn: 'Prosjekt etter HRCS-helsekategori',
    titleEn: 'Projects by HRCS health category',
    description:
      'Hvor mange prosjekter i porteføljen som fikk midler innen hver helsekategori, etter år.',
    definitions:
      'HRCS (Health Research Classification System) deler helseforskning i 21 helsekategorier. ' +
      'Et prosjekt kan kodes til flere kategorier og telles da i hver av dem.',
    notSummable: true,
    theme: 'resources',
    sectors: [...SECTORS],
    spec: {
      xDimension: 'Helsekategori',
      filterDimensions: ['Tid'],
      fixed: { ContentsCode: 'prosjekter' },
      defaultSelection: { Tid: ['2025'] },
      chartType: 'bar',
      unit: 'antall',
    },
    strategicAreas: ['Strategisk og kunnskapsbasert styring'],
    governmentMeasures: measures(MONITOR),
  }),
  indicator({
    datasetKey: 'doktorgrader-helse',
    slug: 'doktorgrader-helse',
    title: 'Doktorgrader i medisin og helsefag',
    titleNn: 'Doktorgradar i medisin og helsefag',
    titleEn: 'Doctorates in medicine and health sciences',
    description: 'Avlagte doktorgrader etter sektoren kandidaten arbeidet i.',
    definitions:
      'Doktorgrader avlagt ved norske universiteter og høyskoler i medisin og helsefag, etter kandidatens arbeidssted.',
    theme: 'results',
    sectors: ['higher_education', 'health_trusts', 'institutes'],
    spec: {
      xDimension: 'Tid',
      seriesDimension: 'Sektor',
      chartType: 'table',
      unit: 'antall',
    },
    strategicAreas: ['Utvikling av de menneskelige ressursene'],
    governmentMeasures: measures('Gi universiteter og høyskoler større frihet'),
  }),
];
