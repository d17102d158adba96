/**
 * Reads a JSON-stat 2.0 dataset (SSB, SCB, Statistics Finland, Eurostat …) into a Cube. Metadata
 * is checked by hand and reported in Norwegian; the value array is copied in one tight loop into
 * a Float64Array, since a million-cell table must read in about the time JSON.parse takes.
 */
import {
  type Category,
  type Cube,
  cellCount,
  DIMENSION_ROLES,
  type Dimension,
  type DimensionRole,
  strides,
  type Unit,
} from './cube.ts';

export class JsonStatError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join(' '));
    this.name = 'JsonStatError';
    this.problems = problems;
  }
}

type Json = Record<string, unknown>;

/** 160 MB of values: more than any table the monitor shows, and a guard against a bogus «size». */
const MAX_CELLS = 20_000_000;
/** Enough bad cells to show the pattern without flooding the message. */
const MAX_CELL_PROBLEMS = 5;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** Own properties only: a category called "constructor" must not find Object's. */
const own = (object: Json, key: string): unknown =>
  Object.hasOwn(object, key) ? object[key] : undefined;
const fail = (problem: string): never => {
  throw new JsonStatError([problem]);
};

export function parseJsonStat(input: string | unknown): Cube {
  const data = typeof input === 'string' ? parseText(input) : input;
  return readDataset(pickDataset(data));
}

function parseText(text: string): unknown {
  // A byte order mark from Windows tools is not JSON, but it is not the user's mistake either.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch {
    return fail(`Filen er ikke gyldig JSON: ${jsonSyntaxProblem(body)}.`);
  }
}

/** One JSON token; a string with a bad escape or a raw control character does not match. */
const TOKEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what a JSON string may not hold.
  /[{}[\],:]|"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * Where JSON.parse gave up, in Norwegian with line and column: V8 names a position for only some
 * errors, so the text is walked again token by token. This runs only on failure.
 */
function jsonSyntaxProblem(source: string): string {
  if (source.trim() === '') return 'filen er tom';
  const open: string[] = [];
  // What may come next; "first-" also allows closing an empty object or list.
  let expect = 'value';
  let i = 0;
  for (;;) {
    while (' \t\n\r'.includes(source[i] ?? 'x')) i++;
    TOKEN.lastIndex = i;
    const token = TOKEN.exec(source)?.[0];
    const kind = token?.[0];
    if (token === undefined || kind === undefined) break;
    const top = open.at(-1);
    const closes = (kind === '}' && top === '{') || (kind === ']' && top === '[');
    const valueSlot = expect === 'value' || expect === 'first-value';
    const after = () => (open.length > 0 ? 'next' : 'end');
    if (valueSlot && (kind === '{' || kind === '[')) {
      open.push(kind);
      expect = kind === '{' ? 'first-key' : 'first-value';
    } else if (closes && (expect.startsWith('first-') || expect === 'next')) {
      open.pop();
      expect = after();
    } else if (valueSlot && !'{}[],:'.includes(kind)) expect = after();
    else if ((expect === 'key' || expect === 'first-key') && kind === '"') expect = 'colon';
    else if (expect === 'colon' && kind === ':') expect = 'value';
    else if (expect === 'next' && kind === ',') expect = top === '{' ? 'key' : 'value';
    else break;
    i += token.length;
  }
  const before = source.slice(0, i);
  const line = before.split('\n').length;
  const column = i - before.lastIndexOf('\n');
  // A word, number or text cut off by the end of the file is a short file, not a wrong character.
  const rest = source.slice(i);
  const cut =
    ['true', 'false', 'null'].some((word) => word.startsWith(rest)) ||
    /^-?\d*(?:\.\d*)?(?:[eE][+-]?\d*)?$|^"(?:[^"\\\n]|\\.)*\\?$/.test(rest);
  if (cut) return `filen slutter før innholdet er avsluttet (linje ${line})`;
  const code = source.charCodeAt(i);
  const place = `linje ${line}, kolonne ${column} (tegn ${i + 1})`;
  if (source[i] === '"')
    return `ugyldig tekst (feil escape eller linjeskift) som starter på ${place}`;
  const shown = code < 32 ? `kontrolltegn nr. ${code}` : `«${source[i]}»`;
  return `uventet ${shown} på ${place}`;
}

const VERSION_1 =
  'Filen er JSON-stat versjon 1, som ikke støttes; last ned tabellen som JSON-stat 2.0 (hos SSB: format «json-stat2»).';

/** Version 1 kept id and size inside "dimension"; a 1.x bundle is an object of named datasets. */
const isVersion1 = (data: Json) =>
  data.class === 'bundle' ||
  String(data.version).startsWith('1') ||
  (isObject(data.dimension) && Array.isArray(data.dimension.id)) ||
  (data.class === undefined &&
    !Array.isArray(data.id) &&
    Object.values(data).some((member) => isObject(member) && isObject(member.dimension)));

/** The one dataset in the file: the file itself, or the one a collection embeds. */
function pickDataset(data: unknown): Json {
  if (!isObject(data)) {
    return fail('Filen er ikke et JSON-stat-datasett: innholdet er ikke et JSON-objekt.');
  }
  const { class: kind, version } = data;
  if (kind === 'collection') return fromCollection(data);
  if (kind === 'dimension') {
    return fail('Filen er en JSON-stat-dimensjon, ikke et datasett; last opp et datasett.');
  }
  if (isVersion1(data)) return fail(VERSION_1);
  if (version !== undefined && version !== '2.0') {
    return fail(`JSON-stat-versjon «${String(version)}» støttes ikke; bare versjon 2.0.`);
  }
  // Without "class", the 2.0 structure (id and size at the top) is enough.
  if (kind === 'dataset' || (kind === undefined && Array.isArray(data.id))) return data;
  return fail(
    kind === undefined
      ? 'Filen er ikke et JSON-stat-datasett: «class» mangler (ventet «dataset»).'
      : `Filen er ikke et JSON-stat-datasett: «class» er «${String(kind)}» (ventet «dataset»).`,
  );
}

function fromCollection(collection: Json): Json {
  const items = isObject(collection.link) ? collection.link.item : undefined;
  const datasets = Array.isArray(items)
    ? items.filter((item): item is Json => isObject(item) && item.class === 'dataset')
    : [];
  if (datasets.length !== 1) {
    return fail(`Filen er en samling med ${datasets.length} datasett; last opp ett datasett.`);
  }
  const [dataset] = datasets as [Json];
  if (!('value' in dataset) || !('dimension' in dataset)) {
    return fail(
      'Filen er en samling som bare lenker til datasettet; last ned selve datasettet og last opp det.',
    );
  }
  return dataset;
}

const toNotes = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((n): n is string => typeof n === 'string')
      : [];

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function readDataset(data: Json): Cube {
  const ids = data.id;
  const size = data.size;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
    fail('«id» må være en liste med dimensjonenes ID-er.');
  }
  if (!Array.isArray(size) || !size.every((n) => Number.isInteger(n) && n >= 0)) {
    fail('«size» må være en liste med antall kategorier (hele tall) per dimensjon.');
  }
  const dimensionIds = ids as string[];
  const sizes = size as number[];
  if (sizes.length !== dimensionIds.length) {
    fail(
      `«size» har ${sizes.length} tall, men «id» har ${dimensionIds.length} dimensjoner; de må være like mange.`,
    );
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const id of dimensionIds) {
    if (seen.has(id)) problems.push(`Dimensjonen «${id}» står flere ganger i «id».`);
    seen.add(id);
  }
  const definitions = isObject(data.dimension) ? data.dimension : null;
  if (!definitions) fail('«dimension» mangler eller er ikke et objekt.');
  const dimensions: Dimension[] = [];
  dimensionIds.forEach((id, i) => {
    const definition = own(definitions as Json, id);
    if (!isObject(definition)) {
      problems.push(`Dimensjonen «${id}» står i «id», men mangler under «dimension».`);
      return;
    }
    const dimension = readDimension(id, definition, sizes[i] ?? 0, problems);
    if (dimension) dimensions.push(dimension);
  });
  if (problems.length > 0) throw new JsonStatError(problems);
  const cells = cellCount(sizes);
  if (cells > MAX_CELLS) {
    fail(
      `Datasettet har ${cells} celler (${sizes.join(' × ')}); monitoren leser høyst ${MAX_CELLS}.`,
    );
  }
  assignRoles(dimensions, data.role);

  const describe = cellDescriber(dimensions);
  const values = readValues(data.value, sizes, describe);
  const status = readStatus(data.status, sizes, describe);
  return {
    label: text(data.label),
    source: text(data.source),
    updated: text(data.updated),
    note: toNotes(data.note),
    dimensions,
    values,
    status,
  };
}

function readDimension(
  id: string,
  definition: Json,
  size: number,
  problems: string[],
): Dimension | null {
  const category = definition.category;
  if (!isObject(category)) {
    problems.push(`Dimensjonen «${id}» mangler «category».`);
    return null;
  }
  const labels = isObject(category.label) ? category.label : {};
  const order = categoryOrder(category.index, labels);
  if (typeof order === 'string') {
    problems.push(`Dimensjonen «${id}»: ${order}.`);
    return null;
  }
  if (order.length !== size) {
    problems.push(`Dimensjonen «${id}» har ${order.length} kategorier, men «size» sier ${size}.`);
    return null;
  }
  const units = isObject(category.unit) ? category.unit : {};
  const notes = isObject(category.note) ? category.note : {};
  const categories = order.map((categoryId): Category => {
    const result: Category = { id: categoryId, label: text(own(labels, categoryId)) ?? categoryId };
    const unit = readUnit(own(units, categoryId));
    if (unit) result.unit = unit;
    const note = own(notes, categoryId);
    if (note !== undefined) result.note = toNotes(note);
    return result;
  });
  const dimension: Dimension = {
    id,
    label: text(definition.label) ?? id,
    role: null,
    categories,
  };
  if (definition.note !== undefined) dimension.note = toNotes(definition.note);
  return dimension;
}

/** Category ids in position order (from an index list, an index object or a lone label), or what is wrong. */
function categoryOrder(index: unknown, labels: Json): string[] | string {
  if (Array.isArray(index)) {
    if (!index.every((c) => typeof c === 'string')) return 'category.index må bare ha tekst-ID-er';
    const seen = new Set<string>();
    const duplicate = index.find((c) => seen.size === seen.add(c).size);
    if (duplicate === undefined) return index;
    return `kategorien «${duplicate}» står flere ganger i category.index`;
  }
  if (isObject(index)) {
    const order: string[] = [];
    const last = Object.keys(index).length - 1;
    for (const [categoryId, at] of Object.entries(index)) {
      if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at > last) {
        return `kategorien «${categoryId}» har posisjon ${JSON.stringify(at)}, som er utenfor 0–${last}`;
      }
      const taken = order[at];
      if (taken !== undefined) {
        return `kategoriene «${taken}» og «${categoryId}» har samme posisjon ${at} i category.index`;
      }
      order[at] = categoryId;
    }
    return order;
  }
  if (index !== undefined) return 'category.index må være en liste eller et objekt';
  // The spec lets a dimension with one category leave out the index.
  const keys = Object.keys(labels);
  return keys.length === 1
    ? keys
    : 'category.index mangler (den kreves når dimensjonen har mer enn én kategori)';
}

function readUnit(raw: unknown): Unit | undefined {
  if (!isObject(raw)) return undefined;
  const unit: Unit = {};
  // SSB's older json-stat2 output names the unit "base" instead of "label".
  const label = text(raw.label) ?? text(raw.base);
  if (label !== null) unit.label = label;
  if (typeof raw.symbol === 'string') unit.symbol = raw.symbol;
  if (raw.position === 'start' || raw.position === 'end') unit.position = raw.position;
  if (Number.isInteger(raw.decimals) && (raw.decimals as number) >= 0) {
    unit.decimals = raw.decimals as number;
  }
  return unit;
}

function assignRoles(dimensions: Dimension[], role: unknown): void {
  if (!isObject(role)) return;
  for (const name of DIMENSION_ROLES) {
    const listed = role[name];
    const members = typeof listed === 'string' ? [listed] : Array.isArray(listed) ? listed : [];
    for (const member of members) {
      const dimension = dimensions.find((d) => d.id === member);
      // A dimension in two roles keeps the first (time before geo before metric).
      if (dimension && dimension.role === null) dimension.role = name as DimensionRole;
    }
  }
}

/** "celle 7 (Region=0301, Tid=2021)": a cell as the user finds it in the table. */
function cellDescriber(dimensions: Dimension[]): (cell: number) => string {
  const stride = strides(dimensions.map((d) => d.categories.length));
  return (cell) => {
    const at = dimensions.map((d, i) => {
      const position = Math.floor(cell / (stride[i] ?? 1)) % d.categories.length;
      return `${d.id}=${d.categories[position]?.id ?? '?'}`;
    });
    return `celle ${cell} (${at.join(', ')})`;
  };
}

const shownItem = (item: unknown) =>
  typeof item === 'string' ? `teksten «${item.slice(0, 40)}»` : JSON.stringify(item).slice(0, 40);

/** Collects bad cells, showing the first few and counting the rest. */
function cellProblems(describe: (cell: number) => string) {
  const shown: string[] = [];
  let count = 0;
  return {
    add(cell: number, item: unknown): number {
      count++;
      if (shown.length < MAX_CELL_PROBLEMS) shown.push(`${describe(cell)} er ${shownItem(item)}`);
      return Number.NaN;
    },
    report(what: string): void {
      if (count > 0) fail(listed(what, shown, count));
    },
  };
}

function listed(what: string, shown: string[], total: number): string {
  const more = total > shown.length ? ` og ${total - shown.length} til` : '';
  return `${what} ${shown.join('; ')}${more}.`;
}

/** Visits a sparse object {"cell index": item}; every key must be a cell of the cube. */
function sparseCells(
  name: string,
  raw: Json,
  cells: number,
  visit: (cell: number, item: unknown) => void,
): void {
  // Looking cells up by number is many times faster than walking a large object's keys.
  let found = 0;
  for (let i = 0; i < cells; i++) {
    const item = (raw as Record<number, unknown>)[i];
    if (item !== undefined) {
      found++;
      visit(i, item);
    }
  }
  const keys = Object.keys(raw);
  if (found === keys.length) return;
  const outside = keys
    .filter((key) => !(/^(0|[1-9]\d*)$/.test(key) && Number(key) < cells))
    .map((key) => `«${key}»`);
  const where = `«${name}» har celleindekser utenfor kuben (gyldig er 0–${cells - 1}):`;
  fail(listed(where, outside.slice(0, MAX_CELL_PROBLEMS), outside.length));
}

function lengthProblem(name: string, length: number, sizes: number[]): string {
  const cells = cellCount(sizes);
  return `«${name}» har ${length} elementer, men dimensjonene gir ${cells} celler (${sizes.join(' × ') || '1'}).`;
}

function readValues(raw: unknown, sizes: number[], describe: (cell: number) => string) {
  const cells = cellCount(sizes);
  const values = new Float64Array(cells);
  const problems = cellProblems(describe);
  if (Array.isArray(raw)) {
    if (raw.length !== cells) fail(lengthProblem('value', raw.length, sizes));
    // The hot loop of a large table: no allocation, one type test per cell.
    for (let i = 0; i < cells; i++) {
      const value = raw[i];
      values[i] =
        typeof value === 'number' ? value : value === null ? Number.NaN : problems.add(i, value);
    }
  } else if (isObject(raw)) {
    values.fill(Number.NaN);
    sparseCells('value', raw, cells, (cell, value) => {
      values[cell] =
        typeof value === 'number' ? value : value === null ? Number.NaN : problems.add(cell, value);
    });
  } else {
    fail('«value» mangler; den må være en liste eller et objekt med verdier.');
  }
  problems.report('Verdiene må være tall eller null, men');
  return values;
}

function readStatus(raw: unknown, sizes: number[], describe: (cell: number) => string) {
  const cells = cellCount(sizes);
  const status = new Map<number, string>();
  const problems = cellProblems(describe);
  const set = (cell: number, symbol: unknown) => {
    if (typeof symbol === 'string') {
      if (symbol !== '') status.set(cell, symbol);
    } else if (symbol !== null && symbol !== undefined) problems.add(cell, symbol);
  };
  // One symbol, or a list of one, is the status of every cell.
  const everywhere =
    typeof raw === 'string' ? raw : Array.isArray(raw) && raw.length === 1 ? raw[0] : undefined;
  if (raw === undefined || raw === null) return status;
  if (everywhere !== undefined) for (let i = 0; i < cells; i++) set(i, everywhere);
  else if (Array.isArray(raw)) {
    if (raw.length !== cells) fail(lengthProblem('status', raw.length, sizes));
    for (let i = 0; i < cells; i++) set(i, raw[i]);
  } else if (isObject(raw)) sparseCells('status', raw, cells, set);
  else fail('«status» må være en tekst, en liste eller et objekt.');
  problems.report('Status må være tekst eller null, men');
  return status;
}

export type JsonStatSummary = {
  label: string | null;
  ids: string[];
  size: number[];
  roles: { time: string[]; geo: string[]; metric: string[] };
  values: number;
  missing: number;
};

export function inspectJsonStat(cube: Cube): JsonStatSummary {
  const withRole = (role: DimensionRole) =>
    cube.dimensions.filter((d) => d.role === role).map((d) => d.id);
  let missing = 0;
  for (const value of cube.values) if (Number.isNaN(value)) missing++;
  return {
    label: cube.label,
    ids: cube.dimensions.map((d) => d.id),
    size: cube.dimensions.map((d) => d.categories.length),
    roles: { time: withRole('time'), geo: withRole('geo'), metric: withRole('metric') },
    values: cube.values.length,
    missing,
  };
}
