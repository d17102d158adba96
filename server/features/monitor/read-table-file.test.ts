import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, MAX_ROWS, readTableFile, TableFileError } from './read-table-file.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function refusal(bytes: Uint8Array, fileName: string): Promise<string> {
  const error = await readTableFile(bytes, fileName).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TableFileError);
  return (error as Error).message;
}

describe('readTableFile: CSV', () => {
  it('reads a semicolon file from Norwegian Excel: BOM, CRLF, quotes, empty lines', async () => {
    const bytes = await readFile(new URL('./fixtures/fou-sektor-aar.csv', import.meta.url));
    const table = await readTableFile(new Uint8Array(bytes), 'fou-sektor-aar.csv');
    expect(table).toEqual({
      columns: ['Sektor', 'År', 'Beløp (mill. kr)'],
      rows: [
        ['Næringslivet', '2021', '4 512,3'],
        ['Instituttsektoren', '2021', '1 204,0'],
        ['Universitets- og høgskolesektoren; UH', '2021', '6 987,1'],
        ['Helseforetak', '2021', '..'],
        ['Næringslivet', '2020', '4 230,2'],
      ],
    });
  });

  it('reads Windows-1252 when the bytes are not UTF-8', async () => {
    const text =
      'Fylke;Kjønn;År;Antall\nMøre og Romsdal;Kvinner;2022;1 200\nTrøndelag;Menn;2022;980\n';
    const table = await readTableFile(new Uint8Array(Buffer.from(text, 'latin1')), 'gammel.csv');
    expect(table.columns).toEqual(['Fylke', 'Kjønn', 'År', 'Antall']);
    expect(table.rows[0]).toEqual(['Møre og Romsdal', 'Kvinner', '2022', '1 200']);
  });

  it('reads the tab-separated UTF-16 "Unicode-tekst" Excel saves', async () => {
    const text = 'Region\tÅr\tVerdi\r\nVestland\t2021\t12,5\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(await readTableFile(bytes, 'unicode.txt')).toEqual({
      columns: ['Region', 'År', 'Verdi'],
      rows: [['Vestland', '2021', '12,5']],
    });
  });

  it('detects comma and tab from the header line, ignoring quoted delimiters', async () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"Beløp; i alt",år,verdi')).toBe(',');
    expect(detectDelimiter('"a,b";c')).toBe(';');
    const table = await readTableFile(
      utf8('Sektor,Year,Value\n  Business enterprise , 2021 ,"1,234.5"\n'),
      'en.csv',
    );
    expect(table.rows).toEqual([['Business enterprise', '2021', '1,234.5']]);
  });

  it('pads short rows with empty cells', async () => {
    const table = await readTableFile(utf8('A;B;C\n1;2\n'), 't.csv');
    expect(table.rows).toEqual([['1', '2', '']]);
  });

  it('refuses an empty file, or one with only a header', async () => {
    expect(await refusal(new Uint8Array(), 'tom.csv')).toBe('«tom.csv» er tom.');
    expect(await refusal(utf8('\n\n  \n'), 'blank.csv')).toBe('«blank.csv» er tom.');
    expect(await refusal(utf8('Sektor;År;Verdi\n'), 'hode.csv')).toBe(
      '«hode.csv» har bare en overskriftsrad og ingen rader med data.',
    );
  });

  it('refuses duplicate and empty column names, naming the columns', async () => {
    expect(await refusal(utf8('Sektor;År;sektor\na;b;c\n'), 'd.csv')).toBe(
      '«d.csv» har to kolonner som heter «sektor» (kolonne 1 og kolonne 3). Gi dem ulike navn.',
    );
    expect(await refusal(utf8('Sektor;;Verdi\na;b;1\n'), 'e.csv')).toMatch(
      /^Kolonne 2 i «e\.csv» mangler navn i overskriftsraden/,
    );
    // A value right of the last named column has no name either.
    expect(await refusal(utf8('Sektor;Verdi\na;1;x\n'), 'f.csv')).toMatch(
      /^Kolonne 3 i «f\.csv» mangler navn/,
    );
  });

  it('refuses more than 200 columns or 200 000 rows', async () => {
    const wide = `${Array.from({ length: 201 }, (_, i) => `k${i}`).join(';')}\n${'1;'.repeat(200)}1\n`;
    expect(await refusal(utf8(wide), 'bred.csv')).toMatch(/har 201 kolonner; grensen er 200/);
    const long = `Nr;Verdi\n${'1;2\n'.repeat(MAX_ROWS + 1)}`;
    expect(await refusal(utf8(long), 'lang.csv')).toMatch(
      /^«lang\.csv» har 200\s001 rader; grensen er 200\s000/,
    );
  });

  it('refuses a file that is neither text nor a workbook', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await refusal(png, 'tabell.csv')).toBe(
      '«tabell.csv» er verken en CSV-fil (tekst) eller en Excel-arbeidsbok (.xlsx).',
    );
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refusal(xls, 'gammel.xls')).toMatch(/det gamle Excel-formatet \(\.xls\)/);
    const zip = zipSync({ 'word/document.xml': utf8('<w:document/>') });
    expect(await refusal(zip, 'notat.xlsx')).toMatch(/er en zip-fil, men ikke en Excel-arbeidsbok/);
  });
});

describe('readTableFile: XLSX', () => {
  it('reads the first sheet with data, cells as text', async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet('Forside');
      const ws = wb.addWorksheet('FoU');
      ws.addRow(['Sektor', 'År', 'Beløp', 'Publisert', 'Andel']);
      ws.addRow([
        'Næringslivet',
        2021,
        4512.3,
        new Date(Date.UTC(2024, 8, 12)),
        { formula: 'C2/C3', result: 0.646 },
      ]);
      ws.addRow([]);
      ws.addRow([
        { richText: [{ text: 'Helse' }, { text: 'foretak' }] },
        2021,
        { formula: 'C2*1.2', result: 5414.76 },
        null,
        '  ..  ',
      ]);
      ws.addRow(['Merknad', null, null, null, null]);
      ws.mergeCells('A5:B5');
    });
    const table = await readTableFile(bytes, 'fou.xlsx');
    expect(table).toEqual({
      sheet: 'FoU',
      columns: ['Sektor', 'År', 'Beløp', 'Publisert', 'Andel'],
      rows: [
        ['Næringslivet', '2021', '4512.3', '2024-09-12', '0.646'],
        ['Helseforetak', '2021', '5414.76', '', '..'],
        ['Merknad', '', '', '', ''],
      ],
    });
  });

  it('names an unnamed column by its letter', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Ark1');
      ws.addRow(['Sektor', null, 'Verdi']);
      ws.addRow(['UH', 'x', 1]);
    });
    expect(await refusal(bytes, 'ark.xlsx')).toMatch(/^Kolonne B i «ark\.xlsx» mangler navn/);
  });

  it('refuses a workbook with no data', async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet('Ark1');
    });
    expect(await refusal(bytes, 'tom.xlsx')).toBe('«tom.xlsx» har ingen ark med data.');
  });

  it('refuses a zip that unpacks to more than 100 MB, before unpacking it', async () => {
    const bytes = zipSync({
      '[Content_Types].xml': utf8('<Types/>'),
      'xl/workbook.xml': utf8('<workbook/>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(10_000),
    });
    // Declare 150 MB for the sheet in the central directory, as a zip bomb would.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 46 <= bytes.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + nameLength));
      if (name === 'xl/worksheets/sheet1.xml') view.setUint32(i + 24, 150 * 1024 * 1024, true);
    }
    expect(await refusal(bytes, 'bombe.xlsx')).toMatch(
      /^«bombe\.xlsx» er for stor utpakket \(150 MB; grensen er 100 MB\)/,
    );
  });

  it('refuses a zip whose directory understates what it unpacks to', async () => {
    const bytes = zipSync({
      '[Content_Types].xml': utf8('<Types/>'),
      'xl/workbook.xml': utf8('<workbook/>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(3 * 1024 * 1024),
    });
    // Claim 1 kB for the 3 MB sheet, in the central directory and the local header.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 30 <= bytes.length; i++) {
      const signature = view.getUint32(i, true);
      const central = signature === 0x02014b50;
      if (!central && signature !== 0x04034b50) continue;
      const nameAt = i + (central ? 46 : 30);
      const nameLength = view.getUint16(i + (central ? 28 : 26), true);
      const name = new TextDecoder().decode(bytes.subarray(nameAt, nameAt + nameLength));
      if (name.endsWith('sheet1.xml')) view.setUint32(i + (central ? 24 : 22), 1024, true);
    }
    const error = await readTableFile(bytes, 'løgn.xlsx', { maxUnpacked: 2 * 1024 * 1024 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TableFileError);
    expect((error as Error).message).toBe(
      '«løgn.xlsx» er for stor utpakket (over grensen på 2 MB, selv om filen oppgir mindre). Del tabellen opp, eller lagre den som CSV.',
    );
  });
});
