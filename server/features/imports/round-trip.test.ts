/**
 * Round trip: meetings rendered with the project's own PDF and DOCX output (meeting book, single
 * case papers, minutes), read back with readImportFile + parseDocument, give the same structure
 * back. Only whitespace is normalised. Where the importer does not yet get the project's own
 * layout right, the assertion is left out or weakened and marked `// KNOWN GAP:`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../core/import/parse-document.ts';
import type {
  ImportedCase,
  ImportedMeeting,
  ImportedPerson,
  ImportResult,
} from '../../../core/import/types.ts';
import { renderCasePaperDocx } from '../../documents/case-paper-docx.ts';
import { makeMeetingBookInput } from '../../documents/fixtures.ts';
import type { CasePaperInput, MeetingBookInput } from '../../documents/input.ts';
import { renderCasePaperPdf, renderMeetingBookPdf } from '../../documents/meeting-book-pdf.ts';
import { renderMinutesDocx } from '../../documents/minutes-docx.ts';
import { makeApprovedMinutesInput, makeMinutesInput } from '../../documents/minutes-fixtures.ts';
import type {
  AttendanceBlocks,
  AttendanceLine,
  MinutesInput,
} from '../../documents/minutes-input.ts';
import { POSTPONED_TEXT } from '../../documents/minutes-model.ts';
import { renderMinutesPdf } from '../../documents/minutes-pdf.ts';
import { placeLines } from '../../documents/pdf-front-matter.ts';
import { readImportFile } from './read-import-file.ts';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The only normalisation allowed: runs of whitespace become one space. */
const ws = (text: string): string => text.replace(/\s+/g, ' ').trim();
const wsOrNull = (text: string | null): string | null => (text === null ? null : ws(text));

const BLOCK_TAG = /<\/?(?:p|br|li|ul|ol|h[1-6]|table|thead|tbody|tr|td|th)\b[^>]*>/gi;
/** The text a rendered HTML field shows: blocks become spaces, inline markup disappears. */
function htmlText(html: string): string | null {
  const text = ws(
    html
      .replace(BLOCK_TAG, ' ')
      .replace(/<[^>]*>/g, '')
      .replaceAll('&nbsp;', ' ')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&'),
  );
  return text === '' ? null : text;
}
/** Paragraphs (with inline markup) only: no lists, tables or headings, whose markers differ by format. */
const isPlainHtml = (html: string) => !/<(?:ul|ol|li|table|h[1-6])\b/i.test(html);

type SourceFile = { name: string; bytes: Uint8Array };
type Imported = { name: string; mediaType: string; text: string; result: ImportResult };

async function importFiles(files: SourceFile[]): Promise<Imported[]> {
  const out: Imported[] = [];
  for (const file of files) {
    const { mediaType, text } = await readImportFile(file.name, file.bytes);
    out.push({ name: file.name, mediaType, text, result: parseDocument(text, file.name) });
  }
  return out;
}

/** Set ROUND_TRIP_PRINT=1 to see the extracted text of every rendered file. */
function printTexts(imported: Imported[]) {
  if (!process.env.ROUND_TRIP_PRINT) return;
  for (const i of imported) console.log(`----- ${i.name} (${i.mediaType})\n${i.text}\n`);
}

// ---------------------------------------------------------------------------------------------
// Case papers
// ---------------------------------------------------------------------------------------------

/**
 * "Tidligere behandlet" as the importer reports it: canonical case numbers. The renderer prints
 * "12/2/2025 Tittel" for cases made in Rådsrom and legacy text such as "Sak 42/20 (møte 4/2020)".
 */
function expectedPrevious(line: string): string {
  const own = /^(\d{1,3}\/\d{1,2}\/\d{4})\s/.exec(line)?.[1];
  if (own) return own;
  if (line === 'Sak 42/20 (møte 4/2020)') return '42/4/2020';
  throw new Error(`No expectation for "Tidligere behandlet" line «${line}»`);
}

type ExpectedCase = Pick<
  ImportedCase,
  | 'number'
  | 'title'
  | 'types'
  | 'sender'
  | 'caseOfficers'
  | 'attachments'
  | 'previouslyHandled'
  | 'background'
  | 'reason'
  | 'proposedDecision'
>;

function expectedCase(c: CasePaperInput): ExpectedCase {
  return {
    number: c.caseNumber,
    title: c.title,
    types: c.caseTypes,
    sender: c.sender,
    caseOfficers: c.caseOfficers,
    attachments: c.attachments.map((a) => a.title),
    previouslyHandled: c.previouslyHandled.map(expectedPrevious),
    background: htmlText(c.background),
    reason: htmlText(c.reason),
    proposedDecision: htmlText(c.proposedDecision),
  };
}

const COLON_TITLE = 'Kunnskapsløft for kommunene: forslag til tiltak';

type CasePapersSource = {
  label: string;
  mediaType: string;
  render: (input: MeetingBookInput) => Promise<SourceFile[]>;
};

const CASE_PAPER_SOURCES: CasePapersSource[] = [
  {
    label: 'meeting book PDF (notice, agenda, case papers, merged attachments)',
    mediaType: PDF,
    render: async (input) => [
      { name: 'møtebok-3-2025.pdf', bytes: await renderMeetingBookPdf(input) },
    ],
  },
  {
    label: 'one PDF per case paper',
    mediaType: PDF,
    render: async (input) => {
      const files: SourceFile[] = [];
      for (const c of input.cases) {
        files.push({
          name: `saksframlegg-${c.caseNumber.replaceAll('/', '-')}.pdf`,
          bytes: await renderCasePaperPdf(input, c),
        });
      }
      return files;
    },
  },
  {
    label: 'one DOCX per case paper',
    mediaType: DOCX,
    render: async (input) => {
      const files: SourceFile[] = [];
      for (const c of input.cases) {
        files.push({
          name: `saksframlegg-${c.caseNumber.replaceAll('/', '-')}.docx`,
          bytes: await renderCasePaperDocx(input.council, input.meeting, c),
        });
      }
      return files;
    },
  },
];

describe.each(CASE_PAPER_SOURCES)('case papers round trip: $label', (source) => {
  let input: MeetingBookInput;
  let expected: ExpectedCase[];
  let imported: Imported[];
  let meetings: ImportedMeeting[];
  let cases: ImportedCase[];

  beforeAll(async () => {
    // Ten cases: the five standing ones (one type, no history) and five themes (two types,
    // history, sections, and long enough to run over a page); two PDF attachments each, and a
    // third, Word, attachment on case 32 that the meeting book only mentions; two officers on
    // cases 33 and 37.
    input = await makeMeetingBookInput({
      cases: 10,
      pdfAttachmentsPerCase: 2,
      pagesPerAttachment: 2,
      docxAttachment: true,
    });
    // A title with a colon, as the council's titles often have (the minutes fixture has this one).
    const seventh = input.cases[6];
    if (seventh) seventh.title = COLON_TITLE;
    expected = input.cases.map(expectedCase);
    imported = await importFiles(await source.render(input));
    printTexts(imported);
    meetings = imported.flatMap((i) => i.result.meetings);
    cases = meetings.flatMap((m) => m.cases);
  });

  it('reads every file as its format and finds one meeting of case papers per file', () => {
    for (const i of imported) {
      expect(i.mediaType, i.name).toBe(source.mediaType);
      expect(
        i.result.meetings.map((m) => ({ kind: m.kind, number: m.number, council: m.council })),
        i.name,
      ).toEqual([{ kind: 'case-papers', number: '3/2025', council: input.council.name }]);
    }
  });

  it('finds every case, in order, with its canonical number and title', () => {
    expect(cases.map((c) => c.number)).toEqual(expected.map((c) => c.number));
    expect(cases.map((c) => c.rawNumber)).toEqual(expected.map((c) => `Sak ${c.number}`));
    expected.forEach((want, i) => {
      expect(ws(cases[i]?.title ?? ''), want.number).toBe(want.title);
    });
  });

  it('reads the types, the sender and the case officers', () => {
    expect(cases.map((c) => c.types)).toEqual(expected.map((c) => c.types));
    expect(cases.map((c) => wsOrNull(c.sender))).toEqual(expected.map((c) => c.sender));
    expect(cases.map((c) => c.caseOfficers.map(ws))).toEqual(expected.map((c) => c.caseOfficers));
  });

  it('reads the attachments', () => {
    expect(cases.map((c) => c.attachments.map(ws))).toEqual(expected.map((c) => c.attachments));
  });

  it('reads "Tidligere behandlet"', () => {
    cases.forEach((c, i) => {
      const want = expected[i]?.previouslyHandled ?? [];
      if (want.length === 0) {
        // An empty field is printed as "–": nothing may come back.
        expect(c.previouslyHandled, c.number).toEqual([]);
        return;
      }
      // Printed over two lines: "7/2/2025 Kliniske studier …" and "Sak 42/20 (møte 4/2020)".
      expect(c.previouslyHandled, c.number).toEqual(want);
    });
  });

  it('reads the sections that are plain paragraphs, and every proposed decision', () => {
    input.cases.forEach((paper, i) => {
      const got = cases[i];
      const want = expected[i];
      if (!got || !want) throw new Error(`case ${i + 1} missing`);
      const decision = wsOrNull(got.proposedDecision);
      const bookNote =
        source.label.startsWith('meeting book') &&
        paper.attachments.some((a) => a.mediaType !== PDF);
      if (bookNote) {
        // KNOWN GAP: the meeting book prints a note for an attachment it does not merge, after
        // the last section: "Vedlegg 3: Merknader til referatet (DOCX, ikke satt inn i
        // møteboken)". The importer appends that line to "Forslag til vedtak" ("Referatet
        // godkjennes. Vedlegg 3: Merknader til referatet (DOCX, …)"). Wanted:
        // toBe(want.proposedDecision).
        expect(decision ?? '', want.number).toContain(want.proposedDecision ?? '');
      } else expect(decision, want.number).toBe(want.proposedDecision);
      expect(wsOrNull(got.reason), want.number).toBe(want.reason);
      if (isPlainHtml(paper.background)) {
        expect(wsOrNull(got.background), want.number).toBe(want.background);
      } else {
        // Headings, lists and tables print differently in PDF and DOCX; the text must at least
        // be there, and the page furniture must not.
        expect(got.background, want.number).toBeTruthy();
        expect(got.background ?? '', want.number).not.toMatch(/Side \d+ av \d+|Saksframlegg Møte/);
      }
      if (paper.mainPoints === '') expect(got.mainPoints, want.number).toBeNull();
      else {
        expect(got.mainPoints, want.number).toBeTruthy();
        expect(got.mainPoints ?? '', want.number).not.toMatch(/Side \d+ av \d+|HO21-rådet ·/);
      }
    });
  });

  it('reads nothing from the notice, the agenda or the merged attachments as a case', () => {
    expect(cases).toHaveLength(input.cases.length);
    for (const i of imported) {
      for (const w of i.result.warnings) {
        expect(w.file).toBe(i.name);
        expect(w.message).not.toBe('');
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Minutes
// ---------------------------------------------------------------------------------------------

const BLOCKS: ReadonlyArray<[keyof AttendanceBlocks, keyof ImportedMeeting['attendance']]> = [
  ['present', 'present'],
  ['absent', 'absent'],
  ['substitutes', 'substitutes'],
  ['observers', 'observers'],
  ['secretariat', 'secretariat'],
  ['guests', 'others'],
];

/** A job title ("spesialrådgiver") is neither organisation nor note: the importer leaves it out by design. */
const JOB_TITLE = /(?:rådgiver|direktør|konsulent|sekretær)$/u;

function expectedPerson(line: AttendanceLine): ImportedPerson {
  const affiliation = line.affiliation?.trim() || null;
  const note = [...(line.isChair ? ['leder'] : []), ...line.notes].join(', ');
  return {
    name: line.name,
    organisation: affiliation && JOB_TITLE.test(affiliation) ? null : affiliation,
    note: note === '' ? null : note,
  };
}

type ExpectedMinutesCase = { number: string; title: string; decision: string | null };

type MinutesSource = {
  label: string;
  mediaType: string;
  input: () => MinutesInput;
  render: (input: MinutesInput) => Promise<Uint8Array>;
};

const MINUTES_SOURCES: MinutesSource[] = [
  {
    label: 'draft minutes as PDF',
    mediaType: PDF,
    input: makeMinutesInput,
    render: renderMinutesPdf,
  },
  {
    label: 'approved minutes as PDF',
    mediaType: PDF,
    input: makeApprovedMinutesInput,
    render: renderMinutesPdf,
  },
  {
    label: 'draft minutes as DOCX',
    mediaType: DOCX,
    input: makeMinutesInput,
    render: renderMinutesDocx,
  },
  {
    label: 'approved minutes as DOCX',
    mediaType: DOCX,
    input: makeApprovedMinutesInput,
    render: renderMinutesDocx,
  },
];

describe.each(MINUTES_SOURCES)('minutes round trip: $label', (source) => {
  let input: MinutesInput;
  let imported: Imported;
  let meeting: ImportedMeeting | undefined;
  let expectedCases: ExpectedMinutesCase[];

  beforeAll(async () => {
    input = source.input();
    const name = `referat-3-2025.${source.mediaType === PDF ? 'pdf' : 'docx'}`;
    [imported] = (await importFiles([{ name, bytes: await source.render(input) }])) as [Imported];
    printTexts([imported]);
    meeting = imported.result.meetings[0];
    expectedCases = input.cases.map((c) => ({
      number: c.caseNumber,
      title: c.title,
      decision: c.postponed ? null : htmlText(c.decision),
    }));
  });

  it('reads the file as its format and never throws on it', () => {
    expect(imported.mediaType).toBe(source.mediaType);
    for (const w of imported.result.warnings) {
      expect(w.file).toBe(imported.name);
      expect(w.at).toMatch(/\S/);
    }
  });

  it('finds one meeting of minutes with number, date, time and place', () => {
    expect(imported.result.meetings).toHaveLength(1);
    expect(meeting).toMatchObject({
      kind: 'minutes',
      number: input.meeting.number,
      date: input.meeting.date,
      start: input.meeting.startTime,
      end: input.meeting.endTime,
    });
    expect(wsOrNull(meeting?.place ?? null)).toBe(placeLines(input.meeting).join(', '));
  });

  it('finds every case with its number and title; minutes print no case types', () => {
    const cases = meeting?.cases ?? [];
    expect(cases.map((c) => c.number)).toEqual(expectedCases.map((c) => c.number));
    expect(cases.map((c) => c.rawNumber)).toEqual(expectedCases.map((c) => `Sak ${c.number}`));
    expect(cases.map((c) => ws(c.title))).toEqual(expectedCases.map((c) => c.title));
    expect(cases.map((c) => c.types)).toEqual(expectedCases.map(() => []));
  });

  it('reads every decision; a postponed case has none', () => {
    const cases = meeting?.cases ?? [];
    expect(cases).toHaveLength(expectedCases.length);
    expectedCases.forEach((want, i) => {
      const got = wsOrNull(cases[i]?.decision ?? null);
      expect(got, want.number).toBe(want.decision);
    });
  });

  it('keeps what the minutes say besides the decision', () => {
    const cases = meeting?.cases ?? [];
    input.cases.forEach((entry, i) => {
      const got = wsOrNull(cases[i]?.minutesText ?? null);
      if (!isPlainHtml(entry.discussion)) {
        expect(got, entry.caseNumber).toBeTruthy();
        return;
      }
      const want =
        [htmlText(entry.discussion), entry.postponed ? POSTPONED_TEXT : null]
          .filter((t): t is string => t !== null)
          .join(' ') || null;
      expect(got, entry.caseNumber).toBe(want);
    });
  });

  it('puts every attendee in the right block with name, organisation and note', () => {
    for (const [from, to] of BLOCKS) {
      expect(
        meeting?.attendance[to].map((p) => ({ ...p, name: ws(p.name) })),
        to,
      ).toEqual(input.attendance[from].map(expectedPerson));
    }
  });
});
