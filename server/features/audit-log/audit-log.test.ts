import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloToday } from '../../../core/dates.ts';
import { users } from '../../db/schema.ts';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TAuditPage } from './schema.ts';

let server: TestServer;
let secretariat: ApiClient;
let councilId: string;

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await signIn(server, server.login.email, server.login.password);
  councilId = (await secretariat.get('/api/councils')).body[0].id;
});
afterAll(() => server.close());

const audit = async (query = '') => {
  const res = await secretariat.get(`/api/councils/${councilId}/audit${query}`);
  expect(res.status).toBe(200);
  return res.body as TAuditPage;
};

describe('the audit log', () => {
  it('shows the secretariat who changed what in its council, newest first', async () => {
    const meetings = (await secretariat.get(`/api/councils/${councilId}/meetings`)).body;
    const planned = meetings.find((m: { status: string }) => m.status === 'planned');
    const renamed = await secretariat.put(`/api/meetings/${planned.id}`, {
      ...planned,
      room: 'Møterom Abel',
    });
    expect(renamed.status).toBe(200);

    const page = await audit();
    expect(page.total).toBeGreaterThan(page.entries.length);
    expect(page.entries).toHaveLength(page.pageSize);
    const [newest] = page.entries;
    expect(newest).toMatchObject({ entityType: 'meeting', entityId: planned.id, action: 'update' });
    expect(newest?.user?.email).toBe(server.login.email);
    const times = page.entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(page.entityTypes).toContain('case');
    expect(page.people.map((p) => p.id)).toContain(newest?.user?.id);
  });

  it('filters by kind, action, person and Oslo calendar days', async () => {
    const cases = await audit('?entityType=case');
    expect(cases.total).toBeGreaterThan(0);
    expect(cases.entries.every((e) => e.entityType === 'case')).toBe(true);

    const today = osloToday();
    const updates = await audit(`?action=update&from=${today}&to=${today}`);
    expect(updates.entries.length).toBeGreaterThan(0);
    expect(updates.entries.every((e) => e.action === 'update')).toBe(true);
    expect((await audit('?from=2099-01-01')).total).toBe(0);

    const person = cases.entries[0]?.user?.id as string;
    const byPerson = await audit(`?userId=${person}`);
    expect(byPerson.entries.every((e) => e.user?.id === person)).toBe(true);

    const bad = await secretariat.get(`/api/councils/${councilId}/audit?from=23.11.2026`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('ÅÅÅÅ-MM-DD');
  });

  it('exports the filtered log as CSV that Excel reads and cannot run', async () => {
    await server.db
      .update(users)
      .set({ name: '=HYPERLINK("http://evil.example")' })
      // The demo's case papers were written by the administrator.
      .where(eq(users.email, 'admin@radsrom.no'));
    const res = await secretariat.get(`/api/councils/${councilId}/audit.csv?entityType=case`);
    expect(res.status).toBe(200);
    expect(res.raw.headers['content-type']).toContain('text/csv');
    const csv = res.raw.body;
    expect(csv.startsWith('\uFEFFTidspunkt;Person;E-post;Gjelder;Id;Handling;Endringer\r\n')).toBe(
      true,
    );
    const lines = csv.trim().split('\r\n');
    expect(lines.length - 1).toBe((await audit('?entityType=case')).total);
    expect(lines[1]).toContain(';Sak;');
    expect(csv).toContain(`'=HYPERLINK(""http://evil.example"")`);
    expect(csv).not.toMatch(/(^|;)"?=HYPERLINK/m);
  });

  it('is closed to members, observers and visitors', async () => {
    const member = await signIn(server, 'medlem@radsrom.no', server.login.password);
    expect((await member.get(`/api/councils/${councilId}/audit`)).status).toBe(403);
    expect((await member.get(`/api/councils/${councilId}/audit.csv`)).status).toBe(403);
    const anonymous = await server.app.inject({
      method: 'GET',
      url: `/api/councils/${councilId}/audit`,
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
