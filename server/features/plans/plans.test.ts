import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORK_STATUSES } from '../../../core/plans.ts';
import { type ApiClient, signIn } from '../../testing/api-client.ts';
import { pageTexts, readZipEntry } from '../../testing/read-documents.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import type { TMeetingDetail } from '../meetings/schema.ts';
import type { TActivity, TArea, TCasePlanLink, TPlan, TPlanSummary } from './schema.ts';

let server: TestServer;
let secretariat: ApiClient;
let member: ApiClient;
let councilId: string;
let councilPlan: TPlan;
let governmentPlan: TPlan;

const meetingByNumber = async (number: string): Promise<TMeetingDetail> => {
  const meetings = (await secretariat.get(`/api/councils/${councilId}/meetings`)).body;
  const found = meetings.find((m: { number: string }) => m.number === number);
  return (await secretariat.get(`/api/meetings/${found.id}`)).body;
};
const reloadPlan = async (planId: string): Promise<TPlan> =>
  (await secretariat.get(`/api/plans/${planId}`)).body;

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await signIn(server, server.login.email, server.login.password);
  member = await signIn(server, 'medlem@radsrom.no', server.login.password);
  councilId = (await secretariat.get('/api/councils')).body[0].id;
  const plans: TPlanSummary[] = (await member.get(`/api/councils/${councilId}/plans`)).body;
  const byKind = (kind: string) => plans.find((p) => p.kind === kind)?.id ?? '';
  councilPlan = (await member.get(`/api/plans/${byKind('council')}`)).body;
  governmentPlan = (await member.get(`/api/plans/${byKind('government')}`)).body;
});
afterAll(() => server.close());

describe('the demo plans', () => {
  it('gives the council five areas with goals, forms and activities in every status', () => {
    expect(councilPlan.areas.map((a) => a.title)).toEqual([
      'Kunnskapsløft for kommunene',
      'Kliniske studier som en integrert del av helsetjenesten',
      'Bærekraftig helsetjeneste',
      'Hjemmemarked, næringsutvikling og innovative offentlige anskaffelser',
      'Teknologi og digitalisering',
    ]);
    const statuses = new Set(councilPlan.areas.flatMap((a) => a.activities.map((x) => x.status)));
    expect([...statuses].sort()).toEqual([...WORK_STATUSES].sort());
    for (const area of councilPlan.areas) {
      expect(area.overallGoal).not.toBe('');
      expect(area.subGoals.length).toBeGreaterThan(0);
      expect(area.qualification.keyArguments.length).toBeGreaterThan(0);
      expect(area.referenceGroup.length).toBeGreaterThan(0);
    }
  });

  it('holds the government plan: ten strategic areas, forty measures with their ministries', () => {
    expect(governmentPlan.areas.map((a) => a.code)).toEqual(
      Array.from({ length: 10 }, (_, i) => String(i + 1)),
    );
    const measures = governmentPlan.areas.flatMap((a) => a.measures);
    expect(measures).toHaveLength(40);
    expect(measures.every((m) => m.responsible !== '' && m.priority === null)).toBe(true);
    expect(measures.some((m) => m.contributors.length > 1)).toBe(true);
  });
});

describe('activities', () => {
  let activity: TActivity;
  const area = () => councilPlan.areas[0] as TArea;

  it('are created by the secretariat and refused to members', async () => {
    const body = {
      description: 'Brev til KS om kunnskapsbehov i kommunene',
      kind: 'letter',
      responsible: 'Sekretariatet',
      startDate: '2026-12-01',
    };
    expect((await member.post(`/api/plan-areas/${area().id}/activities`, body)).status).toBe(403);
    const res = await secretariat.post(`/api/plan-areas/${area().id}/activities`, body);
    expect(res.status).toBe(201);
    activity = res.body;
    expect(activity).toMatchObject({ status: 'planned', kind: 'letter', version: 1 });
  });

  it('move along the status workflow, and a stale version is refused', async () => {
    const put = (changes: Partial<TActivity>) =>
      secretariat.put(`/api/plan-activities/${activity.id}`, { ...activity, ...changes });
    const done = await put({ status: 'done', results: 'Brev sendt KS 1.12.2026' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', version: 2 });
    expect((await put({ status: 'ongoing' })).status).toBe(409);
    activity = done.body;
    const stopped = await put({ status: 'stopped' });
    expect(stopped.status).toBe(400);
    expect(stopped.body.error.message).toContain('kan ikke settes til «stanset»');
  });

  it('refuse an end before the start and a measure of another area', async () => {
    const res = await secretariat.post(`/api/plan-areas/${area().id}/activities`, {
      description: 'Seminar',
      kind: 'seminar',
      startDate: '2026-05-02',
      endDate: '2026-05-01',
    });
    expect(res.status).toBe(400);
    const other = councilPlan.areas[1]?.measures[0]?.id;
    const wrong = await secretariat.post(`/api/plan-areas/${area().id}/activities`, {
      description: 'Seminar',
      kind: 'seminar',
      measureId: other,
    });
    expect(wrong.status).toBe(400);
  });

  it('are recorded in the audit log', async () => {
    const log = (await secretariat.get(`/api/councils/${councilId}/audit?entityType=plan_activity`))
      .body;
    const entries = (log.entries ?? log) as { action: string; entityId: string }[];
    expect(
      entries
        .filter((e) => e.entityId === activity.id)
        .map((e) => e.action)
        .sort(),
    ).toEqual(['change_status', 'create']);
  });
});

describe('links between cases and the plan', () => {
  it('show a linked case on the area and the area on the case, with the decision once readable', async () => {
    const meeting = await meetingByNumber('3/2026');
    const theCase = meeting.agenda.find((c) => c.title.startsWith('Bærekraftig'));
    if (!theCase) throw new Error('demo case missing');
    const area = councilPlan.areas[2] as TArea;
    // The demo links this case to its area already; an activity link comes on top.
    const activityId = area.activities[0]?.id ?? null;
    const res = await secretariat.post(`/api/cases/${theCase.id}/plan-links`, {
      areaId: area.id,
      activityId,
    });
    expect(res.status).toBe(201);
    const again = await secretariat.post(`/api/cases/${theCase.id}/plan-links`, {
      areaId: area.id,
      activityId,
    });
    expect(again.status).toBe(409);
    const links: TCasePlanLink[] = (await member.get(`/api/cases/${theCase.id}/plan-links`)).body;
    expect(links.map((l) => [l.areaTitle, l.activityDescription])).toEqual([
      ['Bærekraftig helsetjeneste', null],
      ['Bærekraftig helsetjeneste', area.activities[0]?.description],
    ]);
    const plan: TPlan = (await member.get(`/api/plans/${councilPlan.id}`)).body;
    const history = plan.areas[2]?.cases.filter((c) => c.caseId === theCase.id) ?? [];
    expect(history).toHaveLength(2);
    // Meeting 3/2026 has approved minutes: its decision is part of the area's history.
    expect(history[0]?.decision).toContain('tiltakene');
  });

  it('keep a case on the area when its activity is deleted', async () => {
    const area = councilPlan.areas[3] as TArea;
    const meeting = await meetingByNumber('5/2026');
    const caseId = meeting.agenda.find((c) => c.title === 'Eventuelt')?.id;
    const activity = (
      await secretariat.post(`/api/plan-areas/${area.id}/activities`, {
        description: 'Dialogmøte som utgår',
        kind: 'dialogue_meeting',
      })
    ).body as TActivity;
    await secretariat.post(`/api/cases/${caseId}/plan-links`, {
      areaId: area.id,
      activityId: activity.id,
    });
    expect((await secretariat.del(`/api/plan-activities/${activity.id}`)).status).toBe(204);
    const links: TCasePlanLink[] = (await member.get(`/api/cases/${caseId}/plan-links`)).body;
    expect(links.map((l) => [l.areaTitle, l.activityId])).toEqual([[area.title, null]]);
  });

  it('refuses a link to an area of another council', async () => {
    const meeting = await meetingByNumber('5/2026');
    const other = await secretariat.post('/api/councils', {
      name: 'Annet råd',
      shortName: 'ANNET',
    });
    const plan = await secretariat.post(`/api/councils/${other.body.id}/plans`, {
      kind: 'council',
      title: 'Plan',
      periodStart: 2026,
      periodEnd: 2026,
    });
    const area = await secretariat.post(`/api/plans/${plan.body.id}/areas`, { title: 'Område' });
    const res = await secretariat.post(`/api/cases/${meeting.agenda[0]?.id}/plan-links`, {
      areaId: area.body.id,
    });
    expect(res.status).toBe(400);
  });
});

describe('goals', () => {
  it('change through a decision and keep their history', async () => {
    const area = councilPlan.areas[1] as TArea;
    const meeting = await meetingByNumber('2/2026');
    const theCase = meeting.agenda.find((c) => c.title.startsWith('Kliniske'));
    const res = await secretariat.put(`/api/plan-areas/${area.id}/goals`, {
      overallGoal: 'Kliniske studier skal være en del av all pasientbehandling.',
      subGoals: [...area.subGoals, 'Flere studier i kommunene'],
      caseId: theCase?.id,
      version: area.version,
    });
    expect(res.status).toBe(200);
    const changed: TArea = res.body;
    expect(changed.overallGoal).toBe('Kliniske studier skal være en del av all pasientbehandling.');
    const change = changed.goalChanges.at(-1);
    expect(change?.caseNumber).toBe(theCase?.number);
    expect(change?.before.overallGoal).toBe(area.overallGoal);
    expect(change?.after.subGoals.at(-1)).toBe('Flere studier i kommunene');
    const stale = await secretariat.put(`/api/plan-areas/${area.id}/goals`, {
      overallGoal: 'x',
      subGoals: [],
      version: area.version,
    });
    expect(stale.status).toBe(409);
  });
});

describe('measures of the government plan', () => {
  it('take a status and evidence from the secretariat', async () => {
    const measure = governmentPlan.areas[2]?.measures[1];
    if (!measure) throw new Error('no measure');
    const res = await secretariat.put(`/api/plan-measures/${measure.id}`, {
      ...measure,
      status: 'done',
      evidence: 'Monitoren ble lansert i 2017.',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'done', evidence: 'Monitoren ble lansert i 2017.' });
    const plans: TPlanSummary[] = (await member.get(`/api/councils/${councilId}/plans`)).body;
    const before = governmentPlan.statusCounts.done;
    expect(plans.find((p) => p.kind === 'government')?.statusCounts.done).toBe(before + 1);
  });
});

describe('the status overview', () => {
  it('has every activity of the plan, and is attached to the case as PDF and DOCX', async () => {
    const meeting = await meetingByNumber('5/2026');
    const plan = await reloadPlan(councilPlan.id);
    const activities = plan.areas.flatMap((a) => a.activities);
    const data = (await member.get(`/api/meetings/${meeting.id}/plan-status`)).body;
    expect(
      data.areas.flatMap((a: { activities: { description: string }[] }) =>
        a.activities.map((x) => x.description),
      ),
    ).toEqual(plan.areas.flatMap((a) => a.activities.map((x) => x.description)));

    const caseId = meeting.agenda.find((c) => c.title === 'Orienteringer')?.id;
    const post = () => secretariat.post(`/api/meetings/${meeting.id}/plan-status`, { caseId });
    expect((await member.post(`/api/meetings/${meeting.id}/plan-status`, { caseId })).status).toBe(
      403,
    );
    expect((await post()).status).toBe(201);
    const generated = await post(); // Again: replaces, does not pile up.
    const paper = (await secretariat.get(`/api/cases/${caseId}`)).body;
    const files = paper.attachments.filter((a: { id: string }) =>
      generated.body.attachmentIds.includes(a.id),
    );
    expect(files.map((f: { fileName: string }) => f.fileName).sort()).toEqual([
      'Status for handlingsplanen, møte 5-2026.docx',
      'Status for handlingsplanen, møte 5-2026.pdf',
    ]);
    expect(
      paper.attachments.filter((a: { fileName: string }) => a.fileName.startsWith('Status for')),
    ).toHaveLength(2);

    const pdf = await server.app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/plan-status.pdf`,
      headers: secretariat.headers,
    });
    const text = (await pageTexts(pdf.rawPayload)).join(' ');
    const docx = await server.app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/plan-status.docx`,
      headers: secretariat.headers,
    });
    const xml = readZipEntry(docx.rawPayload, 'word/document.xml');
    for (const a of activities) {
      const start = a.description.slice(0, 25);
      expect(text.replace(/\s+/g, ' ')).toContain(start);
      expect(xml).toContain(start.replace(/&/g, '&amp;'));
    }
  });
});
