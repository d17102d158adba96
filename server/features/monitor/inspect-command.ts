/**
 * `monitor inspect <file>`: what a JSON-stat file holds, checked as an upload would be, without
 * a database and without writing anything.
 */
import { readFile } from 'node:fs/promises';
import { inspectJsonStat, JsonStatError, parseJsonStat } from '../../../core/monitor/jsonstat.ts';

export type InspectResult =
  | { ok: true; summary: ReturnType<typeof inspectJsonStat> }
  | { ok: false; message: string };

function readProblem(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `Finner ikke filen «${path}».`;
  if (code === 'EISDIR') return `«${path}» er en mappe, ikke en fil.`;
  if (code === 'EACCES' || code === 'EPERM') return `Har ikke tilgang til å lese filen «${path}».`;
  return `Kunne ikke lese filen «${path}»: ${error instanceof Error ? error.message : String(error)}`;
}

export async function inspectFile(path: string): Promise<InspectResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, message: readProblem(path, error) };
  }
  try {
    return { ok: true, summary: inspectJsonStat(parseJsonStat(text)) };
  } catch (error) {
    if (error instanceof JsonStatError) return { ok: false, message: `${path}: ${error.message}` };
    throw error;
  }
}

/** The short summary shown without --json. */
export function describeSummary(summary: ReturnType<typeof inspectJsonStat>): string {
  const roleNames = { time: 'tid', geo: 'geografi', metric: 'måltall' } as const;
  const roles = Object.entries(summary.roles)
    .filter(([, ids]) => ids.length > 0)
    .map(([role, ids]) => `${roleNames[role as keyof typeof roleNames]}: ${ids.join(', ')}`);
  const dimensions = summary.ids.map((id, i) => `${id} (${summary.size[i]})`).join(', ');
  return [
    `Datasett: ${summary.label ?? '(uten tittel)'}`,
    `Dimensjoner: ${dimensions || 'ingen'}`,
    `Roller: ${roles.join('; ') || 'ingen oppgitt'}`,
    `Celler: ${summary.values}, uten verdi: ${summary.missing}`,
  ].join('\n');
}
