/**
 * A portfolio's funding by HRCS code: by health category and year, by research activity group
 * and year, and health category × activity group (for a heatmap). HRCS is built so that each
 * project's amount is divided between its codes by their percentages and nothing is counted
 * twice; the aggregates can therefore be summed across categories.
 *
 * Amounts are divided in whole øre (2 decimals), not whole kroner: the portfolio stores
 * amounts to the øre, and dividing in øre is the only way the parts of 1 234 567,50 kr sum to
 * exactly that. Each division is largest-remainder rounding (./rounding.ts), so the parts of
 * a project always sum to its amount and every aggregate's total is the portfolio's total.
 * Sums are kept as integer øre and turned into kroner only when the cube is built.
 */
import { type Cube, cellCount, cellIndex, type Dimension, strides } from './cube.ts';
import {
  HEALTH_CATEGORIES,
  type HrcsProject,
  type HrcsShare,
  healthCategory,
  RESEARCH_ACTIVITY_GROUPS,
  researchActivity,
} from './hrcs.ts';
import { apportionUnits, fromUnits, toUnits } from './rounding.ts';

/** Amounts are divided in øre. */
export const AMOUNT_DECIMALS = 2;

export type HrcsAggregateOptions = {
  /** Only projects of this funder (or these), compared without regard to case. */
  funder?: string | readonly string[];
  /** Only projects of this sector (or these). */
  sector?: string | readonly string[];
  /** The cubes' source, e.g. the portfolio's title or file. */
  source?: string | null;
};

export type HrcsAggregates = {
  byHealthCategory: Cube;
  byActivityGroup: Cube;
  categoryByActivity: Cube;
};

/** One project's amount divided between its codes, in øre. */
export type ProjectSplit = {
  /** By health category code, in HEALTH_CATEGORIES order. */
  health: Map<string, number>;
  /** By activity group id ("1" … "8"). */
  groups: Map<string, number>;
  /** By health category, then activity group: each health part divided by activity share. */
  matrix: Map<string, Map<string, number>>;
};

function mergeWeights(
  shares: readonly HrcsShare[],
  keyOf: (code: string) => string | undefined,
  what: string,
  project: HrcsProject,
): Map<string, number> {
  const weights = new Map<string, number>();
  for (const share of shares) {
    const key = keyOf(share.code);
    if (key === undefined) {
      throw new RangeError(
        `Prosjekt «${project.projectCode}» (${project.year}) har ukjent ${what} «${share.code}». Kjør validateHrcsCoding før aggregering.`,
      );
    }
    weights.set(key, (weights.get(key) ?? 0) + Math.max(0, share.percent));
  }
  if (![...weights.values()].some((w) => w > 0)) {
    throw new RangeError(
      `Prosjekt «${project.projectCode}» (${project.year}) har ingen ${what} med andel over 0 %.`,
    );
  }
  return weights;
}

/**
 * Divide one project's amount (in øre) between its health categories, its activity groups
 * (codes roll up to their group first), and category × group. Throws on unknown codes: the
 * portfolio reader validates every project before it gets here.
 */
export function splitProject(project: HrcsProject): ProjectSplit {
  const units = toUnits(project.amount, AMOUNT_DECIMALS);
  const healthWeights = mergeWeights(
    project.health,
    (code) => healthCategory(code)?.code,
    'helsekategori',
    project,
  );
  const groupWeights = mergeWeights(
    project.activities,
    (code) => researchActivity(code)?.group,
    'forskningsaktivitet',
    project,
  );
  const healthCodes = [...healthWeights.keys()];
  const groupIds = [...groupWeights.keys()];
  const healthParts = apportionUnits(units, [...healthWeights.values()]);
  const groupParts = apportionUnits(units, [...groupWeights.values()]);
  const health = new Map(healthCodes.map((code, i) => [code, healthParts[i] ?? 0]));
  const groups = new Map(groupIds.map((id, j) => [id, groupParts[j] ?? 0]));
  // Each health part is divided by activity share, so a category's row sums to its part.
  const matrix = new Map<string, Map<string, number>>();
  healthCodes.forEach((code, i) => {
    const cells = apportionUnits(healthParts[i] ?? 0, [...groupWeights.values()]);
    matrix.set(code, new Map(groupIds.map((id, j) => [id, cells[j] ?? 0])));
  });
  return { health, groups, matrix };
}

function matcher(wanted: string | readonly string[] | undefined): (value: string) => boolean {
  if (wanted === undefined) return () => true;
  const set = new Set((typeof wanted === 'string' ? [wanted] : wanted).map(fold));
  return (value) => set.has(fold(value));
}

function fold(text: string): string {
  return text.trim().toLocaleLowerCase('nb');
}

/** "1 234 567 kr" with no-break spaces. */
function formatKroner(units: number): string {
  const kroner = Math.round(fromUnits(units, AMOUNT_DECIMALS));
  const digits = String(Math.abs(kroner)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${kroner < 0 ? '−' : ''}${digits}\u00a0kr`;
}

const HEALTH_DIMENSION: Dimension = {
  id: 'helsekategori',
  label: 'Helsekategori (HRCS)',
  role: null,
  categories: HEALTH_CATEGORIES.map((c) => ({ id: c.code, label: c.label })),
};

const ACTIVITY_DIMENSION: Dimension = {
  id: 'forskningsaktivitet',
  label: 'Forskningsaktivitet (HRCS-hovedgruppe)',
  role: null,
  categories: RESEARCH_ACTIVITY_GROUPS.map((g) => ({ id: g.id, label: `${g.id} ${g.label}` })),
  note: ['De 48 forskningsaktivitetene er slått sammen til sine åtte hovedgrupper.'],
};

const METRIC_DIMENSION: Dimension = {
  id: 'maal',
  label: 'Mål',
  role: 'metric',
  categories: [{ id: 'belop', label: 'Beløp', unit: { label: 'kr', decimals: 0 } }],
};

function yearDimension(years: readonly number[]): Dimension {
  return {
    id: 'aar',
    label: 'År',
    role: 'time',
    categories: years.map((y) => ({ id: String(y), label: String(y) })),
  };
}

function buildCube(
  label: string,
  dimensions: Dimension[],
  units: Float64Array,
  note: string[],
  source: string | null,
): Cube {
  const values = new Float64Array(units.length);
  for (let k = 0; k < units.length; k++) values[k] = fromUnits(units[k] ?? 0, AMOUNT_DECIMALS);
  return { label, source, updated: null, note, dimensions, values, status: new Map() };
}

/** Aggregate a portfolio into three cubes; see the module comment on how amounts are divided. */
export function aggregateHrcs(
  projects: readonly HrcsProject[],
  options: HrcsAggregateOptions = {},
): HrcsAggregates {
  const funderOk = matcher(options.funder);
  const sectorOk = matcher(options.sector);
  const chosen = projects.filter((p) => funderOk(p.funder) && sectorOk(p.sector));
  const years = [...new Set(chosen.map((p) => p.year))].sort((a, b) => a - b);
  const yearPos = new Map(years.map((y, i) => [y, i]));
  const healthPos = new Map(HEALTH_CATEGORIES.map((c, i) => [c.code, i]));
  const groupPos = new Map(RESEARCH_ACTIVITY_GROUPS.map((g, i) => [g.id, i]));

  const time = yearDimension(years);
  const healthDims = [HEALTH_DIMENSION, time, METRIC_DIMENSION];
  const groupDims = [ACTIVITY_DIMENSION, time, METRIC_DIMENSION];
  const matrixDims = [HEALTH_DIMENSION, ACTIVITY_DIMENSION, METRIC_DIMENSION];
  const sizeOf = (dims: Dimension[]) => dims.map((d) => d.categories.length);
  const healthStride = strides(sizeOf(healthDims));
  const groupStride = strides(sizeOf(groupDims));
  const matrixStride = strides(sizeOf(matrixDims));
  // Integer øre per cell; a cell with no funding is a true 0, not a missing value.
  const healthUnits = new Float64Array(cellCount(sizeOf(healthDims)));
  const groupUnits = new Float64Array(cellCount(sizeOf(groupDims)));
  const matrixUnits = new Float64Array(cellCount(sizeOf(matrixDims)));

  let totalUnits = 0;
  for (const project of chosen) {
    const split = splitProject(project);
    const y = yearPos.get(project.year) ?? 0;
    totalUnits += toUnits(project.amount, AMOUNT_DECIMALS);
    for (const [code, part] of split.health) {
      const index = cellIndex(healthStride, [healthPos.get(code) ?? 0, y, 0]);
      healthUnits[index] = (healthUnits[index] ?? 0) + part;
    }
    for (const [id, part] of split.groups) {
      const index = cellIndex(groupStride, [groupPos.get(id) ?? 0, y, 0]);
      groupUnits[index] = (groupUnits[index] ?? 0) + part;
    }
    for (const [code, row] of split.matrix) {
      for (const [id, part] of row) {
        const index = cellIndex(matrixStride, [healthPos.get(code) ?? 0, groupPos.get(id) ?? 0, 0]);
        matrixUnits[index] = (matrixUnits[index] ?? 0) + part;
      }
    }
  }

  const common = [
    'Hvert prosjekts beløp er fordelt på HRCS-kodene etter prosjektets prosentandeler, i hele øre med største-rest-metoden. Delene summerer til prosjektets beløp, så kategoriene kan summeres uten dobbelttelling.',
    chosen.length === 0
      ? 'Ingen prosjekter i utvalget.'
      : `Bygger på ${chosen.length} ${chosen.length === 1 ? 'prosjekt' : 'prosjekter'} med til sammen ${formatKroner(totalUnits)}.`,
  ];
  const list = (v: string | readonly string[]) => (typeof v === 'string' ? v : v.join(', '));
  if (options.funder !== undefined)
    common.push(`Bare prosjekter fra finansiør: ${list(options.funder)}.`);
  if (options.sector !== undefined)
    common.push(`Bare prosjekter i sektor: ${list(options.sector)}.`);
  const span =
    years.length === 0
      ? ''
      : years.length === 1
        ? ` i ${years[0]}`
        : ` i årene ${years[0]}–${years[years.length - 1]}`;
  const source = options.source ?? null;

  return {
    byHealthCategory: buildCube(
      'HRCS: bevilgninger etter helsekategori og år',
      healthDims,
      healthUnits,
      [...common],
      source,
    ),
    byActivityGroup: buildCube(
      'HRCS: bevilgninger etter forskningsaktivitet (hovedgruppe) og år',
      groupDims,
      groupUnits,
      [...common],
      source,
    ),
    categoryByActivity: buildCube(
      'HRCS: bevilgninger etter helsekategori og forskningsaktivitet',
      matrixDims,
      matrixUnits,
      [
        ...common,
        `Summen av alle år${span}. Et prosjekts beløp er fordelt etter helseandel × aktivitetsandel: først på helsekategoriene, så hver kategoris del på aktivitetsgruppene.`,
      ],
      source,
    ),
  };
}
