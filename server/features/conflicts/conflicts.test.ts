import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { expectInOrder, pageTexts, readZipEntry } from '../../testing/read-documents.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TMeeting } from '../meetings/schema.ts';
import type { TMinutes } from '../minutes/schema.ts';
import type { TMeetingConflicts } from './schema.ts';

let server: TestServer;
let secretariat: ApiClient;
let member: ApiClient; // Ingrid Moe
let observer: ApiClient;
let councilId: string;
let meetings: TMeeting[];

const meetingNo = (n: string) => {
  const found = meetings.find((m) => m.number === n);
  if (!found) throw new Error(`no meeting ${n}`);
  return found;
};
const caseTitled = (view: TMeetingConflicts, title: string) => {
  const found = view.cases.find((c) => c.title === title);
  if (!found) throw new Error(`no case ${title}`);
  return found;
};
const MARKET_CASE = 'Hjemmemarked og innovative offentlige anskaffelser';

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await signIn(server, server.login.email, server.login.password);
  member = await signIn(server, 'medlem@radsrom.no', server.login.password);
  observer = await signIn(server, 'observator@radsrom.no', server.login.password);
  councilId = (await secretariat.get('/api/councils')).body[0].id;
  meetings = (await secretariat.get(`/api/councils/${councilId}/meetings`)).body;
});
afterAll(async () => {
  await server.close();
});

describe('conflict-of-interest proposals', () => {
  it('flag a member whose board seat is in an organisation the case and its attachment name', async () => {
    const res = await secretariat.get(`/api/meetings/${meetingNo('4/2026').id}/conflicts`);
    expect(res.status).toBe(200);
    const market = caseTitled(res.body, MARKET_CASE);
    const boardSeat = market.proposals.find((p) => p.organisationName === 'Norway Health Tech');
    expect(boardSeat).toMatchObject({
      userName: 'Anders Nilsen',
      interestKind: 'board',
      role: 'Styremedlem',
    });
    const sources = boardSeat?.hits.map((h) => h.sourceLabel);
    expect(sources).toEqual(['Berørte parter', 'Vedlegg 1: Oppsummering av dialogmøtene']);
    // In the PDF the name runs over a line break, and once in the genitive.
    const inAttachment = boardSeat?.hits[1];
    expect(inAttachment?.matched).toBe('Norway Health Tech');
    expect(inAttachment?.count).toBe(2);
    expect(inAttachment?.snippet).toContain('deltakerne var Norway Health Tech, LMI');
    // His employer is found by its alias in a compound ("LMI-rapporten").
    const employer = market.proposals.find((p) => p.organisationName === 'Legemiddelindustrien');
    expect(employer?.hits.map((h) => h.matched)).toContain('LMI');
    // A proposal is no verdict: nothing is recorded until the council decides.
    expect(market.assessments).toEqual([]);
  });

  it('show members only their own part, and observers nothing', async () => {
    const theirs = await member.get(`/api/meetings/${meetingNo('4/2026').id}/conflicts`);
    expect(theirs.status).toBe(200);
    expect(theirs.body.seesAll).toBe(false);
    const names = theirs.body.cases.flatMap((c: TMeetingConflicts['cases'][number]) =>
      c.proposals.map((p) => p.userName),
    );
    expect(names.every((n: string) => n === 'Ingrid Moe')).toBe(true);
    expect(theirs.body.members).toEqual([expect.objectContaining({ name: 'Ingrid Moe' })]);
    expect((await observer.get(`/api/meetings/${meetingNo('4/2026').id}/conflicts`)).status).toBe(
      403,
    );
  });
});

describe('declarations', () => {
  it('let a member declare before the meeting, tell the secretariat, and withdraw', async () => {
    const planned = meetingNo('5/2026');
    const view = (await member.get(`/api/meetings/${planned.id}/conflicts`)).body;
    const tech = view.cases.find((c: { declarations: unknown[] }) => c.declarations.length > 0);
    expect(tech.declarations[0]).toMatchObject({ userName: 'Ingrid Moe' });
    // Proposed too: "Helse Midt-Norges" is her employer in the genitive.
    expect(tech.proposals[0]).toMatchObject({ organisationName: 'Helse Midt-Norge' });

    const withdrawn = await member.del(`/api/cases/${tech.caseId}/conflict-declaration`);
    expect(withdrawn.status).toBe(200);
    expect(caseTitled(withdrawn.body, tech.title).declarations).toEqual([]);
    const again = await member.put(`/api/cases/${tech.caseId}/conflict-declaration`, {
      note: 'Arbeidsgiveren min legger frem erfaringer.',
    });
    expect(caseTitled(again.body, tech.title).declarations[0]?.note).toBe(
      'Arbeidsgiveren min legger frem erfaringer.',
    );
    const notices = (await secretariat.get('/api/notifications')).body;
    expect(notices.map((n: { title: string }) => n.title)).toContain(
      `Ingrid Moe har meldt mulig inhabilitet i sak ${tech.number}`,
    );
  });

  it('are closed once the meeting is held', async () => {
    const held = (await member.get(`/api/meetings/${meetingNo('4/2026').id}/conflicts`)).body;
    const res = await member.put(`/api/cases/${held.cases[0].caseId}/conflict-declaration`, {
      note: '',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Møtet er holdt');
  });
});

describe('the record', () => {
  let market: TMeetingConflicts['cases'][number];
  let andersId: string;

  beforeAll(async () => {
    const view = (await secretariat.get(`/api/meetings/${meetingNo('4/2026').id}/conflicts`)).body;
    market = caseTitled(view, MARKET_CASE);
    andersId = view.members.find((m: { name: string }) => m.name === 'Anders Nilsen').userId;
  });

  it('refuses a disqualification without ground and reason, and members cannot record', async () => {
    const url = `/api/cases/${market.caseId}/conflict-assessments/${andersId}`;
    const bare = await secretariat.put(url, { disqualified: true, ground: null, version: 0 });
    expect(bare.status).toBe(400);
    expect(bare.body.error.details.fields[0].field).toBe('ground');
    const noReason = await secretariat.put(url, {
      disqualified: true,
      ground: 'automatic',
      version: 0,
    });
    expect(noReason.body.error.details.fields[0].field).toBe('reason');
    const byMember = await member.put(url, { disqualified: false, version: 0 });
    expect(byMember.status).toBe(403);
  });

  it('records the disqualification and writes the habilitet decision from it', async () => {
    const res = await secretariat.put(
      `/api/cases/${market.caseId}/conflict-assessments/${andersId}`,
      {
        disqualified: true,
        ground: 'automatic',
        reason: 'Styremedlem i Norway Health Tech, som er part i saken.',
        version: 0,
      },
    );
    expect(res.status).toBe(200);
    const line = `Anders Nilsen er inhabil i sak ${market.number} ${MARKET_CASE}, jf. forvaltningsloven § 6 første ledd.`;
    expect(res.body.decisionLines).toEqual([line]);
    expect(caseTitled(res.body, MARKET_CASE).assessments[0]).toMatchObject({
      userName: 'Anders Nilsen',
      disqualified: true,
      ground: 'automatic',
      assessedByName: 'Sigrid Aasen',
      version: 1,
    });
    // Someone who saw the form before this save cannot overwrite it.
    const stale = await secretariat.put(
      `/api/cases/${market.caseId}/conflict-assessments/${andersId}`,
      { disqualified: false, version: 0 },
    );
    expect(stale.status).toBe(409);

    const minutes: TMinutes = (
      await secretariat.get(`/api/meetings/${meetingNo('4/2026').id}/minutes`)
    ).body;
    const conflictCase = minutes.cases.find((c) => c.title === 'Spørsmål om habilitet');
    expect(conflictCase?.decision).toBe(`<p>${line}</p>`);
    const affected = minutes.cases.find((c) => c.title === MARKET_CASE);
    expect(affected?.notParticipating).toEqual([
      { userId: andersId, name: 'Anders Nilsen', ground: 'automatic' },
    ]);

    const pdf = await secretariat.get(`/api/minutes/${minutes.id}/minutes.pdf`);
    const text = (await pageTexts(pdf.raw.rawPayload)).join(' ');
    expectInOrder(text, [
      'Spørsmål om habilitet',
      'Anders Nilsen er inhabil i sak',
      MARKET_CASE,
      'Anders Nilsen var inhabil (forvaltningsloven § 6 første ledd) og fratrådte under behandlingen av saken.',
    ]);
    const docx = await secretariat.get(`/api/minutes/${minutes.id}/minutes.docx`);
    expect(readZipEntry(docx.raw.rawPayload, 'word/document.xml')).toContain(
      'Anders Nilsen var inhabil (forvaltningsloven § 6 første ledd) og fratrådte under behandlingen av saken.',
    );
  });

  it('goes back to "no conflict" when the assessment is removed', async () => {
    const url = `/api/cases/${market.caseId}/conflict-assessments/${andersId}`;
    const removed = await secretariat.del(url);
    expect(removed.body.decisionLines).toEqual([
      'Det er ikke knyttet inhabilitet til noen av sakene på rådsmøtet.',
    ]);
    await secretariat.put(url, {
      disqualified: true,
      ground: 'discretionary',
      reason: 'Nær tilknytning til en part.',
      version: 0,
    });
  });

  it('is locked with approved minutes', async () => {
    const approved = (await secretariat.get(`/api/meetings/${meetingNo('3/2026').id}/conflicts`))
      .body;
    expect(approved.assessmentsOpen).toBe(false);
    expect(approved.decisionLines[0]).toMatch(/^Ingrid Moe er inhabil i sak /);
    const target = approved.cases.find((c: { assessments: unknown[] }) => c.assessments.length);
    const res = await secretariat.del(
      `/api/cases/${target.caseId}/conflict-assessments/${target.assessments[0].userId}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('låst');
  });

  it('gives an overview per member and year; members see their own', async () => {
    const all = (await secretariat.get(`/api/councils/${councilId}/conflict-assessments?year=2026`))
      .body;
    expect(all.years).toEqual([2026]);
    const byName = Object.fromEntries(
      all.members.map((m: { name: string; assessed: number; disqualified: number }) => [
        m.name,
        [m.assessed, m.disqualified],
      ]),
    );
    expect(byName).toEqual({
      'Anders Nilsen': [1, 1],
      'Ingrid Moe': [1, 1],
      'Kari Haugen': [1, 0],
    });
    const own = (await member.get(`/api/councils/${councilId}/conflict-assessments`)).body;
    expect(own.members.map((m: { name: string }) => m.name)).toEqual(['Ingrid Moe']);
    const none = (
      await secretariat.get(`/api/councils/${councilId}/conflict-assessments?year=2025`)
    ).body;
    expect(none.members).toEqual([]);
  });
});
