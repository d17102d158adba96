import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema.ts';
import { signIn } from '../testing/api-client.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { safeReturnTo } from './oidc-routes.ts';
import { createSession, sessionUserId } from './sessions.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('sign-in and sessions', () => {
  it('refuses a wrong password with a Norwegian message', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: server.login.email, password: 'feil-passord' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Feil e-postadresse eller passord.');
  });

  it('keeps anonymous visitors out of the API', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/councils' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Du må logge inn for å fortsette.');
  });

  it('gives an HttpOnly session cookie that logging out ends', async () => {
    const api = await signIn(server, server.login.email, server.login.password);
    const me = await api.get('/api/auth/me');
    expect(me.body.name).toBe('Sigrid Aasen');
    expect(me.body.councils).toEqual([
      expect.objectContaining({ shortName: 'HO21-rådet', roles: ['secretariat'] }),
    ]);
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: server.login,
    });
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    await api.post('/api/auth/logout');
    expect((await api.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses writes sent from another site', async () => {
    const api = await signIn(server, server.login.email, server.login.password);
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { ...api.headers, origin: 'https://evil.example', host: 'localhost:3000' },
    });
    expect(res.statusCode).toBe(403);
    expect((await api.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses a signed-in write without the write token the app sends', async () => {
    const api = await signIn(server, server.login.email, server.login.password);
    const councilId = (await api.get('/api/councils')).body[0].id;
    const before = (await api.get(`/api/councils/${councilId}/meetings`)).body.length;
    const create = (token?: string) =>
      server.app.inject({
        method: 'POST',
        url: `/api/councils/${councilId}/meetings`,
        payload: { date: '2031-03-04', startTime: '10:00' },
        headers: { cookie: api.cookie, ...(token === undefined ? {} : { 'x-csrf-token': token }) },
      });
    for (const token of [undefined, '', 'feil-token', api.headers['x-csrf-token'].slice(1)]) {
      const refused = await create(token);
      expect(refused.statusCode, String(token)).toBe(403);
      expect(refused.json().error).toMatchObject({ code: 'csrf' });
      expect(refused.json().error.message).toContain('Last siden på nytt');
    }
    expect((await api.get(`/api/councils/${councilId}/meetings`)).body).toHaveLength(before);
    expect((await create(api.headers['x-csrf-token'])).statusCode).toBe(201);
    // A session whose browser lost the token gets it again on its next read.
    const read = await server.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: api.cookie.replace(/; radsrom_csrf=[^;]*/, '') },
    });
    expect(read.cookies.find((c) => c.name === 'radsrom_csrf')?.value).toBe(
      api.headers['x-csrf-token'],
    );
  });

  it('gives a new session at every sign-in and ends the one the browser carried', async () => {
    const first = await signIn(server, server.login.email, server.login.password);
    const again = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: server.login.email, password: server.login.password },
      headers: first.headers,
    });
    expect(again.statusCode).toBe(204);
    expect(again.cookies[0]?.value).not.toBe(first.cookie.split('=')[1]);
    expect((await first.get('/api/auth/me')).status).toBe(401);
  });

  it('ends a session after eight idle hours, and keeps a used one alive', async () => {
    const [user] = await server.db.select().from(users).where(eq(users.email, server.login.email));
    const token = await createSession(server.db, user?.id ?? '');
    const hours = (h: number) => new Date(Date.now() + h * 3600 * 1000);
    expect(await sessionUserId(server.db, token, hours(7))).toBe(user?.id);
    // Used at +7 h, so at +14 h it has been idle for seven hours only.
    expect(await sessionUserId(server.db, token, hours(14))).toBe(user?.id);
    expect(await sessionUserId(server.db, token, hours(22.5))).toBeNull();
  });

  it('sends security headers that forbid framing, inline scripts and plugins', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/public' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends a person back after single sign-on only to a page on this site', () => {
    expect(safeReturnTo('/meetings/1?tab=2')).toBe('/meetings/1?tab=2');
    for (const elsewhere of ['//evil.example', '/\\evil.example', 'https://evil.example', '']) {
      expect(safeReturnTo(elsewhere), elsewhere).toBe('/');
    }
  });

  it('records sign-ins in the audit log', async () => {
    await signIn(server, 'medlem@radsrom.no', server.login.password);
    const { auditLog } = await import('../db/schema.ts');
    const { eq } = await import('drizzle-orm');
    const rows = await server.db.select().from(auditLog).where(eq(auditLog.action, 'login'));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('stops password guessing after ten failures, even with the right password', async () => {
    const attempt = (password: string) =>
      server.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'leder@radsrom.no', password },
      });
    for (let i = 0; i < 10; i++) expect((await attempt(`gjetning-${i}`)).statusCode).toBe(401);
    const blocked = await attempt(server.login.password);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toContain('For mange mislykkede innlogginger');
    // Another account is not affected.
    expect((await signIn(server, 'medlem@radsrom.no', server.login.password)).cookie).toBeTruthy();
  });

  it('counts a burst of parallel guesses as strictly as guesses one by one', async () => {
    const attempt = (password: string) =>
      server.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'avdelingsdirektor@radsrom.no', password },
      });
    const burst = await Promise.all(Array.from({ length: 14 }, (_, i) => attempt(`feil-${i}`)));
    const codes = burst.map((r) => r.statusCode).sort();
    expect(codes).toEqual([...Array(10).fill(401), ...Array(4).fill(429)]);
    expect((await attempt(server.login.password)).statusCode).toBe(429);
  });

  it('refuses writes whose Referer or Sec-Fetch-Site names another site', async () => {
    const api = await signIn(server, server.login.email, server.login.password);
    const logout = (headers: Record<string, string>) =>
      server.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { ...api.headers, host: 'localhost:3000', ...headers },
      });
    expect((await logout({ referer: 'https://evil.example/side' })).statusCode).toBe(403);
    expect((await logout({ 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect((await api.get('/api/auth/me')).status).toBe(200);
    expect((await logout({ referer: 'http://localhost:3000/moter' })).statusCode).toBe(200);
  });

  it('gives the rights of an appointment only from the day it starts', async () => {
    const secretariat = await signIn(server, server.login.email, server.login.password);
    const councilId = (await secretariat.get('/api/councils')).body[0].id;
    const added = await secretariat.post(`/api/councils/${councilId}/memberships`, {
      email: 'observator@radsrom.no',
      name: 'Hanne Vik',
      role: 'secretariat',
      periodStart: '2099-01-01',
    });
    expect(added.status).toBe(201);
    const observer = await signIn(server, 'observator@radsrom.no', server.login.password);
    expect((await observer.get('/api/auth/me')).body.councils[0].roles).toEqual(['observer']);
    const denied = await observer.post(`/api/councils/${councilId}/meetings`, {
      date: '2027-09-01',
      startTime: '10:00',
    });
    expect(denied.status).toBe(403);
  });

  it('publishes the OpenAPI description and a health check', async () => {
    const spec = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(spec.statusCode).toBe(200);
    expect(Object.keys(spec.json().paths)).toContain('/api/meetings/{meetingId}');
    const health = await server.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.json()).toEqual({ status: 'ok' });
  });
});
