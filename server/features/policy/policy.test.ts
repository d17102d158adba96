import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloToday } from '../../../core/dates.ts';
import { addDays } from '../../../core/deadlines.ts';
import { formatShortDate } from '../../../core/uncertain-dates.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/test-smtp-server.ts';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { pageTexts, readZipEntry } from '../../testing/read-documents.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TMeetingDetail } from '../meetings/schema.ts';
import type { TPolicyDocument } from './schema.ts';
import { sendDeadlineReminders } from './send-deadline-reminders.ts';

let smtp: TestSmtpServer;
let server: TestServer;
let secretariat: ApiClient;
let member: ApiClient;
let councilId: string;
const today = osloToday();
const inDays = (days: number) => addDays(today, days);
const shortInDays = (days: number) => formatShortDate(inDays(days));

const register = async (archived = false): Promise<TPolicyDocument[]> =>
  (await member.get(`/api/councils/${councilId}/policy-documents?archived=${archived}`)).body;
const meetingByNumber = async (number: string): Promise<TMeetingDetail> => {
  const meetings = (await secretariat.get(`/api/councils/${councilId}/meetings`)).body;
  const found = meetings.find((m: { number: string }) => m.number === number);
  return (await secretariat.get(`/api/meetings/${found.id}`)).body;
};

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  server = await startTestServer({ smtpUrl: smtp.url });
  secretariat = await signIn(server, server.login.email, server.login.password);
  member = await signIn(server, 'medlem@radsrom.no', server.login.password);
  councilId = (await secretariat.get('/api/councils')).body[0].id;
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

describe('the demo register', () => {
  it('holds fifteen documents with deadlines before and after today, the missed one flagged', async () => {
    const active = await register();
    const archived = await register(true);
    expect(active.length + archived.length).toBe(15);
    expect(archived).toHaveLength(2);
    const deadlines = active.flatMap((d) => (d.deadline ? [d.deadline.to] : []));
    expect(deadlines.some((d) => d < today)).toBe(true);
    expect(deadlines.some((d) => d > today)).toBe(true);
    const missed = active.filter((d) => d.missedDeadline);
    expect(missed.length).toBeGreaterThan(0);
    expect(missed.every((d) => d.councilInput === 'none' && (d.daysToDeadline ?? 0) < 0)).toBe(
      true,
    );
    expect(missed[0]?.statusLabel).toMatch(/^Ikke levert innspill/);
  });

  it('is sorted by the earliest possible date, deadline before launch', async () => {
    const keys = (await register()).map((d) => d.deadline?.from ?? d.launch?.from ?? '9999');
    expect(keys).toEqual([...keys].sort());
  });
});

describe('entries', () => {
  const base = {
    title: 'Nasjonal strategi for persontilpasset medisin',
    kind: 'strategy',
    ministry: 'Helse- og omsorgsdepartementet',
  };

  it('keep uncertain dates as worded with the period they can fall in', async () => {
    const res = await secretariat.post(`/api/councils/${councilId}/policy-documents`, {
      ...base,
      launch: 'Legges frem våren 2030',
      deadline: 'innen 1. november 2030',
    });
    expect(res.status).toBe(201);
    const doc: TPolicyDocument = res.body;
    expect(doc.launch).toEqual({
      text: 'Legges frem våren 2030',
      from: '2030-01-01',
      to: '2030-06-30',
    });
    // A deadline "innen" a day is that day: reminded before it, not from the day it was entered.
    expect(doc.deadline).toEqual({
      text: 'innen 1. november 2030',
      from: '2030-11-01',
      to: '2030-11-01',
    });
    expect(doc.statusLabel).toBe('Høringsfrist innen 1. november 2030');
  });

  it('keep a launch they cannot read as text, but refuse such a deadline with a reason', async () => {
    const ok = await secretariat.post(`/api/councils/${councilId}/policy-documents`, {
      ...base,
      launch: 'ikke kjent',
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ launch: null, launchText: 'ikke kjent' });
    const bad = await secretariat.post(`/api/councils/${councilId}/policy-documents`, {
      ...base,
      deadline: 'snart',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields[0].field).toBe('deadline');
  });

  it('are written by the secretariat only, with a working group from the council', async () => {
    expect((await member.post(`/api/councils/${councilId}/policy-documents`, base)).status).toBe(
      403,
    );
    const stranger = '00000000-0000-4000-8000-000000000000';
    const res = await secretariat.post(`/api/councils/${councilId}/policy-documents`, {
      ...base,
      workingGroup: [stranger],
    });
    expect(res.status).toBe(400);
  });

  it('are archived with a reason, not deleted, and can come back', async () => {
    const [doc] = await register();
    if (!doc) throw new Error('empty register');
    const url = `/api/policy-documents/${doc.id}/archive`;
    expect((await secretariat.put(url, { archived: true, version: doc.version })).status).toBe(400);
    const archived = await secretariat.put(url, {
      archived: true,
      reason: 'Rådet følger ikke opp dette.',
      version: doc.version,
    });
    expect(archived.body.statusLabel).toBe('Arkivert: Rådet følger ikke opp dette.');
    expect((await register()).some((d) => d.id === doc.id)).toBe(false);
    expect((await register(true)).some((d) => d.id === doc.id)).toBe(true);
    const restored = await secretariat.put(url, { archived: false, version: doc.version + 1 });
    expect(restored.status).toBe(200);
    expect((await register()).some((d) => d.id === doc.id)).toBe(true);
  });
});

describe('deadline reminders', () => {
  it('mail the secretariat and the working group once, before the deadline', async () => {
    const people = (await secretariat.get(`/api/councils/${councilId}/memberships`)).body as {
      userId: string;
      email: string;
    }[];
    const memberId = people.find((p) => p.email === 'medlem@radsrom.no')?.userId;
    const created = await secretariat.post(`/api/councils/${councilId}/policy-documents`, {
      title: 'Høring om endringer i helseregisterloven',
      kind: 'consultation',
      deadline: `Høringsfrist ${shortInDays(3)}`,
      reminderDays: 7,
      workingGroup: [memberId],
    });
    expect(created.status).toBe(201);
    smtp.messages.length = 0;
    const { mailer } = server.app.deps;
    const first = await sendDeadlineReminders(server.db, mailer, server.url);
    const mail = await smtp.waitFor(first.messages);
    const ours = mail.filter((m) => m.subject.includes('helseregisterloven'));
    expect(ours[0]?.subject).toBe(
      'Høringsfrist om 3 dager: Høring om endringer i helseregisterloven',
    );
    expect(ours.flatMap((m) => m.to).sort()).toEqual(
      expect.arrayContaining(['medlem@radsrom.no', 'sekretariat@radsrom.no']),
    );
    expect(ours[0]?.text).toContain(`${server.url}/policy-documents/${created.body.id}`);
    const notices = (await member.get('/api/notifications')).body as { title: string }[];
    expect(notices.some((n) => n.title.includes('helseregisterloven'))).toBe(true);

    const again = await sendDeadlineReminders(server.db, mailer, server.url);
    expect(again).toEqual({ documents: 0, messages: 0 });
  });

  it('wait until the deadline is near, and skip what the council has answered', async () => {
    const { mailer } = server.app.deps;
    const far = await secretariat.post(`/api/councils/${councilId}/policy-documents`, {
      title: 'Høring med lang frist',
      kind: 'consultation',
      deadline: shortInDays(40),
    });
    const answered = await secretariat.post(`/api/councils/${councilId}/policy-documents`, {
      title: 'Høring rådet har svart på',
      kind: 'consultation',
      deadline: shortInDays(2),
      councilInput: 'consultation_response',
      inputDate: today,
    });
    smtp.messages.length = 0;
    await sendDeadlineReminders(server.db, mailer, server.url);
    const subjects = smtp.messages.map((m) => m.subject).join('\n');
    expect(subjects).not.toContain(far.body.title);
    expect(subjects).not.toContain(answered.body.title);
    const later = await sendDeadlineReminders(server.db, mailer, server.url, {
      today: inDays(27),
    });
    expect(later.documents).toBeGreaterThanOrEqual(1);
  });
});

describe('the overview of white papers and strategies', () => {
  it('lists every active entry, and is attached to the standing case as PDF and DOCX', async () => {
    const meeting = await meetingByNumber('5/2026');
    const active = await register();
    const overview = (await member.get(`/api/meetings/${meeting.id}/policy-overview`)).body;
    expect(overview.rows.map((r: { title: string }) => r.title)).toEqual(
      active.map((d) => d.title),
    );
    expect(overview.previousMeetingDate).toBe('2026-09-23');
    const missed = overview.rows.find((r: { warning: string | null }) => r.warning);
    expect(missed.input).toBe('Ikke levert innspill');

    const caseId = meeting.agenda.find((c) => c.title === 'Oversikt meldinger og strategier')?.id;
    const res = await secretariat.post(`/api/meetings/${meeting.id}/policy-overview`, { caseId });
    expect(res.status).toBe(201);
    const paper = (await secretariat.get(`/api/cases/${caseId}`)).body;
    expect(paper.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(
      expect.arrayContaining([
        'Oversikt meldinger og strategier, møte 5-2026.pdf',
        'Oversikt meldinger og strategier, møte 5-2026.docx',
      ]),
    );

    const get = (kind: string) =>
      server.app.inject({
        method: 'GET',
        url: `/api/meetings/${meeting.id}/policy-overview.${kind}`,
        headers: member.headers,
      });
    const text = (await pageTexts((await get('pdf')).rawPayload)).join(' ');
    const xml = readZipEntry((await get('docx')).rawPayload, 'word/document.xml');
    for (const doc of active) {
      const start = doc.title.slice(0, 20);
      expect(text).toContain(start);
      expect(xml).toContain(start);
    }
  });
});

describe('statements', () => {
  it('are written by the secretariat and linked to the document they answer', async () => {
    const [doc] = await register();
    const res = await secretariat.post(`/api/councils/${councilId}/statements`, {
      policyDocumentId: doc?.id,
      kind: 'consultation_response',
      title: 'Høringssvar fra rådet',
      body: '<p>Rådet mener <script>alert(1)</script>dette.</p>',
    });
    expect(res.status).toBe(201);
    expect(res.body.body).toBe('<p>Rådet mener dette.</p>');
    const sent = await secretariat.put(`/api/statements/${res.body.id}`, {
      ...res.body,
      sentOn: today,
    });
    expect(sent.body.sentOn).toBe(today);
    const updated = (await member.get(`/api/policy-documents/${doc?.id}`)).body;
    expect(updated.statements.map((s: { title: string }) => s.title)).toContain(
      'Høringssvar fra rådet',
    );
  });

  it('count as the council’s input once sent, so the deadline is neither missed nor reminded', async () => {
    const created = await secretariat.post(`/api/councils/${councilId}/policy-documents`, {
      title: 'Høring om et register for kliniske studier',
      kind: 'consultation',
      deadline: shortInDays(-1),
    });
    expect(created.body.missedDeadline).toBe(true);
    await secretariat.post(`/api/councils/${councilId}/statements`, {
      policyDocumentId: created.body.id,
      kind: 'consultation_response',
      title: 'Høringssvar om registeret',
      sentOn: inDays(-2),
    });
    const doc = (await member.get(`/api/policy-documents/${created.body.id}`)).body;
    expect(doc).toMatchObject({
      councilInput: 'consultation_response',
      inputDate: inDays(-2),
      missedDeadline: false,
    });
  });
});
