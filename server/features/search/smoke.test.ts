import { expect, it } from 'vitest';
import { signIn } from '../../testing/api-client.ts';
import { startTestServer } from '../../testing/test-server.ts';

it('smoke', async () => {
  const server = await startTestServer();
  const s = await signIn(server, server.login.email, server.login.password);
  for (const q of ['']) {
    const res = await s.get(`/api/search?q=${encodeURIComponent(q)}`);
    console.log(q, res.status, JSON.stringify(res.body).slice(0, 1500));
  }
  const t = await s.get('/api/search/timeline?q=kliniske');
  console.log(JSON.stringify(t.body).slice(0, 800));
  const anon = await server.app.inject({ url: '/api/search?q=helsedata' });
  console.log('anon', anon.statusCode, anon.body.slice(0, 600));
  expect(1).toBe(1);
  await server.close();
});
