/**
 * The minutes inside the council's real papers (../shared/seeds) against hand-checked fixtures.
 * The minutes are found by the document entry point, as in a real import. The seeds are not in
 * the repository; without them these tests are skipped, loudly.
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
const SEED_000 = path.join(seeds, '000_0115cb028c743b65.txt');
const SEED_002 = path.join(seeds, '002_a2397e32a0b38405.txt');
const present = existsSync(SEED_000) && existsSync(SEED_002);

if (!present) console.warn(`Seeds in ${seeds} are absent: the seed minutes tests are skipped.`);

const fixture = (name: string): ImportedMeeting =>
  JSON.parse(readFileSync(path.join(here, 'fixtures', name), 'utf8')) as ImportedMeeting;

function minutesOf(file: string) {
  const result = parseDocument(readFileSync(file, 'utf8'), path.basename(file));
  return {
    minutes: result.meetings.filter((m) => m.kind === 'minutes'),
    warnings: result.warnings,
  };
}

// Warnings that would mean the minutes were misread (as opposed to flagged for review).
const MISREAD =
  /Linjen ble ikke tolket|Fant ikke vedtak|Fant ikke møte|Fant ingen deltakerliste|ser ikke ut som et navn|Referatet kunne ikke/u;

const title = present
  ? 'seed minutes (../shared/seeds)'
  : 'seed minutes: SKIPPED, seeds in ../shared/seeds are absent';

describe.skipIf(!present)(title, () => {
  it('reads the minutes of meeting 2/2021 attached to the papers of meeting 3/2021 (seed 000)', () => {
    const { minutes, warnings } = minutesOf(SEED_000);
    expect(minutes).toEqual([fixture('seed-000.minutes.expected.json')]);
    expect(warnings.filter((w) => MISREAD.test(w.message))).toEqual([]);
  });

  it('reads the draft minutes of meeting 2/2025 attached to the papers of meeting 3/2025 (seed 002)', () => {
    const { minutes, warnings } = minutesOf(SEED_002);
    expect(minutes).toEqual([fixture('seed-002.minutes.expected.json')]);
    expect(warnings.filter((w) => MISREAD.test(w.message))).toEqual([]);
    // The table layout puts "Vedtak" outside the text; each decision read that way is flagged.
    const flagged = warnings.filter((w) => /står utenfor teksten/u.test(w.message));
    expect(flagged.map((w) => w.at)).toEqual(
      [220, 230, 246, 296, 370, 559, 668, 787, 823, 863, 883, 893].map((n) => `linje ${n}`),
    );
  });

  it('finds every case of both minutes with its decision', () => {
    for (const [file, count] of [
      [SEED_000, 8],
      [SEED_002, 13],
    ] as const) {
      const [meeting] = minutesOf(file).minutes;
      expect(meeting?.cases).toHaveLength(count);
      expect(meeting?.cases.every((c) => c.decision !== null && c.title !== '')).toBe(true);
    }
  });
});
