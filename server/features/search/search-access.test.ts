import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CouncilRole } from '../../../core/roles.ts';
import { type Actor, searchScope } from '../../auth/permissions.ts';
import { signIn } from '../../testing/api-client.ts';
import { actorWith, writeSearchFixtures } from '../../testing/search-fixtures.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TSearchQuery } from './schema.ts';
import { searchArchive } from './search-archive.ts';
import { topicTimeline } from './topic-timeline.ts';

let server: TestServer;
let fixtures: Awaited<ReturnType<typeof writeSearchFixtures>>;

beforeAll(async () => {
  server = await startTestServer();
  fixtures = await writeSearchFixtures(server);
});
afterAll(() => server.close());

/**
 * What each reader finds, by the words only one kind of material contains (see
 * search-fixtures.ts and the demo council): each row is a probe, each column a reader.
 */
const PROBES = {
  // An approved minutes text and a case paper whose notice is sent: anyone.
  approvedMinutes: { q: 'samarbeid mellom tjenestene', kind: 'minutes' },
  publishedPaper: { q: 'primærhelsetjenesten', kind: 'case' },
  // A paper exempt from public access (offl. § 25): the council only.
  exemptPaper: { q: 'lønnsvilkår', kind: 'case' },
  // A paper on a planned meeting's agenda: the council only.
  plannedPaper: { q: 'Møteplan 2027', kind: 'case' },
  // Follow-up items: the council only.
  followUp: { q: 'Brev til departementet om tilgang til helsedata', kind: 'follow_up' },
  // Minutes circulated for comment (demo meeting 4/2026): members, not observers.
  circulatedMinutes: { q: 'helsedata', kind: 'minutes' },
  // Draft minutes: the secretariat only.
  draftMinutes: { q: 'sommerfuglmodellen', kind: 'minutes' },
  draftDecision: { q: 'sommerfuglmodellen', kind: 'decision' },
  // Another council's planned meeting: its own people only.
  otherCouncilPlanned: { q: 'isbremodellen', kind: 'case' },
} as const;
type Probe = keyof typeof PROBES;

const EVERYONE: Probe[] = ['approvedMinutes', 'publishedPaper'];
const COUNCIL: Probe[] = [...EVERYONE, 'exemptPaper', 'plannedPaper', 'followUp'];
const MEMBERS: Probe[] = [...COUNCIL, 'circulatedMinutes'];
const SECRETARIAT: Probe[] = [...MEMBERS, 'draftMinutes', 'draftDecision'];

const READERS: { name: string; actor: () => Actor | null; sees: Probe[] }[] = [
  { name: 'anonymous visitor', actor: () => null, sees: EVERYONE },
  {
    name: 'member of another council',
    actor: () => actorWith(fixtures.otherCouncilId, 'member'),
    sees: [...EVERYONE, 'otherCouncilPlanned'],
  },
  ...(
    [
      ['observer', COUNCIL],
      ['substitute', MEMBERS],
      ['member', MEMBERS],
      ['chair', MEMBERS],
      ['secretariat', SECRETARIAT],
      ['admin', SECRETARIAT],
    ] as [CouncilRole, Probe[]][]
  ).map(([role, sees]) => ({
    name: role,
    actor: () => actorWith(fixtures.demoCouncilId, role),
    sees,
  })),
  {
    name: 'system administrator',
    actor: () => actorWith(fixtures.demoCouncilId, null, true),
    sees: [...SECRETARIAT, 'otherCouncilPlanned'],
  },
];

async function found(actor: Actor | null, probe: Probe): Promise<boolean> {
  const query: TSearchQuery = { ...PROBES[probe], page: 1, pageSize: 20 };
  const result = await searchArchive(server.db, searchScope(actor), query);
  return result.total > 0;
}

describe('search shows each reader only what they may read', () => {
  for (const reader of READERS) {
    it(`${reader.name}`, async () => {
      const actor = reader.actor();
      const seen: Probe[] = [];
      for (const probe of Object.keys(PROBES) as Probe[]) {
        if (await found(actor, probe)) seen.push(probe);
      }
      expect(seen.sort()).toEqual([...reader.sees].sort());
    });
  }

  it('keeps hidden material out of the counts per filter value and the topic view', async () => {
    const anonymous = searchScope(null);
    const all = await searchArchive(server.db, anonymous, {
      q: 'sommerfuglmodellen lønnsvilkår isbremodellen',
      page: 1,
      pageSize: 20,
    });
    expect(all.total).toBe(0);
    for (const q of ['sommerfuglmodellen', 'lønnsvilkår', 'isbremodellen', 'Møteplan 2027']) {
      const result = await searchArchive(server.db, anonymous, { q, page: 1, pageSize: 20 });
      expect(Object.values(result.facets).flat()).toEqual([]);
      expect((await topicTimeline(server.db, anonymous, { q })).items).toEqual([]);
    }
    // A member sees the circulated case in the topic view, but not the draft decision's text.
    const member = searchScope(actorWith(fixtures.demoCouncilId, 'member'));
    const timeline = await topicTimeline(server.db, member, { q: 'helsedata' });
    const draft = timeline.items.find((i) => i.case.id === fixtures.draftCaseId);
    expect(draft?.decision ?? null).toBeNull();
  });

  it('hides a file marked exempt from the public, not from the council', async () => {
    const secretariat = await signIn(server, server.login.email, server.login.password);
    const probe = { q: 'legemiddelutprøvinger', page: 1, pageSize: 20 };
    const observer = searchScope(actorWith(fixtures.demoCouncilId, 'observer'));
    expect((await searchArchive(server.db, searchScope(null), probe)).total).toBe(1);
    const marked = await secretariat.put(`/api/attachments/${fixtures.attachmentId}`, {
      title: 'Nordisk notat',
      exemptionBasis: 'offl. § 15',
    });
    expect(marked.status).toBe(204);
    expect((await searchArchive(server.db, searchScope(null), probe)).total).toBe(0);
    expect((await searchArchive(server.db, observer, probe)).total).toBe(1);
    const paper = await secretariat.get(`/api/cases/${fixtures.published.caseIds[0]}`);
    expect(paper.body.attachments[0].exemptionBasis).toBe('offl. § 15');
  });

  it("answers the API without signing in, and with the signed-in reader's rights", async () => {
    const anonymous = await server.app.inject({ url: '/api/search?q=sommerfuglmodellen' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json().total).toBe(0);
    const member = await signIn(server, 'medlem@radsrom.no', server.login.password);
    expect((await member.get('/api/search?q=sommerfuglmodellen')).body.total).toBe(0);
    expect((await member.get('/api/search?q=helsedata&kind=minutes')).body.total).toBeGreaterThan(
      0,
    );
    const secretariat = await signIn(server, server.login.email, server.login.password);
    expect((await secretariat.get('/api/search?q=sommerfuglmodellen')).body.total).toBe(2);
  });
});
