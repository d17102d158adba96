import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { InjectOptions } from 'fastify';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../auth/sessions.ts';
import { type ApiClient, signIn } from '../testing/api-client.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import {
  expectSafeDisposition,
  multipart,
  type OpenApi,
  openApi,
  SCRIPT_PAYLOADS,
  SQL_PAYLOADS,
  squeeze,
  unlimitedStrings,
  visibleText,
} from './attack-kit.ts';

/** Attacks on the edges of a request: SQL text, upload names, sizes, cross-site writes. */

const MAX_UPLOAD = 200_000;
let server: TestServer;
let secretariat: ApiClient;
let doc: OpenApi;
let councilId: string;
let caseId: string;
let meetingId: string;
let pdf: Uint8Array;

const enc = encodeURIComponent;
const importFixture = readFileSync(
  path.join(import.meta.dirname, '../features/imports/fixtures/minutes-1-2019.txt'),
);
const storedFiles = () =>
  readdirSync(server.config.dataDir, { recursive: true, withFileTypes: true }).filter((f) =>
    f.isFile(),
  ).length;

type Res = { statusCode: number; headers: Record<string, unknown>; json: () => unknown };

/** A refusal a person can read: the status, JSON, and a message in Norwegian. */
function expectRefusal(res: Res, status: number, what: string) {
  expect(res.statusCode, what).toBe(status);
  expect(String(res.headers['content-type']), what).toContain('application/json');
  const { error } = res.json() as { error: { code: string; message: string } };
  expect(error.message, what).toMatch(/[a-zæøå]{3}/i);
  // English from a library (Zod, Fastify, busboy) would mean a message slipped past us.
  expect(error.message, what).not.toMatch(/\b(invalid|must|expected|required|error|too|file)\b/i);
  return error;
}

const inject = (opts: InjectOptions) => server.app.inject(opts);
const upload = (fileName: string, bytes: Uint8Array = pdf, headers = secretariat.headers) =>
  inject({
    method: 'POST',
    url: `/api/cases/${caseId}/attachments`,
    ...multipart(
      [
        { name: 'title', value: 'Notat' },
        { name: 'file', fileName, bytes },
      ],
      headers,
    ),
  });
const stageImport = (fileName: string, bytes: Uint8Array = importFixture) =>
  inject({
    method: 'POST',
    url: `/api/councils/${councilId}/imports`,
    ...multipart([{ name: 'files', fileName, bytes }], secretariat.headers),
  });
const attachmentCount = async () =>
  (await secretariat.get(`/api/cases/${caseId}`)).body.attachments.length as number;
const importCount = async () =>
  (await secretariat.get(`/api/councils/${councilId}/imports`)).body.length as number;

beforeAll(async () => {
  server = await startTestServer({ maxUploadBytes: MAX_UPLOAD });
  secretariat = await signIn(server, server.login.email, server.login.password);
  doc = await openApi(secretariat);
  councilId = (await secretariat.get('/api/councils')).body[0].id;
  const meeting = (
    await secretariat.post(`/api/councils/${councilId}/meetings`, {
      date: '2027-09-01',
      startTime: '10:00',
      withStandingCases: false,
    })
  ).body;
  meetingId = meeting.id;
  caseId = (await secretariat.post(`/api/meetings/${meetingId}/cases`, { title: 'Angrepssak' }))
    .body.id;
  const d = await PDFDocument.create();
  d.addPage();
  pdf = await d.save();
});
afterAll(() => server.close());

describe('SQL metacharacters', () => {
  it('come back byte for byte in names and titles, and match only themselves', async () => {
    for (const text of new Set([...SQL_PAYLOADS, ...SCRIPT_PAYLOADS])) {
      const title = `Sak ${text}`;
      const created = await secretariat.post(`/api/meetings/${meetingId}/cases`, {
        title,
        stakeholders: [text],
      });
      expect(created.status, text).toBe(201);
      const read = (await secretariat.get(`/api/cases/${created.body.id}`)).body;
      expect(read.title).toBe(title);
      expect(read.stakeholders).toEqual([text]);
      const org = await secretariat.post(`/api/councils/${councilId}/organisations`, {
        name: `Org ${text}`,
      });
      expect(org.status, text).toBe(201);
      const orgs = (await secretariat.get(`/api/councils/${councilId}/organisations`)).body;
      expect(orgs.map((o: { name: string }) => o.name)).toContain(`Org ${text}`);
      // A LIKE wildcard or quote in the query is a character to look for, nothing more.
      const found = await secretariat.get(`/api/councils/${councilId}/cases/search?q=${enc(text)}`);
      expect(found.status).toBe(200);
      expect(found.body.map((c: { id: string }) => c.id)).toContain(created.body.id);
      for (const c of found.body as { title: string }[]) {
        expect(c.title.toLowerCase(), text).toContain(text.toLowerCase());
      }
    }
  });

  it('in every search box and filter get 200 or a Norwegian 400, never 500', async () => {
    const all = (await secretariat.get(`/api/councils/${councilId}/decisions`)).body.length;
    expect(all).toBeGreaterThan(0);
    for (const text of new Set([...SQL_PAYLOADS, ...SCRIPT_PAYLOADS])) {
      const q = enc(text);
      for (const url of [
        `/api/search?q=${q}`,
        `/api/search?q=${q}&person=${q}&sort=newest`,
        `/api/search/timeline?q=${q}`,
        `/api/councils/${councilId}/decisions?q=${q}`,
        `/api/councils/${councilId}/cases/search?q=${q}`,
        `/api/councils/${councilId}/audit?entityType=${q}&action=${q}`,
        `/api/councils/${councilId}/audit.csv?entityType=${q}`,
        `/api/councils/${councilId}/audit?from=${q}`,
        `/api/councils/${councilId}/decisions?year=${q}`,
      ]) {
        const res = await inject({ method: 'GET', url, headers: secretariat.headers });
        if (res.statusCode === 400) expectRefusal(res, 400, url);
        else expect(res.statusCode, url).toBe(200);
      }
      // Equality filters match nothing, wildcards included: no entry has such a type.
      const audit = await secretariat.get(`/api/councils/${councilId}/audit?entityType=${q}`);
      expect(audit.body.total, text).toBe(0);
      const decisions = await secretariat.get(`/api/councils/${councilId}/decisions?q=${q}`);
      for (const d of decisions.body as { caseTitle: string; decision: string }[]) {
        expect(`${d.caseTitle} ${d.decision}`.toLowerCase(), text).toContain(text.toLowerCase());
      }
      const page = await inject({ method: 'GET', url: `/public/search?q=${q}` });
      expect(page.statusCode, text).toBe(200);
      expect(visibleText(page.body)).toContain(squeeze(text));
    }
  });
});

/** Names a browser never sends: folders, a drive, NUL, a line break to forge a header. */
const CRAFTED_NAMES = [
  '../../etc/passwd',
  '..\\..\\boot.ini',
  '/etc/passwd',
  'C:\\x.pdf',
  'mappe/notat.pdf',
  '..',
  'notat\0.pdf',
  'notat\r\nX-Injected: 1.pdf',
  'notat\n.pdf',
];

describe('path traversal in upload names', () => {
  it('refuses an attachment named with a folder or control character, storing nothing', async () => {
    const files = storedFiles();
    const attachments = await attachmentCount();
    for (const name of CRAFTED_NAMES) {
      const { message } = expectRefusal(await upload(name), 400, JSON.stringify(name));
      // A line break in a part header makes the parser drop the part: then there is no file.
      expect(message).toMatch(/^(Filnavnet kan ikke inneholde|Velg en fil)/);
      if (!/[\r\n]/.test(name)) expect(message).toMatch(/^Filnavnet/);
    }
    // Sent plainly as filename="…", the way a browser on Windows once did.
    const plain = await inject({
      method: 'POST',
      url: `/api/cases/${caseId}/attachments`,
      payload: Buffer.concat([
        Buffer.from(
          '--b\r\nContent-Disposition: form-data; name="file"; filename="..\\..\\x.pdf"\r\n\r\n',
        ),
        Buffer.from(pdf),
        Buffer.from('\r\n--b--\r\n'),
      ]),
      headers: { ...secretariat.headers, 'content-type': 'multipart/form-data; boundary=b' },
    });
    expect(expectRefusal(plain, 400, 'plain').message).toContain('Filnavnet kan ikke inneholde');
    expect(storedFiles()).toBe(files);
    expect(await attachmentCount()).toBe(attachments);
    // An ordinary name, however Norwegian, is kept as it was.
    const fine = await upload('Årsmøte – referat (endelig) 2027.pdf');
    expect(fine.statusCode).toBe(201);
    expect(fine.json().fileName).toBe('Årsmøte – referat (endelig) 2027.pdf');
  });

  it('refuses the same names for an archive import, staging nothing', async () => {
    const before = await importCount();
    for (const name of CRAFTED_NAMES) {
      const { message } = expectRefusal(await stageImport(name), 400, JSON.stringify(name));
      if (!/[\r\n]/.test(name)) expect(message).toMatch(/^Filnavnet/);
    }
    expect(await importCount()).toBe(before);
    expect((await stageImport('referat 1-2019.txt')).statusCode).toBe(201);
  });
});

describe('header injection', () => {
  it('keeps a line break in a name out of the download headers', async () => {
    const council = (await secretariat.get(`/api/councils/${councilId}`)).body;
    const shortName = 'HO21\r\nX-Injected: ja';
    const put = (body: object) => secretariat.put(`/api/councils/${councilId}`, body);
    expect((await put({ ...council, shortName })).status).toBe(200);
    const res = await inject({
      method: 'GET',
      url: `/api/meetings/${meetingId}/meeting-book.pdf`,
      headers: secretariat.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-injected']).toBeUndefined();
    expectSafeDisposition(res.headers['content-disposition']);
    const { version } = (await secretariat.get(`/api/councils/${councilId}`)).body;
    expect((await put({ ...council, version })).status).toBe(200);
  });
});

describe('text PostgreSQL cannot store', () => {
  it('is refused with a Norwegian 400 in JSON and in an upload form alike', async () => {
    const paper = (await secretariat.get(`/api/cases/${caseId}`)).body;
    for (const title of ['Nul\0tegn', 'Halvt \ud800 par']) {
      const res = await inject({
        method: 'PUT',
        url: `/api/cases/${caseId}`,
        headers: { ...secretariat.headers, 'content-type': 'application/json' },
        payload: JSON.stringify({ ...paper, title }),
      });
      expectRefusal(res, 400, JSON.stringify(title));
      // A lone surrogate cannot even be sent as UTF-8 in a form; NUL can.
      if (!title.includes('\0')) continue;
      const files = storedFiles();
      const form = await inject({
        method: 'POST',
        url: `/api/cases/${caseId}/attachments`,
        ...multipart(
          [
            { name: 'title', value: title },
            { name: 'file', fileName: 'notat.pdf', bytes: pdf },
          ],
          secretariat.headers,
        ),
      });
      expectRefusal(form, 400, `form ${JSON.stringify(title)}`);
      expect(storedFiles()).toBe(files);
    }
    expect((await secretariat.get(`/api/cases/${caseId}`)).body.version).toBe(paper.version);
  });
});

describe('oversized requests', () => {
  it('refuse a JSON body over 5 MB with 413, changing nothing', async () => {
    const before = (await secretariat.get(`/api/cases/${caseId}`)).body;
    const res = await inject({
      method: 'PUT',
      url: `/api/cases/${caseId}`,
      headers: { ...secretariat.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ ...before, background: 'x'.repeat(5 * 1024 * 1024 + 1) }),
    });
    expect(expectRefusal(res, 413, 'json').message).toBe(
      'Det du sendte er for stort. Gjør teksten kortere eller del den opp, og prøv igjen.',
    );
    const after = (await secretariat.get(`/api/cases/${caseId}`)).body;
    expect(after.version).toBe(before.version);
    expect(after.background).toBe(before.background);
  });

  it('refuse an upload or import over the limit with 413, storing nothing', async () => {
    const files = storedFiles();
    const big = new Uint8Array(MAX_UPLOAD + 1);
    big.set(pdf);
    expectRefusal(await upload('stor.pdf', big), 413, 'attachment');
    expect(storedFiles()).toBe(files);
    const imports = await importCount();
    const text = Buffer.alloc(MAX_UPLOAD + 1, 'Referat fra møte 1/2019\n');
    expectRefusal(await stageImport('stor.txt', text), 413, 'import');
    expect(await importCount()).toBe(imports);
  });

  it('refuse a text over its field limit with 400 naming the field', async () => {
    const paper = (await secretariat.get(`/api/cases/${caseId}`)).body;
    const tooLong = { title: 'x'.repeat(301), background: `<p>${'x'.repeat(200_000)}</p>` };
    for (const [field, value] of Object.entries(tooLong)) {
      const res = await secretariat.put(`/api/cases/${caseId}`, { ...paper, [field]: value });
      expect(res.status, field).toBe(400);
      expect(res.body.error.details.fields[0].field).toBe(field);
    }
    const date = await secretariat.put(`/api/meetings/${paper.meetingId}`, {
      date: '2'.repeat(1_000_000),
      startTime: '10:00',
      version: 1,
    });
    expect(date.status).toBe(400);
    expect((await secretariat.get(`/api/cases/${caseId}`)).body.version).toBe(paper.version);
  });

  it('leave no free-text field without a length limit, dates and times aside', () => {
    // Dates and times have no maxLength in the document but are checked by their format.
    const unlimited = unlimitedStrings(doc).filter(
      (f) =>
        !/\.(date|startTime|endTime|periodStart|periodEnd|dueDate|deadlineDate|from|to)$/.test(f),
    );
    expect(unlimited).toEqual([]);
  });
});

describe('writes without the CSRF token', () => {
  /** Every write the OpenAPI document names, on made-up ids: the token is checked first. */
  const writes = () =>
    Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => ({
          method: m.toUpperCase() as 'POST',
          url: p.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000'),
        })),
    );

  it('refuses every signed-in write without the token, or with a wrong one', async () => {
    const list = writes();
    expect(list.length).toBeGreaterThan(40);
    const { cookie } = secretariat;
    for (const { method, url } of list) {
      for (const headers of [{ cookie }, { cookie, [CSRF_HEADER]: 'feil-token' }]) {
        const res = await inject({ method, url, headers, payload: {} });
        expect(res.statusCode, `${method} ${url}`).toBe(403);
        expect(res.json().error.code, `${method} ${url}`).toBe('csrf');
      }
    }
  });

  it('changes nothing without the token, and lets the same write through with it', async () => {
    const url = `/api/councils/${councilId}/organisations`;
    const count = async () => (await secretariat.get(url)).body.length;
    const before = await count();
    const payload = { name: 'Forfalsket organisasjon' };
    const forged = await inject({
      method: 'POST',
      url,
      headers: { cookie: secretariat.cookie },
      payload,
    });
    expectRefusal(forged, 403, 'no token');
    const upload = await inject({
      method: 'POST',
      url: `/api/cases/${caseId}/attachments`,
      ...multipart([{ name: 'file', fileName: 'a.pdf', bytes: pdf }], {
        cookie: secretariat.cookie,
      }),
    });
    expect(upload.statusCode).toBe(403);
    expect(await count()).toBe(before);
    const real = await inject({ method: 'POST', url, headers: secretariat.headers, payload });
    expect(real.statusCode).toBe(201);
    expect(await count()).toBe(before + 1);
  });

  it('refuses a write from another site, even with the token', async () => {
    const url = `/api/councils/${councilId}/organisations`;
    for (const extra of [
      { origin: 'https://angriper.example' },
      { referer: 'https://angriper.example/side' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
    ]) {
      const res = await inject({
        method: 'POST',
        url,
        headers: { ...secretariat.headers, ...extra },
        payload: { name: `Fra annet nettsted ${Object.keys(extra)[0]}` },
      });
      expectRefusal(res, 403, JSON.stringify(extra));
    }
  });
});
