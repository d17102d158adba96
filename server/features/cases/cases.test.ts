import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema.ts';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TCase } from './schema.ts';

let server: TestServer;
let api: ApiClient;
let councilId: string;
let meetingId: string;
let nextMeetingId: string;

const fields = (c: TCase) => ({
  title: c.title,
  caseTypes: c.caseTypes,
  addressee: c.addressee,
  sender: c.sender,
  caseOfficerIds: c.caseOfficers.map((o) => o.id),
  previouslyHandledCaseIds: c.previouslyHandled.map((p) => p.id),
  previouslyHandledText: c.previouslyHandledText,
  background: c.background,
  reason: c.reason,
  mainPoints: c.mainPoints,
  proposedDecision: c.proposedDecision,
  version: c.version,
});

beforeAll(async () => {
  server = await startTestServer();
  api = await signIn(server, server.login.email, server.login.password);
  councilId = (await api.get('/api/councils')).body[0].id;
  const create = (date: string) =>
    api.post(`/api/councils/${councilId}/meetings`, {
      date,
      startTime: '10:00',
      withStandingCases: false,
    });
  meetingId = (await create('2027-02-03')).body.id;
  nextMeetingId = (await create('2027-04-07')).body.id;
});
afterAll(() => server.close());

describe('case papers', () => {
  it('stores every field of a case paper, with rich text cleaned of scripts', async () => {
    const created: TCase = (
      await api.post(`/api/meetings/${meetingId}/cases`, {
        title: 'Kliniske studier',
        caseTypes: ['information', 'decision'],
      })
    ).body;
    expect(created.addressee).toBe('HelseOmsorg21-rådet');
    const members = (await api.get(`/api/councils/${councilId}/memberships`)).body;
    const officer = members.find((m: { role: string }) => m.role === 'secretariat');
    const earlier = (await api.get(`/api/councils/${councilId}/cases/search?q=Handlingsplan`))
      .body[0];
    const res = await api.put(`/api/cases/${created.id}`, {
      ...fields(created),
      addressee: 'HelseOmsorg21-rådet',
      sender: 'Torbjørn Lien',
      caseOfficerIds: [officer.userId],
      previouslyHandledCaseIds: [earlier.id],
      previouslyHandledText: ['Sak 42/20 (møte 4/2020)'],
      background:
        '<h2>Status</h2><p onclick="steal()">Tekst <a href="javascript:alert(1)">lenke</a> <a href="https://example.no">ok</a></p><script>alert(1)</script><table><tr><td>Celle</td></tr></table>',
      reason: '<p>Hvorfor nå</p><img src=x onerror=alert(1)>',
      mainPoints: '<ul><li>Ett</li></ul>',
      proposedDecision: '<p>[ ] deltar i arbeidsgruppen</p>',
    });
    expect(res.status).toBe(200);
    const saved: TCase = res.body;
    expect(saved.background).not.toMatch(/script|onclick|javascript:/);
    expect(saved.background).toContain('<a href="https://example.no">ok</a>');
    expect(saved.background).toContain('<td>Celle</td>');
    expect(saved.reason).toBe('<p>Hvorfor nå</p>');
    expect(saved.caseOfficers.map((o) => o.name)).toEqual([officer.name]);
    expect(saved.previouslyHandled[0]?.number).toBe(earlier.number);
    expect(saved.previouslyHandledText).toEqual(['Sak 42/20 (møte 4/2020)']);
    expect(saved.version).toBe(created.version + 1);
  });

  it('refuses the second of two saves from the same version and returns the winner', async () => {
    const c: TCase = (
      await api.post(`/api/meetings/${meetingId}/cases`, { title: 'Samtidig redigering' })
    ).body;
    const other = await signIn(server, 'avdelingsdirektor@radsrom.no', server.login.password);
    const first = await other.put(`/api/cases/${c.id}`, {
      ...fields(c),
      background: '<p>Først inne</p>',
    });
    expect(first.status).toBe(200);
    const second = await api.put(`/api/cases/${c.id}`, {
      ...fields(c),
      background: '<p>Min tekst</p>',
    });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain('Noen andre lagret saken');
    expect(second.body.error.details.current.background).toBe('<p>Først inne</p>');
    const retry = await api.put(`/api/cases/${c.id}`, {
      ...fields(c),
      background: '<p>Min tekst</p>',
      version: second.body.error.details.current.version,
    });
    expect(retry.status).toBe(200);
    expect(retry.body.background).toBe('<p>Min tekst</p>');
  });

  it('carries a case over to the next meeting, linked both ways', async () => {
    const c: TCase = (await api.post(`/api/meetings/${meetingId}/cases`, { title: 'Utsatt sak' }))
      .body;
    const res = await api.post(`/api/cases/${c.id}/carry-over`, { toMeetingId: nextMeetingId });
    expect(res.status).toBe(201);
    const moved: TCase = res.body;
    expect(moved.meetingId).toBe(nextMeetingId);
    expect(moved.carriedOverFrom?.number).toBe(c.number);
    expect(moved.previouslyHandled.map((p) => p.number)).toContain(c.number);
    const original: TCase = (await api.get(`/api/cases/${c.id}`)).body;
    expect(original.carriedOverTo?.number).toBe(moved.number);
    const again = await api.post(`/api/cases/${c.id}/carry-over`, { toMeetingId: nextMeetingId });
    expect(again.status).toBe(409);
    const backwards = await api.post(`/api/cases/${moved.id}/carry-over`, {
      toMeetingId: meetingId,
    });
    expect(backwards.status).toBe(400);
  });

  it('closes the gap in the numbers when a case is removed from a draft agenda', async () => {
    const meeting = (
      await api.post(`/api/councils/${councilId}/meetings`, {
        date: '2031-01-10',
        startTime: '09:00',
        withStandingCases: false,
      })
    ).body;
    const ids: string[] = [];
    for (const title of ['En', 'To', 'Tre']) {
      ids.push((await api.post(`/api/meetings/${meeting.id}/cases`, { title })).body.id);
    }
    expect((await api.del(`/api/cases/${ids[0]}`)).status).toBe(204);
    const agenda = (await api.get(`/api/meetings/${meeting.id}`)).body.agenda;
    expect(agenda.map((a: { number: string; title: string }) => `${a.number} ${a.title}`)).toEqual([
      '1/1/2031 To',
      '2/1/2031 Tre',
    ]);
  });

  it('keeps a history of every change to a case', async () => {
    const c: TCase = (await api.post(`/api/meetings/${meetingId}/cases`, { title: 'Historikk' }))
      .body;
    await api.put(`/api/cases/${c.id}`, { ...fields(c), title: 'Historikk endret' });
    const history = (await api.get(`/api/cases/${c.id}/history`)).body;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['create', 'update']);
    expect(history[1].changes.title).toEqual({ from: 'Historikk', to: 'Historikk endret' });
    expect(history[1].userName).toBe('Sigrid Aasen');
    const rows = await server.db.select().from(auditLog).where(eq(auditLog.entityId, c.id));
    expect(rows.length).toBe(2);
  });

  it('does not let an observer edit a case paper', async () => {
    const c: TCase = (await api.post(`/api/meetings/${meetingId}/cases`, { title: 'Lesetilgang' }))
      .body;
    const observer = await signIn(server, 'observator@radsrom.no', server.login.password);
    const read = await observer.get(`/api/cases/${c.id}`);
    expect(read.status).toBe(200);
    expect(read.body.canEdit).toBe(false);
    expect((await observer.put(`/api/cases/${c.id}`, fields(c))).status).toBe(403);
  });
});
