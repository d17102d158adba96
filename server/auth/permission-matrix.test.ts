import { readFileSync } from 'node:fs';
import { and, eq, inArray } from 'drizzle-orm';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { monitorDatasets, monitorIndicators, newsletters } from '../db/monitor-schema.ts';
import {
  planActivities,
  planAreas,
  planCaseLinks,
  planMeasures,
  plans,
} from '../db/plan-schema.ts';
import { councilStatements, policyDocuments } from '../db/policy-schema.ts';
import {
  attachments,
  cases,
  councilMemberships,
  councils,
  followUps,
  meetings,
  minutes,
  minutesComments,
  notifications,
  organisations,
  users,
} from '../db/schema.ts';
import { stageImport } from '../features/imports/stage-import.ts';
import { stageMonitorImport } from '../features/monitor/import-drafts.ts';
import { DEMO_COUNCIL, DEMO_PASSWORD } from '../seed/demo-data.ts';
import { DEMO_ADMIN } from '../seed/seed-demo.ts';
import { type ApiClient, signIn } from '../testing/api-client.ts';
import { startTestServer } from '../testing/test-server.ts';
import { loadActor } from './load-actor.ts';
import { hashPassword } from './passwords.ts';
import { type Actor, can } from './permissions.ts';
import { type ApiRoute, installRouteAccess } from './route-access.ts';

/**
 * Every API route × every role, generated from the route table: what each role should get is
 * computed from the route's declared `config.access` and `can()`, and checked against what the
 * running app answers. Denied is 401 (anonymous) or 403; anything else (200, 400, 404, 409 …)
 * got past the gate. Ids are the ones most favourable to the role (its own interest, approved
 * minutes), so a refusal can only come from the declared gate; the finer, data-dependent rules
 * in the handlers have their own tests.
 */

const ROLES = [
  'anonymous',
  'other_council',
  'observer',
  'substitute',
  'member',
  'chair',
  'secretariat',
  'admin',
] as const;
type Role = (typeof ROLES)[number];
type SignedInRole = Exclude<Role, 'anonymous'>;

const EMAILS: Record<SignedInRole, string> = {
  other_council: 'annen.rad@example.no',
  observer: 'observator@radsrom.no',
  substitute: 'e.sande@example.no',
  member: 'medlem@radsrom.no',
  chair: 'leder@radsrom.no',
  secretariat: 'sekretariat@radsrom.no',
  admin: DEMO_ADMIN.email,
};
/** In council A but none of the roles above: the one whose membership and removal are tried. */
const BYSTANDER = 'p.lund@example.no';
/** Council A members whose interests admin and the other council's member address. */
const SPARE_INTEREST_OWNERS = {
  admin: 'k.haugen@example.no',
  other_council: 'a.nilsen@example.no',
};

const server = await startTestServer();
afterAll(() => server.close());
const { db } = server;

// The world: the demo council (A), a second council (B) with one member, everyone signed in.
const [demoCouncil] = await db
  .select()
  .from(councils)
  .where(eq(councils.shortName, DEMO_COUNCIL.shortName));
if (!demoCouncil) throw new Error('the demo council is missing');
const councilA = { id: demoCouncil.id };
const secretariat = await signIn(server, EMAILS.secretariat, DEMO_PASSWORD);
const admin = await signIn(server, EMAILS.admin, DEMO_PASSWORD);
const councilB = await admin.post('/api/councils', { name: 'Annet råd', shortName: 'Annet' });
await admin.post(`/api/councils/${councilB.body.id}/memberships`, {
  email: EMAILS.other_council,
  name: 'Åse Annen',
  role: 'member',
});
const passwordHash = await hashPassword(DEMO_PASSWORD);
await db
  .update(users)
  .set({ passwordHash })
  .where(inArray(users.email, [EMAILS.other_council, EMAILS.substitute]));

const userIdOf = async (email: string) => {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
};
const clients = new Map<SignedInRole, ApiClient>();
const actors = new Map<Role, Actor | null>([['anonymous', null]]);
for (const role of ROLES) {
  if (role === 'anonymous') continue;
  clients.set(role, await signIn(server, EMAILS[role], DEMO_PASSWORD));
  actors.set(role, await loadActor(db, await userIdOf(EMAILS[role])));
}

/** Each role's own interest (the spare ones for those outside council A), registered by the secretariat. */
const interestOf = new Map<Role, string>();
for (const role of ROLES) {
  if (role === 'anonymous') continue;
  const owner =
    role === 'admin' || role === 'other_council' ? SPARE_INTEREST_OWNERS[role] : EMAILS[role];
  const created = await secretariat.post(`/api/councils/${councilA.id}/interests`, {
    userId: await userIdOf(owner),
    organisationName: `Matrise ${role}`,
    kind: 'other',
  });
  if (created.status !== 201) throw new Error(`interest: ${created.status}`);
  interestOf.set(role, created.body.id);
}
interestOf.set('anonymous', interestOf.get('member') ?? '');

// A meeting whose minutes are approved: everyone in council A may read it, and its papers are locked.
const [meeting] = await db
  .select()
  .from(meetings)
  .where(and(eq(meetings.councilId, councilA.id), eq(meetings.status, 'minutes_approved')));
if (!meeting) throw new Error('no approved meeting in the demo');
const firstId = async (rows: Promise<{ id: string }[]>) => (await rows)[0]?.id;
const bystanderId = await userIdOf(BYSTANDER);
const staged = await stageImport(db, null, councilA.id, {
  fileName: 'minutes-1-2019.txt',
  bytes: readFileSync(new URL('../features/imports/fixtures/minutes-1-2019.txt', import.meta.url)),
});

const monitorDraft = await stageMonitorImport(
  db,
  null,
  councilA.id,
  { fileName: 'tall.csv', bytes: new TextEncoder().encode('År;Verdi\n2024;1\n') },
  null,
);
const [newsletter] = await db
  .insert(newsletters)
  .values({ councilId: councilA.id, title: 'Nyhetsbrev fra monitoren' })
  .returning();

const ids: Record<string, string | undefined> = {
  councilId: councilA.id,
  meetingId: meeting.id,
  caseId: await firstId(db.select().from(cases).where(eq(cases.meetingId, meeting.id))),
  minutesId: await firstId(db.select().from(minutes).where(eq(minutes.meetingId, meeting.id))),
  attachmentId: await firstId(
    db
      .select({ id: attachments.id })
      .from(attachments)
      .innerJoin(cases, eq(cases.id, attachments.caseId))
      .innerJoin(meetings, eq(meetings.id, cases.meetingId))
      .where(and(eq(cases.councilId, councilA.id), eq(meetings.status, 'minutes_approved'))),
  ),
  commentId: await firstId(
    db
      .select({ id: minutesComments.id })
      .from(minutesComments)
      .innerJoin(minutes, eq(minutes.id, minutesComments.minutesId))
      .where(eq(minutes.councilId, councilA.id)),
  ),
  followUpId: await firstId(
    db.select().from(followUps).where(eq(followUps.councilId, councilA.id)),
  ),
  organisationId: await firstId(
    db.select().from(organisations).where(eq(organisations.councilId, councilA.id)),
  ),
  importId: staged.id,
  membershipId: await firstId(
    db
      .select()
      .from(councilMemberships)
      .where(
        and(
          eq(councilMemberships.councilId, councilA.id),
          eq(councilMemberships.userId, bystanderId),
        ),
      ),
  ),
  userId: bystanderId,
  notificationId: await firstId(db.select().from(notifications)),
  planId: await firstId(db.select().from(plans).where(eq(plans.councilId, councilA.id))),
  areaId: await firstId(db.select().from(planAreas).where(eq(planAreas.councilId, councilA.id))),
  activityId: await firstId(
    db.select().from(planActivities).where(eq(planActivities.councilId, councilA.id)),
  ),
  measureId: await firstId(
    db.select().from(planMeasures).where(eq(planMeasures.councilId, councilA.id)),
  ),
  linkId: await firstId(
    db.select().from(planCaseLinks).where(eq(planCaseLinks.councilId, councilA.id)),
  ),
  policyDocumentId: await firstId(
    db.select().from(policyDocuments).where(eq(policyDocuments.councilId, councilA.id)),
  ),
  statementId: await firstId(
    db.select().from(councilStatements).where(eq(councilStatements.councilId, councilA.id)),
  ),
  datasetId: await firstId(
    db.select().from(monitorDatasets).where(eq(monitorDatasets.councilId, councilA.id)),
  ),
  draftId: monitorDraft.id,
  indicatorId: await firstId(
    db.select().from(monitorIndicators).where(eq(monitorIndicators.councilId, councilA.id)),
  ),
  newsletterId: newsletter?.id,
};

function fillPath(route: ApiRoute, role: Role): string {
  return route.url.replace(/:(\w+)/g, (_, param: string) => {
    const id = param === 'interestId' ? interestOf.get(role) : ids[param];
    if (!id) throw new Error(`${route.method} ${route.url}: the world has no id for :${param}`);
    return id;
  });
}

/** Whether the declared gate lets the role through, from `can()` in council A. */
function allowed(route: ApiRoute, role: Role): boolean {
  const { access } = route;
  if (access === 'public') return true;
  const actor = actors.get(role);
  if (!actor) return false;
  if (access === 'signed_in') return true;
  const actions = 'action' in access ? [access.action] : access.anyOf;
  const councilId = route.locating.length > 0 ? councilA.id : undefined;
  return actions.some((action) => can(actor, action, councilId));
}

async function send(route: ApiRoute, role: Role) {
  const url = fillPath(route, role);
  const write = route.method === 'POST' || route.method === 'PUT';
  const client = role === 'anonymous' ? undefined : clients.get(role);
  if (!client) {
    const res = await server.app.inject({
      method: route.method as 'GET',
      url,
      ...(write ? { payload: {} } : {}),
    });
    return res.statusCode;
  }
  switch (route.method) {
    case 'GET':
      return (await client.get(url)).status;
    case 'POST':
      return (await client.post(url, {})).status;
    case 'PUT':
      return (await client.put(url, {})).status;
    case 'DELETE':
      return (await client.del(url)).status;
    default:
      throw new Error(`${route.method} ${route.url}: no way to send this method`);
  }
}

/**
 * Reads first, then writes, deletions last and deepest first, so a write that succeeds with an
 * empty body cannot remove what a later route addresses; logging out ends the sessions, so last.
 */
const order = (route: ApiRoute) => {
  if (route.url === '/api/auth/logout') return 1000;
  if (route.method === 'GET') return 0;
  return route.method === 'DELETE' ? 100 - route.url.split('/').length : 10;
};
const routes = server.app.apiRoutes
  .filter((route) => route.method !== 'HEAD') // Fastify's copies of the GET routes.
  .toSorted((a, b) => order(a) - order(b));

describe('the route table', () => {
  it('holds every API route, each with a declared access', () => {
    expect(routes.length).toBeGreaterThan(80);
    for (const route of routes) expect(route.access, `${route.method} ${route.url}`).toBeDefined();
  });

  it('refuses to start with a route that declares no access, or an id it cannot place', async () => {
    const boot = async (url: string, config?: object) => {
      const app = Fastify();
      await app.register(async (api) => {
        installRouteAccess(api, []);
        api.get(url, { config }, async () => 'ok');
      });
      await app.ready();
    };
    await expect(boot('/x')).rejects.toThrow('GET /x declares no config.access');
    await expect(boot('/x/:thingId', { access: { action: 'case.read' } })).rejects.toThrow(
      'does not know :thingId',
    );
    await expect(boot('/cases/:caseId', { access: 'signed_in' })).rejects.toThrow(
      "names a council's :caseId",
    );
  });

  it('answers a malformed or unknown id with 404, never 500', async () => {
    const member = clients.get('member');
    expect((await member?.get('/api/meetings/ikke-en-id'))?.status).toBe(404);
    expect((await member?.get(`/api/cases/${crypto.randomUUID()}`))?.body.error.message).toBe(
      'Fant ikke saken.',
    );
    expect((await member?.put('/api/interests/1%27%3B--', {}))?.status).toBe(404);
    // An address that is no route is still the not-found page, not a refusal.
    expect((await server.app.inject('/api/finnes-ikke')).statusCode).toBe(404);
  });
});

for (const route of routes) {
  // Those refused go first: they must meet the thing before an allowed write changes it.
  const roles = ROLES.map((role) => ({ role, allowed: allowed(route, role) })).toSorted(
    (a, b) => Number(a.allowed) - Number(b.allowed),
  );
  const hidden = typeof route.access === 'object' && route.access.hideRefusal === true;
  describe(`${route.method} ${route.url}`, () => {
    it.each(roles)('$role is allowed: $allowed', async ({ role, allowed }) => {
      const status = await send(route, role);
      expect(status, 'a server error').toBeLessThan(500);
      const refusal = role === 'anonymous' ? 401 : hidden ? 404 : 403;
      if (allowed) expect([401, 403, refusal]).not.toContain(status);
      else expect(status).toBe(refusal);
    });
  });
}
