import { eq } from 'drizzle-orm';
import { isValidIsoDate } from '../../../core/dates.ts';
import type { ImportResult } from '../../../core/import/types.ts';
import type { DbOrTx } from '../../db/client.ts';
import { cases, meetings } from '../../db/schema.ts';

const MEETING_NUMBER = /^(\d{1,3})\/(\d{4})$/;
const CASE_NUMBER = /^(\d{1,4})\/(\d{1,3})\/(\d{4})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function parseMeetingNumber(text: string | null) {
  const m = text ? MEETING_NUMBER.exec(text) : null;
  return m ? { number: Number(m[1]), year: Number(m[2]) } : null;
}

export function parseCaseNumber(text: string) {
  const m = CASE_NUMBER.exec(text);
  return m ? { number: Number(m[1]), meeting: Number(m[2]), year: Number(m[3]) } : null;
}

/**
 * What stops the findings from being written, in words the secretariat can act on. Checked
 * before every commit (web and CLI alike) against the records already in the council.
 */
export async function checkImport(
  db: DbOrTx,
  councilId: string,
  result: ImportResult,
): Promise<string[]> {
  // What the council already has, read once: this runs on every view of an import.
  const held = await db
    .select({ year: meetings.year, number: meetings.number })
    .from(meetings)
    .where(eq(meetings.councilId, councilId));
  const taken = await db
    .select({ year: cases.year, number: cases.number, meetingNumber: meetings.number })
    .from(cases)
    .innerJoin(meetings, eq(meetings.id, cases.meetingId))
    .where(eq(cases.councilId, councilId));
  const meetingKeys = new Set(held.map((m) => `${m.number}/${m.year}`));
  const meetingOfCase = new Map(taken.map((c) => [`${c.number}/${c.year}`, c.meetingNumber]));

  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [i, meeting] of result.meetings.entries()) {
    const label = meeting.number ? `Møte ${meeting.number}` : `Møte nr. ${i + 1} i filen`;
    const parsed = parseMeetingNumber(meeting.number);
    if (!parsed) {
      problems.push(`${label}: møtenummeret må ha formen M/ÅÅÅÅ, for eksempel 3/2021.`);
      continue;
    }
    const existing = meetingKeys.has(`${parsed.number}/${parsed.year}`);
    if (!existing) {
      if (!meeting.date || !isValidIsoDate(meeting.date)) {
        problems.push(`${label}: skriv inn møtedatoen (ÅÅÅÅ-MM-DD).`);
      } else if (Number(meeting.date.slice(0, 4)) !== parsed.year) {
        problems.push(`${label}: datoen ${meeting.date} er ikke i år ${parsed.year}.`);
      }
      if (!meeting.start || !TIME.test(meeting.start)) {
        problems.push(`${label}: skriv inn starttiden (TT:MM).`);
      }
    }
    if (meeting.end && !TIME.test(meeting.end)) {
      problems.push(`${label}: sluttiden må ha formen TT:MM.`);
    }
    for (const c of meeting.cases) {
      const number = parseCaseNumber(c.number);
      if (!number || number.meeting !== parsed.number || number.year !== parsed.year) {
        problems.push(
          `${label}, sak «${c.title || c.rawNumber}»: saksnummeret «${c.number}» må ha formen N/${meeting.number}.`,
        );
        continue;
      }
      if (!c.title.trim()) problems.push(`${label}, sak ${c.number}: saken mangler tittel.`);
      const key = `${meeting.kind}:${c.number}`;
      if (seen.has(key)) problems.push(`${label}: sak ${c.number} står to ganger.`);
      seen.add(key);
      // The number may belong to a case in another meeting of the same year.
      const takenBy = meetingOfCase.get(`${number.number}/${number.year}`);
      if (takenBy !== undefined && takenBy !== parsed.number) {
        problems.push(
          `${label}: saksnummer ${number.number}/${number.year} er allerede brukt i møte ${takenBy}/${number.year}.`,
        );
      }
    }
  }
  return problems;
}
