/**
 * The case papers in the council's real papers (../shared/seeds) against fixtures written by
 * reading the seeds, not by running the parser. The seeds are not in the repository; without
 * them these tests are skipped, and say so.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.ts';
import type { ImportedMeeting } from './types.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const seeds = path.resolve(repoRoot, '../shared/seeds');
const SEEDS = {
  '000': '000_0115cb028c743b65.txt',
  '002': '002_a2397e32a0b38405.txt',
} as const;
const present = Object.values(SEEDS).every((f) => existsSync(path.join(seeds, f)));

if (!present)
  console.warn(`Seeds in ../shared/seeds are absent (${seeds}): case paper seed tests skipped.`);

const fixture = (name: string): ImportedMeeting[] =>
  JSON.parse(readFileSync(path.join(here, 'fixtures', name), 'utf8')) as ImportedMeeting[];

const parseSeed = (file: string) =>
  parseDocument(readFileSync(path.join(seeds, file), 'utf8'), file);

const title = present
  ? 'seed case papers (../shared/seeds)'
  : 'seed case papers: SKIPPED, seeds in ../shared/seeds are absent';

describe.skipIf(!present)(title, () => {
  it('reads the case papers of meeting 3/2021 (seed 000)', () => {
    const result = parseSeed(SEEDS['000']);
    const papers = result.meetings.filter((m) => m.kind === 'case-papers');
    expect(papers).toEqual(fixture('seed-000.case-papers.expected.json'));
  });

  it('reads the case papers of meeting 3/2025, bodies before headers (seed 002)', () => {
    const result = parseSeed(SEEDS['002']);
    const papers = result.meetings.filter((m) => m.kind === 'case-papers');
    expect(papers).toEqual(fixture('seed-002.case-papers.expected.json'));
  });

  it('finds both meetings in each file: the case papers and the attached minutes', () => {
    for (const [file, papers, minutes] of [
      [SEEDS['000'], '3/2021', '2/2021'],
      [SEEDS['002'], '3/2025', '2/2025'],
    ] as const) {
      const { meetings } = parseSeed(file);
      expect(meetings.map((m) => [m.kind, m.number])).toEqual([
        ['case-papers', papers],
        ['minutes', minutes],
      ]);
    }
  });

  it('warns where it had to guess: lost headers and text taken for an attachment', () => {
    const w000 = parseSeed(SEEDS['000']).warnings.map((w) => `${w.at}: ${w.message}`);
    expect(w000).toContain(
      'linje 2213: Fant ikke overskriften (saksnummer og tittel) til sak 24/3/2021; saksnummeret er hentet fra «Sak 24-3-2021»',
    );
    expect(
      w000.some((w) =>
        w.startsWith('linje 585: Teksten etter «Forslag til vedtak» i sak 22/3/2021'),
      ),
    ).toBe(true);
    const w002 = parseSeed(SEEDS['002']).warnings.map((w) => `${w.at}: ${w.message}`);
    expect(w002).toContain(
      'linje 1714: Saksbehandler «Blankson» i sak 37/3/2025 er tolket som «Henrietta Blankson»',
    );
    expect(w002.some((w) => w.startsWith('linje 1196: Fant ikke overskriften'))).toBe(true);
  });
});
