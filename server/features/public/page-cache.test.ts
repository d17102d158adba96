import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloToday } from '../../../core/dates.ts';
import { cases } from '../../db/schema.ts';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { writeSearchFixtures } from '../../testing/search-fixtures.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TCase } from '../cases/schema.ts';
import { dataVersion } from './page-cache.ts';

let server: TestServer;
let api: ApiClient;
let fixtures: Awaited<ReturnType<typeof writeSearchFixtures>>;

/** What an anonymous visitor gets: no cookie, nothing but the address. */
const visit = (url: string, headers: Record<string, string> = {}) =>
  server.app.inject({ method: 'GET', url, headers });

/**
 * Visits in a row while nothing is committed anywhere on the database server. On a shared
 * PostgreSQL server other test files write too, and any commit there rightly costs a hit; the
 * visits are made again until they fall in a quiet moment (at once with PGlite).
 */
async function visitUndisturbed(...urls: string[]) {
  const state = async () => `${await dataVersion(server.db)} ${osloToday()}`;
  for (let attempt = 1; ; attempt++) {
    const before = await state();
    const responses = [];
    for (const url of urls) responses.push(await visit(url));
    if ((await state()) === before) return responses;
    if (attempt === 50) throw new Error('the database server never stood still');
  }
}

async function visitTwiceUndisturbed(url: string) {
  const [first, second] = await visitUndisturbed(url, url);
  if (!first || !second) throw new Error('two visits expected');
  return { first, second };
}

beforeAll(async () => {
  server = await startTestServer();
  fixtures = await writeSearchFixtures(server);
  api = await signIn(server, server.login.email, server.login.password);
});
afterAll(() => server.close());

describe('the public page cache', () => {
  it('serves a page again without rendering it, with its headers and an ETag', async () => {
    const url = `/public/meetings/${fixtures.published.meetingId}`;
    const { first, second } = await visitTwiceUndisturbed(url);
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toBe(first.body);
    expect(second.body).toContain('Kliniske studier i kommunene');
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(second.headers['cache-control']).toBe('no-cache');
    expect(second.headers['content-security-policy']).toContain("default-src 'self'");
    expect(second.headers.etag).toBe(first.headers.etag);

    // A browser revalidating its copy (Cache-Control: no-cache) is told it is still good.
    const etag = String(second.headers.etag);
    const revalidated = await visit(url, { 'if-none-match': etag });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
    expect((await visit(url, { 'if-none-match': '"something-else"' })).statusCode).toBe(200);

    // The feed and the sitemap are kept the same way.
    for (const other of [`/public/councils/${fixtures.demoCouncilId}/feed.atom`, '/sitemap.xml']) {
      const pair = await visitTwiceUndisturbed(other);
      expect(pair.second.headers['x-cache'], other).toBe('hit');
      expect(pair.second.body, other).toBe(pair.first.body);
      expect(pair.second.headers['content-type'], other).toBe(pair.first.headers['content-type']);
    }
  });

  it('shows an exemption made through the API on the very next request of every page', async () => {
    const caseId = fixtures.published.caseIds[0] as string;
    const meetingUrl = `/public/meetings/${fixtures.published.meetingId}`;
    const caseUrl = `/public/cases/${caseId}`;
    const feedUrl = `/public/councils/${fixtures.demoCouncilId}/feed.atom`;
    for (const url of [meetingUrl, caseUrl, feedUrl]) {
      expect((await visitTwiceUndisturbed(url)).second.headers['x-cache'], url).toBe('hit');
    }
    expect((await visit(caseUrl)).body).toContain('Rådet ser på forskning i primærhelsetjenesten.');

    const c = (await api.get(`/api/cases/${caseId}`)).body as TCase;
    const saved = await api.put(`/api/cases/${caseId}`, {
      title: c.title,
      caseTypes: c.caseTypes,
      addressee: c.addressee,
      sender: c.sender,
      caseOfficerIds: c.caseOfficers.map((o) => o.id),
      previouslyHandledCaseIds: c.previouslyHandled.map((p) => p.id),
      previouslyHandledText: c.previouslyHandledText,
      stakeholders: c.stakeholders,
      exemptionBasis: 'offl. § 13',
      background: c.background,
      reason: c.reason,
      mainPoints: c.mainPoints,
      proposedDecision: c.proposedDecision,
      version: c.version,
    });
    expect(saved.status).toBe(200);

    const meeting = await visit(meetingUrl);
    expect(meeting.headers['x-cache']).toBe('miss');
    expect(meeting.body).toContain('Unntatt offentlighet, offl. § 13');
    const paper = await visit(caseUrl);
    expect(paper.headers['x-cache']).toBe('miss');
    expect(paper.body).toContain(
      'Saksframlegget og vedleggene er unntatt offentlighet (offl. § 13)',
    );
    expect(paper.body).not.toContain('primærhelsetjenesten');
    expect(paper.body).not.toContain(`/public/attachments/${fixtures.attachmentId}`);
    const feed = await visit(feedUrl);
    expect(feed.body).toContain('Unntatt offentlighet (offl. § 13).');
    expect((await visit(`/public/attachments/${fixtures.attachmentId}`)).statusCode).toBe(404);
  });

  it('shows a change written straight into the database, without the app, at once', async () => {
    const caseId = fixtures.published.caseIds[2] as string;
    const url = `/public/cases/${caseId}`;
    expect((await visitTwiceUndisturbed(url)).second.body).toContain('Tillit i helsetjenesten');
    // No use case and no audit record: what someone at the SQL prompt might do.
    await server.db.update(cases).set({ title: 'Tillit, rettet' }).where(eq(cases.id, caseId));
    const after = await visit(url);
    expect(after.body).toContain('Tillit, rettet');
    expect(after.body).not.toContain('Tillit i helsetjenesten');
  });

  it('never keeps a missing or unpublished page, and shows the agenda as soon as the notice is sent', async () => {
    const unknown = '/public/meetings/00000000-0000-4000-8000-000000000000';
    for (let i = 0; i < 2; i++) {
      const res = await visit(unknown);
      expect(res.statusCode).toBe(404);
      expect(res.headers['x-cache']).toBe('miss');
    }

    const councilId = fixtures.demoCouncilId;
    const created = await api.post(`/api/councils/${councilId}/meetings`, {
      date: '2031-05-07',
      startTime: '10:00',
      withStandingCases: false,
    });
    expect(created.status).toBe(201);
    const meetingId = created.body.id as string;
    const added = await api.post(`/api/meetings/${meetingId}/cases`, {
      title: 'Budsjett for 2032',
      background: '<p>Forslag til fordeling av midlene.</p>',
    });
    expect(added.status).toBe(201);
    const caseUrl = `/public/cases/${added.body.id}`;
    const meetingUrl = `/public/meetings/${meetingId}`;

    // Planned: the meeting page says the agenda comes with the notice; the paper does not exist.
    const planned = await visitTwiceUndisturbed(meetingUrl);
    expect(planned.second.headers['x-cache']).toBe('hit');
    expect(planned.second.body).toContain('Sakslisten publiseres når innkallingen er sendt.');
    expect(planned.second.body).not.toContain('Budsjett for 2032');
    for (let i = 0; i < 2; i++) {
      const res = await visit(caseUrl);
      expect(res.statusCode).toBe(404);
      expect(res.headers['x-cache']).toBe('miss');
      expect(res.body).not.toContain('Budsjett for 2032');
    }

    const { version } = (await api.get(`/api/meetings/${meetingId}`)).body;
    const sent = await api.post(`/api/meetings/${meetingId}/status`, {
      status: 'notice_sent',
      version,
    });
    expect(sent.status).toBe(200);
    const published = await visit(meetingUrl);
    expect(published.body).toContain('Budsjett for 2032');
    expect(published.body).not.toContain('Sakslisten publiseres når innkallingen er sendt.');
    const paper = await visit(caseUrl);
    expect(paper.statusCode).toBe(200);
    expect(paper.body).toContain('Forslag til fordeling av midlene.');
  });

  it('keeps one search page per query, whatever the order of the address', async () => {
    // The first search after writes refreshes the index, a commit of its own: visited again.
    const [first, reordered, other] = await visitUndisturbed(
      '/public/search?q=kliniske&page=1',
      '/public/search?page=1&q=kliniske',
      '/public/search?q=tillit',
    );
    expect(first?.body).toMatch(/\d+ treff på «kliniske»/);
    expect(reordered?.headers['x-cache']).toBe('hit');
    expect(reordered?.body).toBe(first?.body);
    expect(other?.body).toMatch(/\d+ treff på «tillit»/);
  });
});
