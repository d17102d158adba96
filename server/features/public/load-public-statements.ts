import { and, desc, eq, sql } from 'drizzle-orm';
import { osloToday } from '../../../core/dates.ts';
import type { StatementKind } from '../../../core/policy.ts';
import type { DbOrTx } from '../../db/client.ts';
import { councilStatements, policyDocuments } from '../../db/policy-schema.ts';
import { councils } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { redactExemptPassages } from '../../rich-text.ts';
import type { PublicDocument } from './list-public-documents.ts';

/**
 * "Rådet mener": the council's statements as the public sees them (offentleglova). A statement
 * is public once it is sent; one with a legal basis for exemption is shown by its title, kind,
 * date and basis only. The queries themselves select nothing more: an exempt statement's
 * summary and body never leave the database, and exempt passages in a public body are replaced
 * by their basis here, before any view sees the text.
 */

export type PublicCouncilRef = { id: string; name: string; shortName: string };

export type PublicStatementSummary = {
  id: string;
  kind: StatementKind;
  title: string;
  sentOn: string;
  /** Empty for a public statement; else the legal basis, and `summary` is empty. */
  exemptionBasis: string;
  summary: string;
  /** The document the statement answers: "Meld. St. 21 (2024–2025) Helse for alle". */
  answers: string | null;
};

export type PublicStatement = PublicStatementSummary & {
  /** Redacted rich text; empty for an exempt statement. */
  body: string;
};

/** A path segment with every reserved character escaped, so no attribute escaping is needed. */
const segment = (text: string) =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** The address of a council's "Rådet mener" page, and of one statement on it. */
export const statementsPath = (shortName: string) => `/public/${segment(shortName)}/radet-mener`;
export const statementPath = (shortName: string, id: string) =>
  `${statementsPath(shortName)}/${id}`;

/**
 * Only what is public: sent (a send date set and come; a planned date is not yet sent), and the
 * summary, body and the document answered only of those without an exemption.
 */
const sent = () => sql`${councilStatements.sentOn} <= ${osloToday()}`;
const open = sql`${councilStatements.exemptionBasis} = ''`;
const publicColumns = {
  id: councilStatements.id,
  kind: councilStatements.kind,
  title: councilStatements.title,
  sentOn: sql<string>`${councilStatements.sentOn}::text`,
  exemptionBasis: councilStatements.exemptionBasis,
  summary: sql<string>`case when ${open} then ${councilStatements.summary} else '' end`,
  answers: sql<
    string | null
  >`case when ${open} then nullif(trim(concat_ws(' ', ${policyDocuments.reference}, ${policyDocuments.title})), '') end`,
  updatedAt: councilStatements.updatedAt,
};

/** A council by its short name ("HO21-rådet"), or a 404. */
export async function findCouncilByShortName(
  db: DbOrTx,
  shortName: string,
): Promise<PublicCouncilRef> {
  const [council] = await db
    .select({ id: councils.id, name: councils.name, shortName: councils.shortName })
    .from(councils)
    .where(eq(councils.shortName, shortName));
  if (!council) throw notFound('Fant ikke rådet.');
  return council;
}

/** The council's sent statements, newest first. */
export async function listPublicStatements(db: DbOrTx, shortName: string) {
  const council = await findCouncilByShortName(db, shortName);
  const rows = await db
    .select(publicColumns)
    .from(councilStatements)
    .leftJoin(policyDocuments, eq(policyDocuments.id, councilStatements.policyDocumentId))
    .where(and(eq(councilStatements.councilId, council.id), sent()))
    .orderBy(desc(councilStatements.sentOn), desc(councilStatements.createdAt));
  const statements: PublicStatementSummary[] = rows.map(({ updatedAt: _, ...row }) => row);
  return { council, statements };
}

/** One sent statement of the council; an unsent one, or another council's, is not found. */
export async function loadPublicStatement(db: DbOrTx, shortName: string, statementId: string) {
  const council = await findCouncilByShortName(db, shortName);
  const [row] = await db
    .select({
      ...publicColumns,
      body: sql<string>`case when ${open} then ${councilStatements.body} else '' end`,
    })
    .from(councilStatements)
    .leftJoin(policyDocuments, eq(policyDocuments.id, councilStatements.policyDocumentId))
    .where(
      and(
        eq(councilStatements.id, statementId),
        eq(councilStatements.councilId, council.id),
        sent(),
      ),
    );
  if (!row) throw notFound('Fant ikke innspillet.');
  const { updatedAt: _, body, ...rest } = row;
  const statement: PublicStatement = {
    ...rest,
    body: rest.exemptionBasis === '' && body ? redactExemptPassages(body) : '',
  };
  return { council, statement };
}

/**
 * The council's sent statements (or every council's) as published documents, newest first, for
 * the feed and the sitemap; an exempt one by its title and legal basis only.
 */
export async function listPublicStatementDocuments(
  db: DbOrTx,
  councilId?: string,
): Promise<PublicDocument[]> {
  const rows = await db
    .select({ shortName: councils.shortName, ...publicColumns })
    .from(councilStatements)
    .innerJoin(councils, eq(councils.id, councilStatements.councilId))
    .leftJoin(policyDocuments, eq(policyDocuments.id, councilStatements.policyDocumentId))
    .where(and(sent(), councilId ? eq(councilStatements.councilId, councilId) : undefined))
    .orderBy(desc(councilStatements.updatedAt));
  return rows.map((r) => ({
    title: `Rådet mener: ${r.title}`,
    path: statementPath(r.shortName, r.id),
    updated: r.updatedAt,
    summary: r.exemptionBasis ? `Unntatt offentlighet (${r.exemptionBasis})` : r.summary,
  }));
}

/** The "Rådet mener" pages for the sitemap: each council's list and each sent statement. */
export async function listPublicStatementPages(db: DbOrTx): Promise<PublicDocument[]> {
  const all = await db
    .select({
      id: councils.id,
      shortName: councils.shortName,
      name: councils.name,
      createdAt: councils.createdAt,
    })
    .from(councils);
  const pages = await listPublicStatementDocuments(db);
  const lists = all.map((c) => {
    const path = statementsPath(c.shortName);
    const own = pages.filter((p) => p.path.startsWith(`${path}/`)).map((p) => p.updated.getTime());
    const updated = new Date(Math.max(c.createdAt.getTime(), ...own));
    return { title: `${c.name}: Rådet mener`, path, updated, summary: '' };
  });
  return [...lists, ...pages];
}
