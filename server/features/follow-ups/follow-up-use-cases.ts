import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { osloToday } from '../../../core/dates.ts';
import { formatCaseNumber } from '../../../core/numbers.ts';
import { diff, recordAudit } from '../../audit/record-audit.ts';
import type { Db } from '../../db/client.ts';
import { cases, followUps, meetings } from '../../db/schema.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import type { TFollowUp } from './schema.ts';

type Fields = { title: string; owner: string; dueDate: string | null };
type Status = TFollowUp['status'];

export async function listFollowUps(
  db: Db,
  councilId: string,
  filter: { openOnly?: boolean; id?: string } = {},
): Promise<TFollowUp[]> {
  const rows = await db
    .select({ f: followUps, c: cases, m: meetings })
    .from(followUps)
    .innerJoin(cases, eq(cases.id, followUps.caseId))
    .innerJoin(meetings, eq(meetings.id, cases.meetingId))
    .where(
      and(
        eq(followUps.councilId, councilId),
        filter.openOnly ? inArray(followUps.status, ['open', 'in_progress']) : sql`true`,
        filter.id ? eq(followUps.id, filter.id) : sql`true`,
      ),
    )
    .orderBy(asc(followUps.dueDate), asc(followUps.createdAt));
  const today = osloToday();
  return rows.map(({ f, c, m }) => ({
    id: f.id,
    caseId: c.id,
    caseNumber: formatCaseNumber(c.number, m.number, m.year),
    caseTitle: c.title,
    title: f.title,
    owner: f.owner,
    dueDate: f.dueDate,
    status: f.status,
    overdue: f.status !== 'done' && f.dueDate !== null && f.dueDate < today,
    version: f.version,
  }));
}

export async function createFollowUp(
  db: Db,
  userId: string,
  councilId: string,
  input: Fields & { caseId: string },
) {
  const [theCase] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.id, input.caseId), eq(cases.councilId, councilId)));
  if (!theCase) throw invalid('Saken finnes ikke i dette rådet.');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(followUps)
      .values({ ...input, councilId })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      userId,
      councilId,
      entityType: 'follow_up',
      entityId: row.id,
      action: 'create',
      changes: input,
    });
    return row.id;
  });
}

export async function loadFollowUp(db: Db, followUpId: string) {
  const [row] = await db.select().from(followUps).where(eq(followUps.id, followUpId));
  if (!row) throw notFound('Fant ikke oppfølgingspunktet.');
  return row;
}

export async function updateFollowUp(
  db: Db,
  userId: string,
  followUpId: string,
  input: Fields & { status: Status; version: number },
) {
  const before = await loadFollowUp(db, followUpId);
  const { version, ...values } = input;
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(followUps)
      .set({ ...values, version: version + 1, updatedAt: new Date() })
      .where(and(eq(followUps.id, followUpId), eq(followUps.version, version)))
      .returning({ id: followUps.id });
    if (updated.length === 0)
      throw conflict('Noen andre har endret oppfølgingspunktet. Last siden på nytt.');
    await recordAudit(tx, {
      userId,
      councilId: before.councilId,
      entityType: 'follow_up',
      entityId: followUpId,
      action: 'update',
      changes: diff(before, values),
    });
  });
  return before.councilId;
}
