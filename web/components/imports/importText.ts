/** Words and small helpers shared by the import pages. */
import type {
  ImportedAttendance,
  ImportedCase,
  ImportedMeeting,
  ImportedPerson,
  ImportResult,
  TImport,
} from '../../types.ts';

export const KIND_LABELS: Record<ImportedMeeting['kind'], string> = {
  'case-papers': 'saksframlegg',
  minutes: 'referat',
};

export const STATUS_LABELS: Record<TImport['status'], string> = {
  staged: 'Til gjennomgang',
  committed: 'Importert',
  discarded: 'Forkastet',
};

export const ATTENDANCE_BLOCKS: { key: keyof ImportedAttendance; label: string }[] = [
  { key: 'present', label: 'Til stede' },
  { key: 'absent', label: 'Forfall' },
  { key: 'substitutes', label: 'Møtende vara' },
  { key: 'observers', label: 'Observatører' },
  { key: 'secretariat', label: 'Sekretariatet' },
  { key: 'others', label: 'Andre' },
];

/** The long texts of a case, in the order a case paper and then the minutes have them. */
export const LONG_TEXTS: { key: LongTextKey; label: string }[] = [
  { key: 'background', label: 'Bakgrunn' },
  { key: 'reason', label: 'Hvorfor saken fremmes' },
  { key: 'mainPoints', label: 'Hovedpunkter' },
  { key: 'proposedDecision', label: 'Forslag til vedtak' },
  { key: 'minutesText', label: 'Referattekst' },
  { key: 'decision', label: 'Vedtak' },
];
export type LongTextKey =
  | 'background'
  | 'reason'
  | 'mainPoints'
  | 'proposedDecision'
  | 'decision'
  | 'minutesText';

/** "1 møte", "2 møter". */
export function count(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** The name checkImport gives a meeting in its problems: "Møte 3/2021" or "Møte nr. 2 i filen". */
export function meetingLabel(meeting: Pick<ImportedMeeting, 'number'>, index: number) {
  return meeting.number ? `Møte ${meeting.number}` : `Møte nr. ${index + 1} i filen`;
}

/** "Møte 3/2021 – saksframlegg". */
export function meetingHeading(meeting: ImportedMeeting, index: number) {
  return `${meetingLabel(meeting, index)} – ${KIND_LABELS[meeting.kind]}`;
}

export function findings(result: ImportResult) {
  return {
    meetings: result.meetings.length,
    cases: result.meetings.reduce((sum, m) => sum + m.cases.length, 0),
    warnings: result.warnings.length,
  };
}

/** "Fant 1 møte, 2 saker og 0 advarsler." */
export function findingsText(result: ImportResult) {
  const f = findings(result);
  return `Fant ${count(f.meetings, 'møte', 'møter')}, ${count(f.cases, 'sak', 'saker')} og ${count(f.warnings, 'advarsel', 'advarsler')}.`;
}

/** Field ids on the review page, so a problem can link straight to what must be fixed. */
export const fieldId = {
  meeting: (mi: number) => `import-meeting-${mi}`,
  meetingField: (mi: number, field: string) => `import-m${mi}-${field}`,
  caseSection: (mi: number, ci: number) => `import-m${mi}-c${ci}`,
  caseField: (mi: number, ci: number, field: string) => `import-m${mi}-c${ci}-${field}`,
};

/**
 * Where on the page a problem from the server can be fixed. The problems are sentences
 * (server/features/imports/check-import.ts) that start with the meeting's label; this finds
 * the field they are about, or the meeting, or nothing.
 */
export function problemTarget(problem: string, result: ImportResult): string | null {
  for (const [mi, meeting] of result.meetings.entries()) {
    const label = meetingLabel(meeting, mi);
    if (problem.startsWith(`${label}, sak `)) {
      const rest = problem.slice(label.length + 6);
      const ci = meeting.cases.findIndex(
        (c) => rest.startsWith(`«${c.title || c.rawNumber}»`) || rest.startsWith(`${c.number}:`),
      );
      if (ci < 0) continue;
      const field = rest.startsWith('«') ? 'number' : 'title';
      return fieldId.caseField(mi, ci, field);
    }
    if (!problem.startsWith(`${label}:`)) continue;
    const text = problem.slice(label.length + 1);
    if (/møtenummeret/.test(text)) return fieldId.meetingField(mi, 'number');
    if (/datoen/.test(text)) return fieldId.meetingField(mi, 'date');
    if (/starttiden/.test(text)) return fieldId.meetingField(mi, 'start');
    if (/sluttiden/.test(text)) return fieldId.meetingField(mi, 'end');
    const twice = /sak (\S+) står to ganger/.exec(text);
    const taken = /saksnummer (\d+)\/(\d{4}) er allerede brukt/.exec(text);
    const ci = meeting.cases.findIndex((c) =>
      twice
        ? c.number === twice[1]
        : taken
          ? c.number.startsWith(`${taken[1]}/`) && c.number.endsWith(`/${taken[2]}`)
          : false,
    );
    return ci >= 0 ? fieldId.caseField(mi, ci, 'number') : fieldId.meeting(mi);
  }
  return null;
}

/** Problems that belong to one meeting, shown again at the top of its section. */
export function problemsFor(problems: string[], meeting: ImportedMeeting, index: number) {
  const label = meetingLabel(meeting, index);
  return problems.filter((p) => p.startsWith(`${label}:`) || p.startsWith(`${label},`));
}

/** Moves focus to a field, opening the <details> it sits in. */
export function focusField(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
    d.open = true;
  }
  const target =
    el.matches('input, textarea, select, button, [tabindex]') || !el.querySelector('input')
      ? el
      : (el.querySelector<HTMLElement>('input, textarea, select') ?? el);
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

const clean = (text: string) => text.trim();
const cleanOrNull = (text: string | null) => (text?.trim() ? text.trim() : null);
const cleanList = (items: string[]) => items.map(clean).filter(Boolean);

function cleanPerson(p: ImportedPerson): ImportedPerson {
  return {
    name: clean(p.name),
    organisation: cleanOrNull(p.organisation),
    note: cleanOrNull(p.note),
  };
}

function cleanCase(c: ImportedCase): ImportedCase {
  return {
    ...c,
    number: clean(c.number),
    title: clean(c.title),
    sender: cleanOrNull(c.sender),
    caseOfficers: cleanList(c.caseOfficers),
    attachments: cleanList(c.attachments),
    previouslyHandled: cleanList(c.previouslyHandled),
    background: cleanOrNull(c.background),
    reason: cleanOrNull(c.reason),
    mainPoints: cleanOrNull(c.mainPoints),
    proposedDecision: cleanOrNull(c.proposedDecision),
    decision: cleanOrNull(c.decision),
    minutesText: cleanOrNull(c.minutesText),
  };
}

/** What is sent on save: trimmed, empty text as null, people without a name left out. */
export function cleanResult(result: ImportResult): ImportResult {
  return {
    warnings: result.warnings,
    meetings: result.meetings.map((m) => ({
      ...m,
      number: cleanOrNull(m.number),
      date: cleanOrNull(m.date),
      start: cleanOrNull(m.start),
      end: cleanOrNull(m.end),
      place: cleanOrNull(m.place),
      attendance: Object.fromEntries(
        ATTENDANCE_BLOCKS.map(({ key }) => [
          key,
          m.attendance[key].map(cleanPerson).filter((p) => p.name),
        ]),
      ) as ImportedAttendance,
      cases: m.cases.map(cleanCase),
    })),
  };
}

/** "Referatet godkjennes." cut to a short preview for a <summary>. */
export function preview(text: string | null, max = 90) {
  if (!text?.trim()) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max).trimEnd()} …` : flat;
}

/** The id of the «Må rettes før lagring» heading, where a blocked import sends the focus. */
export const PROBLEMS_HEADING = 'import-problems-heading';
