import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../../db/schema.ts';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { writeSearchFixtures } from '../../testing/search-fixtures.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TMarkedText, TSearchHit, TSearchResult } from './schema.ts';

let server: TestServer;
let secretariat: ApiClient;
let fixtures: Awaited<ReturnType<typeof writeSearchFixtures>>;

beforeAll(async () => {
  server = await startTestServer();
  fixtures = await writeSearchFixtures(server);
  secretariat = await signIn(server, server.login.email, server.login.password);
});
afterAll(() => server.close());

async function search(params: Record<string, string>): Promise<TSearchResult> {
  const res = await secretariat.get(`/api/search?${new URLSearchParams(params)}`);
  expect(res.status).toBe(200);
  return res.body;
}

/** Titles of the demo council's case papers found, in order, among the fixtures' 2019 papers. */
async function paperTitles(q: string, extra: Record<string, string> = {}): Promise<string[]> {
  const result = await search({
    q,
    kind: 'case',
    yearTo: '2020',
    councilId: fixtures.demoCouncilId,
    ...extra,
  });
  return result.hits.map((h) => plain(h.title));
}

const plain = (text: TMarkedText) => text.map((p) => p.text).join('');
const marked = (text: TMarkedText) => text.filter((p) => p.marked).map((p) => p.text);

describe('search quality', () => {
  it('finds inflected forms through Norwegian stemming', async () => {
    // "kommunene" (the municipalities) finds "kommunen" and "kommuner".
    const titles = await paperTitles('kommunene');
    expect(titles).toContain('Kommunal helseforskning');
    expect(titles).toContain('Kliniske studier i kommunene');
  });

  it('tolerates a typo and says which spelling it also searched', async () => {
    const result = await search({ q: 'habiltet' });
    expect(result.interpreted.alternatives).toEqual([
      { word: 'habiltet', alternatives: expect.arrayContaining(['habilitet']) },
    ]);
    expect(result.hits.some((h) => plain(h.title) === 'Spørsmål om habilitet')).toBe(true);
  });

  it('finds both spellings of a name, the one written first', async () => {
    const titles = await paperTitles('Stenstadvold');
    expect(titles).toEqual(['Tillit i helsetjenesten', 'Samhandling']);
  });

  it('matches an exact phrase only where the words stand together', async () => {
    const titles = await paperTitles('"kliniske studier"');
    expect(titles).toContain('Kliniske studier i kommunene');
    expect(titles).toContain('Årsrapport 2019');
    expect(titles).not.toContain('Studier og kliniske forhold');
    // Without quotes the words may stand apart.
    expect(await paperTitles('kliniske studier')).toContain('Studier og kliniske forhold');
  });

  it('leaves out papers with a word after a minus', async () => {
    expect(await paperTitles('bærekraft')).toEqual(
      expect.arrayContaining(['Bærekraft i helsetjenesten', 'Bærekraft og økonomi']),
    );
    const titles = await paperTitles('bærekraft -økonomi');
    expect(titles).toContain('Bærekraft i helsetjenesten');
    expect(titles).not.toContain('Bærekraft og økonomi');
  });

  it('ranks a title hit above a passing mention in a long paper', async () => {
    const titles = await paperTitles('kliniske studier');
    expect(titles.indexOf('Kliniske studier i kommunene')).toBeLessThan(
      titles.indexOf('Årsrapport 2019'),
    );
    expect(titles[0]).toBe('Kliniske studier i kommunene');
  });

  it('shows a snippet with the words marked, from the part where they were found', async () => {
    const { hits } = await search({ q: 'primærhelsetjenesten' });
    const hit = hits.find((h) => h.case.id === fixtures.published.caseIds[0]) as TSearchHit;
    expect(hit.kind).toBe('case');
    expect(marked(hit.snippet)).toEqual(['primærhelsetjenesten']);
    expect(plain(hit.snippet)).toContain('Rådet ser på forskning i primærhelsetjenesten');
    expect(hit.section).toEqual({ key: 'background', label: 'Bakgrunn' });
    expect(hit.href).toBe(`/cases/${hit.case.id}#section-background`);
    expect(hit.meeting.number).toMatch(/\/2019$/);
    expect(hit.case.number).toMatch(/^\d+\/\d+\/2019$/);
  });

  it('finds the text of an uploaded file and opens the case at the file', async () => {
    const { hits } = await search({ q: 'legemiddelutprøvinger' });
    expect(hits.map((h) => [h.kind, plain(h.title), h.href])).toEqual([
      [
        'attachment',
        'Nordisk notat',
        `/cases/${fixtures.published.caseIds[0]}#attachment-${fixtures.attachmentId}`,
      ],
    ]);
    expect(marked(hits[0]?.snippet ?? [])).toEqual(['legemiddelutprøvinger']);
  });

  it('finds minutes and decisions and opens the minutes at the case', async () => {
    const { hits } = await search({ q: 'sommerfuglmodellen' });
    expect(hits.map((h) => h.kind).sort()).toEqual(['decision', 'minutes']);
    for (const hit of hits) {
      expect(hit.href).toBe(`/meetings/${hit.meeting.id}/minutes#case-${fixtures.draftCaseId}`);
    }
  });

  it('filters, and counts the hits per filter value', async () => {
    const all = await search({ q: 'bærekraft' });
    const byYear = all.facets.year.find((f) => f.value === '2019');
    expect(byYear?.count).toBeGreaterThan(0);
    const only2019 = await search({ q: 'bærekraft', yearFrom: '2019', yearTo: '2019' });
    expect(only2019.total).toBe(byYear?.count);
    expect(only2019.hits.every((h) => h.meeting.number.endsWith('/2019'))).toBe(true);

    const discussion = await search({ q: 'bærekraft', yearTo: '2019', caseType: 'discussion' });
    expect(discussion.hits.map((h) => plain(h.title))).toEqual(['Bærekraft i helsetjenesten']);

    const kinds = all.facets.kind;
    const total = kinds.reduce((sum, f) => sum + f.count, 0);
    expect(total).toBe(all.total);
    expect(kinds.find((k) => k.value === 'case')?.label).toBe('Saksframlegg');
  });

  it('filters by person, meeting and council, and by whether a decision was made', async () => {
    const byPerson = await search({ q: '', person: 'Nora Bakke', yearTo: '2019', kind: 'case' });
    expect(byPerson.hits.map((h) => plain(h.title))).toEqual(['Kliniske studier i kommunene']);
    const byMeeting = await search({ q: 'bærekraft', meetingId: fixtures.published.meetingId });
    expect(byMeeting.total).toBe(2);
    const other = await search({ q: 'kliniske studier', councilId: fixtures.otherCouncilId });
    expect(other.hits.map((h) => plain(h.title))).toEqual(['Kliniske studier i Norden']);
    const decided = await search({ q: 'kliniske studier', hasDecision: 'true' });
    expect(decided.hits.length).toBeGreaterThan(0);
    expect(decided.hits.every((h) => h.meeting.number.endsWith('/2026'))).toBe(true);
  });

  it('sorts by date and pages through the hits', async () => {
    const newest = await search({ q: 'kliniske', sort: 'newest' });
    const dates = newest.hits.map((h) => h.meeting.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const oldest = await search({ q: 'kliniske', sort: 'oldest' });
    expect(oldest.hits[0]?.meeting.date).toBe('2019-03-14');

    const first = await search({ q: 'kliniske', pageSize: '2', page: '1' });
    const second = await search({ q: 'kliniske', pageSize: '2', page: '2' });
    expect(second.total).toBe(first.total);
    expect(second.hits.map((h) => h.id)).not.toEqual(first.hits.map((h) => h.id));
    expect(second.hits).toHaveLength(2);
  });

  it('finds a change as soon as it is saved', async () => {
    const caseId = fixtures.published.caseIds[4] as string;
    await server.db
      .update(cases)
      .set({ title: 'Kommunal helseforskning og vaksinasjon' })
      .where(eq(cases.id, caseId));
    expect(await paperTitles('vaksinasjon')).toEqual(['Kommunal helseforskning og vaksinasjon']);
  });

  it('refuses bad input with a message in Norwegian', async () => {
    const long = await secretariat.get(`/api/search?q=${'a'.repeat(501)}`);
    expect(long.status).toBe(400);
    expect(long.body.error.message).toMatch(/500 tegn/);
    const page = await secretariat.get('/api/search?q=x&page=0');
    expect(page.status).toBe(400);
    // Query syntax cannot fail: stray quotes, minus signs and tsquery operators are only text.
    for (const q of ['"uavsluttet', '- - -', "a & b | !c ('", '"" -""']) {
      expect((await secretariat.get(`/api/search?${new URLSearchParams({ q })}`)).status).toBe(200);
    }
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await secretariat.get('/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/search', '/api/search/timeline']),
    );
  });
});

describe('topic view', () => {
  it('lists every case on a subject across the years, oldest first, with its decision', async () => {
    const res = await secretariat.get('/api/search/timeline?q=kliniske%20studier');
    expect(res.status).toBe(200);
    const titles = res.body.items.map((i: { case: { title: string } }) => i.case.title);
    expect(titles[0]).toBe('Kliniske studier i kommunene');
    expect(titles).toContain('Kliniske studier i Norden');
    expect(titles).toContain('Kliniske studier som en integrert del av helsetjenesten');
    const years = res.body.items.map((i: { year: number }) => i.year);
    expect(years).toEqual([...years].sort());
    const decided = res.body.items.find(
      (i: { case: { title: string } }) =>
        i.case.title === 'Kliniske studier som en integrert del av helsetjenesten',
    );
    expect(decided.decision).toMatch(/^Rådet slutter seg til/);
    expect(decided.foundIn).toContain('case');
  });
});
