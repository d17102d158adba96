import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/rows.ts';
import { interests, users } from '../../db/schema.ts';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';

let server: TestServer;
let secretariat: ApiClient;
let personId: string;
let councilId: string;
let approvedMeetingIds: string[];
const name = 'Kari Haugen';
const email = 'k.haugen@example.no';

const publicMinutes = async () =>
  Promise.all(
    approvedMeetingIds.map(
      async (id) => (await server.app.inject(`/public/meetings/${id}/minutes`)).body,
    ),
  );

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await signIn(server, server.login.email, server.login.password);
  const [person] = await server.db.select().from(users).where(eq(users.email, email));
  personId = person?.id ?? '';
  councilId = (await secretariat.get('/api/councils')).body[0].id;
  const meetings = (await secretariat.get(`/api/councils/${councilId}/meetings`)).body as {
    id: string;
    status: string;
  }[];
  approvedMeetingIds = meetings.filter((m) => m.status === 'minutes_approved').map((m) => m.id);
});
afterAll(() => server.close());

describe('removing a person who has left', () => {
  it('is the secretariat’s to do, not a member’s', async () => {
    const member = await signIn(server, 'medlem@radsrom.no', server.login.password);
    expect(
      (await member.post(`/api/councils/${councilId}/people/${personId}/removal`)).status,
    ).toBe(403);
  });

  it('puts a pseudonym in the approved minutes, and the old name nowhere', async () => {
    const before = await publicMinutes();
    expect(before.some((html) => html.includes(name))).toBe(true);
    const attendanceBefore = before.map((html) => html.split('<li').length);

    const removed = await secretariat.post(`/api/councils/${councilId}/people/${personId}/removal`);
    expect(removed.status).toBe(200);
    expect(removed.body.pseudonym).toBe('Tidligere medlem 1');

    const after = await publicMinutes();
    expect(after.filter((html) => html.includes(name))).toEqual([]);
    expect(after.some((html) => html.includes('Tidligere medlem 1'))).toBe(true);
    // The minutes keep their shape: the same attendance and the same cases.
    expect(after.map((html) => html.split('<li').length)).toEqual(attendanceBefore);
    const hits = await server.app.inject(`/api/search?q=${encodeURIComponent('Kari Haugen')}`);
    expect(hits.body).not.toContain(name);
    // The action plan named her in a reference group and as responsible for activities.
    const plans = (await secretariat.get(`/api/councils/${councilId}/plans`)).body as {
      id: string;
    }[];
    for (const plan of plans) {
      const text = JSON.stringify((await secretariat.get(`/api/plans/${plan.id}`)).body);
      expect(text).not.toContain(name);
    }
  });

  it('takes away the e-mail address, the sign-in and the declared interests', async () => {
    const [row] = await server.db.select().from(users).where(eq(users.id, personId));
    expect(row).toMatchObject({ name: 'Tidligere medlem 1', passwordHash: null });
    expect(row?.email).not.toContain('haugen');
    expect(row?.removedAt).toBeInstanceOf(Date);
    expect(await server.db.select().from(interests).where(eq(interests.userId, personId))).toEqual(
      [],
    );
    const mentions = await server.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE changes::text LIKE ${`%${email}%`} OR changes::text LIKE ${`%${name}%`}`,
    );
    expect(rowsOf(mentions)).toEqual([{ n: 0 }]);
  });

  it('leaves a person who is also in another council to the system administrator', async () => {
    const admin = await signIn(server, 'admin@radsrom.no', server.login.password);
    const other = await admin.post('/api/councils', { name: 'Et annet råd', shortName: 'Annet' });
    await admin.post(`/api/councils/${other.body.id}/memberships`, {
      email: 'a.nilsen@example.no',
      name: 'Anders Nilsen',
      role: 'member',
    });
    const [both] = await server.db
      .select()
      .from(users)
      .where(eq(users.email, 'a.nilsen@example.no'));
    const url = `/api/councils/${councilId}/people/${both?.id}/removal`;
    const refused = await secretariat.post(url);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('også med i et annet råd');
    const [still] = await server.db
      .select()
      .from(users)
      .where(eq(users.id, both?.id ?? ''));
    expect(still?.name).toBe('Anders Nilsen');
    expect((await admin.post(url)).body.pseudonym).toBe('Tidligere medlem 2');
  });

  it('records the removal, and refuses to remove the same person twice', async () => {
    const again = await secretariat.post(`/api/councils/${councilId}/people/${personId}/removal`);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('Personen er allerede fjernet.');
    const log = await secretariat.get(`/api/councils/${councilId}/audit?action=pseudonymise`);
    expect(log.body.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'pseudonymise', entityId: personId }),
      ]),
    );
  });
});
