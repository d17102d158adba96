import { readdirSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments } from '../../db/schema.ts';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';

let server: TestServer;
let api: ApiClient;
let caseId: string;

/** A multipart body as a browser sends it: the title field first, then the file. */
function multipart(title: string, fileName: string, bytes: Uint8Array) {
  const boundary = '----radsromtest';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\n${title}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.from(bytes), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...api.headers },
  };
}

const upload = (title: string, fileName: string, bytes: Uint8Array) =>
  server.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/attachments`,
    ...multipart(title, fileName, bytes),
  });

const storedFiles = () =>
  readdirSync(server.config.dataDir, { recursive: true, withFileTypes: true }).filter((f) =>
    f.isFile(),
  ).length;

beforeAll(async () => {
  server = await startTestServer({ maxUploadBytes: 200_000 });
  api = await signIn(server, server.login.email, server.login.password);
  const councilId = (await api.get('/api/councils')).body[0].id;
  const meeting = (
    await api.post(`/api/councils/${councilId}/meetings`, {
      date: '2027-05-05',
      startTime: '10:00',
      withStandingCases: false,
    })
  ).body;
  caseId = (await api.post(`/api/meetings/${meeting.id}/cases`, { title: 'Sak med vedlegg' })).body
    .id;
});
afterAll(() => server.close());

describe('attachments', () => {
  it('numbers uploaded files and gives them back byte for byte', async () => {
    const pdf = await (await PDFDocument.create()).save();
    const doc = await PDFDocument.create();
    doc.addPage();
    const first = await upload('Utkast referat fra møte 2/2027', 'referat.pdf', pdf);
    const second = await upload('Årsrapport', 'Årsrapport 2026.pdf', await doc.save());
    expect(first.statusCode).toBe(201);
    expect([first.json().number, second.json().number]).toEqual([1, 2]);
    expect(second.json().fileName).toBe('Årsrapport 2026.pdf');
    const download = await api.get(`/api/attachments/${first.json().id}`);
    expect(download.raw.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(download.raw.rawPayload, Buffer.from(pdf))).toBe(0);
    const paper = (await api.get(`/api/cases/${caseId}`)).body;
    expect(paper.attachments.map((a: { title: string }) => a.title)).toEqual([
      'Utkast referat fra møte 2/2027',
      'Årsrapport',
    ]);
  });

  it('judges a file by its content, not its name, and keeps nothing it refused', async () => {
    const filesBefore = storedFiles();
    const fake = await upload(
      'Skadelig',
      'faktura.pdf',
      Buffer.from('MZ\x90\x00 this is an executable'),
    );
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.message).toContain('Vi tar bare imot PDF');
    const html = await upload(
      'Side',
      'side.pdf',
      Buffer.from('<html><script>alert(1)</script></html>'),
    );
    expect(html.statusCode).toBe(415);
    expect(storedFiles()).toBe(filesBefore);
    expect((await api.get(`/api/cases/${caseId}`)).body.attachments.length).toBe(2);
  });

  it('refuses a file over the size limit with a clear message', async () => {
    const big = new Uint8Array(300_000);
    big.set(Buffer.from('%PDF-1.7\n'));
    const res = await upload('For stor', 'stor.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toBe('Filen er for stor. Last opp en mindre fil.');
    expect((await api.get(`/api/cases/${caseId}`)).body.attachments.length).toBe(2);
  });

  it('stores the text of an uploaded PDF without sending it back', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage();
    page.drawText('Høringsuttalelse fra Helse', { x: 50, y: 700, font });
    page.drawText('Vest og Tromsø kommune', { x: 50, y: 680, font });
    const res = await upload('Høringsuttalelse', 'horing.pdf', await doc.save());
    expect(res.statusCode).toBe(201);
    expect(res.json()).not.toHaveProperty('extractedText');
    const [row] = await server.db
      .select({ text: attachments.extractedText })
      .from(attachments)
      .where(eq(attachments.id, res.json().id));
    expect(row?.text).toContain('Helse\nVest og Tromsø');
    expect((await api.del(`/api/attachments/${res.json().id}`)).status).toBe(204);
  });

  it('renumbers after a reorder and deletes the stored file with the attachment', async () => {
    const list = (await api.get(`/api/cases/${caseId}`)).body.attachments;
    const ids = list.map((a: { id: string }) => a.id).reverse();
    expect(
      (await api.put(`/api/cases/${caseId}/attachments/order`, { attachmentIds: ids })).status,
    ).toBe(204);
    const after = (await api.get(`/api/cases/${caseId}`)).body.attachments;
    expect(after.map((a: { title: string; number: number }) => `${a.number}. ${a.title}`)).toEqual([
      '1. Årsrapport',
      '2. Utkast referat fra møte 2/2027',
    ]);
    const filesBefore = storedFiles();
    expect((await api.del(`/api/attachments/${ids[0]}`)).status).toBe(204);
    expect(storedFiles()).toBe(filesBefore - 1);
  });
});
