/**
 * One measurement of the monitor benchmark, in a process of its own so its peak memory is its
 * own: `node --import tsx bench/monitor-child.ts <json-parse|import> <file>` prints
 * `{ ms, peakMb }`. `import` is what an upload costs before the editor's confirmation and at
 * it: reading the text, parsing and validating the JSON-stat into a cube, and encoding its
 * cells for storage.
 */
import { readFileSync } from 'node:fs';
import { parseJsonStat } from '../core/monitor/jsonstat.ts';
import { encodeValues } from '../server/features/monitor/cube-store.ts';

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== 'json-parse' && mode !== 'import')) {
  console.error('usage: monitor-child.ts <json-parse|import> <file>');
  process.exit(2);
}
const bytes = readFileSync(file);
const start = performance.now();
const text = new TextDecoder().decode(bytes);
let cells = 0;
if (mode === 'json-parse') {
  const parsed = JSON.parse(text) as { value: unknown[] };
  cells = parsed.value.length;
} else {
  const cube = parseJsonStat(text);
  cells = encodeValues(cube.values).byteLength / 8;
}
const ms = performance.now() - start;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, peakMb, cells }));
