import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TMeetingDetail } from './schema.ts';

let server: TestServer;
let api: ApiClient;
let councilId: string;

beforeAll(async () => {
  server = await startTestServer();
  api = await signIn(server, server.login.email, server.login.password);
  councilId = (await api.get('/api/councils')).body[0].id;
});
afterAll(() => server.close());

const newMeeting = (date: string, extra: Record<string, unknown> = {}) =>
  api.post(`/api/councils/${councilId}/meetings`, {
    date,
    startTime: '10:00',
    endTime: '15:00',
    room: 'Møterom 1',
    ...extra,
  });

describe('meetings', () => {
  it('gives a new meeting the next number of its year and the standing cases', async () => {
    const res = await newMeeting('2027-01-20');
    expect(res.status).toBe(201);
    const meeting: TMeetingDetail = res.body;
    expect(meeting.number).toBe('1/2027');
    expect(meeting.status).toBe('planned');
    expect(meeting.agenda.map((a) => a.title)).toEqual([
      'Godkjenning av innkalling og saksliste',
      'Spørsmål om habilitet',
      'Godkjenning av referat fra møte 5/2026',
      'Orienteringer',
      'Oversikt meldinger og strategier',
      'Eventuelt',
      'Evaluering av møtet',
    ]);
    expect(meeting.agenda.map((a) => a.number)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `${n}/1/2027`),
    );
    const second: TMeetingDetail = (await newMeeting('2027-03-10')).body;
    expect(second.number).toBe('2/2027');
    expect(second.agenda[0]?.number).toBe('8/2/2027');
  });

  it('refuses impossible dates and times with a Norwegian message, and saves nothing', async () => {
    const before = (await api.get(`/api/councils/${councilId}/meetings`)).body.length;
    const badDate = await newMeeting('2027-02-30');
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.message).toContain('Datoen finnes ikke');
    const badTime = await newMeeting('2027-02-10', { startTime: '25:00' });
    expect(badTime.status).toBe(400);
    expect(badTime.body.error.message).toContain('Klokkeslettet');
    const endFirst = await newMeeting('2027-02-10', { startTime: '12:00', endTime: '11:00' });
    expect(endFirst.status).toBe(400);
    expect(endFirst.body.error.message).toBe('Møtet må slutte etter at det begynner.');
    expect((await api.get(`/api/councils/${councilId}/meetings`)).body.length).toBe(before);
  });

  it('renumbers a draft agenda on reorder and freezes numbers once the notice is sent', async () => {
    const meeting: TMeetingDetail = (await newMeeting('2028-02-01', { withStandingCases: false }))
      .body;
    const a = (await api.post(`/api/meetings/${meeting.id}/cases`, { title: 'Sak A' })).body;
    const b = (await api.post(`/api/meetings/${meeting.id}/cases`, { title: 'Sak B' })).body;
    expect([a.number, b.number]).toEqual(['1/1/2028', '2/1/2028']);

    const reordered = await api.put(`/api/meetings/${meeting.id}/agenda`, {
      caseIds: [b.id, a.id],
    });
    expect(reordered.status).toBe(200);
    expect(
      reordered.body.agenda.map((x: { title: string; number: string }) => `${x.number} ${x.title}`),
    ).toEqual(['1/1/2028 Sak B', '2/1/2028 Sak A']);

    const sent = await api.post(`/api/meetings/${meeting.id}/status`, {
      status: 'notice_sent',
      version: reordered.body.version,
    });
    expect(sent.status).toBe(200);
    const refused = await api.put(`/api/meetings/${meeting.id}/agenda`, { caseIds: [a.id, b.id] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('saksnumrene er låst');

    // A later meeting continues after the frozen numbers.
    const next: TMeetingDetail = (await newMeeting('2028-03-01', { withStandingCases: false }))
      .body;
    const c = (await api.post(`/api/meetings/${next.id}/cases`, { title: 'Sak C' })).body;
    expect(c.number).toBe('3/2/2028');
  });

  it('refuses a case that would take a number already sent out in a later meeting', async () => {
    const first: TMeetingDetail = (await newMeeting('2029-02-01', { withStandingCases: false }))
      .body;
    await api.post(`/api/meetings/${first.id}/cases`, { title: 'Første' });
    const second: TMeetingDetail = (await newMeeting('2029-03-01', { withStandingCases: false }))
      .body;
    const later = (await api.post(`/api/meetings/${second.id}/cases`, { title: 'Andre' })).body;
    expect(later.number).toBe('2/2/2029');
    await api.post(`/api/meetings/${second.id}/status`, {
      status: 'notice_sent',
      version: second.version,
    });

    const collision = await api.post(`/api/meetings/${first.id}/cases`, { title: 'For sent' });
    expect(collision.status).toBe(409);
    expect(collision.body.error.message).toContain('Saksnummer 2/1/2029 er allerede brukt');
    const agenda = (await api.get(`/api/meetings/${first.id}`)).body.agenda;
    expect(agenda.map((x: { title: string }) => x.title)).toEqual(['Første']);
  });

  it('follows the workflow and refuses a step it does not allow', async () => {
    const meeting: TMeetingDetail = (await newMeeting('2030-05-05')).body;
    expect(meeting.nextStatuses).toEqual(['notice_sent']);
    const skip = await api.post(`/api/meetings/${meeting.id}/status`, {
      status: 'held',
      version: meeting.version,
    });
    expect(skip.status).toBe(400);
    expect(skip.body.error.message).toBe(
      'Et møte med status «Planlagt» kan ikke settes til «Avholdt».',
    );
    const stale = await api.post(`/api/meetings/${meeting.id}/status`, {
      status: 'notice_sent',
      version: meeting.version - 1,
    });
    expect(stale.status).toBe(409);
  });

  it('lets members read meetings but not change them', async () => {
    const member = await signIn(server, 'medlem@radsrom.no', server.login.password);
    const meetings = await member.get(`/api/councils/${councilId}/meetings`);
    expect(meetings.status).toBe(200);
    expect(meetings.body.length).toBeGreaterThanOrEqual(5);
    const denied = await member.post(`/api/councils/${councilId}/meetings`, {
      date: '2027-06-01',
      startTime: '10:00',
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toBe('Du har ikke tilgang til å gjøre dette.');
  });
});
