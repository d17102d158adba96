/** A small typed client for the Rådsrom API. Every failure becomes an ApiError. */

export type FieldError = { field: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field-level messages from a 400 response, keyed by field name. */
  get fieldErrors(): Record<string, string> {
    const fields = this.details?.fields;
    if (!Array.isArray(fields)) return {};
    const out: Record<string, string> = {};
    for (const f of fields as FieldError[]) {
      if (f && typeof f.field === 'string' && !out[f.field]) out[f.field] = f.message;
    }
    return out;
  }
}

const FALLBACK_MESSAGE = 'Noe gikk galt. Prøv igjen senere.';

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; details?: Record<string, unknown> };
    };
    const e = body.error;
    return new ApiError(
      response.status,
      e?.code ?? 'unknown',
      e?.message ?? FALLBACK_MESSAGE,
      e?.details,
    );
  } catch {
    return new ApiError(response.status, 'unknown', FALLBACK_MESSAGE);
  }
}

/** The write token the server set at sign-in; another site can neither read nor send it. */
function csrfToken(): string {
  const found = document.cookie.split('; ').find((c) => c.startsWith('radsrom_csrf='));
  return found ? decodeURIComponent(found.slice('radsrom_csrf='.length)) : '';
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = method === 'GET' ? {} : { 'X-CSRF-Token': csrfToken() };
  const init: RequestInit = { method, credentials: 'same-origin', headers };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.body = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}`, init);
  } catch {
    throw new ApiError(0, 'network', 'Får ikke kontakt med tjenesten. Sjekk nettforbindelsen.');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && path !== '/auth/login' && path !== '/auth/me') {
      window.dispatchEvent(new Event('radsrom:unauthenticated'));
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/** Norwegian text for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return FALLBACK_MESSAGE;
}
