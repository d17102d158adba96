import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../testing/api-client.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

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
      headers: { cookie: api.cookie, origin: 'https://evil.example', host: 'localhost:3000' },
    });
    expect(res.statusCode).toBe(403);
    expect((await api.get('/api/auth/me')).status).toBe(200);
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

  it('publishes the OpenAPI description and a health check', async () => {
    const spec = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(spec.statusCode).toBe(200);
    expect(Object.keys(spec.json().paths)).toContain('/api/meetings/{meetingId}');
    const health = await server.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.json()).toEqual({ status: 'ok' });
  });
});
