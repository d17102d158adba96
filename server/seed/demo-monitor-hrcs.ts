import {
  type Category,
  type Cube,
  cellCount,
  cellIndex,
  cubeSize,
  type Dimension,
  type DimensionRole,
  strides,
} from '../../core/monitor/cube.ts';
import { findHealthCategory, HEALTH_CATEGORIES } from '../../core/monitor/hrcs.ts';
import { SECTOR_LABELS, type Sector } from '../../core/monitor/indicators.ts';

/**
 * A synthetic HRCS portfolio for the demo monitor: 60 projects 2021–2025 from the Research
 * Council and the four regional health trusts. Every project is made up; the coding uses the
 * English HRCS short names of the health categories ("Cancer", "Mental Health"; see
 * core/monitor/hrcs.ts) and activity codes 1.1–8.5, and only splits a coder would use: 100,
 * 50/50, 75/25 or thirds of 33.33. The small cube helpers live here too, so that
 * demo-monitor-data.ts can build every other dataset with them without a circular import.
 */

export const SYNTHETIC_SOURCE = 'Tallgrunnlaget er syntetiske demodata laget for Rådsrom';

// --- Cube helpers shared by the demo datasets ------------------------------------------------

export const MILL_KR = { label: 'mill. kr', decimals: 0 };
export const COUNT = { label: 'antall', decimals: 0 };
export const PERCENT = { label: 'prosent', symbol: '%', position: 'end' as const, decimals: 1 };

export function dim(
  id: string,
  label: string,
  role: DimensionRole | null,
  categories: (Category | [string, string])[],
): Dimension {
  return {
    id,
    label,
    role,
    categories: categories.map((c) => (Array.isArray(c) ? { id: c[0], label: c[1] } : c)),
  };
}

export const years = (from: number, to: number) =>
  dim(
    'Tid',
    'År',
    'time',
    Array.from({ length: to - from + 1 }, (_, i): [string, string] => [
      String(from + i),
      String(from + i),
    ]),
  );

/**
 * A cube from its dimensions and a function giving each cell's value from its category ids in
 * dimension order; a string is a status symbol and leaves the cell without a value.
 */
export function buildCube(
  label: string,
  source: string,
  dimensions: Dimension[],
  cell: (ids: string[]) => number | string,
): Cube {
  const size = cubeSize(dimensions);
  const stride = strides(size);
  const values = new Float64Array(cellCount(size));
  const status = new Map<number, string>();
  const positions = size.map(() => 0);
  for (let n = 0; n < values.length; n++) {
    const ids = positions.map((p, d) => dimensions[d]?.categories[p]?.id ?? '');
    const index = cellIndex(stride, positions);
    const value = cell(ids);
    if (typeof value === 'string') {
      values[index] = Number.NaN;
      status.set(index, value);
    } else values[index] = value;
    // Advance like an odometer: the last dimension fastest, as the layout requires.
    for (let d = size.length - 1; d >= 0; d--) {
      positions[d] = (positions[d] ?? 0) + 1;
      if ((positions[d] ?? 0) < (size[d] ?? 0)) break;
      positions[d] = 0;
    }
  }
  return { label, source, updated: null, note: [], dimensions, values, status };
}

/** A deterministic number in [-1, 1] for the given keys, so the demo data never changes. */
export function demoNoise(...keys: (string | number)[]): number {
  let h = 2166136261;
  for (const ch of keys.join('|')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  return ((h >>> 0) / 4294967295) * 2 - 1;
}

/** Health coding, activity coding and two project titles that share them. */
const TOPICS: [string, string, string, string][] = [
  [
    'Cancer:100',
    '5.1:50; 6.1:50',
    'Immunterapi ved føflekkreft',
    'Persontilpasset behandling av tykktarmskreft',
  ],
  [
    'Mental Health:100',
    '8.1:100',
    'Ambulante team for unge med psykoselidelser',
    'Digital oppfølging etter depresjon',
  ],
  [
    'Cardiovascular:33.33; Metabolic and Endocrine:33.33; Renal and Urogenital:33.33',
    '3.1:50; 6.1:50',
    'Forebygging av hjerte- og nyresykdom ved diabetes type 2',
    'Samlet risikovurdering for hjerte, nyrer og stoffskifte',
  ],
  [
    'Stroke:75; Neurological:25',
    '6.7:75; 8.1:25',
    'Tidlig rehabilitering etter hjerneslag',
    'Hjemmebasert opptrening etter slag',
  ],
  [
    'Generic Health Relevance:100',
    '8.1:50; 8.4:50',
    'Samhandling mellom kommuner og sykehus',
    'Pasientforløp på tvers av forvaltningsnivåene',
  ],
  [
    'Infection:100',
    '2.1:50; 4.1:50',
    'Rask diagnostikk av antibiotikaresistente bakterier',
    'Smittesporing av resistente bakterier i sykehjem',
  ],
  [
    'Musculoskeletal:100',
    '6.7:100',
    'Trening som behandling ved langvarige ryggsmerter',
    'Fysioterapi etter hofteprotese',
  ],
  [
    'Respiratory:50; Infection:50',
    '2.4:50; 8.1:50',
    'Luftveisinfeksjoner hos små barn i barnehagen',
    'Vaksinasjonsdekning og luftveissykdom hos eldre',
  ],
  [
    'Inflammatory and Immune System:50; Oral and Gastrointestinal:50',
    '1.1:50; 2.1:50',
    'Tarmflora og inflammatorisk tarmsykdom',
    'Immunforsvaret ved cøliaki',
  ],
  [
    'Renal and Urogenital:100',
    '6.1:100',
    'Legemiddelbruk hos eldre med nyresvikt',
    'Ny behandling av tilbakevendende urinveisinfeksjon',
  ],
  [
    'Reproductive Health and Childbirth:100',
    '2.3:50; 3.1:50',
    'Svangerskapsdiabetes og barnets helse',
    'Fødselsomsorg i distriktene',
  ],
  [
    'Eye:33.33; Metabolic and Endocrine:33.33; Generic Health Relevance:33.33',
    '4.2:50; 6.3:50',
    'Kunstig intelligens i screening for diabetisk øyesykdom',
    'Automatisk tolkning av netthinnebilder i allmennpraksis',
  ],
  ['Ear:100', '6.3:100', 'Cochleaimplantat hos eldre', 'Hørselstap og kognitiv svikt'],
  [
    'Skin:100',
    '2.1:50; 5.1:50',
    'Arvelige faktorer ved psoriasis',
    'Nye legemidler mot atopisk eksem',
  ],
  ['Blood:100', '5.2:100', 'Genterapi ved blødersykdom', 'Celleterapi ved arvelig blodmangel'],
  [
    'Congenital:75; Cardiovascular:25',
    '2.1:50; 4.1:50',
    'Tidlig diagnostikk av medfødte hjertefeil',
    'Langtidsoppfølging etter operasjon for medfødt hjertefeil',
  ],
  [
    'Injuries and Accidents:100',
    '3.1:50; 8.1:50',
    'Fallforebygging for hjemmeboende eldre',
    'Traumesystemet i Nord-Norge',
  ],
  [
    'Neurological:50; Mental Health:50',
    '4.1:75; 2.1:25',
    'Tidlige biomarkører for demens',
    'Søvn og hukommelse hos eldre',
  ],
  [
    'Metabolic and Endocrine:100',
    '3.3:50; 3.2:50',
    'Kosthold og fysisk aktivitet for barn med overvekt',
    'Skolemåltid og helse hos ungdom',
  ],
  [
    'Mental Health:75; Injuries and Accidents:25',
    '8.1:33.33; 6.6:33.33; 3.2:33.33',
    'Rusbehandling og forebygging av overdoser',
    'Selvskading hos ungdom: tidlig hjelp',
  ],
  [
    'Cancer:50; Generic Health Relevance:50',
    '2.1:50; 6.1:50',
    'Registerdata og biobanker i kreftforskning',
    'Senskader etter kreftbehandling i barneårene',
  ],
  [
    'Generic Health Relevance:100',
    '8.1:75; 7.1:25',
    'Velferdsteknologi i hjemmetjenesten',
    'Digitalt tilsyn om natten i sykehjem',
  ],
  [
    'Disputed Aetiology and Other:100',
    '2.1:50; 7.3:50',
    'Langvarig utmattelse etter virusinfeksjon',
    'Behandlingstilbud ved kronisk utmattelsessyndrom',
  ],
  [
    'Cardiovascular:100',
    '5.3:50; 6.3:50',
    'Kateterbasert behandling av hjerteklaffesykdom',
    'Fjernovervåking av pasienter med hjertesvikt',
  ],
  [
    'Cancer:75; Neurological:25',
    '6.5:100',
    'Protonterapi for barn med hjernesvulst',
    'Stråleterapi og livskvalitet ved hjernesvulst',
  ],
  [
    'Generic Health Relevance:100',
    '7.2:100',
    'Lindrende behandling ved livets slutt i sykehjem',
    'Pårørendes rolle i palliativ omsorg',
  ],
  [
    'Mental Health:100',
    '6.6:50; 8.1:50',
    'Brukerstyrte innleggelser i psykisk helsevern',
    'Arbeidsrettet behandling ved angst',
  ],
  [
    'Respiratory:100',
    '7.3:100',
    'Egenbehandling av kols med digital støtte',
    'Lungerehabilitering i kommunene',
  ],
  [
    'Inflammatory and Immune System:50; Musculoskeletal:50',
    '5.1:50; 6.1:50',
    'Nye legemidler mot leddgikt',
    'Tidlig behandling av revmatisk sykdom',
  ],
  [
    'Oral and Gastrointestinal:100',
    '3.1:50; 8.1:50',
    'Tannhelse hos eldre i sykehjem',
    'Munnhelse og ernæring hos skrøpelige eldre',
  ],
];

const FUNDERS: { name: string; code: string }[] = [
  { name: 'Forskningsrådet', code: 'NFR' },
  { name: 'Helse Sør-Øst RHF', code: 'HSO' },
  { name: 'Helse Vest RHF', code: 'HV' },
  { name: 'Helse Midt-Norge RHF', code: 'HMN' },
  { name: 'Helse Nord RHF', code: 'HN' },
];
/** Sectors the Research Council's projects rotate through (the health trusts fund their own). */
const NFR_SECTORS: Sector[] = ['higher_education', 'institutes', 'business', 'municipalities'];

export type DemoHrcsProject = {
  number: string;
  title: string;
  funder: string;
  sector: Sector;
  year: number;
  /** In kroner, øre allowed. */
  amount: number;
  health: { code: string; percent: number }[];
  activities: { code: string; percent: number }[];
};

const parseCoding = (text: string) =>
  text.split('; ').map((part) => {
    const [code = '', percent = '0'] = part.split(':');
    return { code, percent: Number(percent) };
  });

export const DEMO_HRCS_PROJECTS: DemoHrcsProject[] = TOPICS.flatMap(
  ([health, activities, ...titles], t) =>
    titles.map((title, v) => {
      const i = 2 * t + v;
      const funder = FUNDERS[(t + 2 * v) % FUNDERS.length] ?? { name: '', code: '' };
      const year = 2021 + ((2 * t + 3 * v) % 5);
      const nfr = funder.code === 'NFR';
      const sector: Sector = nfr
        ? (NFR_SECTORS[i % NFR_SECTORS.length] ?? 'higher_education')
        : i % 4 === 3
          ? 'higher_education'
          : 'health_trusts';
      // The Research Council funds larger projects (2–25 mill. kr) than the trusts (0.5–8).
      const share = (demoNoise('hrcs-amount', i) + 1) / 2;
      const kroner = nfr ? 2_000_000 + share * 23_000_000 : 500_000 + share * 7_500_000;
      const amount = Math.round(kroner / 1000) * 1000 + (i % 7 === 3 ? 0.5 : 0);
      return {
        number: `${funder.code}-${year}-${String(i + 1).padStart(3, '0')}`,
        title,
        funder: funder.name,
        sector,
        year,
        amount,
        health: parseCoding(health),
        activities: parseCoding(activities),
      };
    }),
);

/** "1 234 567" or "1 234 567,50", as amounts stand in a Norwegian spreadsheet. */
export function formatKroner(amount: number): string {
  const whole = Math.trunc(amount);
  const ore = Math.round((amount - whole) * 100);
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return ore === 0 ? grouped : `${grouped},${String(ore).padStart(2, '0')}`;
}

const formatCoding = (coding: { code: string; percent: number }[]) =>
  coding.map((c) => `${c.code}:${c.percent}`).join('; ');

/** The portfolio as a tidy table of strings, as a funder would export it. */
export const DEMO_HRCS_PORTFOLIO: { columns: string[]; rows: string[][] } = {
  columns: [
    'prosjektnummer',
    'tittel',
    'finansiør',
    'sektor',
    'år',
    'beløp',
    'helsekategorier',
    'forskningsaktiviteter',
  ],
  rows: DEMO_HRCS_PROJECTS.map((p) => [
    p.number,
    p.title,
    p.funder,
    SECTOR_LABELS[p.sector],
    String(p.year),
    formatKroner(p.amount),
    formatCoding(p.health),
    formatCoding(p.activities),
  ]),
};

/**
 * How many of the portfolio's projects started each year in each health category. A project
 * coded to several categories counts in each of them, so the categories overlap.
 */
export const HRCS_PORTFOLIO_CUBE: Cube = buildCube(
  'Prosjekter etter HRCS-helsekategori',
  SYNTHETIC_SOURCE,
  [
    dim(
      'Helsekategori',
      'Helsekategori (HRCS)',
      null,
      HEALTH_CATEGORIES.map((c): [string, string] => [c.code, c.label]),
    ),
    years(2021, 2025),
    dim('ContentsCode', 'Måltall', 'metric', [
      { id: 'prosjekter', label: 'Prosjekter', unit: COUNT },
    ]),
  ],
  ([category, year]) =>
    DEMO_HRCS_PROJECTS.filter(
      (p) =>
        String(p.year) === year &&
        p.health.some((h) => findHealthCategory(h.code)?.code === category),
    ).length,
);
