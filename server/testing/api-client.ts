import { CSRF_COOKIE, CSRF_HEADER } from '../auth/sessions.ts';
import type { TestServer } from './test-server.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A signed-in user talking to the API through Fastify's inject, cookies kept between calls. */
export async function signIn(server: TestServer, email: string, password: string) {
  const login = await server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (login.statusCode !== 204) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrfToken = login.cookies.find((c) => c.name === CSRF_COOKIE)?.value ?? '';
  /** What the app's own pages send with every call: the cookies and the write token. */
  const headers = { cookie, [CSRF_HEADER]: csrfToken };
  const call = async (method: Method, url: string, payload?: unknown) => {
    const res = await server.app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    const json = res.headers['content-type']?.toString().includes('json') ? res.json() : undefined;
    return { status: res.statusCode, body: json, raw: res };
  };
  return {
    cookie,
    headers,
    get: (url: string) => call('GET', url),
    post: (url: string, payload?: unknown) => call('POST', url, payload ?? {}),
    put: (url: string, payload: unknown) => call('PUT', url, payload),
    del: (url: string) => call('DELETE', url),
    /** A file as the app's upload forms send it (multipart, field `file`). */
    upload: async (url: string, fileName: string, bytes: Uint8Array) => {
      const boundary = '----radsromtest';
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''${encodeURIComponent(fileName)}\r\nContent-Type: application/octet-stream\r\n\r\n`;
      const res = await server.app.inject({
        method: 'POST',
        url,
        headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat([
          Buffer.from(head),
          Buffer.from(bytes),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]),
      });
      return { status: res.statusCode, body: res.json(), raw: res };
    },
  };
}

export type ApiClient = Awaited<ReturnType<typeof signIn>>;
