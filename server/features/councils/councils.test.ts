import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TMembership } from './schema.ts';

let server: TestServer;
let api: ApiClient;
let councilId: string;

beforeAll(async () => {
  server = await startTestServer();
  api = await signIn(server, server.login.email, server.login.password);
  councilId = (await api.get('/api/councils')).body[0].id;
});
afterAll(() => server.close());

describe('council set-up', () => {
  it('adds, changes and removes a member with organisation and appointment period', async () => {
    const added = await api.post(`/api/councils/${councilId}/memberships`, {
      email: 'Ny.Medlem@Example.no',
      name: 'Ny Medlem',
      role: 'member',
      organisation: 'Helse Vest',
      periodStart: '2026-01-01',
      periodEnd: '2029-12-31',
    });
    expect(added.status).toBe(201);
    const m: TMembership = added.body;
    expect(m.email).toBe('ny.medlem@example.no');
    const changed = await api.put(`/api/councils/${councilId}/memberships/${m.id}`, {
      role: 'substitute',
      organisation: 'Helse Nord',
      periodStart: '2026-01-01',
      periodEnd: '2029-12-31',
    });
    expect(changed.body).toMatchObject({ role: 'substitute', organisation: 'Helse Nord' });
    expect((await api.del(`/api/councils/${councilId}/memberships/${m.id}`)).status).toBe(204);
    const list: TMembership[] = (await api.get(`/api/councils/${councilId}/memberships`)).body;
    expect(list.some((x) => x.id === m.id)).toBe(false);
  });

  it('refuses a period that ends before it starts, and a role the person already has', async () => {
    const backwards = await api.post(`/api/councils/${councilId}/memberships`, {
      email: 'a@example.no',
      name: 'A Person',
      role: 'member',
      periodStart: '2027-01-01',
      periodEnd: '2026-01-01',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toBe(
      'Oppnevningsperioden kan ikke slutte før den begynner.',
    );

    const observer = await api.post(`/api/councils/${councilId}/memberships`, {
      email: 'medlem@radsrom.no',
      name: 'Ingrid Moe',
      role: 'observer',
    });
    expect(observer.status).toBe(201);
    const clash = await api.put(`/api/councils/${councilId}/memberships/${observer.body.id}`, {
      role: 'member',
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error.message).toBe('Ingrid Moe har allerede denne rollen i rådet.');
  });

  it('uses the edited standing cases on the next new meeting', async () => {
    const res = await api.put(`/api/councils/${councilId}/standing-cases`, {
      standingCases: [
        {
          title: 'Godkjenning av innkalling og saksliste',
          caseTypes: ['decision'],
          proposedDecision: '<p>Godkjennes.</p>',
        },
        { title: 'Spørsmål om habilitet', caseTypes: ['decision'] },
      ],
    });
    expect(res.status).toBe(200);
    const meeting = (
      await api.post(`/api/councils/${councilId}/meetings`, {
        date: '2027-08-01',
        startTime: '10:00',
      })
    ).body;
    expect(meeting.agenda.map((a: { title: string }) => a.title)).toEqual([
      'Godkjenning av innkalling og saksliste',
      'Spørsmål om habilitet',
    ]);
  });

  it('refuses a stale rename of the council and lets members only read', async () => {
    const council = (await api.get(`/api/councils/${councilId}`)).body;
    expect(council.canManage).toBe(true);
    const renamed = await api.put(`/api/councils/${councilId}`, {
      ...council,
      name: 'HelseOmsorg21-rådet (ny)',
    });
    expect(renamed.status).toBe(200);
    const stale = await api.put(`/api/councils/${councilId}`, {
      ...council,
      name: 'Gammel versjon',
    });
    expect(stale.status).toBe(409);
    const member = await signIn(server, 'medlem@radsrom.no', server.login.password);
    expect((await member.get(`/api/councils/${councilId}`)).body.canManage).toBe(false);
    const denied = await member.post(`/api/councils/${councilId}/memberships`, {
      email: 'x@example.no',
      name: 'X Y',
      role: 'member',
    });
    expect(denied.status).toBe(403);
  });
});

describe('bad input anywhere', () => {
  it('refuses text that cannot be stored, with a Norwegian message', async () => {
    const meetings = (await api.get(`/api/councils/${councilId}/meetings`)).body;
    const planned = meetings.find((m: { status: string }) => m.status === 'planned');
    const res = await api.post(`/api/meetings/${planned.id}/cases`, { title: 'ab\u0000cd' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('tegn som ikke kan lagres');
    const lone = await api.post(`/api/meetings/${planned.id}/cases`, { title: 'ab\ud800cd' });
    expect(lone.status).toBe(400);
    const emoji = await api.post(`/api/meetings/${planned.id}/cases`, { title: 'Sak med 🙂' });
    expect(emoji.status).toBe(201);
  });

  it('answers a search for a huge number with no hits rather than an error', async () => {
    const res = await api.get(`/api/councils/${councilId}/cases/search?q=99999999999`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });

  it('takes only web addresses as meeting links', async () => {
    const res = await api.post(`/api/councils/${councilId}/meetings`, {
      date: '2027-09-09',
      startTime: '10:00',
      locationKind: 'digital',
      link: 'javascript:alert(document.cookie)//',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Lenken må være en nettadresse');
  });

  it('keeps the case papers of a held meeting as they were treated', async () => {
    const meetings = (await api.get(`/api/councils/${councilId}/meetings`)).body;
    const held = meetings.find((m: { status: string }) => m.status === 'held');
    const item = (await api.get(`/api/meetings/${held.id}`)).body.agenda.at(-1);
    const paper = (await api.get(`/api/cases/${item.id}`)).body;
    const res = await api.put(`/api/cases/${paper.id}`, {
      title: 'Endret etterpå',
      caseTypes: paper.caseTypes,
      version: paper.version,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Møtet er avholdt');
    expect((await api.get(`/api/cases/${paper.id}`)).body.title).toBe(paper.title);
  });
});
