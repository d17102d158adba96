import { and, eq, max } from 'drizzle-orm';
import type { AttendanceKind, Presence } from '../../../core/attendance.ts';
import type {
  ImportedAttendance,
  ImportedCase,
  ImportedMeeting,
  ImportResult,
} from '../../../core/import/types.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Db, Tx } from '../../db/client.ts';
import { lockCouncilYear } from '../../db/locks.ts';
import { attendances, caseMinutes, cases, imports, meetings, minutes } from '../../db/schema.ts';
import { conflict, invalid } from '../../errors.ts';
import { linesToRichText } from '../../rich-text.ts';
import { checkImport, parseCaseNumber, parseMeetingNumber } from './check-import.ts';
import { linkImportedCases } from './link-imported-cases.ts';
import { loadImportRow } from './load-import.ts';

const rich = (text: string | null) => (text?.trim() ? linesToRichText([text.trim()]) : '');

/** How each attendance block of imported minutes is stored. */
const BLOCKS: Record<keyof ImportedAttendance, { kind: AttendanceKind; presence: Presence }> = {
  present: { kind: 'member', presence: 'present' },
  absent: { kind: 'member', presence: 'absent' },
  substitutes: { kind: 'substitute', presence: 'present' },
  observers: { kind: 'observer', presence: 'present' },
  secretariat: { kind: 'secretariat', presence: 'present' },
  others: { kind: 'guest', presence: 'present' },
};

type Context = {
  tx: Tx;
  userId: string | null;
  councilId: string;
  importId: string;
  fileName: string;
};

/** The meeting M/YYYY, created from the import when the council does not have it yet. */
async function meetingFor(ctx: Context, found: ImportedMeeting) {
  const parsed = parseMeetingNumber(found.number);
  if (!parsed) throw new Error('checked before');
  await lockCouncilYear(ctx.tx, ctx.councilId, parsed.year);
  const [existing] = await ctx.tx
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.councilId, ctx.councilId),
        eq(meetings.year, parsed.year),
        eq(meetings.number, parsed.number),
      ),
    );
  const status = found.kind === 'minutes' ? 'minutes_approved' : 'held';
  if (existing) {
    // Minutes arriving for an imported meeting complete it; a meeting made here is left alone.
    if (existing.importId && found.kind === 'minutes' && existing.status !== status) {
      await ctx.tx.update(meetings).set({ status }).where(eq(meetings.id, existing.id));
    }
    return existing;
  }
  const [created] = await ctx.tx
    .insert(meetings)
    .values({
      councilId: ctx.councilId,
      year: parsed.year,
      number: parsed.number,
      // checkImport has made sure a new meeting has both.
      date: found.date as string,
      startTime: found.start as string,
      endTime: found.end,
      room: found.place,
      status,
      importId: ctx.importId,
    })
    .returning();
  if (!created) throw new Error('insert returned nothing');
  return created;
}

/** The case N/M/YYYY: created from the import, or its empty fields filled in. */
async function writeCase(ctx: Context, meeting: typeof meetings.$inferSelect, found: ImportedCase) {
  const number = parseCaseNumber(found.number);
  if (!number) throw new Error('checked before');
  const fields = {
    title: found.title.trim(),
    sender: found.sender ?? '',
    background: rich(found.background),
    reason: rich(found.reason),
    mainPoints: rich(found.mainPoints),
    proposedDecision: rich(found.proposedDecision),
  };
  const [existing] = await ctx.tx
    .select()
    .from(cases)
    .where(and(eq(cases.meetingId, meeting.id), eq(cases.number, number.number)));
  if (existing) {
    const fill = Object.fromEntries(
      Object.entries(fields).filter(
        ([key, value]) => value && !existing[key as keyof typeof fields],
      ),
    );
    if (Object.keys(fill).length > 0) {
      await ctx.tx.update(cases).set(fill).where(eq(cases.id, existing.id));
    }
    return existing.id;
  }
  const [last] = await ctx.tx
    .select({ position: max(cases.position) })
    .from(cases)
    .where(eq(cases.meetingId, meeting.id));
  const [created] = await ctx.tx
    .insert(cases)
    .values({
      ...fields,
      councilId: ctx.councilId,
      meetingId: meeting.id,
      year: number.year,
      number: number.number,
      position: (last?.position ?? 0) + 1,
      // Minutes seldom name a case's type; an unknown type stays empty rather than guessed.
      caseTypes: found.types,
      previouslyHandledText: found.previouslyHandled,
      importedCaseOfficers: found.caseOfficers,
      importedAttachments: found.attachments,
      rawNumber: found.rawNumber,
      importId: ctx.importId,
    })
    .returning({ id: cases.id });
  if (!created) throw new Error('insert returned nothing');
  return created.id;
}

/** Imported minutes are the approved record of a past meeting. */
async function writeMinutes(
  ctx: Context,
  meeting: typeof meetings.$inferSelect,
  found: ImportedMeeting,
  caseIds: Map<ImportedCase, string>,
) {
  const [existing] = await ctx.tx.select().from(minutes).where(eq(minutes.meetingId, meeting.id));
  if (existing) return;
  await ctx.tx.insert(minutes).values({
    meetingId: meeting.id,
    councilId: ctx.councilId,
    status: 'approved',
    approvedAt: new Date(),
    approvedById: ctx.userId,
    approvalNote: `Importert fra ${ctx.fileName}`,
  });
  const people = (Object.keys(BLOCKS) as (keyof ImportedAttendance)[]).flatMap((block) =>
    found.attendance[block].map((p) => ({
      ...BLOCKS[block],
      name: p.name,
      affiliation: p.organisation,
      note: p.note,
      isChair: /\bleder\b/i.test(p.note ?? ''),
    })),
  );
  if (people.length) {
    await ctx.tx
      .insert(attendances)
      .values(people.map((p, i) => ({ ...p, meetingId: meeting.id, position: i + 1 })));
  }
  for (const c of found.cases) {
    const caseId = caseIds.get(c);
    if (!caseId) continue;
    const values = { decision: rich(c.decision), discussion: rich(c.minutesText) };
    await ctx.tx
      .insert(caseMinutes)
      .values({ caseId, ...values })
      .onConflictDoUpdate({ target: caseMinutes.caseId, set: values });
  }
}

/** Writes what the user confirmed: meetings, cases, minutes, decisions and the links between. */
export async function commitImport(
  db: Db,
  userId: string | null,
  importId: string,
  version: number,
) {
  return db.transaction(async (tx) => {
    const row = await loadImportRow(tx, importId);
    if (row.status !== 'staged')
      throw invalid('Denne importen er allerede fullført eller forkastet.');
    if (row.version !== version) {
      throw conflict('Noen andre har endret importen mens du arbeidet. Last siden på nytt.');
    }
    const result = row.result as ImportResult;
    const problems = await checkImport(tx, row.councilId, result);
    if (problems.length > 0) {
      throw invalid('Importen kan ikke lagres før dette er rettet.', { problems });
    }
    const ctx: Context = {
      tx,
      userId,
      councilId: row.councilId,
      importId,
      fileName: row.fileName,
    };
    // Case papers first, so minutes of the same meeting add to the cases they describe.
    const ordered = [...result.meetings].sort(
      (a, b) => Number(a.kind === 'minutes') - Number(b.kind === 'minutes'),
    );
    const written: string[] = [];
    for (const found of ordered) {
      const meeting = await meetingFor(ctx, found);
      const caseIds = new Map<ImportedCase, string>();
      for (const c of found.cases) caseIds.set(c, await writeCase(ctx, meeting, c));
      if (found.kind === 'minutes') await writeMinutes(ctx, meeting, found, caseIds);
      written.push(meeting.id);
    }
    await linkImportedCases(tx, row.councilId);
    await tx
      .update(imports)
      .set({ status: 'committed', committedAt: new Date(), committedById: userId })
      .where(eq(imports.id, importId));
    await recordAudit(tx, {
      userId,
      councilId: row.councilId,
      entityType: 'import',
      entityId: importId,
      action: 'commit',
      changes: { fileName: row.fileName, meetings: written.length },
    });
    return written;
  });
}
