import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN } from '../../seed/seed-demo.ts';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';

/** The secretariat of one council must not reach another council's meetings or papers. */
let server: TestServer;
let secretariatA: ApiClient;
let councilA: string;
let councilB: string;
let meetingB: string;
let caseB: string;

beforeAll(async () => {
  server = await startTestServer();
  const admin = await signIn(server, DEMO_ADMIN.email, server.login.password);
  secretariatA = await signIn(server, server.login.email, server.login.password);
  councilA = (await secretariatA.get('/api/councils')).body[0].id;
  const created = await admin.post('/api/councils', {
    name: 'Nasjonalt råd for kvalitet',
    shortName: 'NRK-rådet',
  });
  expect(created.status).toBe(201);
  councilB = created.body.id;
  meetingB = (
    await admin.post(`/api/councils/${councilB}/meetings`, {
      date: '2027-01-15',
      startTime: '09:00',
    })
  ).body.id;
  caseB = (await admin.post(`/api/meetings/${meetingB}/cases`, { title: 'Fortrolig sak i råd B' }))
    .body.id;
});
afterAll(() => server.close());

describe('councils are kept apart', () => {
  it('shows the other council neither in lists nor by id', async () => {
    const mine = (await secretariatA.get('/api/councils')).body.map((c: { id: string }) => c.id);
    expect(mine).toEqual([councilA]);
    for (const url of [
      `/api/councils/${councilB}`,
      `/api/councils/${councilB}/meetings`,
      `/api/councils/${councilB}/memberships`,
      `/api/councils/${councilB}/cases/search?q=Fortrolig`,
      `/api/meetings/${meetingB}`,
      `/api/meetings/${meetingB}/meeting-book.pdf`,
      `/api/cases/${caseB}`,
      `/api/cases/${caseB}/case-paper.docx`,
      `/api/cases/${caseB}/history`,
    ]) {
      expect((await secretariatA.get(url)).status, url).toBe(403);
    }
  });

  it('refuses writes into the other council and links to its cases', async () => {
    expect(
      (await secretariatA.post(`/api/meetings/${meetingB}/cases`, { title: 'Inntrenger' })).status,
    ).toBe(403);
    const meetingA = (await secretariatA.get(`/api/councils/${councilA}/meetings`)).body.find(
      (m: { status: string }) => m.status === 'planned',
    );
    const own = (
      await secretariatA.post(`/api/meetings/${meetingA.id}/cases`, { title: 'Egen sak' })
    ).body;
    const link = await secretariatA.put(`/api/cases/${own.id}`, {
      title: own.title,
      caseTypes: own.caseTypes,
      previouslyHandledCaseIds: [caseB],
      version: own.version,
    });
    expect(link.status).toBe(400);
    const carry = await secretariatA.post(`/api/cases/${own.id}/carry-over`, {
      toMeetingId: meetingB,
    });
    expect(carry.status).toBe(400);
    expect(carry.body.error.message).toBe('Møtet hører til et annet råd.');
  });
});
