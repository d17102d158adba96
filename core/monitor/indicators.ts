/**
 * The monitor's indicators: what a figure shows of a dataset, how it is filtered, and the
 * ways a reader browses them (theme, sector, strategic area).
 */

export const THEMES = [
  'resources',
  'results',
  'disease_burden',
  'clinical_trials',
  'user_involvement',
  'innovation',
] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_LABELS: Record<Theme, string> = {
  resources: 'Ressurser',
  results: 'Resultater',
  disease_burden: 'Sykdomsbyrde',
  clinical_trials: 'Kliniske studier',
  user_involvement: 'Brukermedvirkning',
  innovation: 'Innovasjon',
};

/** Sectors of the R&D statistics, plus the municipalities the council follows. */
export const SECTORS = [
  'business',
  'institutes',
  'higher_education',
  'health_trusts',
  'municipalities',
] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Record<Sector, string> = {
  business: 'Næringslivet',
  institutes: 'Instituttsektoren',
  higher_education: 'Universitets- og høgskolesektoren',
  health_trusts: 'Helseforetak og private ideelle sykehus',
  municipalities: 'Kommunene',
};

export const CHART_TYPES = ['line', 'bar', 'stacked_bar', 'table', 'heatmap'] as const;
export type ChartType = (typeof CHART_TYPES)[number];
export const CHART_TYPE_LABELS: Record<ChartType, string> = {
  line: 'Linje',
  bar: 'Søyler',
  stacked_bar: 'Stablede søyler',
  table: 'Bare tabell',
  heatmap: 'Varmekart',
};

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The standard warning for overlapping categories (HRCS codes, several sectors per project). */
export const NOT_SUMMABLE_WARNING = 'Tallene kan ikke summeres: kategoriene overlapper.';
export const DEMO_DATA_MARK = 'Demodata – ikke offisiell statistikk';

/**
 * How a figure is drawn from its dataset. Dimensions are named by their id in the dataset.
 * The x dimension runs along the axis (usually time), the series dimension gives one line or
 * bar per category (or the rows of a heatmap); every other dimension is held at one category.
 */
export type FigureSpec = {
  xDimension: string;
  seriesDimension: string | null;
  /** Dimensions the reader may change; the rest keep the default or fixed category. */
  filterDimensions: string[];
  /** Dimensions the editor holds at one category (e.g. the measure of a metric dimension). */
  fixed: Record<string, string>;
  /** The categories shown before the reader chooses; a dimension left out shows all (x, series) or its first category. */
  defaultSelection: Record<string, string[]>;
  chartType: ChartType;
  unit: string;
  decimals: number;
};

/** Chosen categories by dimension id, as in a figure's address (`?Tid=2020&Tid=2021`). */
export type Selection = Record<string, string[]>;

export type FigureFilter = {
  dimension: string;
  label: string;
  /** The x and series dimensions take several categories; the others one. */
  multiple: boolean;
  options: { id: string; label: string; selected: boolean }[];
};

/** One figure's numbers for a view: what the chart, the table, the SVG and the CSV all show. */
export type FigureData = {
  x: { dimension: string; label: string; categories: { id: string; label: string }[] };
  series: {
    id: string;
    label: string;
    /** One per x category; null where the cell has no value. */
    values: (number | null)[];
    /** The cell's status symbol ("..", "."), or null. */
    status: (string | null)[];
  }[];
  /** The series dimension's label, or null when the figure has one series. */
  seriesLabel: string | null;
  /** Every dimension's categories in this view (the fixed ones too), for links and downloads. */
  selection: Selection;
  filters: FigureFilter[];
  chartType: ChartType;
  unit: string;
  decimals: number;
};
