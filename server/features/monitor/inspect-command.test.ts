import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectFile } from './inspect-command.ts';

const run = promisify(execFile);
const dataDir = mkdtempSync(path.join(tmpdir(), 'radsrom-inspect-'));
const fixture = (name: string) => path.join('core/monitor/fixtures', name);
// DATABASE_URL points nowhere: the command must answer without a database.
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: 'postgres://nowhere.invalid/none' },
  });

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('monitor inspect', { timeout: 120_000 }, () => {
  it('prints the summary of a JSON-stat file as JSON and writes nothing', async () => {
    const { stdout, stderr } = await cli(
      'monitor',
      'inspect',
      fixture('ssb-pxwebapi-v2.json'),
      '--json',
    );
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({
      label: '99999: FoU i helse, etter region, statistikkvariabel og år (demodata)',
      ids: ['Region', 'ContentsCode', 'Tid'],
      size: [3, 2, 3],
      roles: { time: ['Tid'], geo: ['Region'], metric: ['ContentsCode'] },
      values: 18,
      missing: 1,
    });
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('prints a short summary in Norwegian without --json', async () => {
    const { stdout } = await cli('monitor', 'inspect', fixture('fou-helse-4d.json'));
    expect(stdout).toContain('Dimensjoner: Sektor (4), Region (3), Finansiering (3), Tid (2)');
    expect(stdout).toContain('Celler: 72, uten verdi: 3');
  });

  it('says what is wrong with a broken file and exits 1', async () => {
    const broken = path.join(dataDir, 'broken.json');
    writeFileSync(broken, '{\n  "version": "2.0",\n  "value": [1.5, 2.5,]\n}\n');
    await expect(cli('monitor', 'inspect', broken, '--json')).rejects.toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringContaining(
        'Filen er ikke gyldig JSON: uventet «]» på linje 3, kolonne 22',
      ),
    });
    await expect(
      cli('monitor', 'inspect', fixture('broken-category-count.json'), '--json'),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Dimensjonen «Region» har 2 kategorier, men «size» sier 3.'),
    });
  });

  it('shows the usage without a file (exit 2), and names a file that does not exist', async () => {
    await expect(cli('monitor', 'inspect', '--json')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('npm run cli -- monitor inspect <fil>'),
    });
    await expect(cli('monitor', 'inspect', 'finnes-ikke.json')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Finner ikke filen «finnes-ikke.json».'),
    });
  });
});

describe('inspectFile', () => {
  it('answers with a message, not an exception, for unreadable and invalid files', async () => {
    expect(await inspectFile('core/monitor/fixtures')).toEqual({
      ok: false,
      message: '«core/monitor/fixtures» er en mappe, ikke en fil.',
    });
    expect(await inspectFile(fixture('collection-two.json'))).toEqual({
      ok: false,
      message: `${fixture('collection-two.json')}: Filen er en samling med 2 datasett; last opp ett datasett.`,
    });
    const result = await inspectFile(fixture('kliniske-studier-sparse.json'));
    expect(result.ok && result.summary).toMatchObject({ values: 8, missing: 2 });
  });
});
