import { eq } from 'drizzle-orm';
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Db } from '../db/client.ts';
import {
  monitorDatasets,
  monitorImportDrafts,
  monitorIndicators,
  newsletters,
} from '../db/monitor-schema.ts';
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
  followUps,
  imports,
  interests,
  meetings,
  minutes,
  minutesComments,
  organisations,
} from '../db/schema.ts';
import { forbidden, notFound, unauthenticated } from '../errors.ts';
import { passesRouteGate, type RouteAccess } from './permissions.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; required on every API route (see `RouteAccess`). */
    access?: RouteAccess;
  }
}

/** One API route as registered, with its declared access: the table the matrix test walks. */
export type ApiRoute = {
  method: string;
  url: string;
  params: string[];
  /** The params the gate locates councils by (see `locatingParams`). */
  locating: string[];
  access: RouteAccess;
};

type Locator = {
  /** The 404 the route's handler gives for an unknown id. */
  missing: string;
  /** The council the thing belongs to, or null when there is no such thing. */
  locate: (db: Db, id: string) => Promise<string | null>;
};

const councilOf = async (rows: Promise<{ councilId: string }[]>) =>
  (await rows)[0]?.councilId ?? null;

/**
 * The council of each kind of thing a path can name: one small lookup each. A council id is its
 * own council, not looked up, so a stranger to it gets 403 as before and an administrator the
 * handler's answer. Every such param in a path is checked, so a nested id cannot reach into
 * another council even where the handler forgot to scope it.
 */
export const COUNCIL_LOCATORS: Record<string, Locator> = {
  councilId: { missing: 'Fant ikke rådet.', locate: async (_db, id) => id },
  membershipId: {
    missing: 'Fant ikke medlemskapet.',
    locate: (db, id) =>
      councilOf(
        db
          .select({ councilId: councilMemberships.councilId })
          .from(councilMemberships)
          .where(eq(councilMemberships.id, id)),
      ),
  },
  meetingId: {
    missing: 'Fant ikke møtet.',
    locate: (db, id) =>
      councilOf(
        db.select({ councilId: meetings.councilId }).from(meetings).where(eq(meetings.id, id)),
      ),
  },
  caseId: {
    missing: 'Fant ikke saken.',
    locate: (db, id) =>
      councilOf(db.select({ councilId: cases.councilId }).from(cases).where(eq(cases.id, id))),
  },
  minutesId: {
    missing: 'Fant ikke referatet.',
    locate: (db, id) =>
      councilOf(
        db.select({ councilId: minutes.councilId }).from(minutes).where(eq(minutes.id, id)),
      ),
  },
  attachmentId: {
    missing: 'Fant ikke vedlegget.',
    locate: (db, id) =>
      councilOf(
        db
          .select({ councilId: cases.councilId })
          .from(attachments)
          .innerJoin(cases, eq(cases.id, attachments.caseId))
          .where(eq(attachments.id, id)),
      ),
  },
  commentId: {
    missing: 'Fant ikke merknaden.',
    locate: (db, id) =>
      councilOf(
        db
          .select({ councilId: minutes.councilId })
          .from(minutesComments)
          .innerJoin(minutes, eq(minutes.id, minutesComments.minutesId))
          .where(eq(minutesComments.id, id)),
      ),
  },
  followUpId: {
    missing: 'Fant ikke oppfølgingspunktet.',
    locate: (db, id) =>
      councilOf(
        db.select({ councilId: followUps.councilId }).from(followUps).where(eq(followUps.id, id)),
      ),
  },
  interestId: {
    missing: 'Fant ikke interessen.',
    locate: (db, id) =>
      councilOf(
        db.select({ councilId: interests.councilId }).from(interests).where(eq(interests.id, id)),
      ),
  },
  organisationId: {
    missing: 'Fant ikke organisasjonen.',
    locate: (db, id) =>
      councilOf(
        db
          .select({ councilId: organisations.councilId })
          .from(organisations)
          .where(eq(organisations.id, id)),
      ),
  },
  importId: {
    missing: 'Fant ikke importen.',
    locate: (db, id) =>
      councilOf(
        db.select({ councilId: imports.councilId }).from(imports).where(eq(imports.id, id)),
      ),
  },
  planId: {
    missing: 'Fant ikke handlingsplanen.',
    locate: (db, id) =>
      councilOf(db.select({ councilId: plans.councilId }).from(plans).where(eq(plans.id, id))),
  },
  areaId: {
    missing: 'Fant ikke området i handlingsplanen.',
    locate: (db, id) =>
      councilOf(
        db.select({ councilId: planAreas.councilId }).from(planAreas).where(eq(planAreas.id, id)),
      ),
  },
  activityId: {
    missing: 'Fant ikke aktiviteten.',
    locate: (db, id) =>
      councilOf(
        db
          .select({ councilId: planActivities.councilId })
          .from(planActivities)
          .where(eq(planActivities.id, id)),
      ),
  },
  measureId: {
    missing: 'Fant ikke tiltaket.',
    locate: (db, id) =>
      councilOf(
        db
          .select({ councilId: planMeasures.councilId })
          .from(planMeasures)
          .where(eq(planMeasures.id, id)),
      ),
  },
  linkId: {
    missing: 'Fant ikke koblingen til handlingsplanen.',
    locate: (db, id) =>
      councilOf(
        db
          .select({ councilId: planCaseLinks.councilId })
          .from(planCaseLinks)
          .where(eq(planCaseLinks.id, id)),
      ),
  },
  policyDocumentId: {
    missing: 'Fant ikke dokumentet i oversikten.',
    locate: (db, id) =>
      councilOf(
        db
          .select({ councilId: policyDocuments.councilId })
          .from(policyDocuments)
          .where(eq(policyDocuments.id, id)),
      ),
  },
  statementId: {
    missing: 'Fant ikke uttalelsen.',
    locate: (db, id) =>
      councilOf(
        db
          .select({ councilId: councilStatements.councilId })
          .from(councilStatements)
          .where(eq(councilStatements.id, id)),
      ),
  },
  datasetId: {
    missing: 'Fant ikke datasettet.',
    locate: (db, id) =>
      councilOf(
        db
          .select({ councilId: monitorDatasets.councilId })
          .from(monitorDatasets)
          .where(eq(monitorDatasets.id, id)),
      ),
  },
  draftId: {
    missing: 'Fant ikke importen. Den kan være lagret eller forkastet.',
    locate: (db, id) =>
      councilOf(
        db
          .select({ councilId: monitorImportDrafts.councilId })
          .from(monitorImportDrafts)
          .where(eq(monitorImportDrafts.id, id)),
      ),
  },
  indicatorId: {
    missing: 'Fant ikke indikatoren.',
    locate: (db, id) =>
      councilOf(
        db
          .select({ councilId: monitorIndicators.councilId })
          .from(monitorIndicators)
          .where(eq(monitorIndicators.id, id)),
      ),
  },
  newsletterId: {
    missing: 'Fant ikke nyhetsbrevet.',
    locate: (db, id) =>
      councilOf(
        db
          .select({ councilId: newsletters.councilId })
          .from(newsletters)
          .where(eq(newsletters.id, id)),
      ),
  },
};

/**
 * Params that name nothing a council owns: a person (the member a case's assessment is of; a
 * person belongs to no one council) and one's own notice (the handler keeps to the owner).
 */
export const NON_LOCATING_PARAMS: ReadonlySet<string> = new Set(['userId', 'notificationId']);

// PostgreSQL refuses a malformed uuid with an error; such an address names nothing.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const pathParams = (url: string) => [...url.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');

/** The params of a path the gate finds councils by. */
export const locatingParams = (params: readonly string[]) =>
  params.filter((param) => param in COUNCIL_LOCATORS);

function describeRoute(route: RouteOptions) {
  return `${[route.method].flat().join(',')} ${route.url}`;
}

/** Fails at start-up unless the route declares its access and every param is understood. */
function checkDeclaration(route: RouteOptions) {
  const access = route.config?.access;
  if (!access) throw new Error(`${describeRoute(route)} declares no config.access`);
  const params = pathParams(route.url ?? '');
  const locating = locatingParams(params);
  for (const param of params) {
    if (!(param in COUNCIL_LOCATORS) && !NON_LOCATING_PARAMS.has(param)) {
      throw new Error(`${describeRoute(route)}: the access check does not know :${param}`);
    }
  }
  if (locating.length > 0 && typeof access === 'string') {
    throw new Error(`${describeRoute(route)} names a council's :${locating[0]} but is '${access}'`);
  }
  return { access, params, locating };
}

/**
 * Installs the central access check in the API scope: every route must declare `config.access`,
 * collected into `table`; each request passes its gate after the session is read and before
 * the body is validated, so an unauthorised write is refused whatever its body.
 */
export function installRouteAccess(api: FastifyInstance, table: ApiRoute[]) {
  api.addHook('onRoute', (route) => {
    const declared = checkDeclaration(route);
    for (const method of [route.method].flat()) {
      table.push({ method, url: route.url ?? '', ...declared });
    }
  });

  api.addHook('preValidation', async (request) => {
    const { access } = request.routeOptions.config;
    if (access === 'public') return;
    if (!request.actor) throw unauthenticated();
    if (access === 'signed_in') return;
    if (!access) throw forbidden(); // Unreachable after checkDeclaration; closed if not.
    const params = request.params as Record<string, string>;
    const councilIds: string[] = [];
    let missing: string | undefined;
    for (const param of locatingParams(Object.keys(params))) {
      const locator = COUNCIL_LOCATORS[param];
      const value = params[param] ?? '';
      const found = locator && UUID.test(value) ? await locator.locate(api.deps.db, value) : null;
      if (!found) throw notFound(locator?.missing);
      councilIds.push(found);
      missing ??= locator?.missing;
    }
    if (!passesRouteGate(request.actor, access, councilIds)) {
      throw access.hideRefusal ? notFound(missing) : forbidden();
    }
  });
}
