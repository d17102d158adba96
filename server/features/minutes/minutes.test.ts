import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minutes as minutesTable } from '../../db/schema.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/test-smtp-server.ts';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { expectInOrder, pageTexts, readZipEntry } from '../../testing/read-documents.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TMeetingDetail } from '../meetings/schema.ts';
import type { TAttendanceEntry, TMinutes, TMinutesVersion } from './schema.ts';

let smtp: TestSmtpServer;
let server: TestServer;
let secretariat: ApiClient;
let member: ApiClient;
let councilId: string;
let meeting: TMeetingDetail;
let next: TMeetingDetail;

const entries = (m: TMinutes): TAttendanceEntry[] =>
  m.attendance.map(({ id: _id, notes: _n, ...a }) => a);
const byName = (m: TMinutes, name: string) => m.attendance.find((a) => a.name === name);

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  server = await startTestServer({ smtpUrl: smtp.url });
  secretariat = await signIn(server, server.login.email, server.login.password);
  member = await signIn(server, 'medlem@radsrom.no', server.login.password);
  councilId = (await secretariat.get('/api/councils')).body[0].id;
  const create = async (date: string) =>
    (
      await secretariat.post(`/api/councils/${councilId}/meetings`, {
        date,
        startTime: '10:00',
        endTime: '15:00',
      })
    ).body;
  meeting = await create('2027-02-10');
  next = await create('2027-04-14');
  await secretariat.post(`/api/meetings/${meeting.id}/status`, {
    status: 'notice_sent',
    version: meeting.version,
  });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

describe('minutes', () => {
  let m: TMinutes;

  it('start as a draft with the roster and the usual decisions of the standing cases', async () => {
    const res = await secretariat.get(`/api/meetings/${meeting.id}/minutes`);
    expect(res.status).toBe(200);
    m = res.body;
    expect(m.status).toBe('draft');
    expect(m.attendance[0]).toMatchObject({
      name: 'Helge Strand',
      kind: 'member',
      isChair: true,
      presence: 'present',
    });
    expect(byName(m, 'Erik Sande')).toMatchObject({ kind: 'substitute', presence: 'absent' });
    expect(byName(m, 'Hanne Vik')).toMatchObject({
      kind: 'observer',
      affiliation: 'Helse- og omsorgsdepartementet',
    });
    expect(m.cases[0]).toMatchObject({ title: 'Godkjenning av innkalling og saksliste' });
    expect(m.cases[0]?.decision).toBe('<p>Innkalling og saksliste godkjennes.</p>');
    expect(m.cases.find((c) => c.title === 'Eventuelt')?.decision).toBe('<p>Intet.</p>');
    // Members cannot see a draft.
    expect((await member.get(`/api/meetings/${meeting.id}/minutes`)).status).toBe(403);
  });

  it('records absence, a substitute for part of the meeting, two time spans and a guest for one case', async () => {
    const absent = byName(m, 'Kari Haugen');
    const guestCase = m.cases[1];
    const attendance = entries(m).map((a) => {
      if (a.name === 'Kari Haugen') return { ...a, presence: 'absent' as const };
      if (a.name === 'Erik Sande')
        return {
          ...a,
          presence: 'present' as const,
          substituteForUserId: absent?.userId ?? null,
          timeSpans: [{ from: '10:00', to: '12:00' }],
        };
      if (a.name === 'Ola Dahl')
        return {
          ...a,
          presence: 'digital' as const,
          timeSpans: [
            { from: '13:00', to: '13:45' },
            { from: '10:00', to: '12:00' },
          ],
        };
      return a;
    });
    attendance.push({
      userId: null,
      name: 'Mona Lindahl',
      affiliation: 'spesialrådgiver',
      kind: 'guest',
      presence: 'present',
      isChair: false,
      substituteForUserId: null,
      timeSpans: [],
      caseIds: guestCase ? [guestCase.caseId] : [],
    });
    const res = await secretariat.put(`/api/minutes/${m.id}/attendance`, {
      attendance,
      version: m.version,
    });
    expect(res.status).toBe(200);
    m = res.body;
    expect(byName(m, 'Kari Haugen')?.presence).toBe('absent');
    expect(byName(m, 'Erik Sande')?.notes).toEqual(['for Kari Haugen', '10.00–12.00']);
    expect(byName(m, 'Ola Dahl')?.notes).toEqual(['digitalt', '10.00–12.00, 13.00–13.45']);
    expect(byName(m, 'Mona Lindahl')?.notes).toEqual([`sak ${guestCase?.number}`]);
  });

  it('refuses overlapping spans and a substitute for no one, keeping the saved list', async () => {
    const overlap = entries(m).map((a) =>
      a.name === 'Ola Dahl'
        ? {
            ...a,
            timeSpans: [
              { from: '10:00', to: '12:00' },
              { from: '11:00', to: '13:00' },
            ],
          }
        : a,
    );
    const res = await secretariat.put(`/api/minutes/${m.id}/attendance`, {
      attendance: overlap,
      version: m.version,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      'Ola Dahl: Tidsrommene 10.00–12.00 og 11.00–13.00 overlapper.',
    );
    const nobody = entries(m).map((a) =>
      a.name === 'Erik Sande' ? { ...a, substituteForUserId: null } : a,
    );
    const res2 = await secretariat.put(`/api/minutes/${m.id}/attendance`, {
      attendance: nobody,
      version: m.version,
    });
    expect(res2.status).toBe(400);
    expect(res2.body.error.message).toContain('velg hvilket medlem');
    expect(
      byName((await secretariat.get(`/api/meetings/${meeting.id}/minutes`)).body, 'Ola Dahl')
        ?.notes,
    ).toEqual(['digitalt', '10.00–12.00, 13.00–13.45']);
  });

  it('records a decision, and postponing carries the case over to the next meeting', async () => {
    const info = m.cases.find((c) => c.title === 'Orienteringer');
    const res = await secretariat.put(`/api/minutes/${m.id}/cases/${info?.caseId}`, {
      discussion:
        '<p>Sekretariatet orienterte om arbeidet med handlingsplanen.</p><script>x()</script>',
      decision: '<p>Tas til orientering.</p>',
      postponed: false,
      version: info?.version,
    });
    expect(res.status).toBe(200);
    m = res.body;
    expect(m.cases.find((c) => c.caseId === info?.caseId)?.discussion).toBe(
      '<p>Sekretariatet orienterte om arbeidet med handlingsplanen.</p>',
    );
    const policy = m.cases.find((c) => c.title === 'Oversikt meldinger og strategier');
    const postponed = await secretariat.put(`/api/minutes/${m.id}/cases/${policy?.caseId}`, {
      discussion: '',
      decision: '',
      postponed: true,
      version: policy?.version,
    });
    m = postponed.body;
    const entry = m.cases.find((c) => c.caseId === policy?.caseId);
    expect(entry?.decision).toBe('<p>Saken utsettes til neste møte.</p>');
    expect(entry?.carriedOverTo).toMatch(/\/2\/2027$/);
    const nextAgenda: TMeetingDetail = (await secretariat.get(`/api/meetings/${next.id}`)).body;
    expect(nextAgenda.agenda.at(-1)).toMatchObject({
      title: 'Oversikt meldinger og strategier',
      carriedOverFrom: entry?.number,
    });
  });

  it('circulates only after the meeting, e-mails the members with the deadline and a link', async () => {
    const early = await secretariat.post(`/api/minutes/${m.id}/circulate`, { version: m.version });
    expect(early.status).toBe(400);
    expect(early.body.error.message).toContain('når møtet er avholdt');
    const detail = (await secretariat.get(`/api/meetings/${meeting.id}`)).body;
    await secretariat.post(`/api/meetings/${meeting.id}/status`, {
      status: 'held',
      version: detail.version,
    });
    const res = await secretariat.post(`/api/minutes/${m.id}/circulate`, {
      deadlineDate: '2099-03-31',
      version: m.version,
    });
    expect(res.status).toBe(200);
    m = res.body;
    expect(m.status).toBe('circulated');
    // 31 March 2099 is summer time in Oslo: the day ends at 21:59:59.999 UTC.
    expect(m.commentDeadline).toBe('2099-03-31T21:59:59.999Z');
    // One message each to the chair, the six members and the substitute; none to observers.
    const mail = await smtp.waitFor(8);
    expect(mail.every((message) => message.to.length === 1)).toBe(true);
    const to = mail.flatMap((message) => message.to);
    expect(to).toEqual(
      expect.arrayContaining(['medlem@radsrom.no', 'leder@radsrom.no', 'e.sande@example.no']),
    );
    expect(to).not.toContain('observator@radsrom.no');
    expect(mail[0]?.subject).toBe(
      'Utkast til referat fra møte 1/2027 – merknadsfrist 31. mars 2099 kl. 23:59',
    );
    expect(mail[0]?.text).toContain(`/meetings/${meeting.id}/minutes`);
    const notices = (await member.get('/api/notifications')).body;
    expect(notices[0]).toMatchObject({ link: `/meetings/${meeting.id}/minutes`, read: false });
  });

  it('takes members’ comments case by case, and the secretariat answers them', async () => {
    const target = m.cases[1];
    const res = await member.post(`/api/minutes/${m.id}/comments`, {
      caseId: target?.caseId,
      body: 'Navnet mitt er stavet feil.',
    });
    expect(res.status).toBe(201);
    const comment = res.body.comments[0];
    expect(comment).toMatchObject({
      authorName: 'Ingrid Moe',
      isMine: true,
      status: 'open',
      caseId: target?.caseId,
    });
    const observer = await signIn(server, 'observator@radsrom.no', server.login.password);
    expect((await observer.get(`/api/meetings/${meeting.id}/minutes`)).status).toBe(403);
    const answered = await secretariat.put(`/api/minutes/comments/${comment.id}`, {
      status: 'accepted',
      reply: 'Rettet.',
    });
    expect(answered.body.comments[0]).toMatchObject({
      status: 'accepted',
      reply: 'Rettet.',
      repliedByName: 'Sigrid Aasen',
    });
  });

  it('refuses a comment after the deadline and says when the deadline was', async () => {
    await server.db
      .update(minutesTable)
      .set({ commentDeadline: new Date('2026-03-09T22:59:59.999Z') })
      .where(eq(minutesTable.id, m.id));
    const late = await member.post(`/api/minutes/${m.id}/comments`, {
      caseId: null,
      body: 'For sent, men likevel.',
    });
    expect(late.status).toBe(400);
    expect(late.body.error.message).toBe(
      'Merknadsfristen var 9. mars 2026 kl. 23:59. Ta kontakt med sekretariatet hvis du likevel har en merknad.',
    );
  });

  it('keeps every version, and the next meeting’s approval case approves and locks the minutes', async () => {
    m = (await secretariat.get(`/api/meetings/${meeting.id}/minutes`)).body;
    const info = m.cases.find((c) => c.title === 'Orienteringer');
    m = (
      await secretariat.put(`/api/minutes/${m.id}/cases/${info?.caseId}`, {
        discussion: info?.discussion,
        decision: '<p>Tas til orientering med rettelsen fra merknadsrunden.</p>',
        postponed: false,
        version: info?.version,
      })
    ).body;
    m = (await secretariat.post(`/api/minutes/${m.id}/revise`, { version: m.version })).body;
    expect(m.status).toBe('revised');
    const versions: TMinutesVersion[] = (await secretariat.get(`/api/minutes/${m.id}/versions`))
      .body;
    expect(versions.map((v) => v.status)).toEqual(['circulated', 'revised']);
    const decisionIn = (v: TMinutesVersion | undefined) =>
      v?.content.cases.find((c) => c.caseId === info?.caseId)?.decision;
    expect(decisionIn(versions[0])).toBe('<p>Tas til orientering.</p>');
    expect(decisionIn(versions[1])).toBe(
      '<p>Tas til orientering med rettelsen fra merknadsrunden.</p>',
    );

    expect(m.approvalCase?.number).toMatch(/\/2\/2027$/);
    const approvalPaper = (await member.get(`/api/cases/${m.approvalCase?.id}`)).body;
    expect(approvalPaper.title).toBe('Godkjenning av referat fra møte 1/2027');
    expect(approvalPaper.approvesMinutesOf).toEqual({
      meetingId: meeting.id,
      meetingNumber: '1/2027',
    });
    const tooEarly = await secretariat.post(`/api/minutes/${m.id}/approve`, {
      viaCaseId: m.approvalCase?.id,
      version: m.version,
    });
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.body.error.message).toContain('Send innkallingen til det møtet først');
    const nextDetail = (await secretariat.get(`/api/meetings/${next.id}`)).body;
    await secretariat.post(`/api/meetings/${next.id}/status`, {
      status: 'notice_sent',
      version: nextDetail.version,
    });
    const approved = await secretariat.post(`/api/minutes/${m.id}/approve`, {
      viaCaseId: m.approvalCase?.id,
      change: 'Navnet på gjesten rettes.',
      version: m.version,
    });
    expect(approved.status).toBe(200);
    m = approved.body;
    expect(m.status).toBe('approved');
    expect(m.approvalNote).toBe(
      `Godkjent i sak ${m.approvalCase?.number} med endring: Navnet på gjesten rettes.`,
    );
    expect((await secretariat.get(`/api/meetings/${meeting.id}`)).body.status).toBe(
      'minutes_approved',
    );
    const nextMinutes: TMinutes = (await secretariat.get(`/api/meetings/${next.id}/minutes`)).body;
    expect(nextMinutes.cases.find((c) => c.caseId === m.approvalCase?.id)?.decision).toBe(
      '<p>Referatet godkjennes med denne endringen: Navnet på gjesten rettes.</p>',
    );
    // Observers read approved minutes.
    const observer = await signIn(server, 'observator@radsrom.no', server.login.password);
    expect((await observer.get(`/api/meetings/${meeting.id}/minutes`)).status).toBe(200);
  });

  it('changes approved minutes only as a reasoned correction, kept as a new version', async () => {
    const info = m.cases.find((c) => c.title === 'Orienteringer');
    const body = {
      discussion: '',
      decision: '<p>Rettet vedtak.</p>',
      postponed: false,
      version: info?.version,
    };
    const refused = await secretariat.put(`/api/minutes/${m.id}/cases/${info?.caseId}`, body);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('Referatet er godkjent og låst');
    const corrected = await secretariat.put(`/api/minutes/${m.id}/cases/${info?.caseId}`, {
      ...body,
      correctionReason: 'Skrivefeil i vedtaket oppdaget etter godkjenning.',
    });
    expect(corrected.status).toBe(200);
    const versions: TMinutesVersion[] = (await secretariat.get(`/api/minutes/${m.id}/versions`))
      .body;
    expect(versions.at(-1)).toMatchObject({
      status: 'approved',
      reason: 'Skrivefeil i vedtaket oppdaget etter godkjenning.',
    });
    expect(versions.length).toBe(4);
  });

  it('exports the approved minutes as PDF and DOCX with the attendance and every decision', async () => {
    m = (await secretariat.get(`/api/meetings/${meeting.id}/minutes`)).body;
    const pdf = await member.get(`/api/minutes/${m.id}/minutes.pdf`);
    expect(pdf.status).toBe(200);
    const text = (await pageTexts(pdf.raw.rawPayload)).join('\n');
    const plain = (html: string) =>
      html
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    expectInOrder(text, [
      'Referat',
      'Til stede',
      'Helge Strand',
      'Forfall',
      'Kari Haugen',
      'Møtende vara',
      'Erik Sande',
    ]);
    expectInOrder(
      text,
      m.cases.flatMap((c) => [c.number, plain(c.decision)]),
    );
    expect(text).not.toContain('Utkast');
    const docx = await member.get(`/api/minutes/${m.id}/minutes.docx`);
    const xml = readZipEntry(docx.raw.rawPayload, 'word/document.xml').replace(/<[^>]+>/g, '');
    for (const c of m.cases) expect(xml).toContain(plain(c.decision));
  });
});
