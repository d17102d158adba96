/**
 * Runs benchmarks by name: `npm run bench -- meeting-book`, or all of them without a name.
 * Each module exports `run(): Promise<void>` and prints its own figures.
 */
// Measure what runs in production: React, for one, is several times slower in development mode.
process.env.NODE_ENV = 'production';

const BENCHMARKS: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  'meeting-book': () => import('./meeting-book.ts'),
  conflicts: () => import('./conflicts.ts'),
  import: () => import('./import.ts'),
  search: () => import('./search.ts'),
  http: () => import('./http.ts'),
  monitor: () => import('./monitor.ts'),
};

const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = requested.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark: ${unknown.join(', ')}. Known: ${Object.keys(BENCHMARKS).join(', ')}`,
  );
  process.exit(1);
}
for (const name of requested.length > 0 ? requested : Object.keys(BENCHMARKS)) {
  const load = BENCHMARKS[name];
  if (load) await (await load()).run();
}

export {};
