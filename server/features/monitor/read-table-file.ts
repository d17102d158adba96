import { createInflateRaw } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors.ts';

/** A table file the monitor cannot take, with the reason in Norwegian. */
export class TableFileError extends AppError {
  constructor(message: string) {
    super(400, 'invalid_table_file', message);
    this.name = 'TableFileError';
  }
}

export type TableFile = { columns: string[]; rows: string[][]; sheet?: string };

export const MAX_ROWS = 200_000;
export const MAX_COLUMNS = 200;
/** Unpacked, an XLSX above this is refused before exceljs sees it: a small zip bomb must not fill the memory. */
export const MAX_XLSX_UNPACKED = 100 * 1024 * 1024;

/**
 * The header and rows of an uploaded CSV or XLSX file, every cell as trimmed text. The type is
 * decided by the content, not the name: an XLSX is a zip archive, anything else must be text.
 */
export async function readTableFile(
  bytes: Uint8Array,
  fileName: string,
  /** For tests: a smaller unpacked limit than MAX_XLSX_UNPACKED. */
  limits: { maxUnpacked?: number } = {},
): Promise<TableFile> {
  if (bytes.length === 0) throw new TableFileError(`«${fileName}» er tom.`);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return readXlsx(bytes, fileName, limits.maxUnpacked ?? MAX_XLSX_UNPACKED);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new TableFileError(
      `«${fileName}» er i det gamle Excel-formatet (.xls). Lagre den som Excel-arbeidsbok (.xlsx) eller CSV og prøv igjen.`,
    );
  }
  const text = decodeText(bytes);
  if (text === null) {
    throw new TableFileError(
      `«${fileName}» er verken en CSV-fil (tekst) eller en Excel-arbeidsbok (.xlsx).`,
    );
  }
  return readCsv(text, fileName);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode-tekst"), else Windows-1252 (older Norwegian Excel). */
function decodeText(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // A NUL byte never occurs in a text table; it marks some other binary file.
  if (bytes.includes(0)) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

const DELIMITERS = [';', '\t', ','] as const;

/** The delimiter that occurs most often, outside quotes, in the header line (";" wins ties: Norwegian Excel). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

function readCsv(text: string, fileName: string): TableFile {
  // Leading blank lines would make the header line empty and hide the delimiter.
  const body = text.replace(/^(?:[ \t]*\r?\n)+/, '');
  if (body.trim() === '') throw new TableFileError(`«${fileName}» er tom.`);
  let records: string[][];
  try {
    records = parse(body, {
      delimiter: detectDelimiter(body),
      bom: true,
      trim: true,
      skip_empty_lines: true,
      // Excel writes ";;;" for a row it thinks is used; that is an empty line too.
      skip_records_with_empty_values: true,
      relax_column_count: true,
      relax_quotes: true,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new TableFileError(
      `«${fileName}» kan ikke leses som CSV${line ? ` (linje ${line})` : ''}. Sjekk anførselstegnene i filen.`,
    );
  }
  return toTable(records, fileName, false);
}

async function readXlsx(bytes: Uint8Array, fileName: string, maxUnpacked: number) {
  const entries = zipDirectory(bytes);
  if (!entries) throw new TableFileError(`«${fileName}» ser ut som en zip-fil, men er skadet.`);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new TableFileError(
      `«${fileName}» er en zip-fil, men ikke en Excel-arbeidsbok (.xlsx). Lagre tabellen som .xlsx eller CSV.`,
    );
  }
  const limit = `${maxUnpacked / 1024 / 1024} MB`;
  const tooBig = (detail: string) =>
    new TableFileError(
      `«${fileName}» er for stor utpakket (${detail}). Del tabellen opp, eller lagre den som CSV.`,
    );
  // First what the directory declares, unpacking nothing; then what it really unpacks to.
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > maxUnpacked) {
    throw tooBig(`${Math.round(declared / 1024 / 1024)} MB; grensen er ${limit}`);
  }
  if ((await unpackedSize(bytes, entries, maxUnpacked)) > maxUnpacked) {
    throw tooBig(`over grensen på ${limit}, selv om filen oppgir mindre`);
  }

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types an older Node Buffer; any Uint8Array view of the bytes works.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new TableFileError(`«${fileName}» kan ikke leses som Excel-arbeidsbok. Er den skadet?`);
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new TableFileError(`«${fileName}» har ingen ark med data.`);
  if (sheet.actualRowCount > MAX_ROWS + 1) throw tooManyRows(fileName, sheet.actualRowCount - 1);
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      // A merged range keeps its value in the top-left cell only; the rest read as empty.
      cells[col - 1] = cell.type === ExcelJS.ValueType.Merge ? '' : cellText(cell.value).trim();
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    if (cells.some((c) => c !== '')) records.push(cells);
  });
  return { ...toTable(records, fileName, true), sheet: sheet.name };
}

type ZipEntry = { name: string; method: number; size: number; declaredSize: number; at: number };

/**
 * The entries of a zip's central directory with where each one's data starts, or null when
 * the directory cannot be read. A ZIP64 size (0xFFFFFFFF) reads as 4 GB and is refused as such.
 */
function zipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (i: number) => (i + 2 <= bytes.length ? view.getUint16(i, true) : -1);
  const u32 = (i: number) => (i + 4 <= bytes.length ? view.getUint32(i, true) : -1);
  // The end record: the last 22 bytes, plus a comment of at most 65 535 bytes.
  let end = bytes.length - 22;
  while (end >= Math.max(0, bytes.length - 22 - 65_535) && u32(end) !== 0x06054b50) end--;
  if (end < 0 || u32(end) !== 0x06054b50) return null;
  const entries: ZipEntry[] = [];
  let at = u32(end + 16);
  for (let n = u16(end + 10); n > 0; n--) {
    if (u32(at) !== 0x02014b50) return null;
    const nameLength = u16(at + 28);
    const local = u32(at + 42);
    if (u32(local) !== 0x04034b50) return null;
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      size: u32(at + 20),
      declaredSize: u32(at + 24),
      at: local + 30 + u16(local + 26) + u16(local + 28),
    });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/**
 * What the archive really unpacks to, counted while inflating and given up past `limit`: the
 * directory's sizes can lie, and exceljs would believe them. Chunks are dropped as counted.
 */
async function unpackedSize(bytes: Uint8Array, entries: ZipEntry[], limit: number) {
  let total = 0;
  for (const entry of entries) {
    const data = bytes.subarray(entry.at, entry.at + entry.size);
    if (entry.method === 0) total += data.length;
    else if (entry.method === 8) total += await inflatedSize(data, limit - total);
    // Another method, or broken data, is for exceljs to refuse.
    if (total > limit) break;
  }
  return total;
}

function inflatedSize(data: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve) => {
    let count = 0;
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      count += chunk.length;
      if (count > budget) {
        inflate.destroy();
        resolve(count);
      }
    });
    inflate.on('end', () => resolve(count));
    inflate.on('error', () => resolve(count));
    inflate.end(data);
  });
}

/** A cell as Excel shows it, minus the number format: numbers with ".", dates as ISO, formulas as their result. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'SANN' : 'USANN';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as { result?: ExcelJS.CellValue }).result);
  }
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

/** exceljs reads Excel's serial dates as UTC; a date without a time of day is just the date. */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.replace(/\.000Z$/, '').replace(/Z$/, '');
}

function tooManyRows(fileName: string, count: number): TableFileError {
  return new TableFileError(
    `«${fileName}» har ${count.toLocaleString('nb-NO')} rader; grensen er ${MAX_ROWS.toLocaleString('nb-NO')}. Del tabellen opp.`,
  );
}

function columnName(index: number, xlsx: boolean): string {
  if (!xlsx) return `Kolonne ${index + 1}`;
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `Kolonne ${letters}`;
}

/** First record is the header; checks the names and the size, and pads short rows. */
function toTable(records: string[][], fileName: string, xlsx: boolean): TableFile {
  const [header, ...rows] = records;
  if (!header) throw new TableFileError(`«${fileName}» er tom.`);
  if (rows.length > MAX_ROWS) throw tooManyRows(fileName, rows.length);
  let width = header.length;
  for (const r of rows) width = Math.max(width, r.length);
  if (width > MAX_COLUMNS) {
    throw new TableFileError(
      `«${fileName}» har ${width} kolonner; grensen er ${MAX_COLUMNS}. En ryddig tabell har én kolonne per dimensjon og én for verdien.`,
    );
  }
  const columns = Array.from({ length: width }, (_, i) => (header[i] ?? '').trim());
  const seen = new Map<string, number>();
  for (const [i, name] of columns.entries()) {
    if (name === '') {
      throw new TableFileError(
        `${columnName(i, xlsx)} i «${fileName}» mangler navn i overskriftsraden. Gi alle kolonner et navn, eller slett den tomme kolonnen.`,
      );
    }
    const key = name.toLocaleLowerCase('nb-NO');
    const first = seen.get(key);
    if (first !== undefined) {
      throw new TableFileError(
        `«${fileName}» har to kolonner som heter «${name}» (${columnName(first, xlsx).toLowerCase()} og ${columnName(i, xlsx).toLowerCase()}). Gi dem ulike navn.`,
      );
    }
    seen.set(key, i);
  }
  if (rows.length === 0) {
    throw new TableFileError(`«${fileName}» har bare en overskriftsrad og ingen rader med data.`);
  }
  return {
    columns,
    rows: rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] ?? '').trim())),
  };
}
