/**
 * Reading an HRCS-coded portfolio from a tidy table (the rows of a CSV or XLSX sheet, header
 * first): one project per row, its codes in two cells ("cancer:50; cardiovascular:50",
 * "Kreft 50 %, Hjerte og kar 50 %", "2.1:50; 5.1:50"). Every row is checked with
 * validateHrcsCoding; a bad row is reported with its row number and left out of the projects.
 */
import {
  findHealthCategory,
  findResearchActivity,
  type HrcsProject,
  type HrcsShare,
  RESEARCH_ACTIVITIES,
} from './hrcs.ts';
import { type HrcsValidationOptions, validateHrcsCoding } from './hrcs-validate.ts';

export type HrcsPortfolioTable = { columns: string[]; rows: string[][] };
/** `row` counts the header as row 1, as a spreadsheet does. */
export type HrcsPortfolioProblem = { row: number; message: string };
export type HrcsPortfolioRead = { projects: HrcsProject[]; problems: HrcsPortfolioProblem[] };

type Field = keyof HrcsProject;

type ColumnSpec = { field: Field; name: string; required: boolean; headers: readonly string[] };

/** Header names are compared after headerKey (lower case, punctuation and "_" as spaces). */
const COLUMN_SPECS: readonly ColumnSpec[] = [
  {
    field: 'projectCode',
    name: 'prosjektnummer (id)',
    required: true,
    headers: [
      'id',
      'prosjektnummer',
      'prosjektnr',
      'prosjekt nr',
      'prosjektkode',
      'prosjekt id',
      'project id',
      'project code',
      'project number',
    ],
  },
  {
    field: 'title',
    name: 'tittel (title)',
    required: true,
    headers: ['title', 'tittel', 'prosjekttittel', 'project title'],
  },
  {
    field: 'funder',
    name: 'finansiør (funder)',
    required: true,
    headers: ['funder', 'finansiør', 'finansior', 'finansieringskilde', 'bevilger'],
  },
  { field: 'sector', name: 'sektor (sector)', required: false, headers: ['sector', 'sektor'] },
  {
    field: 'year',
    name: 'år (year)',
    required: true,
    headers: ['year', 'år', 'aar', 'bevilgningsår', 'budsjettår'],
  },
  {
    field: 'amount',
    name: 'beløp (amount)',
    required: true,
    headers: [
      'amount',
      'amount nok',
      'beløp',
      'belop',
      'beløp kr',
      'beløp nok',
      'bevilget beløp',
      'bevilgning',
    ],
  },
  {
    field: 'health',
    name: 'helsekategorier (health_categories)',
    required: true,
    headers: [
      'health categories',
      'health category',
      'helsekategorier',
      'helsekategori',
      'hrcs health categories',
      'hrcs helsekategorier',
    ],
  },
  {
    field: 'activities',
    name: 'forskningsaktiviteter (research_activities)',
    required: true,
    headers: [
      'research activities',
      'research activity',
      'research activity codes',
      'forskningsaktiviteter',
      'forskningsaktivitet',
      'hrcs research activities',
      'hrcs forskningsaktiviteter',
    ],
  },
];

function headerKey(header: string): string {
  return header
    .replace(/^\ufeff/, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type AmountResult = { value: number } | { error: string };

/**
 * A Norwegian or plain amount: "1 234 567,50", "1.234.567,50", "1234567.5", "kr 250 000,-".
 * The last separator is the decimal one when both occur; a lone "," or "." is a decimal
 * separator. More than two decimals is refused, which also catches "1.234" meant as 1234.
 */
export function parseAmount(text: string): AmountResult {
  const example = 'Skriv beløpet i kroner, f.eks. «1 234 567,50» eller «1234567.5».';
  let s = text
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/^(kr|nok)\.?/i, '')
    .replace(/(kr|nok)\.?$/i, '')
    .replace(/[,.]-$/, '');
  if (s === '') return { error: 'Beløpet mangler.' };
  const negative = /^[-−]/.test(s);
  if (negative) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) {
    return { error: `Beløpet «${text.trim()}» er ikke et tall. ${example}` };
  }
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let integer = s;
  let fraction = '';
  const commas = s.split(',').length - 1;
  const dots = s.split('.').length - 1;
  let decimalAt = -1;
  if (commas > 0 && dots > 0) decimalAt = Math.max(lastComma, lastDot);
  else if (commas === 1) decimalAt = lastComma;
  else if (dots === 1) decimalAt = lastDot;
  if (decimalAt >= 0) {
    integer = s.slice(0, decimalAt);
    fraction = s.slice(decimalAt + 1);
  }
  const groups = integer.split(/[.,]/);
  const grouped = groups.length > 1;
  const groupsOk =
    !grouped ||
    (/^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g)));
  if (!groupsOk || !/^\d*$/.test(fraction) || (integer === '' && fraction === '')) {
    return { error: `Beløpet «${text.trim()}» er ikke et gyldig tall. ${example}` };
  }
  if (fraction.length > 2) {
    return {
      error: `Beløpet «${text.trim()}» har mer enn to desimaler. Bruk mellomrom som tusenskille og komma før øre, f.eks. «1 234 567,50».`,
    };
  }
  if (negative)
    return {
      error: `Beløpet «${text.trim()}» er negativt; beløpet skal være bevilgningen i kroner.`,
    };
  const value = Number(`${groups.join('') || '0'}.${fraction || '0'}`);
  if (!Number.isFinite(value) || value > 1e13) {
    return { error: `Beløpet «${text.trim()}» er urimelig stort.` };
  }
  return { value };
}

type Item = { name: string; percent: number | undefined };

/** "Kreft 50 %", "cancer:50", "2.1 = 33,33", or a bare name ("Kreft", "2.1"). */
function parseItem(text: string): Item {
  const item = text.replace(/[()]/g, ' ').trim();
  const match = /^(.*?)\s*(?:[:=]\s*|\s+)([-−]?\d+(?:[.,]\d+)?)\s*%?$/.exec(item);
  if (!match) return { name: item, percent: undefined };
  const number = (match[2] ?? '').replace(',', '.').replace('−', '-');
  return { name: (match[1] ?? '').trim(), percent: Number(number) };
}

/**
 * Items are separated by ";", "|" or line breaks; failing those, by commas. Names may hold a
 * comma themselves ("Munnhule, mage og tarm") and percentages a decimal comma ("33,33 %"), so
 * comma-separated pieces are joined again where that gives a known code: the longest run of
 * pieces that names a code wins.
 */
function splitItems(text: string, names: (name: string) => string | undefined): string[] {
  if (/[;|\n]/.test(text)) return text.split(/[;|\n]/);
  const tokens: string[] = [];
  for (const token of text.split(',')) {
    const previous = tokens[tokens.length - 1];
    // "33" after "Kreft 33" is the rest of a decimal comma.
    if (previous !== undefined && /^\d+\s*%?\s*$/.test(token) && /\d\s*$/.test(previous)) {
      tokens[tokens.length - 1] = `${previous},${token}`;
    } else tokens.push(token);
  }
  const items: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let taken = 1;
    for (let j = tokens.length; j > i + 1; j--) {
      if (names(parseItem(tokens.slice(i, j).join(',')).name) !== undefined) {
        taken = j - i;
        break;
      }
    }
    items.push(tokens.slice(i, i + taken).join(','));
    i += taken;
  }
  return items;
}

const spaced = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
const activityByFullName = new Map<string, string>();
for (const a of RESEARCH_ACTIVITIES) {
  activityByFullName.set(a.code, a.code);
  activityByFullName.set(spaced(`${a.code} ${a.label}`), a.code);
  activityByFullName.set(spaced(`${a.code} ${a.labelEn}`), a.code);
}
/**
 * For splitting only: a code alone or with its full name. findResearchActivity takes a code
 * followed by anything, so "7.1 … 50 %, 8.1 …" would pass as one item.
 */
const exactActivity = (name: string) => activityByFullName.get(spaced(name));

type SharesResult = { shares: HrcsShare[]; problems: string[] };

/**
 * "cancer:50; cardiovascular:50", "Kreft 50 %, Hjerte og kar 50 %", "2.1:50; 5.1:50". When no
 * item has a percentage the codes are split equally, as HRCS codes several codes by default.
 */
function parseShares(
  text: string,
  what: string,
  resolve: (name: string) => string | undefined,
  exact: (name: string) => string | undefined = resolve,
): SharesResult {
  const parsed = splitItems(text, exact)
    .filter((item) => item.trim() !== '')
    .map((item) => {
      const { name, percent } = parseItem(item);
      return { name, code: resolve(name) ?? name, percent };
    });
  const missing = parsed.filter((p) => p.percent === undefined);
  if (missing.length === 0) {
    return { shares: parsed.map((p) => ({ code: p.code, percent: p.percent ?? 0 })), problems: [] };
  }
  if (missing.length === parsed.length) {
    return {
      shares: parsed.map((p) => ({ code: p.code, percent: 100 / parsed.length })),
      problems: [],
    };
  }
  return {
    shares: [],
    problems: missing.map(
      (p) =>
        `${what}: «${p.name}» mangler prosentandel. Oppgi andel for alle kodene (f.eks. «${p.name}: 50») eller for ingen (lik fordeling).`,
    ),
  };
}

function cell(row: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : String(row[index] ?? '').trim();
}

/** Read a portfolio table; see the module comment. Pass `applyGenericRule` to the validator. */
export function readHrcsPortfolio(
  table: HrcsPortfolioTable,
  options: HrcsValidationOptions = {},
): HrcsPortfolioRead {
  const problems: HrcsPortfolioProblem[] = [];
  const columnOf = new Map<Field, number>();
  table.columns.forEach((header, index) => {
    const key = headerKey(header);
    const spec = COLUMN_SPECS.find((s) => s.headers.includes(key));
    if (!spec) return;
    const earlier = columnOf.get(spec.field);
    if (earlier !== undefined) {
      problems.push({
        row: 1,
        message: `Kolonnene «${table.columns[earlier]}» og «${header}» betyr begge ${spec.name}. Behold én av dem.`,
      });
      return;
    }
    columnOf.set(spec.field, index);
  });
  const missing = COLUMN_SPECS.filter((s) => s.required && !columnOf.has(s.field));
  if (missing.length > 0) {
    const names = missing.map((s) => s.name).join(', ');
    problems.push({
      row: 1,
      message: `Tabellen mangler ${missing.length === 1 ? 'den påkrevde kolonnen' : 'de påkrevde kolonnene'} ${names}. Første rad skal være kolonnenavn: ${COLUMN_SPECS.map((s) => s.name).join(', ')}.`,
    });
  }
  if (problems.length > 0) return { projects: [], problems };

  const projects: HrcsProject[] = [];
  const firstRowOf = new Map<string, number>();
  table.rows.forEach((row, index) => {
    if (row.every((value) => String(value ?? '').trim() === '')) return; // a blank line, not a project
    const rowNumber = index + 2;
    const rowProblems: string[] = [];
    const get = (field: Field) => cell(row, columnOf.get(field));

    const projectCode = get('projectCode');
    if (projectCode === '') rowProblems.push('Prosjektnummer mangler.');
    const funder = get('funder');
    if (funder === '') rowProblems.push('Finansiør mangler.');
    const yearText = get('year');
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
    if (!(year >= 1900 && year <= 2100)) {
      rowProblems.push(
        yearText === ''
          ? 'År mangler.'
          : `Året «${yearText}» er ikke et årstall (fire sifre, f.eks. 2024).`,
      );
    }
    const amount = parseAmount(get('amount'));
    if ('error' in amount) rowProblems.push(amount.error);
    const health = parseShares(
      get('health'),
      'Helsekategorier',
      (name) => findHealthCategory(name)?.code,
    );
    const activities = parseShares(
      get('activities'),
      'Forskningsaktiviteter',
      (name) => findResearchActivity(name)?.code,
      exactActivity,
    );
    rowProblems.push(...health.problems, ...activities.problems);
    let coding: { health: HrcsShare[]; activities: HrcsShare[] } | undefined;
    if (health.problems.length === 0 && activities.problems.length === 0) {
      const checked = validateHrcsCoding(health.shares, activities.shares, options);
      rowProblems.push(...checked.problems);
      coding = checked.normalised;
    }
    if (projectCode !== '' && Number.isFinite(year)) {
      const key = `${projectCode}\u0000${year}`;
      const earlier = firstRowOf.get(key);
      if (earlier !== undefined) {
        rowProblems.push(`Prosjekt «${projectCode}» for ${year} står allerede i rad ${earlier}.`);
      } else firstRowOf.set(key, rowNumber);
    }

    if (rowProblems.length > 0 || !coding || 'error' in amount) {
      for (const message of rowProblems) problems.push({ row: rowNumber, message });
      return;
    }
    projects.push({
      projectCode,
      title: get('title'),
      funder,
      sector: get('sector'),
      year,
      amount: amount.value,
      health: coding.health,
      activities: coding.activities,
    });
  });
  return { projects, problems };
}
