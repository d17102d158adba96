import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { expectInOrder, pageTexts, readZipEntry } from '../../testing/read-documents.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TCase } from '../cases/schema.ts';
import type { TMeeting, TMeetingDetail } from '../meetings/schema.ts';

let server: TestServer;
let member: ApiClient;
let meeting: TMeetingDetail;

beforeAll(async () => {
  server = await startTestServer();
  member = await signIn(server, 'medlem@radsrom.no', server.login.password);
  const councilId = (await member.get('/api/councils')).body[0].id;
  const meetings: TMeeting[] = (await member.get(`/api/councils/${councilId}/meetings`)).body;
  const first = meetings.find((m) => m.number === '1/2026');
  meeting = (await member.get(`/api/meetings/${first?.id}`)).body;
});
afterAll(() => server.close());

describe('documents of the demo meeting', () => {
  it('gives members the meeting book with contents, page numbers and every case in order', async () => {
    const res = await member.get(`/api/meetings/${meeting.id}/meeting-book.pdf`);
    expect(res.status).toBe(200);
    expect(res.raw.headers['content-type']).toBe('application/pdf');
    expect(res.raw.headers['content-disposition']).toContain('filename*=UTF-8');
    const pages = await pageTexts(res.raw.rawPayload);
    const all = pages.join('\n');
    expect(pages[0]).toContain('Innkalling');
    expect(all).toContain('Saksliste');
    pages.forEach((text, i) => {
      expect(text).toContain(`Side ${i + 1} av ${pages.length}`);
    });
    expect(meeting.agenda.length).toBe(9);
    // Once in the agenda, once more as the case papers follow.
    const needles = meeting.agenda.flatMap((a) => [`Sak ${a.number}`, a.title]);
    const agendaEnd = all.indexOf(meeting.agenda.at(-1)?.title ?? '') + 1;
    expectInOrder(all, needles);
    expectInOrder(all.slice(agendaEnd), needles.slice(2));
    expect(all).toContain('Demovedlegg laget av Rådsrom.');
  });

  it('gives the notice with the agenda but without the case papers', async () => {
    const res = await member.get(`/api/meetings/${meeting.id}/notice.pdf`);
    const text = (await pageTexts(res.raw.rawPayload)).join('\n');
    expectInOrder(
      text,
      meeting.agenda.map((a) => a.title),
    );
    expect(text).not.toContain('Forslag til vedtak');
  });

  it('gives a case paper as DOCX and PDF holding every field', async () => {
    const item = meeting.agenda.find((a) => a.attachmentCount > 0);
    const paper: TCase = (await member.get(`/api/cases/${item?.id}`)).body;
    const docx = await member.get(`/api/cases/${paper.id}/case-paper.docx`);
    expect(docx.status).toBe(200);
    const xml = readZipEntry(docx.raw.rawPayload, 'word/document.xml');
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const expected of [
      `Sak ${paper.number}`,
      paper.title,
      'Type sak',
      'Diskusjonssak/Vedtakssak',
      'Til',
      paper.addressee,
      'Fra',
      paper.sender,
      'Saksbehandler',
      paper.caseOfficers[0]?.name ?? '?',
      'Vedlegg',
      `1. ${paper.attachments[0]?.title}`,
      'Tidligere behandlet',
      'Sak 28/3/2025 (møte 3/2025)',
      'Bakgrunn',
      'Kunnskapsløft for kommunene',
      'Hvorfor saken fremmes',
      'Hovedpunkter',
      'Forslag til vedtak',
    ]) {
      expect(text).toContain(expected);
    }
    const pdf = await member.get(`/api/cases/${paper.id}/case-paper.pdf`);
    const pdfText = (await pageTexts(pdf.raw.rawPayload)).join('\n');
    expectInOrder(pdfText, [
      paper.title,
      'Bakgrunn',
      'Hvorfor saken fremmes',
      'Forslag til vedtak',
    ]);
  });

  it('gives no documents to anonymous visitors', async () => {
    const res = await server.app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/meeting-book.pdf`,
    });
    expect(res.statusCode).toBe(401);
  });
});
