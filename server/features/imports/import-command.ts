import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from '../../../core/import/parse-document.ts';
import type { ImportResult } from '../../../core/import/types.ts';
import type { Db } from '../../db/client.ts';
import { councils } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { commitImport } from './commit-import.ts';
import { readImportFile } from './read-import-file.ts';
import { stageImport } from './stage-import.ts';

/** `import <files...> --json`: what the importer finds, as JSON, without a database. */
export async function importAsJson(files: string[]): Promise<ImportResult> {
  const all: ImportResult = { meetings: [], warnings: [] };
  for (const file of files) {
    const name = path.basename(file);
    try {
      const { text } = await readImportFile(name, await readFile(file));
      const found = parseDocument(text, name);
      all.meetings.push(...found.meetings);
      all.warnings.push(...found.warnings);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      all.warnings.push({ file: name, message: error.message, at: 'hele filen' });
    }
  }
  return all;
}

async function councilId(db: Db, shortName: string | undefined): Promise<string> {
  const rows = await db.select({ id: councils.id, shortName: councils.shortName }).from(councils);
  const found = shortName ? rows.filter((c) => c.shortName === shortName) : rows;
  if (found.length === 1 && found[0]) return found[0].id;
  const known = rows.map((c) => c.shortName).join(', ') || 'ingen';
  throw new AppError(
    400,
    'council',
    shortName
      ? `Fant ikke rådet «${shortName}». Kjente råd: ${known}.`
      : `Velg råd med --council (kjente råd: ${known}).`,
  );
}

/**
 * `import <files...> [--commit]`: stages every file for review in the web app, and with
 * --commit writes each after the same checks as the review screen. Returns the exit code.
 */
export async function importFiles(
  db: Db,
  files: string[],
  options: { commit: boolean; council?: string },
  log: (line: string) => void,
): Promise<number> {
  const council = await councilId(db, options.council);
  let failed = 0;
  for (const file of files) {
    const name = path.basename(file);
    try {
      const row = await stageImport(db, null, council, {
        fileName: name,
        bytes: await readFile(file),
      });
      const result = row.result as ImportResult;
      const cases = result.meetings.reduce((n, m) => n + m.cases.length, 0);
      log(
        `${name}: ${result.meetings.length} møter, ${cases} saker, ${result.warnings.length} advarsler.`,
      );
      if (options.commit) {
        await commitImport(db, null, row.id, row.version);
        log(`${name}: lagret.`);
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      failed++;
      const problems = (error.details?.problems as string[] | undefined) ?? [];
      log(`${name}: ${error.message}`);
      for (const problem of problems) log(`  – ${problem}`);
    }
  }
  return failed > 0 ? 1 : 0;
}
