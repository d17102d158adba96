import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitorIndicators, newsletterSubscribers, newsletters } from '../db/monitor-schema.ts';
import { councilStatements } from '../db/policy-schema.ts';
import { attachments, cases, councils, meetings } from '../db/schema.ts';
import { DEMO_PASSWORD } from '../seed/demo-data.ts';
import { type ApiClient, signIn } from '../testing/api-client.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { expandRoute, linksIn, multipart, pageRoutes, squeeze, visibleText } from './attack-kit.ts';

/**
 * Exempt passages, an exempt case and an exempt file, in a meeting whose notice is sent and
 * whose minutes are approved, never reach the public: every non-API GET route of the app over
 * every id in the database, every link a crawler finds, the feed, the sitemap and anonymous
 * search. Where the item is listed, its legal basis is.
 */

/** Made-up words, one per hiding place, so a hit says exactly what leaked. */
const SECRET = {
  passage: 'Snorkelfrosk',
  proposal: 'Vepsebolet',
  exemptCase: 'Tyttebaersen',
  exemptCaseMinutes: 'Multekartet',
  exemptCaseFile: 'Krekelingen',
  file: 'Kantarellnotat',
  minutesPassage: 'Blaaveisen',
  statementPassage: 'Moltebaer',
  exemptStatement: 'Tindeklatrer',
  unsentStatement: 'Fjellrypa',
  unpublishedIndicator: 'Tyrihjelm',
  unpublishedDataset: 'Reinlaven',
  draftNewsletter: 'Skogstjerne',
  subscriber: 'lemen.fjellvidda',
} as const;
const SECRETS = Object.values(SECRET);

let server: TestServer;
let secretariat: ApiClient;
let member: ApiClient;
let ids: { meeting: string; open: string; closed: string; file: string; closedFile: string };

const visit = (url: string) => server.app.inject({ method: 'GET', url });
const docx = async (text: string) =>
  new Uint8Array(
    await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] })),
  );

async function upload(caseId: string, title: string, fileName: string, bytes: Uint8Array) {
  const res = await server.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/attachments`,
    ...multipart(
      [
        { name: 'title', value: title },
        { name: 'file', fileName, bytes },
      ],
      secretariat.headers,
    ),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function ok<T extends { status: number; body: unknown }>(call: Promise<T>): Promise<T> {
  const res = await call;
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res;
}

/** The whole way through the API: papers, files, notice, meeting, minutes, approval. */
async function writeExemptMeeting(councilId: string) {
  const meeting = (
    await ok(
      secretariat.post(`/api/councils/${councilId}/meetings`, {
        date: '2025-10-01',
        startTime: '10:00',
        withStandingCases: false,
      }),
    )
  ).body.id as string;
  const open = (
    await ok(
      secretariat.post(`/api/meetings/${meeting}/cases`, {
        title: 'Samhandling om pasientforløp',
        background: `<p>Rådet drøfter forløpet. <span data-exempt="offl. § 13">Pasienten ${SECRET.passage} ble nevnt.</span> Saken er ellers offentlig.</p>`,
        proposedDecision: `<p>Rådet tar saken til orientering. <span data-exempt="offl. § 14">Utkast fra ${SECRET.proposal}.</span></p>`,
      }),
    )
  ).body.id as string;
  const closed = (
    await ok(
      secretariat.post(`/api/meetings/${meeting}/cases`, {
        title: 'Personalsak',
        exemptionBasis: 'offl. § 25',
        background: `<p>Lønnsvilkår for ${SECRET.exemptCase}.</p>`,
        reason: `<p>${SECRET.exemptCase} har bedt om det.</p>`,
      }),
    )
  ).body.id as string;
  const file = await upload(open, 'Internt notat', 'notat.docx', await docx(SECRET.file));
  await ok(
    secretariat.put(`/api/attachments/${file}`, {
      title: 'Internt notat',
      exemptionBasis: 'offl. § 15',
    }),
  );
  await upload(open, 'Offentlig vedlegg', 'offentlig.docx', await docx('Et offentlig notat.'));
  const closedFile = await upload(
    closed,
    'Vedlegg til personalsak',
    'vedlegg.docx',
    await docx(SECRET.exemptCaseFile),
  );

  for (const status of ['notice_sent', 'held']) {
    const { version } = (await secretariat.get(`/api/meetings/${meeting}`)).body;
    await ok(secretariat.post(`/api/meetings/${meeting}/status`, { status, version }));
  }
  const minutes = (await ok(secretariat.get(`/api/meetings/${meeting}/minutes`))).body;
  const versionOf = (caseId: string) =>
    minutes.cases.find((c: { caseId: string }) => c.caseId === caseId).version;
  await ok(
    secretariat.put(`/api/minutes/${minutes.id}/cases/${open}`, {
      discussion: `<p>Rådet drøftet forløpet. <span data-exempt="offl. § 13">${SECRET.minutesPassage} ble omtalt.</span></p>`,
      decision: '<p>Tatt til orientering.</p>',
      version: versionOf(open),
    }),
  );
  await ok(
    secretariat.put(`/api/minutes/${minutes.id}/cases/${closed}`, {
      discussion: `<p>${SECRET.exemptCaseMinutes} ble drøftet.</p>`,
      decision: `<p>Vedtatt for ${SECRET.exemptCaseMinutes}.</p>`,
      version: versionOf(closed),
    }),
  );
  let { version } = (await secretariat.get(`/api/meetings/${meeting}/minutes`)).body;
  await ok(secretariat.post(`/api/minutes/${minutes.id}/circulate`, { version }));
  ({ version } = (await secretariat.get(`/api/meetings/${meeting}/minutes`)).body);
  await ok(
    secretariat.post(`/api/minutes/${minutes.id}/approve`, {
      reason: 'Godkjent på e-post av alle medlemmene.',
      version,
    }),
  );
  return { meeting, open, closed, file, closedFile };
}

/** Statements: a public one with an exempt passage, an exempt one, and one not yet sent. */
async function writeStatements(councilId: string) {
  const url = `/api/councils/${councilId}/statements`;
  const sentOn = '2026-11-30';
  await ok(
    secretariat.post(url, {
      kind: 'letter',
      title: 'Brev om helsedata',
      sentOn,
      body: `<p>Rådet mener mye. <span data-exempt="offl. § 14">${SECRET.statementPassage} er omtalt.</span></p>`,
    }),
  );
  await ok(
    secretariat.post(url, {
      kind: 'input',
      title: 'Innspill til departementet',
      summary: `Om ${SECRET.exemptStatement}.`,
      body: `<p>${SECRET.exemptStatement} har bedt om innspill.</p>`,
      sentOn,
      exemptionBasis: 'offl. § 15',
    }),
  );
  await ok(
    secretariat.post(url, {
      kind: 'op_ed',
      title: `Kronikk om ${SECRET.unsentStatement}`,
      body: `<p>${SECRET.unsentStatement}</p>`,
    }),
  );
}

/** An indicator not yet published (on a dataset of its own), a draft newsletter, a subscriber. */
async function writeMonitorSecrets(councilId: string) {
  const file = JSON.stringify({
    version: '2.0',
    class: 'dataset',
    label: SECRET.unpublishedDataset,
    id: ['Tid'],
    size: [2],
    dimension: { Tid: { label: 'år', category: { index: ['2024', '2025'] } } },
    value: [1, 2],
  });
  const staged = await secretariat.upload(
    `/api/councils/${councilId}/monitor/imports`,
    'hemmelig.json',
    new TextEncoder().encode(file),
  );
  const dataset = await ok(
    secretariat.post(`/api/monitor/imports/${staged.body.id}/confirm`, {
      title: `${SECRET.unpublishedDataset} datasett`,
    }),
  );
  await ok(
    secretariat.post(`/api/councils/${councilId}/monitor/indicators`, {
      datasetId: dataset.body.id,
      slug: 'upublisert-indikator',
      title: `Indikator ${SECRET.unpublishedIndicator}`,
      description: SECRET.unpublishedIndicator,
      theme: 'results',
      spec: {
        xDimension: 'Tid',
        seriesDimension: null,
        filterDimensions: [],
        fixed: {},
        defaultSelection: {},
        chartType: 'bar',
        unit: '',
        decimals: 0,
      },
      published: false,
    }),
  );
  await ok(
    secretariat.post(`/api/councils/${councilId}/monitor/newsletters`, {
      title: `Utkast ${SECRET.draftNewsletter}`,
      intro: `<p>${SECRET.draftNewsletter}</p>`,
      blocks: [],
    }),
  );
  await server.db.insert(newsletterSubscribers).values({
    councilId,
    email: `${SECRET.subscriber}@example.no`,
    status: 'confirmed',
    confirmTokenHash: 'x'.repeat(64),
    unsubscribeToken: 'y'.repeat(43),
  });
}

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await signIn(server, server.login.email, server.login.password);
  member = await signIn(server, 'medlem@radsrom.no', DEMO_PASSWORD);
  const councilId = (await secretariat.get('/api/councils')).body[0].id;
  ids = await writeExemptMeeting(councilId);
  await writeStatements(councilId);
  await writeMonitorSecrets(councilId);
});
afterAll(() => server.close());

/** The secrets a body holds, as stored and as a reader decodes it. */
function leaks(body: string): string[] {
  const decoded = /^\s*</.test(body) ? visibleText(body) : '';
  return SECRETS.filter(
    (s) => body.toLowerCase().includes(s.toLowerCase()) || decoded.includes(squeeze(s)),
  );
}

describe('an exempt passage, case or file', () => {
  it('is there for the council, so the checks below are not empty', async () => {
    const paper = (await member.get(`/api/cases/${ids.open}`)).body;
    expect(paper.background).toContain(SECRET.passage);
    const found = await secretariat.get(`/api/search?q=${SECRET.file}`);
    expect(found.body.total).toBeGreaterThan(0);
    const councilId = (await secretariat.get('/api/councils')).body[0].id;
    const statements = JSON.stringify(
      (await member.get(`/api/councils/${councilId}/statements`)).body,
    );
    for (const word of [SECRET.statementPassage, SECRET.exemptStatement, SECRET.unsentStatement])
      expect(statements).toContain(word);
    const monitor = JSON.stringify([
      (await member.get(`/api/councils/${councilId}/monitor/indicators`)).body,
      (await member.get(`/api/councils/${councilId}/monitor/newsletters`)).body,
    ]);
    for (const word of [SECRET.unpublishedIndicator, SECRET.draftNewsletter])
      expect(monitor).toContain(word);
  });

  it('never appears on any public route, over every id in the database', async () => {
    const routes = pageRoutes(server.app);
    // The list comes from the app; these prove it is the list of public pages.
    for (const known of [
      '/public/cases/:caseId',
      '/public/attachments/:attachmentId',
      '/sitemap.xml',
    ]) {
      expect(routes).toContain(known);
    }
    const { db } = server;
    const values = {
      councilId: (await db.select({ id: councils.id }).from(councils)).map((r) => r.id),
      meetingId: (await db.select({ id: meetings.id }).from(meetings)).map((r) => r.id),
      caseId: (await db.select({ id: cases.id }).from(cases)).map((r) => r.id),
      attachmentId: (await db.select({ id: attachments.id }).from(attachments)).map((r) => r.id),
      shortName: (await db.select({ s: councils.shortName }).from(councils)).map((r) =>
        encodeURIComponent(r.s),
      ),
      statementId: (await db.select({ id: councilStatements.id }).from(councilStatements)).map(
        (r) => r.id,
      ),
      slug: (await db.select({ s: monitorIndicators.slug }).from(monitorIndicators)).map(
        (r) => r.s,
      ),
      newsletterId: (await db.select({ id: newsletters.id }).from(newsletters)).map((r) => r.id),
    };
    const seen = new Map<string, string>();
    const queue = routes.flatMap((r) => expandRoute(r, values));
    // Then as a crawler: every link the pages, the feeds and the sitemap hold.
    while (queue.length > 0) {
      const url = queue.shift() as string;
      if (seen.has(url)) continue;
      const res = await visit(url);
      expect(res.statusCode, url).toBeLessThan(500);
      seen.set(url, res.body);
      expect(leaks(res.body), url).toEqual([]);
      if (res.statusCode === 200) queue.push(...linksIn(res.body).filter((l) => !seen.has(l)));
    }
    expect(seen.size).toBeGreaterThan(80);
    expect(seen.get(`/public/cases/${ids.open}`)).toBeDefined();
    for (const id of [ids.file, ids.closedFile]) {
      expect((await visit(`/public/attachments/${id}`)).statusCode).toBe(404);
    }
    expect((await visit(`/api/attachments/${ids.file}`)).statusCode).toBe(401);
  });

  it('shows its legal basis where it is listed', async () => {
    const open = visibleText((await visit(`/public/cases/${ids.open}`)).body);
    expect(open).toContain(squeeze('[Unntatt offentlighet, offl. § 13]'));
    expect(open).toContain(squeeze('[Unntatt offentlighet, offl. § 14]'));
    expect(open).toContain(squeeze('Internt notat: unntatt offentlighet (offl. § 15)'));
    expect(open).toContain(squeeze('Saken er ellers offentlig.'));
    const closed = visibleText((await visit(`/public/cases/${ids.closed}`)).body);
    expect(closed).toContain(
      squeeze('Saksframlegget og vedleggene er unntatt offentlighet (offl. § 25)'),
    );
    const agenda = visibleText((await visit(`/public/meetings/${ids.meeting}`)).body);
    expect(agenda).toContain(squeeze('Personalsak'));
    expect(agenda).toContain(squeeze('offl. § 25'));
    const minutes = visibleText((await visit(`/public/meetings/${ids.meeting}/minutes`)).body);
    expect(minutes).toContain(squeeze('[Unntatt offentlighet, offl. § 13]'));
  });

  it('is not found by anonymous search, in the pages or the API', async () => {
    for (const secret of SECRETS) {
      const page = await visit(`/public/search?q=${secret}`);
      expect(page.statusCode).toBe(200);
      expect(visibleText(page.body)).toContain(squeeze(`Ingen treff på «${secret}»`));
      for (const url of [`/api/search?q=${secret}`, `/api/search/timeline?q=${secret}`]) {
        const res = await visit(url);
        expect(res.statusCode, url).toBe(200);
        // The query itself is echoed back as it was understood; nothing else may name it.
        const { interpreted: _echo, ...rest } = res.json();
        expect(rest.total, url).toBe(0);
        expect(leaks(JSON.stringify(rest)), url).toEqual([]);
      }
    }
  });

  it('is not offered as a near spelling to an anonymous search', async () => {
    for (const secret of SECRETS) {
      // One letter off: the spelling index must not suggest a word only exempt text holds.
      const near = `${secret.slice(0, -2)}x${secret.slice(-1)}`;
      for (const url of [`/public/search?q=${near}`, `/api/search?q=${near}`]) {
        const res = await visit(url);
        expect(res.statusCode, url).toBe(200);
        expect(leaks(res.body), url).toEqual([]);
      }
    }
    // The council is offered it, so the check above can fail.
    const council = await member.get(`/api/search?q=${SECRET.passage.slice(0, -2)}xk`);
    expect(JSON.stringify(council.body)).toContain(SECRET.passage);
  });
});
