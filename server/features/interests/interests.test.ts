import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TInterest, TOrganisation } from './schema.ts';

let server: TestServer;
let secretariat: ApiClient;
let chair: ApiClient;
let member: ApiClient; // Ingrid Moe
let observer: ApiClient;
let councilId: string;

const names = (list: TInterest[]) => [...new Set(list.map((i) => i.userName))];

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await signIn(server, server.login.email, server.login.password);
  chair = await signIn(server, 'leder@radsrom.no', server.login.password);
  member = await signIn(server, 'medlem@radsrom.no', server.login.password);
  observer = await signIn(server, 'observator@radsrom.no', server.login.password);
  councilId = (await secretariat.get('/api/councils')).body[0].id;
});
afterAll(async () => {
  await server.close();
});

describe('declared interests', () => {
  it('are seen by the member, the chair and the secretariat only', async () => {
    const url = `/api/councils/${councilId}/interests`;
    const own = (await member.get(url)).body;
    expect(names(own.interests)).toEqual(['Ingrid Moe']);
    expect(own).toMatchObject({ canReadAll: false, canReview: false, canDeclare: true });
    expect(names((await chair.get(url)).body.interests)).toContain('Anders Nilsen');
    expect((await secretariat.get(url)).body.interests.length).toBe(11);
    expect((await observer.get(url)).body.interests).toEqual([]);
    // Another member's interest is not even confirmed to exist.
    const anders = (await secretariat.get(url)).body.interests.find(
      (i: TInterest) => i.userName === 'Anders Nilsen',
    );
    const res = await member.put(`/api/interests/${anders.id}`, { kind: 'other', version: 1 });
    expect(res.status).toBe(404);
  });

  it('become visible to the whole council when the council chooses so', async () => {
    const council = (await secretariat.get(`/api/councils/${councilId}`)).body;
    expect(council.interestsPublic).toBe(false);
    const opened = await secretariat.put(`/api/councils/${councilId}`, {
      name: council.name,
      shortName: council.shortName,
      interestsPublic: true,
      version: council.version,
    });
    expect(opened.body.interestsPublic).toBe(true);
    const seen = (await observer.get(`/api/councils/${councilId}/interests`)).body.interests;
    expect(seen.length).toBe(11);
    await secretariat.put(`/api/councils/${councilId}`, {
      name: council.name,
      shortName: council.shortName,
      interestsPublic: false,
      version: opened.body.version,
    });
    expect((await observer.get(`/api/councils/${councilId}/interests`)).body.interests).toEqual([]);
  });

  it('are registered by the member against an organisation found by its alias, for review', async () => {
    const created = await member.post(`/api/councils/${councilId}/interests`, {
      organisationName: ' lmi ',
      kind: 'position',
      role: 'Medlem av fagråd',
      periodStart: '2025-01-01',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      userName: 'Ingrid Moe',
      organisationName: 'Legemiddelindustrien',
      review: 'pending',
    });
    const reviewed = await secretariat.post(`/api/interests/${created.body.id}/review`, {
      version: created.body.version,
    });
    expect(reviewed.body).toMatchObject({ review: 'reviewed', reviewedByName: 'Sigrid Aasen' });
    // The member's own change sends it back for review.
    const changed = await member.put(`/api/interests/${created.body.id}`, {
      organisationId: created.body.organisationId,
      kind: 'position',
      role: 'Leder av fagråd',
      periodStart: '2025-01-01',
      periodEnd: null,
      version: reviewed.body.version,
    });
    expect(changed.body).toMatchObject({ role: 'Leder av fagråd', review: 'pending' });
    expect(
      (await member.post(`/api/interests/${created.body.id}/review`, { version: 3 })).status,
    ).toBe(403);
  });

  it('refuse a period that ends before it starts, and one for someone else', async () => {
    const backwards = await member.post(`/api/councils/${councilId}/interests`, {
      organisationName: 'Kreftforeningen',
      kind: 'board',
      periodStart: '2026-01-01',
      periodEnd: '2025-01-01',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details.fields[0].field).toBe('periodEnd');
    const chairId = (await chair.get(`/api/councils/${councilId}/interests`)).body.interests.find(
      (i: TInterest) => i.userName === 'Helge Strand',
    ).userId;
    const forOther = await member.post(`/api/councils/${councilId}/interests`, {
      userId: chairId,
      organisationName: 'Kreftforeningen',
      kind: 'board',
    });
    expect(forOther.status).toBe(403);
  });

  it('can be exported by the member with everything held about them', async () => {
    const res = await member.get('/api/me/data-export');
    expect(res.status).toBe(200);
    expect(res.raw.headers['content-disposition']).toContain('attachment');
    const data = res.raw.json();
    expect(data.user.email).toBe('medlem@radsrom.no');
    expect(data.interests.map((i: { organisation: string }) => i.organisation)).toEqual(
      expect.arrayContaining(['Helse Midt-Norge', 'Kreftforeningen', 'Legemiddelindustrien']),
    );
    expect(data.conflictDeclarations).toEqual([
      expect.objectContaining({ case: expect.stringMatching(/^\d+\/5\/2026 Teknologi/) }),
    ]);
    expect(data.conflictAssessments[0]).toMatchObject({ disqualified: true, ground: 'automatic' });
    // What the member did, from the audit log: at least this sign-in and the interests above.
    expect(data.activity).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'login', entityType: 'user' }),
        expect.objectContaining({ action: 'create', entityType: 'interest' }),
      ]),
    );
    expect(Array.isArray(data.notifications)).toBe(true);
  });
});

describe('organisations', () => {
  let list: TOrganisation[];
  beforeAll(async () => {
    list = (await secretariat.get(`/api/councils/${councilId}/organisations`)).body;
  });

  it('refuse an alias that already names another organisation', async () => {
    const nht = list.find((o) => o.name === 'Norway Health Tech');
    const res = await secretariat.put(`/api/organisations/${nht?.id}`, {
      name: 'Norway Health Tech',
      aliases: ['NHT', 'LMI'],
      version: nht?.version,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(
      '«LMI» er allerede navnet på eller et alias for «Legemiddelindustrien».',
    );
    expect(
      (await member.post(`/api/councils/${councilId}/organisations`, { name: 'X AS' })).status,
    ).toBe(403);
  });

  it('merge a duplicate: interests move and its names become aliases', async () => {
    const duplicate = (
      await secretariat.post(`/api/councils/${councilId}/organisations`, {
        name: 'Legemiddelindustrifor.',
        aliases: [],
      })
    ).body;
    await member.post(`/api/councils/${councilId}/interests`, {
      organisationId: duplicate.id,
      kind: 'other',
      role: 'Rådgiver',
    });
    const lmi = list.find((o) => o.name === 'Legemiddelindustrien');
    const merged = await secretariat.post(`/api/organisations/${duplicate.id}/merge`, {
      intoOrganisationId: lmi?.id,
    });
    expect(merged.status).toBe(200);
    expect(merged.body.aliases).toEqual([
      'LMI',
      'Legemiddelindustriforeningen',
      'Legemiddelindustrifor.',
    ]);
    const mine = (await member.get(`/api/councils/${councilId}/interests`)).body.interests;
    expect(
      mine.filter((i: TInterest) => i.organisationName === 'Legemiddelindustrien').length,
    ).toBe(2);
  });
});
