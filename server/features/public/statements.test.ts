import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councils } from '../../db/schema.ts';
import { DEMO_COUNCIL } from '../../seed/demo-data.ts';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import { statementPath, statementsPath } from './load-public-statements.ts';

/**
 * "Rådet mener" on the public pages: a sent statement is listed and readable by anyone; an
 * unsent one does not exist there; an exempt one is its title and legal basis; an exempt
 * passage in a public one is its basis. Statements are written through the API, as the
 * secretariat writes them.
 */

let server: TestServer;
let secretariat: ApiClient;
let councilId: string;
const list = statementsPath(DEMO_COUNCIL.shortName);

/** What an anonymous visitor gets: no cookie, nothing but the address. */
const visit = (url: string) => server.app.inject({ method: 'GET', url });

type Created = { id: string; version: number };

async function createStatement(fields: Record<string, unknown>): Promise<Created> {
  const res = await secretariat.post(`/api/councils/${councilId}/statements`, fields);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Created;
}

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await signIn(server, server.login.email, server.login.password);
  const [council] = await server.db
    .select({ id: councils.id })
    .from(councils)
    .where(eq(councils.shortName, DEMO_COUNCIL.shortName));
  councilId = council?.id ?? '';
});
afterAll(() => server.close());

describe('Rådet mener', () => {
  it('lists a sent statement and shows it to anyone, with the document it answers', async () => {
    const doc = await secretariat.post(`/api/councils/${councilId}/policy-documents`, {
      title: 'Nasjonal strategi for helsedata',
      reference: 'Strategi 2026',
      kind: 'strategy',
      ministry: 'Helse- og omsorgsdepartementet',
      deadline: '22.12.2026',
    });
    expect(doc.status, JSON.stringify(doc.body)).toBe(201);
    const older = await createStatement({
      kind: 'input',
      title: 'Innspill om forskningsmidler til kommunene',
      summary: 'Rådet vil ha mer forskning i kommunene.',
      body: '<p>Kommunene trenger egne forskningsmidler.</p>',
      sentOn: '2026-01-10',
    });
    const sent = await createStatement({
      policyDocumentId: doc.body.id,
      kind: 'consultation_response',
      title: 'Høringssvar om deling av helsedata',
      summary: 'Rådet støtter en felles løsning for helsedata.',
      body: '<p>Rådet mener at <strong>Gullregnsdata</strong> bør deles trygt.</p>',
      sentOn: '2026-02-20',
    });

    const page = await visit(list);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).not.toContain('<script');
    expect(page.body).toContain('Høringssvar om deling av helsedata');
    expect(page.body).toContain('Rådet støtter en felles løsning for helsedata.');
    expect(page.body).toContain('Strategi 2026 Nasjonal strategi for helsedata');
    expect(page.body).toContain(`href="${statementPath(DEMO_COUNCIL.shortName, sent.id)}"`);
    // Newest first.
    expect(page.body.indexOf('Høringssvar om deling av helsedata')).toBeLessThan(
      page.body.indexOf('Innspill om forskningsmidler til kommunene'),
    );
    expect(page.body).toContain(statementPath(DEMO_COUNCIL.shortName, older.id));

    const one = await visit(statementPath(DEMO_COUNCIL.shortName, sent.id));
    expect(one.statusCode).toBe(200);
    expect(one.body).toContain('<strong>Gullregnsdata</strong>');
    expect(one.body).toContain('Høringssvar');
    expect(one.body).not.toContain('<script');

    // Reached from the council's public page and the sitemap.
    const councilPage = await visit(`/public/councils/${councilId}`);
    expect(councilPage.body).toContain(`href="${list}"`);
    const sitemap = await visit('/sitemap.xml');
    expect(sitemap.body).toContain(`${list}</loc>`);
    expect(sitemap.body).toContain(`${statementPath(DEMO_COUNCIL.shortName, sent.id)}</loc>`);
    // And followed in the council's feed.
    const feed = await visit(`/public/councils/${councilId}/feed.atom`);
    expect(feed.body).toContain(`${statementPath(DEMO_COUNCIL.shortName, sent.id)}`);
  });

  it('does not show an unsent statement: not listed, its address not found', async () => {
    const draft = await createStatement({
      kind: 'letter',
      title: 'Utkast til brev om Blåbærmodellen',
      body: '<p>Blåbærmodellen er ikke ferdig.</p>',
    });
    expect((await visit(list)).body).not.toContain('Blåbærmodellen');
    const page = await visit(statementPath(DEMO_COUNCIL.shortName, draft.id));
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Fant ikke siden');
    expect(page.body).not.toContain('Blåbærmodellen');
    expect((await visit('/sitemap.xml')).body).not.toContain(draft.id);
    // A send date still to come is a plan, not a sent statement.
    const planned = await createStatement({
      kind: 'letter',
      title: 'Brev om Tyttebærplanen',
      body: '<p>Sendes senere.</p>',
      sentOn: '2099-01-01',
    });
    expect((await visit(list)).body).not.toContain('Tyttebærplanen');
    expect((await visit(statementPath(DEMO_COUNCIL.shortName, planned.id))).statusCode).toBe(404);
  });

  it('shows an exempt statement as its title and legal basis only', async () => {
    const answered = await secretariat.post(`/api/councils/${councilId}/policy-documents`, {
      title: 'Høring om Tranebærplanen',
      kind: 'consultation',
    });
    const exempt = await createStatement({
      policyDocumentId: answered.body.id,
      kind: 'letter',
      title: 'Brev til departementet om budsjett',
      summary: 'Sammendraget nevner Tranebærplanen.',
      body: '<p>Teksten handler om Tranebærplanen.</p>',
      sentOn: '2026-03-01',
      exemptionBasis: 'offl. § 15',
    });
    const listed = await visit(list);
    expect(listed.body).toContain('Brev til departementet om budsjett');
    expect(listed.body).toContain('Teksten er unntatt offentlighet (offl. § 15)');
    expect(listed.body).not.toContain('Tranebærplanen');
    const page = await visit(statementPath(DEMO_COUNCIL.shortName, exempt.id));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Brev til departementet om budsjett');
    expect(page.body).toContain('Teksten er unntatt offentlighet (offl. § 15)');
    expect(page.body).not.toContain('Tranebærplanen');
    const feed = await visit(`/public/councils/${councilId}/feed.atom`);
    expect(feed.body).toContain('Unntatt offentlighet (offl. § 15)');
    expect(feed.body).not.toContain('Tranebærplanen');
  });

  it('replaces an exempt passage in a public statement by its legal basis', async () => {
    const withPassage = await createStatement({
      kind: 'consultation_response',
      title: 'Høringssvar med et unntatt avsnitt',
      body: '<p>Rådet støtter forslaget. <span data-exempt="offl. § 13">Pasienten Kari Nordmann</span> ble omtalt.</p>',
      sentOn: '2026-03-05',
    });
    const page = await visit(statementPath(DEMO_COUNCIL.shortName, withPassage.id));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Rådet støtter forslaget.');
    expect(page.body).toContain('[Unntatt offentlighet, offl. § 13]');
    expect(page.body).not.toContain('Kari Nordmann');
  });

  it('finds nothing under another name or address', async () => {
    const [statement] = (await secretariat.get(`/api/councils/${councilId}/statements`)).body as {
      id: string;
      sentOn: string | null;
    }[];
    expect(statement).toBeDefined();
    for (const url of [
      statementsPath('Ukjent-råd'),
      statementPath('Ukjent-råd', statement?.id ?? ''),
      `${list}/ikke-en-id`,
      `${list}/00000000-0000-4000-8000-000000000000`,
    ]) {
      const res = await visit(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).toContain('Fant ikke siden');
    }
  });
});
