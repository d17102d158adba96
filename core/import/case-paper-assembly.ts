/**
 * From papers read off the page to imported cases: the Paper being read, numbers inferred for
 * papers whose header was lost, numbers reconciled with the case paper titles, duplicates and
 * stray attachment markers warned about, and the fields merged into an ImportedCase.
 */
import {
  type CaseNumber,
  canonicalCaseNumber,
  judgeCaseNumber,
  type MeetingRef,
  neighbourNumbers,
  sameCase,
} from './case-numbers.ts';
import { type AttachmentMarker, markerAttachments } from './case-paper-attachments.ts';
import { emptyFields, type HeaderFields } from './case-paper-fields.ts';
import type { CaseHeader } from './case-paper-header.ts';
import type { SectionKey } from './labels.ts';
import { textOrNull, warning } from './source-text.ts';
import type { ImportedCase, ImportWarning } from './types.ts';

export type Paper = {
  startLine: number;
  header: CaseHeader | null;
  /** Header fields found without a case number line ("Tidligere behandlet" alone). */
  orphan: HeaderFields;
  markerNumber: CaseNumber | null;
  markerNumberLine: number;
  markers: AttachmentMarker[];
  preamble: string[];
  sections: Record<SectionKey, string[]>;
  sectionSeen: Set<SectionKey>;
  current: SectionKey | null;
  maxRank: number;
  /** Inside an attachment: text is not read as the case's own. */
  attachmentMode: boolean;
  /** Lines of unmarked text after "Forslag til vedtak", taken for an attachment. */
  trailingLines: number;
  trailingStart: number | null;
  /** The meeting named by the last case paper title before this paper. */
  titleMeeting: MeetingRef | null;
};

export const newPaper = (startLine: number, titleMeeting: MeetingRef | null): Paper => ({
  startLine,
  header: null,
  orphan: emptyFields(),
  markerNumber: null,
  markerNumberLine: startLine,
  markers: [],
  preamble: [],
  sections: { background: [], reason: [], mainPoints: [], proposedDecision: [] },
  sectionSeen: new Set(),
  current: null,
  maxRank: -1,
  attachmentMode: false,
  trailingLines: 0,
  trailingStart: null,
  titleMeeting,
});

export const hasBody = (p: Paper): boolean => p.maxRank >= 0 || p.preamble.length > 0;
export const paperNumber = (p: Paper): CaseNumber | null => p.header?.caseNumber ?? p.markerNumber;

export type PapersResult = {
  cases: { imported: ImportedCase; line: number; meeting: MeetingRef | null; to: string | null }[];
  warnings: ImportWarning[];
};

/** Numbers for papers whose header was lost, from the numbers around them. */
function inferMissingNumbers(papers: Paper[], file: string, warnings: ImportWarning[]) {
  // The next numbered paper after each position, found in one backward pass.
  const nextNumber: (CaseNumber | null)[] = new Array(papers.length).fill(null);
  for (let k = papers.length - 2; k >= 0; k--) {
    const after = papers[k + 1];
    nextNumber[k] = (after && paperNumber(after)) ?? nextNumber[k + 1] ?? null;
  }
  let prev: CaseNumber | null = null;
  for (let k = 0; k < papers.length; k++) {
    const p = papers[k];
    if (!p) continue;
    const own = paperNumber(p);
    if (own || !(p.maxRank >= 0 || p.orphan.labels.size > 0)) {
      if (own) prev = own;
      continue;
    }
    const next = nextNumber[k] ?? null;
    const before = prev as CaseNumber | null;
    let guess: CaseNumber | null = null;
    if (before && next && next.number === before.number + 2 && next.year === before.year) {
      guess = { ...before, number: before.number + 1, raw: '' };
    } else if (before && !next) guess = { ...before, number: before.number + 1, raw: '' };
    else if (next && !before && next.number > 1)
      guess = { ...next, number: next.number - 1, raw: '' };
    if (!guess) continue;
    p.markerNumber = guess;
    p.markerNumberLine = p.startLine;
    prev = guess;
    warnings.push(
      warning(
        file,
        `Fant et saksframlegg uten saksnummer; antar sak ${canonicalCaseNumber(guess)} ut fra sakene rundt`,
        p.startLine,
      ),
    );
  }
}

const numberKey = (n: Pick<CaseNumber, 'number' | 'year'>): string => `${n.number}/${n.year}`;

/** The papers read, as imported cases: numbers inferred and reconciled, duplicates warned of. */
export function finish(
  papers: Paper[],
  foreignMarkers: AttachmentMarker[],
  file: string,
  warnings: ImportWarning[],
): PapersResult {
  inferMissingNumbers(papers, file, warnings);
  const kept = papers.filter((p) => {
    if (paperNumber(p)) return true;
    if (hasBody(p) || p.orphan.labels.size > 0) {
      warnings.push(
        warning(file, 'Tekst som ikke hører til noe saksnummer ble ikke lest inn', p.startLine),
      );
    }
    return false;
  });

  const numbered = kept.map((p) => ({
    caseNumber: paperNumber(p) as CaseNumber,
    line: p.header?.line ?? p.markerNumberLine,
    expected: p.titleMeeting,
  }));
  const numbers = reconcileNumbersWithTitles(numbered, file, warnings);

  // Markers of attachments to other cases, by case number, so each case finds its own at once.
  const markersByNumber = new Map<string, AttachmentMarker[]>();
  for (const m of foreignMarkers) {
    const key = numberKey(m.caseNumber);
    const list = markersByNumber.get(key) ?? [];
    list.push(m);
    markersByNumber.set(key, list);
  }
  const found: CaseNumber[] = [];
  const cases: PapersResult['cases'] = [];
  const seen = new Map<string, number>();
  kept.forEach((p, k) => {
    const caseNumber = numbers[k] as CaseNumber;
    const number = canonicalCaseNumber(caseNumber);
    const line = numbered[k]?.line ?? p.startLine;
    if (seen.has(number)) {
      warnings.push(
        warning(
          file,
          `Sak ${number} forekommer flere ganger (også på linje ${seen.get(number)})`,
          line,
        ),
      );
    } else seen.set(number, line);
    found.push(caseNumber);
    const theirs = (markersByNumber.get(numberKey(caseNumber)) ?? []).filter((m) =>
      sameCase(m.caseNumber, caseNumber),
    );
    cases.push({
      imported: toImportedCase(p, caseNumber, theirs, file, warnings),
      line,
      meeting:
        caseNumber.meeting !== null ? { number: caseNumber.meeting, year: caseNumber.year } : null,
      to: p.header?.fields.to ?? p.orphan.to,
    });
  });
  const byNumber = new Map<string, CaseNumber[]>();
  for (const n of found) {
    const list = byNumber.get(numberKey(n)) ?? [];
    list.push(n);
    byNumber.set(numberKey(n), list);
  }
  for (const m of foreignMarkers) {
    if (!(byNumber.get(numberKey(m.caseNumber)) ?? []).some((n) => sameCase(n, m.caseNumber))) {
      warnings.push(
        warning(
          file,
          `Vedlegg til sak ${canonicalCaseNumber(m.caseNumber)}, men saken ble ikke funnet i dokumentet`,
          m.line,
        ),
      );
    }
  }
  return { cases, warnings };
}

/**
 * The meeting a paper belongs to: the case paper title before it ("Saksframlegg Møte 3/2021")
 * when there is one, otherwise what its neighbours agree on. Numbers that do not fit are
 * corrected when the neighbours fit, with a warning.
 */
function reconcileNumbersWithTitles(
  items: { caseNumber: CaseNumber; line: number; expected: MeetingRef | null }[],
  file: string,
  warnings: ImportWarning[],
): CaseNumber[] {
  return items.map((item, k) => {
    const neighbours = neighbourNumbers(items, k);
    let expected = item.expected;
    if (!expected) {
      const refs = neighbours.filter((n) => n.meeting !== null);
      const first = refs[0];
      if (first && refs.every((r) => r.meeting === first.meeting && r.year === first.year)) {
        expected = { number: first.meeting as number, year: first.year };
      }
    }
    if (!expected) return item.caseNumber;
    const judged = judgeCaseNumber(item, expected, neighbours, file);
    if (judged.warning) warnings.push(judged.warning);
    return judged.caseNumber;
  });
}

function toImportedCase(
  p: Paper,
  caseNumber: CaseNumber,
  foreignMarkers: readonly AttachmentMarker[],
  file: string,
  warnings: ImportWarning[],
): ImportedCase {
  const header = p.header;
  const fields = header?.fields ?? p.orphan;
  const orphan = p.orphan;
  const merge = <T>(a: T[], b: T[]) => [...new Set([...a, ...b])];
  const number = canonicalCaseNumber(caseNumber);
  const line = header?.line ?? p.markerNumberLine;
  const markers = [...p.markers, ...foreignMarkers];

  if (!header) {
    warnings.push(
      warning(
        file,
        `Fant ikke overskriften (saksnummer og tittel) til sak ${number}; saksnummeret er hentet fra ${p.markerNumber?.raw ? `«${p.markerNumber.raw}»` : 'sakene rundt'}`,
        line,
      ),
    );
  }
  const title = header?.title ?? '';
  if (header && title === '') warnings.push(warning(file, `Sak ${number} mangler tittel`, line));
  for (const unknown of merge(fields.unknownTypes, header ? orphan.unknownTypes : [])) {
    warnings.push(warning(file, `Ukjent sakstype «${unknown}» i sak ${number}`, line));
  }
  if (p.trailingLines > 0 && p.trailingStart !== null) {
    warnings.push(
      warning(
        file,
        `Teksten etter «Forslag til vedtak» i sak ${number} er tolket som vedlegg og ikke lest inn`,
        p.trailingStart,
      ),
    );
  }

  const background = p.sectionSeen.has('background')
    ? textOrNull([...p.preamble, ...p.sections.background])
    : textOrNull(p.preamble);
  return {
    number,
    rawNumber: caseNumber.raw,
    title,
    types: merge(fields.types, header ? orphan.types : []),
    sender: fields.from ?? orphan.from,
    caseOfficers: merge(fields.officers, header ? orphan.officers : []),
    attachments: markerAttachments(
      merge(fields.attachments, header ? orphan.attachments : []),
      markers,
    ),
    previouslyHandled: merge(fields.previous, header ? orphan.previous : []),
    background,
    reason: textOrNull(p.sections.reason),
    mainPoints: textOrNull(p.sections.mainPoints),
    proposedDecision: textOrNull(p.sections.proposedDecision),
    decision: null,
    minutesText: null,
  };
}
