import { notParticipatingLine } from '../../../core/conflicts.ts';
import type { Db } from '../../db/client.ts';
import type {
  AttendanceBlocks,
  AttendanceLine,
  MinutesInput,
} from '../../documents/minutes-input.ts';
import { loadDocumentHeader } from '../documents/load-meeting-book-input.ts';
import type { TMinutes } from './schema.ts';

type Person = TMinutes['attendance'][number];

/** Sorts the attendance list into the blocks the council's minutes print. */
export function attendanceBlocks(people: readonly Person[]): AttendanceBlocks {
  const line = (p: Person): AttendanceLine => ({
    name: p.name,
    affiliation: p.affiliation,
    notes: p.notes,
    isChair: p.isChair,
  });
  const attending = (kind: Person['kind']) =>
    people.filter((p) => p.kind === kind && p.presence !== 'absent').map(line);
  return {
    present: attending('member'),
    absent: people.filter((p) => p.kind === 'member' && p.presence === 'absent').map(line),
    substitutes: attending('substitute'),
    observers: attending('observer'),
    secretariat: attending('secretariat'),
    guests: attending('guest'),
  };
}

export async function minutesDocumentInput(db: Db, m: TMinutes): Promise<MinutesInput> {
  const header = await loadDocumentHeader(db, m.meetingId);
  return {
    ...header,
    status: m.status,
    versionNumber: m.versionCount,
    commentDeadline: m.status === 'circulated' ? m.commentDeadline : null,
    approval:
      m.approvedAt && m.approvalNote
        ? { date: m.approvedAt.slice(0, 10), note: m.approvalNote }
        : null,
    attendance: attendanceBlocks(m.attendance),
    cases: m.cases.map((c) => ({
      caseNumber: c.number,
      title: c.title,
      caseTypes: c.caseTypes,
      discussion: c.discussion,
      decision: c.decision,
      postponed: c.postponed,
      notParticipating: c.notParticipating.map((p) => notParticipatingLine(p.name, p.ground)),
    })),
    generatedAt: new Date(),
  };
}
