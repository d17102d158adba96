import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/demo-data.ts';
import { type ApiClient, signIn } from '../testing/api-client.ts';
import { pageTexts, readZipEntry } from '../testing/read-documents.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import {
  activeMarkup,
  expandRoute,
  expectSafeDisposition,
  linksIn,
  type OpenApi,
  openApi,
  richTextIn,
  richTextProblems,
  SCRIPT_PAYLOADS,
  squeeze,
  visibleText,
} from './attack-kit.ts';
import { type Clients, type Ctx, writeEverywhere } from './write-everything.ts';

/**
 * Script payloads in every text field come back inert: JSON stays JSON, rich text is
 * sanitised, public pages, feed and sitemap print them as text, documents as text.
 */

let server: TestServer;
let clients: Clients;
let doc: OpenApi;
let pdf: Uint8Array;
let demo: string;
let memberId: string;

beforeAll(async () => {
  server = await startTestServer();
  clients = {
    admin: await signIn(server, 'admin@radsrom.no', DEMO_PASSWORD),
    secretariat: await signIn(server, server.login.email, server.login.password),
    member: await signIn(server, 'medlem@radsrom.no', DEMO_PASSWORD),
  };
  doc = await openApi(clients.secretariat);
  demo = (await clients.secretariat.get('/api/councils')).body[0].id;
  memberId = (await clients.member.get('/api/auth/me')).body.id;
  const d = await PDFDocument.create();
  d.addPage();
  pdf = await d.save();
});
afterAll(() => server.close());

const get = (url: string, api?: ApiClient) =>
  server.app.inject({ method: 'GET', url, headers: api?.headers ?? {} });

/** Binary or CSV answers, checked on their own below. */
const NOT_JSON = /\.(pdf|docx|csv)$|^\/api\/attachments\/\{attachmentId\}$/;

/** The ids a round made, by name; a missing one is a broken round, not an empty check. */
const idsOf = (ctx: Ctx, ...keys: string[]) =>
  keys.map((key) => ctx[key] ?? expect.fail(`the round made no ${key}`));

/** Every JSON read of the API over this round's ids, as the secretariat and as a member. */
async function expectJsonInert(ctx: Ctx) {
  const standing = (await clients.admin.get(`/api/meetings/${ctx.standingMeeting}`)).body;
  const values: Record<string, string[]> = {
    councilId: idsOf(ctx, 'demo', 'council'),
    meetingId: idsOf(ctx, 'meeting', 'standingMeeting'),
    caseId: [
      ...idsOf(ctx, 'caseId', 'exemptCase'),
      ...standing.agenda.map((a: { id: string }) => a.id),
    ],
    minutesId: idsOf(ctx, 'minutes'),
  };
  let richFields = 0;
  for (const [template, ops] of Object.entries(doc.paths)) {
    if (!ops.get || NOT_JSON.test(template)) continue;
    const route = template.replace(/\{(\w+)\}/g, ':$1');
    if ([...route.matchAll(/:(\w+)/g)].some((m) => !values[m[1] as string])) continue;
    for (const url of expandRoute(route, values)) {
      for (const api of [clients.secretariat, clients.member]) {
        const res = await get(url, api);
        expect(res.statusCode, url).toBeLessThan(500);
        expect(res.headers['content-type'], url).toMatch(/^application\/json/);
        expect(res.headers['x-content-type-options'], url).toBe('nosniff');
        if (res.statusCode !== 200) continue;
        for (const [where, html] of richTextIn(res.json())) {
          richFields += 1;
          expect(richTextProblems(html), `${url} ${where}: ${html}`).toEqual([]);
        }
      }
    }
  }
  expect(richFields).toBeGreaterThan(20);
}

/**
 * Public pages, feed, sitemap and search, all inert. A round reads its own meeting's pages and
 * those every page links to; `crawl` then follows every link, as a search engine would.
 */
async function expectPublicInert(start: string[], crawl: boolean) {
  const pages = new Map<string, string>();
  const queue = [...start];
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (pages.has(url) || url.startsWith('/public/attachments/')) continue;
    const res = await get(url);
    expect(res.statusCode, url).toBe(200);
    const xml = /\.(xml|atom)$/.test(url);
    expect(activeMarkup(res.body, xml), url).toEqual([]);
    pages.set(url, res.body);
    if (crawl) queue.push(...linksIn(res.body));
  }
  return pages;
}

const roundPages = (ctx: Ctx, payload: string) => [
  '/public',
  `/public/councils/${ctx.demo}`,
  `/public/councils/${ctx.demo}/feed.atom`,
  '/sitemap.xml',
  `/public/meetings/${ctx.meeting}`,
  `/public/meetings/${ctx.meeting}/minutes`,
  `/public/cases/${ctx.caseId}`,
  `/public/cases/${ctx.exemptCase}`,
  '/public/search?q=alert',
  `/public/search?q=${encodeURIComponent(payload)}`,
];

/** Notice, meeting book, case papers and minutes: the payload printed as text, no link to run. */
async function expectDocumentsInert(ctx: Ctx) {
  const texts = new Map<string, string>();
  const urls = [
    `/api/meetings/${ctx.meeting}/notice.pdf`,
    `/api/meetings/${ctx.meeting}/meeting-book.pdf`,
    `/api/minutes/${ctx.minutes}/minutes.pdf`,
    `/api/minutes/${ctx.minutes}/minutes.docx`,
    ...[ctx.caseId, ctx.exemptCase].flatMap((id) => [
      `/api/cases/${id}/case-paper.pdf`,
      `/api/cases/${id}/case-paper.docx`,
    ]),
  ];
  for (const url of urls) {
    const res = await get(url, clients.secretariat);
    expect(res.statusCode, url).toBe(200);
    expectSafeDisposition(res.headers['content-disposition']);
    const bytes = new Uint8Array(res.rawPayload);
    if (url.endsWith('.pdf')) {
      texts.set(url, squeeze((await pageTexts(bytes)).join('')));
      continue;
    }
    const xml = readZipEntry(bytes, 'word/document.xml');
    expect(activeMarkup(xml, true), url).toEqual([]);
    expect(readZipEntry(bytes, 'word/_rels/document.xml.rels')).not.toMatch(/javascript:/i);
    texts.set(url, visibleText(xml, true));
  }
  return (url: string) => texts.get(url) ?? '';
}

/** Downloads under a header nobody can break out of, and no exempt file for the public. */
async function expectDownloadsSafe(ctx: Ctx) {
  for (const id of [ctx.attachment, ctx.exemptAttachment, ctx.namedAttachment]) {
    if (!id) continue;
    const res = await get(`/api/attachments/${id}`, clients.member);
    expect(res.statusCode).toBe(200);
    expectSafeDisposition(res.headers['content-disposition']);
  }
  const open = await get(`/public/attachments/${ctx.attachment}`);
  expect(open.statusCode).toBe(200);
  expectSafeDisposition(open.headers['content-disposition']);
  expect((await get(`/public/attachments/${ctx.exemptAttachment}`)).statusCode).toBe(404);
  const paper = (await clients.member.get(`/api/cases/${ctx.caseId}`)).body;
  for (const a of paper.attachments as { fileName: string }[]) {
    expect(a.fileName).not.toMatch(/[<>"\\/\p{Cc}]/u);
  }
}

describe('script payloads in every text field', () => {
  it.each(SCRIPT_PAYLOADS.map((p, i) => [i, p] as const))(
    'round %i comes back inert everywhere: %s',
    async (round, payload) => {
      const ctx: Ctx = {
        demo,
        memberId,
        round: String(round),
        date: `2025-${String(round + 1).padStart(2, '0')}-15`,
      };
      const written = await writeEverywhere(server, doc, clients, ctx, payload, pdf, round === 0);
      const value = (key: string) => squeeze(written.get(key) ?? `(${key} not written)`);
      expect(written.size).toBeGreaterThan(60);

      // Plain text is stored as typed: the API is JSON, and the pages escape it.
      const paper = (await clients.secretariat.get(`/api/cases/${ctx.caseId}`)).body;
      expect(paper.title).toBe(written.get('PUT /api/cases/{caseId} title'));
      await expectJsonInert(ctx);

      const pages = await expectPublicInert(roundPages(ctx, payload), false);
      const page = (url: string) => visibleText(pages.get(url) ?? '');
      expect(page('/public')).toContain(value('PUT /api/councils/{councilId}#demo name'));
      const casePage = page(`/public/cases/${ctx.caseId}`);
      expect(casePage).toContain(value('PUT /api/cases/{caseId} title'));
      expect(casePage).toContain(value('PUT /api/attachments/{attachmentId} title'));
      expect(casePage).toContain(
        value('PUT /api/attachments/{attachmentId}#exempt exemptionBasis'),
      );
      // A file named by the payload is listed under its cleaned name, as text.
      const named = paper.attachments.find((a: { id: string }) => a.id === ctx.namedAttachment);
      if (named) expect(casePage).toContain(squeeze(named.fileName));
      expect(page(`/public/cases/${ctx.exemptCase}`)).toContain(
        value('POST /api/meetings/{meetingId}/cases#exempt exemptionBasis'),
      );
      expect(page(`/public/meetings/${ctx.meeting}/minutes`)).toContain(
        value('PUT /api/minutes/{minutesId}/attendance attendance.0.name'),
      );

      const text = await expectDocumentsInert(ctx);
      const title = value('PUT /api/cases/{caseId} title');
      expect(text(`/api/cases/${ctx.caseId}/case-paper.pdf`)).toContain(title);
      expect(text(`/api/cases/${ctx.caseId}/case-paper.docx`)).toContain(title);
      expect(text(`/api/meetings/${ctx.meeting}/meeting-book.pdf`)).toContain(title);
      expect(text(`/api/minutes/${ctx.minutes}/minutes.docx`)).toContain(
        value('PUT /api/minutes/{minutesId}/attendance attendance.0.name'),
      );
      await expectDownloadsSafe(ctx);
    },
  );

  it('leaves every page a crawler reaches inert, after all rounds', async () => {
    const pages = await expectPublicInert(['/public', '/sitemap.xml', '/robots.txt'], true);
    const feeds = [...pages.keys()].filter((u) => u.endsWith('.atom'));
    expect(feeds.length).toBeGreaterThan(0);
    expect(pages.size).toBeGreaterThan(60);
  });
});
