import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TMeetingDetail } from './schema.ts';

/** On PostgreSQL these requests really overlap; on PGlite they queue. Both must end the same. */
let server: TestServer;
let api: ApiClient;
let councilId: string;

beforeAll(async () => {
  server = await startTestServer();
  api = await signIn(server, server.login.email, server.login.password);
  councilId = (await api.get('/api/councils')).body[0].id;
});
afterAll(() => server.close());

const newMeeting = async (date: string): Promise<TMeetingDetail> =>
  (
    await api.post(`/api/councils/${councilId}/meetings`, {
      date,
      startTime: '10:00',
      withStandingCases: false,
    })
  ).body;

describe('concurrent writes', () => {
  it('numbers cases added at the same moment one after another, none lost', async () => {
    const meeting = await newMeeting('2027-02-02');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        api.post(`/api/meetings/${meeting.id}/cases`, { title: `Sak ${i}` }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    const agenda: TMeetingDetail['agenda'] = (await api.get(`/api/meetings/${meeting.id}`)).body
      .agenda;
    expect(agenda.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${n}/1/2027`));
    expect(new Set(agenda.map((a) => a.position)).size).toBe(8);
  });

  it('lets only one of two saves from the same version of a meeting through', async () => {
    const meeting = await newMeeting('2027-03-03');
    const save = (room: string) =>
      api.put(`/api/meetings/${meeting.id}`, {
        date: meeting.date,
        startTime: '10:00',
        room,
        version: meeting.version,
      });
    const [a, b] = await Promise.all([save('Rom A'), save('Rom B')]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? 'Rom A' : 'Rom B';
    expect((await api.get(`/api/meetings/${meeting.id}`)).body.room).toBe(winner);
  });

  it('carries a case over once, however many ask at the same time', async () => {
    const from = await newMeeting('2027-04-04');
    const to = await newMeeting('2027-05-05');
    const other = await newMeeting('2027-06-06');
    const c = (await api.post(`/api/meetings/${from.id}/cases`, { title: 'Utsettes' })).body;
    const results = await Promise.all([
      api.post(`/api/cases/${c.id}/carry-over`, { toMeetingId: to.id }),
      api.post(`/api/cases/${c.id}/carry-over`, { toMeetingId: other.id }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
  });
});
