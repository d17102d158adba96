import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from './auth/passwords.ts';
import { openDatabase } from './db/client.ts';
import { councils, users } from './db/schema.ts';

const run = promisify(execFile);
const dataDir = mkdtempSync(path.join(tmpdir(), 'radsrom-cli-'));
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
  });

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Each step starts a process that opens (and on first use creates) an embedded database.
describe('command line', { timeout: 180_000 }, () => {
  it('adds a user who can sign in, and seeds the demo council once', async () => {
    const added = await cli(
      'user',
      'add',
      '--email',
      'Ny@Example.no',
      '--name',
      'Ny Bruker',
      '--password',
      'et-langt-passord',
    );
    expect(added.stdout).toContain('Brukeren ny@example.no er lagret.');
    const first = await cli('seed-demo');
    expect(first.stdout).toContain('Demorådet er lagt inn.');
    const second = await cli('seed-demo');
    expect(second.stdout).toContain('Demorådet finnes fra før.');

    const database = await openDatabase({ dataDir });
    try {
      const [user] = await database.db.select().from(users).where(eq(users.email, 'ny@example.no'));
      expect(user?.name).toBe('Ny Bruker');
      expect(await verifyPassword(user?.passwordHash ?? '', 'et-langt-passord')).toBe(true);
      expect((await database.db.select().from(councils)).map((c) => c.shortName)).toEqual([
        'HO21-rådet',
      ]);
    } finally {
      await database.close();
    }
  });

  it('explains itself when the command is wrong or the password too short or too common', async () => {
    await expect(cli('nonsense')).rejects.toMatchObject({
      stderr: expect.stringContaining('Bruk: npm run cli'),
    });
    await expect(
      cli('user', 'add', '--email', 'a@b.no', '--name', 'A', '--password', 'kort'),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('minst 12 tegn'),
    });
    await expect(
      cli('user', 'add', '--email', 'a@b.no', '--name', 'A', '--password', 'Passord123456!'),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('for vanlig') });
  });

  it('imports archive papers: --json shows the findings, --commit writes after the checks', async () => {
    const fixture = (name: string) => path.join('server/features/imports/fixtures', name);
    const json = await cli('import', fixture('minutes-1-2019.txt'), '--json');
    const found = JSON.parse(json.stdout);
    expect(found.meetings[0]).toMatchObject({ number: '1/2019', kind: 'minutes' });
    expect(found.warnings).toEqual([]);

    // Case papers lack the meeting's date: the check stops the commit and says why.
    await expect(
      cli('import', fixture('case-papers-2-2019.txt'), '--commit'),
    ).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining('Møte 2/2019: skriv inn møtedatoen (ÅÅÅÅ-MM-DD).'),
    });
    const committed = await cli('import', fixture('minutes-1-2019.txt'), '--commit');
    expect(committed.stdout).toContain('minutes-1-2019.txt: lagret.');
    await expect(cli('import', fixture('minutes-1-2019.txt'))).rejects.toMatchObject({
      stdout: expect.stringContaining('er allerede importert'),
    });
  });
});
