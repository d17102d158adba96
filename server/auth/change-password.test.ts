import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../testing/api-client.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const email = 'medlem@radsrom.no';
const login = (password: string) =>
  server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

describe('changing your own password', () => {
  it('refuses a wrong current password and weak new ones, field by field, in Norwegian', async () => {
    const member = await signIn(server, email, server.login.password);
    const change = (currentPassword: string, newPassword: string) =>
      member.put('/api/auth/password', { currentPassword, newPassword });
    const wrong = await change('feil-passord', 'blåbær-traktor-vindu');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.fields).toEqual([
      { field: 'currentPassword', message: 'Nåværende passord er feil.' },
    ]);
    for (const [weak, message] of [
      ['kort', 'minst 12 tegn'],
      ['Passord2026!!!', 'for vanlig'],
    ]) {
      const refused = await change(server.login.password, weak as string);
      expect(refused.status).toBe(400);
      expect(refused.body.error.details.fields[0]).toMatchObject({ field: 'newPassword' });
      expect(refused.body.error.message).toContain(message);
    }
    expect((await login(server.login.password)).statusCode).toBe(204);
  });

  it('sets the new password, ends every other session and keeps this browser signed in', async () => {
    const elsewhere = await signIn(server, email, server.login.password);
    const here = await signIn(server, email, server.login.password);
    const changed = await server.app.inject({
      method: 'PUT',
      url: '/api/auth/password',
      headers: here.headers,
      payload: { currentPassword: server.login.password, newPassword: 'blåbær-traktor-vindu' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    const fresh = changed.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: fresh },
    });
    expect(me.json().email).toBe(email);
    expect((await login(server.login.password)).statusCode).toBe(401);
    expect((await login('blåbær-traktor-vindu')).statusCode).toBe(204);
  });
});
