/** Meeting numbers are M/YYYY; case numbers are N/M/YYYY where N runs on across the year. */

export function formatMeetingNumber(number: number, year: number): string {
  return `${number}/${year}`;
}

export function formatCaseNumber(number: number, meetingNumber: number, year: number): string {
  return `${number}/${meetingNumber}/${year}`;
}

/** The next free meeting number in a year, given the numbers already used. */
export function nextMeetingNumber(usedNumbers: readonly number[]): number {
  return usedNumbers.length === 0 ? 1 : Math.max(...usedNumbers) + 1;
}

export type AgendaMeeting = {
  id: string;
  number: number;
  /** Frozen meetings keep their case numbers; draft meetings are renumbered. */
  frozen: boolean;
  /** Case ids in agenda order, with their current numbers (null when unnumbered). */
  cases: readonly { id: string; number: number | null }[];
};

export type NumberingResult =
  | { ok: true; numbers: Map<string, number> }
  | { ok: false; caseId: string; number: number; collidesWith: string };

/**
 * Number every case of a council's year. Numbers follow meeting order, then agenda order,
 * and run on from the last number used before. Frozen meetings keep theirs; a draft meeting
 * whose numbers would reach into a later frozen meeting's numbers is a collision.
 */
export function numberCasesOfYear(meetings: readonly AgendaMeeting[]): NumberingResult {
  const ordered = [...meetings].sort((a, b) => a.number - b.number);
  const numbers = new Map<string, number>();
  const frozenOwners = new Map<number, string>();
  for (const meeting of ordered) {
    if (!meeting.frozen) continue;
    for (const c of meeting.cases) if (c.number !== null) frozenOwners.set(c.number, c.id);
  }
  let last = 0;
  for (const meeting of ordered) {
    for (const c of meeting.cases) {
      if (meeting.frozen && c.number !== null) {
        numbers.set(c.id, c.number);
        last = Math.max(last, c.number);
        continue;
      }
      const next = last + 1;
      const owner = frozenOwners.get(next);
      if (owner !== undefined && owner !== c.id) {
        return { ok: false, caseId: c.id, number: next, collidesWith: owner };
      }
      numbers.set(c.id, next);
      last = next;
    }
  }
  return { ok: true, numbers };
}
