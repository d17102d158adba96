import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchScope } from '../../auth/permissions.ts';
import { caseMinutes, cases, minutes, users } from '../../db/schema.ts';
import { actorWith, writeSearchFixtures } from '../../testing/search-fixtures.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import { updateAttachment } from '../attachments/change-attachments.ts';
import { searchArchive } from '../search/search-archive.ts';

let server: TestServer;
let fixtures: Awaited<ReturnType<typeof writeSearchFixtures>>;
let secretariatId: string;

/** What an anonymous visitor gets: no cookie, nothing but the address. */
const visit = (url: string) => server.app.inject({ method: 'GET', url });

const caseIdTitled = async (title: string) => {
  const [row] = await server.db.select().from(cases).where(eq(cases.title, title));
  if (!row) throw new Error(`no case ${title}`);
  return row.id;
};

beforeAll(async () => {
  server = await startTestServer();
  fixtures = await writeSearchFixtures(server);
  const [user] = await server.db
    .select()
    .from(users)
    .where(eq(users.email, 'sekretariat@radsrom.no'));
  secretariatId = user?.id ?? '';
});
afterAll(() => server.close());

/** Every page a visitor can reach from the public front page and the sitemap, with its body. */
async function crawlPublicSite() {
  const seen = new Map<string, string>();
  const queue = ['/public', '/sitemap.xml', '/robots.txt'];
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (seen.has(url)) continue;
    const res = await visit(url);
    expect(res.statusCode, url).toBe(200);
    seen.set(url, res.body);
    const links = [
      ...res.body.matchAll(/href="(\/public[^"#]*)/g),
      ...res.body.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g),
    ].map((m) => m[1] as string);
    queue.push(...links.filter((l) => !seen.has(l)));
  }
  return seen;
}

describe('public pages', () => {
  it('show a published agenda and its case paper to anyone, as HTML without script', async () => {
    const front = await visit('/public');
    expect(front.headers['content-type']).toContain('text/html');
    expect(front.body).toContain('HelseOmsorg21-rådet');
    expect(front.body).not.toContain('<script');

    const meeting = await visit(`/public/meetings/${fixtures.published.meetingId}`);
    expect(meeting.statusCode).toBe(200);
    expect(meeting.body).toContain('Kliniske studier i kommunene');
    expect(meeting.body).toContain('Unntatt offentlighet, offl. § 25');

    const paper = await visit(`/public/cases/${fixtures.published.caseIds[0]}`);
    expect(paper.body).toContain('Rådet ser på forskning i primærhelsetjenesten.');
    expect(paper.body).toContain('Nordisk notat');

    const file = await visit(`/public/attachments/${fixtures.attachmentId}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('notat.docx');
  });

  it('show that an exempt paper or file exists and its legal basis, never its content', async () => {
    const exemptId = await caseIdTitled('Personalsak i sekretariatet');
    const paper = await visit(`/public/cases/${exemptId}`);
    expect(paper.statusCode).toBe(200);
    expect(paper.body).toContain(
      'Saksframlegget og vedleggene er unntatt offentlighet (offl. § 25)',
    );
    expect(paper.body).not.toContain('lønnsvilkår');

    await updateAttachment(server.db, secretariatId, fixtures.attachmentId, {
      title: 'Nordisk notat',
      exemptionBasis: 'offl. § 20',
    });
    const withFile = await visit(`/public/cases/${fixtures.published.caseIds[0]}`);
    expect(withFile.body).toContain('Nordisk notat: unntatt offentlighet (offl. § 20)');
    expect(withFile.body).not.toContain(`/public/attachments/${fixtures.attachmentId}`);
    const file = await visit(`/public/attachments/${fixtures.attachmentId}`);
    expect(file.statusCode).toBe(404);
    expect(file.body).not.toContain('legemiddelutprøvinger');
    await updateAttachment(server.db, secretariatId, fixtures.attachmentId, {
      title: 'Nordisk notat',
      exemptionBasis: '',
    });
  });

  it('never show a planned agenda, draft minutes, follow-ups or exempt text anywhere', async () => {
    const site = await crawlPublicSite();
    const everything = [...site.values()].join('\n');
    // What the public may read was reached…
    expect(everything).toContain('Rådet ser på forskning i primærhelsetjenesten.');
    expect(everything).toContain('samarbeid mellom tjenestene');
    expect(everything).toContain('Personalsak i sekretariatet');
    // …and nothing else: an exempt paper, draft minutes, a planned agenda (this council's and
    // another's), the follow-up list.
    for (const secret of [
      'lønnsvilkår',
      'sommerfuglmodellen',
      'Møteplan 2027',
      'isbremodellen',
      'Brev til departementet om tilgang til helsedata',
    ]) {
      expect(everything, secret).not.toContain(secret);
    }
    expect(site.size).toBeGreaterThan(20);
  });

  it('never show an exempt passage, in any page, feed or search, only its basis', async () => {
    // A passage in a published case paper, and one in a decision of approved minutes.
    const paperId = fixtures.published.caseIds[3] as string;
    await server.db
      .update(cases)
      .set({
        background:
          '<p>Notat om samhandling. <span data-exempt="offl. § 13">Pasienten Kari Nordmann</span> ble nevnt.</p>',
      })
      .where(eq(cases.id, paperId));
    const site = await crawlPublicSite();
    const [approved] = await server.db
      .select({ caseId: caseMinutes.caseId })
      .from(caseMinutes)
      .innerJoin(cases, eq(cases.id, caseMinutes.caseId))
      .innerJoin(minutes, eq(minutes.meetingId, cases.meetingId))
      .where(and(eq(minutes.status, 'approved'), eq(cases.exemptionBasis, '')))
      .limit(1);
    await server.db
      .update(caseMinutes)
      .set({
        decision: '<p>Vedtatt. <span data-exempt="offl. § 26">Lønn til Ola Nordmann</span></p>',
      })
      .where(eq(caseMinutes.caseId, approved?.caseId as string));
    for (const [url, body] of [...site, ...(await crawlPublicSite())]) {
      expect(body, url).not.toContain('Nordmann');
    }
    const paper = await visit(`/public/cases/${paperId}`);
    expect(paper.body).toContain(
      'Notat om samhandling. <span data-exempt="offl. § 13">[Unntatt offentlighet, offl. § 13]</span> ble nevnt.',
    );
    const decided = await visit(`/public/cases/${approved?.caseId}`);
    expect(decided.body).toContain('[Unntatt offentlighet, offl. § 26]');
    expect((await visit('/public/search?q=Nordmann')).body).toContain('Ingen treff på «Nordmann»');
    // The council still finds and reads the passage.
    const council = await searchArchive(
      server.db,
      searchScope(actorWith(fixtures.demoCouncilId, 'member')),
      {
        q: 'Nordmann',
        page: 1,
        pageSize: 20,
      },
    );
    expect(council.total).toBe(2);
  });

  it('search what is published, and open a hit on its public page', async () => {
    const found = await visit(`/public/search?q=${encodeURIComponent('primærhelsetjenesten')}`);
    expect(found.body).toMatch(/\d+ treff på «primærhelsetjenesten»/);
    expect(found.body).toContain(
      `href="/public/cases/${fixtures.published.caseIds[0]}#section-background"`,
    );
    expect(found.body).toContain('<mark>primærhelsetjenesten</mark>');
    for (const secret of ['lønnsvilkår', 'sommerfuglmodellen', 'isbremodellen']) {
      const res = await visit(`/public/search?q=${secret}`);
      expect(res.body, secret).toContain(`Ingen treff på «${secret}»`);
    }
  });

  it('answer an unknown, unpublished or malformed address with a Norwegian 404 page', async () => {
    const planned = await caseIdTitled('Møteplan 2027');
    for (const url of [
      '/public/cases/ikke-en-id',
      '/public/cases/00000000-0000-4000-8000-000000000000',
      `/public/cases/${planned}`,
      `/public/meetings/${fixtures.published.meetingId}/minutes`,
      `/public/meetings/${(await server.db.select().from(cases).where(eq(cases.id, fixtures.draftCaseId)))[0]?.meetingId}/minutes`,
    ]) {
      const res = await visit(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('Fant ikke siden');
      expect(res.body).not.toContain('Møteplan 2027');
    }
  });

  it("offer each council's newest documents as an Atom feed, and every page in the sitemap", async () => {
    const feed = await visit(`/public/councils/${fixtures.demoCouncilId}/feed.atom`);
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed.body).toContain(`/public/meetings/${fixtures.published.meetingId}</id>`);
    expect(feed.body).not.toContain('Møteplan 2027');
    expect(feed.body).not.toContain('Rådet for søketester');

    const sitemap = await visit('/sitemap.xml');
    expect(sitemap.body).toContain(`/public/cases/${fixtures.published.caseIds[0]}</loc>`);
    expect(sitemap.body).toContain(`/public/councils/${fixtures.otherCouncilId}</loc>`);
  });

  it('print a script typed into a title as text', async () => {
    // Straight into the row: whatever a form lets through, the page must print it as text.
    const caseId = fixtures.published.caseIds[1] as string;
    await server.db
      .update(cases)
      .set({ title: '<script>alert("x")</script><img src=x onerror=alert(1)> Skriptsak' })
      .where(eq(cases.id, caseId));
    const meeting = await visit(`/public/meetings/${fixtures.published.meetingId}`);
    expect(meeting.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(meeting.body).not.toContain('<script');
    expect(meeting.body).not.toContain('<img src=x');
    const feed = await visit(`/public/councils/${fixtures.demoCouncilId}/feed.atom`);
    expect(feed.body).not.toContain('<script>alert');
    expect((await visit(`/public/cases/${caseId}`)).body).toContain('&lt;img src=x');
  });
});
