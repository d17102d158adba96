import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TImport } from './schema.ts';

let server: TestServer;
let secretariat: ApiClient;
let member: ApiClient;
let councilId: string;

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name));

/** Files as a browser sends them from a multiple file input. */
function upload(api: ApiClient, files: { name: string; bytes: Uint8Array }[]) {
  const boundary = '----radsromimport';
  const parts = files.flatMap((f) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(f.bytes),
    Buffer.from('\r\n'),
  ]);
  return server.app
    .inject({
      method: 'POST',
      url: `/api/councils/${councilId}/imports`,
      payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...api.headers },
    })
    .then((res) => ({ status: res.statusCode, body: res.json() }));
}

const decisionsIn = async (year: number) =>
  (await secretariat.get(`/api/councils/${councilId}/decisions?year=${year}`)).body;

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await signIn(server, server.login.email, server.login.password);
  member = await signIn(server, 'medlem@radsrom.no', server.login.password);
  councilId = (await secretariat.get('/api/councils')).body[0].id;
});
afterAll(async () => {
  await server.close();
});

describe('importing archive papers', () => {
  let minutesImport: TImport;

  it('shows what a file holds and writes nothing before confirmation', async () => {
    const res = await upload(secretariat, [
      { name: 'referat-1-2019.txt', bytes: fixture('minutes-1-2019.txt') },
    ]);
    expect(res.status).toBe(201);
    expect(res.body.errors).toEqual([]);
    minutesImport = res.body.imports[0];
    const [meeting] = minutesImport.result.meetings;
    expect(meeting).toMatchObject({
      number: '1/2019',
      kind: 'minutes',
      date: '2019-02-13',
      start: '10:00',
      end: '14:00',
    });
    expect(meeting?.cases.map((c) => [c.number, c.decision])).toEqual([
      ['1/1/2019', 'Innkalling og saksliste godkjennes.'],
      ['2/1/2019', 'Rådet ber sekretariatet arbeide videre med innspillet.'],
    ]);
    expect(meeting?.attendance.absent).toEqual([
      { name: 'Anne Borte', organisation: 'KS', note: null },
    ]);
    expect(minutesImport.problems).toEqual([]);
    expect(await decisionsIn(2019)).toEqual([]);
  });

  it('recognises the same file by its content and does not stage it twice', async () => {
    const again = await upload(secretariat, [
      { name: 'kopi.txt', bytes: fixture('minutes-1-2019.txt') },
    ]);
    expect(again.body.imports[0].id).toBe(minutesImport.id);
    const all = (await secretariat.get(`/api/councils/${councilId}/imports`)).body;
    expect(all.length).toBe(1);
  });

  it('writes meetings, cases, attendance and decisions when confirmed', async () => {
    const res = await secretariat.post(`/api/imports/${minutesImport.id}/commit`, {
      version: minutesImport.version,
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('committed');
    const decisions = await decisionsIn(2019);
    expect(decisions.map((d: { caseNumber: string }) => d.caseNumber)).toEqual([
      '1/1/2019',
      '2/1/2019',
    ]);
    const meeting = decisions[0].meetingId;
    const minutes = (await secretariat.get(`/api/meetings/${meeting}/minutes`)).body;
    expect(minutes.status).toBe('approved');
    const absent = minutes.attendance.find((a: { name: string }) => a.name === 'Anne Borte');
    expect(absent).toMatchObject({ kind: 'member', presence: 'absent', affiliation: 'KS' });

    const twice = await upload(secretariat, [
      { name: 'referat-1-2019.txt', bytes: fixture('minutes-1-2019.txt') },
    ]);
    expect(twice.body.errors[0].message).toMatch(/er allerede importert/);
  });

  it('asks for what is missing, takes corrections, and links the cases up', async () => {
    const res = await upload(secretariat, [
      { name: 'saksframlegg-2-2019.txt', bytes: fixture('case-papers-2-2019.txt') },
    ]);
    let staged: TImport = res.body.imports[0];
    const [meeting] = staged.result.meetings;
    expect(meeting?.cases.map((c) => [c.number, c.title, c.types])).toEqual([
      ['3/2/2019', 'Godkjenning av referat fra møte 1/2019', ['decision']],
      ['4/2/2019', 'Innspill til nasjonal strategi for helsedata', ['discussion', 'decision']],
    ]);
    // Case papers carry no date or time: the secretariat supplies them.
    expect(staged.problems).toEqual([
      'Møte 2/2019: skriv inn møtedatoen (ÅÅÅÅ-MM-DD).',
      'Møte 2/2019: skriv inn starttiden (TT:MM).',
    ]);
    const refused = await secretariat.post(`/api/imports/${staged.id}/commit`, {
      version: staged.version,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.problems.length).toBe(2);

    const corrected = structuredClone(staged.result);
    Object.assign(corrected.meetings[0] ?? {}, { date: '2019-04-10', start: '10:00' });
    staged = (
      await secretariat.put(`/api/imports/${staged.id}`, {
        result: corrected,
        version: staged.version,
      })
    ).body;
    expect(staged.problems).toEqual([]);
    expect(
      (await secretariat.post(`/api/imports/${staged.id}/commit`, { version: staged.version }))
        .status,
    ).toBe(200);

    const meetings = (await secretariat.get(`/api/councils/${councilId}/meetings`)).body;
    const second = meetings.find((m: { number: string }) => m.number === '2/2019');
    const detail = (await secretariat.get(`/api/meetings/${second.id}`)).body;
    const strategy = (
      await secretariat.get(
        `/api/cases/${detail.agenda.find((c: { number: string }) => c.number === '4/2/2019').id}`,
      )
    ).body;
    expect(strategy.previouslyHandled.map((r: { number: string }) => r.number)).toEqual([
      '2/1/2019',
    ]);
    expect(strategy.importedCaseOfficers).toEqual(['Ola Skriver']);
    // The approval case in 2/2019 now approves the imported minutes of 1/2019.
    const first = meetings.find((m: { number: string }) => m.number === '1/2019');
    const minutes = (await secretariat.get(`/api/meetings/${first.id}/minutes`)).body;
    expect(minutes.approvalNote).toBe('Godkjent i sak 3/2/2019');
  });

  it('explains files it cannot read and keeps the others', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const res = await upload(secretariat, [
      { name: 'tom.txt', bytes: new Uint8Array() },
      { name: 'bilde.png', bytes: png },
      {
        name: 'kryptert.pdf',
        bytes: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\ntrailer <</Encrypt 5 0 R>>\n%%EOF'),
      },
    ]);
    expect(res.status).toBe(201);
    expect(res.body.errors.map((e: { message: string }) => e.message)).toEqual([
      '«tom.txt» er tom.',
      '«bilde.png» er verken PDF, Word (DOCX) eller ren tekst (UTF-8).',
      '«kryptert.pdf» er en kryptert PDF. Lagre den uten passord og prøv igjen.',
    ]);
  });

  it('is for the secretariat only', async () => {
    const res = await upload(member, [{ name: 'x.txt', bytes: fixture('minutes-1-2019.txt') }]);
    expect(res.status).toBe(403);
  });
});
