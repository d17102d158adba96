import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TFollowUp } from '../follow-ups/schema.ts';
import type { TDecision } from './schema.ts';

let server: TestServer;
let secretariat: ApiClient;
let member: ApiClient;
let councilId: string;

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await signIn(server, server.login.email, server.login.password);
  member = await signIn(server, 'medlem@radsrom.no', server.login.password);
  councilId = (await secretariat.get('/api/councils')).body[0].id;
});
afterAll(() => server.close());

describe('decision register', () => {
  it('lists the approved decisions of the demo year, newest meeting first, for members', async () => {
    const res = await member.get(`/api/councils/${councilId}/decisions`);
    expect(res.status).toBe(200);
    const decisions: TDecision[] = res.body;
    expect(new Set(decisions.map((d) => d.meetingNumber))).toEqual(
      new Set(['3/2026', '2/2026', '1/2026']),
    );
    expect(decisions.every((d) => d.minutesStatus === 'approved')).toBe(true);
    expect(decisions[0]?.meetingNumber).toBe('3/2026');
    // Meeting 2/2026 approved the minutes of 1/2026 in its approval case.
    expect(
      decisions.find((d) => d.caseTitle === 'Godkjenning av referat fra møte 1/2026')?.decision,
    ).toBe('<p>Referatet godkjennes.</p>');
  });

  it('shows the secretariat the circulated draft too, and filters by year, type and text', async () => {
    const all: TDecision[] = (await secretariat.get(`/api/councils/${councilId}/decisions`)).body;
    expect(all.some((d) => d.meetingNumber === '4/2026' && d.minutesStatus === 'circulated')).toBe(
      true,
    );
    const found: TDecision[] = (
      await member.get(
        `/api/councils/${councilId}/decisions?year=2026&caseType=decision&q=tiltakene`,
      )
    ).body;
    expect(found.map((d) => d.caseTitle)).toEqual([
      'Bærekraftig helsetjeneste: forslag til tiltak',
    ]);
    expect((await member.get(`/api/councils/${councilId}/decisions?year=2019`)).body).toEqual([]);
  });
});

describe('follow-up of decisions', () => {
  it('keeps open items on the list until they are done', async () => {
    const open: TFollowUp[] = (await member.get(`/api/councils/${councilId}/follow-ups?open=true`))
      .body;
    expect(open.map((f) => f.title)).toEqual(['Brev til departementet om tilgang til helsedata']);
    const all: TFollowUp[] = (await member.get(`/api/councils/${councilId}/follow-ups?open=false`))
      .body;
    expect(all.length).toBe(2);

    const decision = (await member.get(`/api/councils/${councilId}/decisions?q=Møteplan`)).body;
    expect(decision).toEqual([]);
    const caseId = open[0]?.caseId;
    const created = await secretariat.post(`/api/councils/${councilId}/follow-ups`, {
      caseId,
      title: 'Settes opp igjen på neste rådsmøte',
      owner: 'Sigrid Aasen',
      dueDate: '2020-01-01',
    });
    expect(created.status).toBe(201);
    expect(created.body.overdue).toBe(true);
    expect(
      (await member.post(`/api/councils/${councilId}/follow-ups`, { caseId, title: 'Nei' })).status,
    ).toBe(403);
    const done = await secretariat.put(`/api/follow-ups/${created.body.id}`, {
      title: created.body.title,
      owner: created.body.owner,
      dueDate: created.body.dueDate,
      status: 'done',
      version: created.body.version,
    });
    expect(done.body).toMatchObject({ status: 'done', overdue: false });
    const stillOpen: TFollowUp[] = (
      await member.get(`/api/councils/${councilId}/follow-ups?open=true`)
    ).body;
    expect(stillOpen.map((f) => f.title)).toEqual([
      'Brev til departementet om tilgang til helsedata',
    ]);
  });
});
