import type { FastifyRequest } from 'fastify';
import { invalid } from './errors.ts';

// A NUL character or half a surrogate pair cannot be stored in PostgreSQL text; refusing them
// at the edge gives a clear message instead of a failed write deep inside a transaction.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function hasUnstorableText(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\0') || LONE_SURROGATE.test(value);
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => hasUnstorableText(v, depth + 1));
}

/** Refuses text that cannot be stored; for what the hook below does not see (upload forms). */
export function assertStorableText(...values: unknown[]): void {
  if (values.some((v) => hasUnstorableText(v))) {
    throw invalid(
      'Teksten inneholder tegn som ikke kan lagres (for eksempel et nulltegn). Fjern dem og prøv igjen.',
    );
  }
}

/** preValidation hook for every API route: bodies and query strings alike. */
export async function refuseUnstorableText(request: FastifyRequest): Promise<void> {
  assertStorableText(request.body, request.query);
}
