import { expect } from 'vitest';
import type { ApiClient } from '../testing/api-client.ts';
import type { TestServer } from '../testing/test-server.ts';
import {
  baseTextPaths,
  bodySchema,
  fillBody,
  type JsonSchema,
  multipart,
  type OpenApi,
  type Path,
  setAt,
} from './attack-kit.ts';

/**
 * One payload written into every free-text field of the main write routes, the way the
 * secretariat and a member use them, through a meeting's whole life: a new council with its
 * standing cases, the demo council renamed, memberships, a meeting with a public and an exempt
 * case paper, attachments, organisations, interests, conflict declaration and assessment,
 * follow-ups, then notice, minutes, comment round, approval and a correction. Bodies come from
 * the OpenAPI document; each step's `base` holds only what must be valid (ids, dates, versions).
 */

export type Clients = { admin: ApiClient; secretariat: ApiClient; member: ApiClient };
export type Ctx = Record<string, string> & { demo: string; memberId: string };
type Body = Record<string, unknown>;

type Step = {
  route: string;
  as: keyof Clients;
  base?: (ctx: Ctx, c: Clients) => Promise<Body> | Body;
  /** Set after filling: a field kept out of the payload for a reason the step names. */
  override?: Body;
  keep?: (res: Body, ctx: Ctx) => void;
};

const versionOf = async (api: ApiClient, url: string) => (await api.get(url)).body.version;
const minutesOf = async (ctx: Ctx, c: Clients) =>
  (await c.secretariat.get(`/api/meetings/${ctx.meeting}/minutes`)).body;

const STEPS: Step[] = [
  {
    route: 'POST /api/councils',
    as: 'admin',
    keep: (r, x) => {
      x.council = r.id as string;
    },
  },
  {
    route: 'PUT /api/councils/{councilId}',
    as: 'admin',
    base: async (x, c) => ({ version: await versionOf(c.admin, `/api/councils/${x.council}`) }),
  },
  // Standing cases carry rich text into every meeting created with them.
  {
    route: 'PUT /api/councils/{councilId}/standing-cases',
    as: 'admin',
    base: () => ({ standingCases: [{ kind: null }] }),
  },
  {
    route: 'POST /api/councils/{councilId}/meetings',
    as: 'admin',
    base: (x) => ({ date: x.date, startTime: '10:00', endTime: null, link: null }),
    override: { withStandingCases: true },
    keep: (r, x) => {
      x.standingMeeting = r.id as string;
    },
  },
  // The demo council's own name and short name: on every public page and document.
  {
    route: 'PUT /api/councils/{councilId}#demo',
    as: 'secretariat',
    base: async (x, c) => ({ version: await versionOf(c.secretariat, `/api/councils/${x.demo}`) }),
  },
  {
    route: 'POST /api/councils/{councilId}/memberships#demo',
    as: 'secretariat',
    base: (x) => ({
      email: `angrep${x.round}@example.no`,
      role: 'member',
      periodStart: '2025-01-01',
      periodEnd: null,
    }),
    keep: (r, x) => {
      x.membershipId = r.id as string;
    },
  },
  {
    route: 'PUT /api/councils/{councilId}/memberships/{membershipId}#demo',
    as: 'secretariat',
    base: () => ({ role: 'member', periodStart: null, periodEnd: null }),
  },
  {
    route: 'POST /api/councils/{councilId}/meetings#demo',
    as: 'secretariat',
    base: (x) => ({ date: x.date, startTime: '10:00', endTime: null, link: null }),
    override: { withStandingCases: true },
    keep: (r, x) => {
      x.meeting = r.id as string;
    },
  },
  {
    route: 'PUT /api/meetings/{meetingId}',
    as: 'secretariat',
    base: async (x, c) => ({
      date: x.date,
      startTime: '10:00',
      endTime: null,
      link: null,
      version: await versionOf(c.secretariat, `/api/meetings/${x.meeting}`),
    }),
  },
  // Two papers: one public (so its fields reach the public pages), one exempt by the payload.
  {
    route: 'POST /api/meetings/{meetingId}/cases',
    as: 'secretariat',
    base: () => ({ caseOfficerIds: [], previouslyHandledCaseIds: [] }),
    override: { exemptionBasis: '' },
    keep: (r, x) => {
      x.caseId = r.id as string;
    },
  },
  {
    route: 'POST /api/meetings/{meetingId}/cases#exempt',
    as: 'secretariat',
    base: () => ({ caseOfficerIds: [], previouslyHandledCaseIds: [] }),
    keep: (r, x) => {
      x.exemptCase = r.id as string;
    },
  },
  {
    route: 'PUT /api/cases/{caseId}',
    as: 'secretariat',
    base: async (x, c) => ({
      caseOfficerIds: [],
      previouslyHandledCaseIds: [],
      version: await versionOf(c.secretariat, `/api/cases/${x.caseId}`),
    }),
    override: { exemptionBasis: '' },
  },
  { route: 'upload', as: 'secretariat' },
  {
    route: 'PUT /api/attachments/{attachmentId}',
    as: 'secretariat',
    override: { exemptionBasis: '' },
  },
  {
    route: 'PUT /api/attachments/{attachmentId}#exempt',
    as: 'secretariat',
  },
  {
    route: 'POST /api/councils/{councilId}/organisations#demo',
    as: 'secretariat',
    keep: (r, x) => {
      x.organisationId = r.id as string;
    },
  },
  {
    route: 'PUT /api/organisations/{organisationId}',
    as: 'secretariat',
    base: async (x, c) => ({
      version: (await c.secretariat.get(`/api/councils/${x.demo}/organisations`)).body.find(
        (o: Body) => o.id === x.organisationId,
      ).version,
    }),
  },
  { route: 'PUT /api/cases/{caseId}/conflict-declaration', as: 'member' },
  {
    route: 'PUT /api/cases/{caseId}/conflict-assessments/{userId}',
    as: 'secretariat',
    base: () => ({ disqualified: true, ground: 'discretionary', version: 0 }),
  },
  {
    route: 'POST /api/councils/{councilId}/follow-ups#demo',
    as: 'secretariat',
    base: (x) => ({ caseId: x.caseId, dueDate: null }),
    keep: (r, x) => {
      x.followUpId = r.id as string;
    },
  },
  {
    route: 'PUT /api/follow-ups/{followUpId}',
    as: 'secretariat',
    base: async (x, c) => ({
      dueDate: null,
      version: (await c.secretariat.get(`/api/councils/${x.demo}/follow-ups`)).body.find(
        (f: Body) => f.id === x.followUpId,
      ).version,
    }),
  },
  {
    route: 'POST /api/councils/{councilId}/interests#demo',
    as: 'member',
    base: () => ({ periodStart: null, periodEnd: null }),
    keep: (r, x) => {
      x.interestId = r.id as string;
      x.interestVersion = String(r.version);
    },
  },
  {
    route: 'PUT /api/interests/{interestId}',
    as: 'member',
    base: (x) => ({ periodStart: null, periodEnd: null, version: Number(x.interestVersion) }),
  },
  { route: 'notice_sent', as: 'secretariat' },
  { route: 'held', as: 'secretariat' },
  {
    route: 'PUT /api/minutes/{minutesId}/attendance',
    as: 'secretariat',
    base: async (x, c) => ({
      attendance: [
        {
          userId: null,
          substituteForUserId: null,
          kind: 'guest',
          presence: 'present',
          timeSpans: [],
          caseIds: [],
        },
      ],
      version: (await minutesOf(x, c)).version,
    }),
  },
  {
    route: 'PUT /api/minutes/{minutesId}/cases/{caseId}',
    as: 'secretariat',
    base: async (x, c) => ({
      postponed: false,
      version: (await minutesOf(x, c)).cases.find((m: Body) => m.caseId === x.caseId).version,
    }),
  },
  {
    route: 'POST /api/minutes/{minutesId}/circulate',
    as: 'secretariat',
    base: async (x, c) => ({
      deadlineDate: '2099-12-31',
      version: (await minutesOf(x, c)).version,
    }),
  },
  {
    route: 'POST /api/minutes/{minutesId}/comments',
    as: 'member',
    base: () => ({ caseId: null }),
    keep: (r, x) => {
      const mine = (r.comments as Body[]).find((m) => m.isMine);
      x.commentId = mine?.id as string;
    },
  },
  { route: 'PUT /api/minutes/comments/{commentId}', as: 'secretariat' },
  {
    route: 'POST /api/minutes/{minutesId}/approve',
    as: 'secretariat',
    base: async (x, c) => ({ version: (await minutesOf(x, c)).version }),
  },
  // Approved minutes change only by a reasoned correction: the same route, a new version.
  {
    route: 'PUT /api/minutes/{minutesId}/cases/{caseId}#correction',
    as: 'secretariat',
    base: async (x, c) => ({
      postponed: false,
      version: (await minutesOf(x, c)).cases.find((m: Body) => m.caseId === x.caseId).version,
    }),
  },
];

/**
 * A payload with a running number (so unique names stay unique), cut to the field's limit with
 * the number first if it must be; each value is kept under "route field.path" for read-back.
 */
export function textMaker(payload: string) {
  let n = 0;
  const written = new Map<string, string>();
  const text = (path: Path, schema: JsonSchema) => {
    n += 1;
    const max = schema.maxLength ?? 1000;
    const value = payload.length + 5 <= max ? `${payload} #${n}` : `#${n} ${payload}`.slice(0, max);
    written.set(path.join(' '), value);
    return value;
  };
  return { text, written };
}

/** The values of a step's path parameters; `#demo` steps act on the demo council. */
function paramsOf(route: string, ctx: Ctx): Record<string, string> {
  return {
    ...ctx,
    councilId: route.endsWith('#demo') ? ctx.demo : ctx.council,
    attachmentId: route.endsWith('#exempt') ? ctx.exemptAttachment : ctx.attachment,
    userId: ctx.memberId,
    meetingId: ctx.meeting,
    minutesId: ctx.minutes,
  } as Record<string, string>;
}

/**
 * Writes one payload everywhere and returns the ids it made. With `checkBase`, first proves
 * that every free-text field the generator did not fill refuses the payload (400), so nothing
 * is skipped by mistake.
 */
export async function writeEverywhere(
  server: TestServer,
  doc: OpenApi,
  c: Clients,
  ctx: Ctx,
  payload: string,
  pdf: Uint8Array,
  checkBase = false,
) {
  const { text: anyText, written } = textMaker(payload);
  for (const step of STEPS) {
    const text = (path: Path, schema: JsonSchema) => anyText([step.route, path.join('.')], schema);
    if (step.route === 'upload') {
      await uploadAttachments(server, c, ctx, text, pdf);
      continue;
    }
    if (step.route === 'notice_sent' || step.route === 'held') {
      const version = await versionOf(c.secretariat, `/api/meetings/${ctx.meeting}`);
      const body = { status: step.route, version };
      const res = await c.secretariat.post(`/api/meetings/${ctx.meeting}/status`, body);
      expect(res.status, step.route).toBe(200);
      if (step.route === 'held') ctx.minutes = (await minutesOf(ctx, c)).id;
      continue;
    }
    const [method = '', template = ''] = step.route.replace(/#.*/, '').split(' ');
    const schema = bodySchema(doc, `${method} ${template}`);
    const params = paramsOf(step.route, ctx);
    const url = template.replace(/\{(\w+)\}/g, (_, k: string) => {
      if (!params[k]) throw new Error(`${step.route}: no value for {${k}} yet`);
      return params[k];
    });
    const base = (await step.base?.(ctx, c)) ?? {};
    const send = (b: unknown) =>
      method === 'POST' ? c[step.as].post(url, b) : c[step.as].put(url, b);
    if (checkBase) {
      for (const path of baseTextPaths(schema, base)) {
        const body = { ...(fillBody(schema, base, () => 'x'.repeat(5)) as Body), ...step.override };
        setAt(body, path, payload);
        const res = await send(body);
        expect(res.status, `${step.route} ${path.join('.')} took a payload`).toBe(400);
      }
    }
    const body = { ...(fillBody(schema, base, text) as Body), ...step.override };
    const res = await send(body);
    expect(res.status, `${step.route}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
    // What a write answers is JSON too, never something a browser would sniff as a page.
    expect(res.raw.headers['x-content-type-options']).toBe('nosniff');
    if (res.status !== 204) expect(res.raw.headers['content-type']).toMatch(/^application\/json/);
    step.keep?.(res.body ?? {}, ctx);
  }
  return written;
}

/**
 * Files for the public paper: one with
 * an ordinary name (renamed later), one exempt, and one named by the payload itself, which is
 * either stored under a cleaned name or refused when it holds a folder separator.
 */
async function uploadAttachments(
  server: TestServer,
  c: Clients,
  ctx: Ctx,
  text: (path: Path, schema: JsonSchema) => string,
  pdf: Uint8Array,
) {
  const upload = (title: string, fileName: string) =>
    server.app.inject({
      method: 'POST',
      url: `/api/cases/${ctx.caseId}/attachments`,
      ...multipart(
        [
          { name: 'title', value: title },
          { name: 'file', fileName, bytes: pdf },
        ],
        c.secretariat.headers,
      ),
    });
  const titled = { maxLength: 300 };
  for (const key of ['attachment', 'exemptAttachment']) {
    const res = await upload(text([key], titled), 'vedlegg.pdf');
    expect(res.statusCode, res.body).toBe(201);
    ctx[key] = res.json().id;
  }
  const fileName = `${text(['fileName'], { maxLength: 100 })}.pdf`;
  const named = await upload(text(['namedAttachment'], titled), fileName);
  if (/[\\/]/.test(fileName)) {
    expect(named.statusCode).toBe(400);
  } else {
    expect(named.statusCode, named.body).toBe(201);
    ctx.namedAttachment = named.json().id;
  }
}
