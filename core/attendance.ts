/**
 * Attendance at a meeting, as the council's minutes record it: who was present (in the room or
 * digitally), who sent apologies, substitutes for named members, observers, staff and guests,
 * with presence limited to time spans or to certain cases.
 */
import { isValidTime } from './dates.ts';

export const ATTENDANCE_KINDS = [
  'member',
  'substitute',
  'observer',
  'secretariat',
  'guest',
] as const;
export type AttendanceKind = (typeof ATTENDANCE_KINDS)[number];

export const PRESENCES = ['present', 'digital', 'absent'] as const;
export type Presence = (typeof PRESENCES)[number];

export type TimeSpan = { from: string; to: string };

export type AttendanceFacts = {
  presence: Presence;
  timeSpans: readonly TimeSpan[];
  /** Case numbers the person attended for ("21/2/2025"); empty means the whole meeting. */
  caseNumbers: readonly string[];
  /** Name of the member a substitute attends for. */
  substituteFor: string | null;
};

/** Why a set of time spans is not acceptable, in Norwegian, or null when it is. */
export function timeSpanProblem(spans: readonly TimeSpan[]): string | null {
  for (const span of spans) {
    if (!isValidTime(span.from) || !isValidTime(span.to)) {
      return 'Klokkeslett må skrives TT:MM, f.eks. 10:00.';
    }
    if (span.to <= span.from) return `Tidsrommet ${formatSpan(span)} slutter før det begynner.`;
  }
  const sorted = [...spans].sort((a, b) => a.from.localeCompare(b.from));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const next = sorted[i];
    if (prev && next && next.from < prev.to) {
      return `Tidsrommene ${formatSpan(prev)} og ${formatSpan(next)} overlapper.`;
    }
  }
  return null;
}

/** "10.00–11.30", the way the council writes times in its minutes. */
export function formatSpan(span: TimeSpan): string {
  return `${span.from.replace(':', '.')}–${span.to.replace(':', '.')}`;
}

/** The qualifiers printed after a name: "digitalt", "10.00–11.30", "sak 21/2/2025", "for Kari Haugen". */
export function attendanceNotes(facts: AttendanceFacts): string[] {
  const notes: string[] = [];
  if (facts.substituteFor) notes.push(`for ${facts.substituteFor}`);
  if (facts.presence === 'digital') notes.push('digitalt');
  if (facts.timeSpans.length) {
    notes.push(
      [...facts.timeSpans]
        .sort((a, b) => a.from.localeCompare(b.from))
        .map(formatSpan)
        .join(', '),
    );
  }
  if (facts.caseNumbers.length) {
    notes.push(
      `${facts.caseNumbers.length === 1 ? 'sak' : 'saker'} ${facts.caseNumbers.join(', ')}`,
    );
  }
  return notes;
}
