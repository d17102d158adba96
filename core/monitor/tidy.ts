/**
 * A tidy table (one row per observation: a column per dimension and one for the value) read
 * into a cube. Pure: the server reads the file (read-table-file.ts), the editor chooses the
 * mapping, and this turns rows into cells, reporting every row it cannot place.
 */

import {
  type Category,
  type Cube,
  cellCount,
  type Dimension,
  type DimensionRole,
  strides,
} from './cube.ts';

export type TidyTable = { columns: string[]; rows: string[][] };

export type ColumnMapping = {
  dimensions: { column: string; id: string; label: string; role: DimensionRole | null }[];
  value: string;
  status?: string;
  unit?: { label: string; decimals: number };
};

export type TidyProblem = { row: number; message: string };

/** JSON-stat's usual status symbols, as SSB writes them in a value cell. */
export const STATUS_SYMBOLS = ['..', '.', ':', '-'] as const;

/** A larger cube means a column of unique texts was taken as a dimension, not a real table. */
export const MAX_TIDY_CELLS = 2_000_000;
/** More problems than this are summed up in one line: nobody reads a hundred thousand. */
export const MAX_PROBLEMS = 1000;

const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;
const PLAIN = /^[-+]?(?:\d+|\d*[.,]\d+)$/;
const SCIENTIFIC = /^[-+]?\d+(?:\.\d+)?e[-+]?\d+$/i;
const GROUPED_COMMA = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/; // 1,234,567.5
const GROUPED_DOT = /^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/; // 1.234.567,5

/**
 * A number as Norwegians and spreadsheets write it: "1 234,5" (also with no-break or thin
 * spaces), "1234.5", "−12" (minus sign), "12 %". A lone comma or dot is the decimal mark.
 * Null when the text is not a number.
 */
export function parseNumber(text: string): number | null {
  let s = text.replace(SPACES, '').replace(/^[\u2212\u2013]/, '-');
  if (s.endsWith('%')) s = s.slice(0, -1);
  if (s === '') return null;
  let normal: string;
  if (PLAIN.test(s)) normal = s.replace(',', '.');
  else if (SCIENTIFIC.test(s)) normal = s;
  else if (GROUPED_COMMA.test(s) && (s.match(/,/g)?.length ?? 0) > 1) normal = s.replace(/,/g, '');
  else if (GROUPED_COMMA.test(s) && s.includes('.')) normal = s.replace(/,/g, '');
  else if (GROUPED_DOT.test(s) && ((s.match(/\./g)?.length ?? 0) > 1 || s.includes(',')))
    normal = s.replace(/\./g, '').replace(',', '.');
  else return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

function isStatusSymbol(text: string): boolean {
  return (STATUS_SYMBOLS as readonly string[]).includes(text);
}

/** Column-name words, lowercased with diacritics kept (år, beløp). */
function nameOf(column: string): string {
  return column.trim().toLocaleLowerCase('nb-NO');
}

const VALUE_NAME = /^(verdi|value|values|antall|beløp|belop|sum|mengde|amount|count|obs_value)\b/;
const TIME_NAME = /^(år|aar|year|tid|time|periode|period|årstall|time_period)\b/;
const GEO_NAME = /^(region|fylke|kommune|land|country|geo|helseregion)\b/;
const STATUS_NAME = /^(status|flagg|flag|symbol|obs_status)$/;

/** A dimension id from a column name: ASCII, lowercase, words joined by "_". */
export function columnId(column: string): string {
  const ascii = nameOf(column)
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return ascii === '' ? 'dim' : ascii;
}

function columnValues(table: TidyTable, index: number): string[] {
  return table.rows.map((row) => row[index] ?? '').filter((v) => v !== '');
}

/** Mostly numbers (status symbols allowed), and at least one. */
function isNumeric(values: string[]): boolean {
  const measured = values.filter((v) => !isStatusSymbol(v));
  if (measured.length === 0) return false;
  const numbers = measured.filter((v) => parseNumber(v) !== null).length;
  return numbers / measured.length >= 0.9;
}

function decimalsOf(values: string[]): number {
  let most = 0;
  for (const v of values) {
    const match = v.replace(SPACES, '').match(/[.,](\d+)%?$/);
    if (match?.[1] && parseNumber(v) !== null) most = Math.max(most, match[1].length);
  }
  return Math.min(most, 6);
}

/** A first guess the editor corrects: which column holds the value, which is time, which is place. */
export function suggestMapping(table: TidyTable): ColumnMapping {
  const columns = table.columns;
  const numeric = columns.map((_, i) => isNumeric(columnValues(table, i)));
  const yearLike = columns.map((c, i) => {
    const values = columnValues(table, i);
    return (
      TIME_NAME.test(nameOf(c)) || (values.length > 0 && values.every((v) => /^\d{4}$/.test(v)))
    );
  });
  let value = columns.findIndex((c, i) => numeric[i] && VALUE_NAME.test(nameOf(c)));
  if (value < 0) value = columns.findLastIndex((_, i) => numeric[i] && !yearLike[i]);
  if (value < 0) value = columns.length - 1;
  const status = columns.findIndex((c, i) => i !== value && STATUS_NAME.test(nameOf(c)));
  const valueColumn = columns[value] ?? '';
  const used = new Set<string>();
  const dimensions: ColumnMapping['dimensions'] = [];
  for (const [i, column] of columns.entries()) {
    if (i === value || i === status) continue;
    const base = columnId(column);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    const role: DimensionRole | null = yearLike[i]
      ? 'time'
      : GEO_NAME.test(nameOf(column))
        ? 'geo'
        : null;
    dimensions.push({ column, id, label: column, role });
  }
  const mapping: ColumnMapping = { dimensions, value: valueColumn };
  if (status >= 0) mapping.status = columns[status];
  const unit = valueColumn.match(/\(([^)]+)\)\s*$/)?.[1]?.trim();
  if (unit) mapping.unit = { label: unit, decimals: decimalsOf(columnValues(table, value)) };
  return mapping;
}

function emptyCube(meta: { label: string; source?: string }): Cube {
  return {
    label: meta.label,
    source: meta.source ?? null,
    updated: null,
    note: [],
    dimensions: [],
    values: new Float64Array(0),
    status: new Map(),
  };
}

/** Mistakes in the mapping itself, reported against the header (row 1). */
function mappingProblems(table: TidyTable, mapping: ColumnMapping): TidyProblem[] {
  const problems: string[] = [];
  const has = (c: string) => table.columns.includes(c);
  if (!has(mapping.value))
    problems.push(`Verdikolonnen «${mapping.value}» finnes ikke i tabellen.`);
  if (mapping.status !== undefined && !has(mapping.status)) {
    problems.push(`Statuskolonnen «${mapping.status}» finnes ikke i tabellen.`);
  }
  if (mapping.dimensions.length === 0) problems.push('Velg minst én kolonne som dimensjon.');
  const ids = new Set<string>();
  const columns = new Set<string>();
  for (const d of mapping.dimensions) {
    if (!has(d.column)) problems.push(`Kolonnen «${d.column}» finnes ikke i tabellen.`);
    if (d.column === mapping.value) {
      problems.push(`Kolonnen «${d.column}» kan ikke være både dimensjon og verdi.`);
    }
    if (d.column === mapping.status) {
      problems.push(`Kolonnen «${d.column}» kan ikke være både dimensjon og status.`);
    }
    if (columns.has(d.column))
      problems.push(`Kolonnen «${d.column}» er valgt som dimensjon to ganger.`);
    columns.add(d.column);
    if (d.id.trim() === '') problems.push(`Dimensjonen fra kolonnen «${d.column}» mangler id.`);
    else if (ids.has(d.id)) problems.push(`To dimensjoner har id «${d.id}». Gi dem ulike id-er.`);
    ids.add(d.id);
    if (d.label.trim() === '')
      problems.push(`Dimensjonen fra kolonnen «${d.column}» mangler navn.`);
  }
  if (mapping.unit && !Number.isInteger(mapping.unit.decimals)) {
    problems.push('Antall desimaler for enheten må være et heltall.');
  }
  return problems.map((message) => ({ row: 1, message }));
}

const timeOrder = new Intl.Collator('nb-NO', { numeric: true });

/**
 * The cube of a tidy table under a mapping. Every row lands in exactly one cell, or is named in
 * `problems`: an unreadable number, a missing category, a combination seen before. Combinations
 * no row gives are missing cells. Rows count as the file does, the header being row 1.
 */
export function tidyToCube(
  table: TidyTable,
  mapping: ColumnMapping,
  meta: { label: string; source?: string },
): { cube: Cube; problems: TidyProblem[] } {
  const early = mappingProblems(table, mapping);
  if (early.length > 0) return { cube: emptyCube(meta), problems: early };

  const problems: TidyProblem[] = [];
  let omitted = 0;
  const report = (row: number, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ row, message });
    else omitted++;
  };

  const dimColumns = mapping.dimensions.map((d) => table.columns.indexOf(d.column));
  const valueColumn = table.columns.indexOf(mapping.value);
  const statusColumn = mapping.status === undefined ? -1 : table.columns.indexOf(mapping.status);
  const categoryIds = mapping.dimensions.map(() => new Map<string, number>());

  // Pass 1: categories in first-seen order, each row's positions (null when it cannot be placed).
  const positions: (Int32Array | null)[] = table.rows.map((row, r) => {
    const at = new Int32Array(dimColumns.length);
    let ok = true;
    for (const [d, column] of dimColumns.entries()) {
      const text = row[column] ?? '';
      if (text === '') {
        report(r + 2, `Rad ${r + 2} mangler verdi i kolonnen «${mapping.dimensions[d]?.column}».`);
        ok = false;
        continue;
      }
      const ids = categoryIds[d] as Map<string, number>;
      let index = ids.get(text);
      if (index === undefined) {
        index = ids.size;
        ids.set(text, index);
      }
      at[d] = index;
    }
    return ok ? at : null;
  });

  // Time runs forward whatever order the rows came in.
  const remap = mapping.dimensions.map((d, i) => {
    const ids = [...(categoryIds[i] as Map<string, number>).keys()];
    if (d.role === 'time') ids.sort(timeOrder.compare);
    return ids;
  });
  for (const [i, ids] of remap.entries()) {
    const seen = categoryIds[i] as Map<string, number>;
    const order = new Int32Array(seen.size);
    for (const [pos, id] of ids.entries()) order[seen.get(id) ?? 0] = pos;
    for (const at of positions) if (at) at[i] = order[at[i] ?? 0] ?? 0;
  }

  const dimensions: Dimension[] = mapping.dimensions.map((d, i) => ({
    id: d.id,
    label: d.label,
    role: d.role,
    categories: (remap[i] as string[]).map((id): Category => ({ id, label: id })),
  }));
  if (mapping.unit) addUnit(dimensions, mapping);

  const size = dimensions.map((d) => d.categories.length);
  const cells = cellCount(size);
  if (cells > MAX_TIDY_CELLS) {
    problems.unshift({
      row: 1,
      message: `Dimensjonene gir ${cells.toLocaleString('nb-NO')} kombinasjoner (grensen er ${MAX_TIDY_CELLS.toLocaleString('nb-NO')}). Er en kolonne med løpenummer eller fritekst valgt som dimensjon? (${dimensions.map((d) => `${d.label}: ${d.categories.length}`).join(', ')})`,
    });
    return { cube: emptyCube(meta), problems };
  }

  // Pass 2: values into cells, the first row holding a combination keeps it.
  const stride = strides(size);
  const values = new Float64Array(cells).fill(Number.NaN);
  const status = new Map<number, string>();
  const owner = new Int32Array(cells).fill(-1);
  for (const [r, row] of table.rows.entries()) {
    const at = positions[r];
    if (!at) continue;
    let cell = 0;
    for (let i = 0; i < at.length; i++) cell += (at[i] ?? 0) * (stride[i] ?? 0);
    const first = owner[cell] ?? -1;
    if (first >= 0) {
      const combination = mapping.dimensions
        .map((d, i) => `${d.label} = ${row[dimColumns[i] ?? 0] ?? ''}`)
        .join(', ');
      report(r + 2, `Rad ${r + 2} har samme kombinasjon som rad ${first + 2}: ${combination}.`);
      continue;
    }
    owner[cell] = r;
    const text = row[valueColumn] ?? '';
    const flag = statusColumn >= 0 ? (row[statusColumn] ?? '') : '';
    if (isStatusSymbol(text)) {
      status.set(cell, flag || text);
      continue;
    }
    if (flag) status.set(cell, flag);
    if (text === '') continue;
    const n = parseNumber(text);
    if (n === null) {
      report(r + 2, `Rad ${r + 2}, kolonnen «${mapping.value}»: «${text}» er ikke et tall.`);
    } else {
      values[cell] = n;
    }
  }
  if (omitted > 0) {
    problems.push({
      row: problems[problems.length - 1]?.row ?? 1,
      message: `… og ${omitted.toLocaleString('nb-NO')} problemer til. Rett de første og les inn tabellen på nytt.`,
    });
  }

  return {
    cube: {
      label: meta.label,
      source: meta.source ?? null,
      updated: null,
      note: [],
      dimensions,
      values,
      status,
    },
    problems,
  };
}

/**
 * JSON-stat keeps the unit on the categories of a metric dimension. Without one, the value
 * column becomes a one-category metric dimension last, which leaves the cell order unchanged.
 */
function addUnit(dimensions: Dimension[], mapping: ColumnMapping): void {
  const unit = mapping.unit;
  if (!unit) return;
  const asUnit = { label: unit.label, decimals: unit.decimals };
  const metric = dimensions.find((d) => d.role === 'metric');
  if (metric) {
    for (const c of metric.categories) c.unit = { ...asUnit };
    return;
  }
  const base = columnId(mapping.value);
  let id = 'contents';
  for (let n = 2; dimensions.some((d) => d.id === id); n++) id = `contents_${n}`;
  dimensions.push({
    id,
    label: 'Statistikkvariabel',
    role: 'metric',
    categories: [{ id: base, label: mapping.value, unit: asUnit }],
  });
}
