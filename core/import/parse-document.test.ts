/**
 * The document entry point: segmentation into case papers and minutes, and totality on
 * malformed input (empty, binary junk, huge lines, many pages, random and mutated text).
 */
import { describe, expect, it } from 'vitest';
import { minutesHeadingAt, parseDocument } from './parse-document.ts';
import type { ImportResult, SourceLine } from './types.ts';

const lines = (...texts: string[]) => texts.join('\n');

const casePaper = (n: number, meeting: string, title: string, decision: string) =>
  lines(
    `Saksframlegg Møte ${meeting}`,
    '',
    `Sak ${n}/${meeting}`,
    title,
    '',
    'Type sak Vedtakssak',
    'Til Eksempelrådet',
    'Fra Anne Leder',
    'Saksbehandler Ola Sekretær',
    '',
    'Bakgrunn',
    `Bakgrunn for ${title.toLowerCase()}.`,
    '',
    'Forslag til vedtak',
    decision,
  );

const minutes = lines(
  'Referat fra rådsmøte 1/2022',
  'Dato Mandag 17. januar 2022, kl. 10:00 – 13:00',
  'Sted Zoom',
  '',
  'Tilstede: Kari Medlem (leder), Helse Nord, Tromsø',
  'Per Medlem, KS, Oslo',
  '',
  'Forfall: Liv Medlem, NTNU, Trondheim',
  '',
  'Sak 1/1/2022 Godkjenning av innkalling og saksliste',
  'Vedtak: Innkalling og saksliste godkjennes.',
  '',
  'Sak 2/1/2022 Eventuelt',
  'Vedtak: Intet.',
);

/** Every result is well formed and every warning points at a line of the input. */
function expectWellFormed(result: ImportResult, text: string) {
  const lineCount = text.split(/\r\n|\n|\r/).length;
  expect(Array.isArray(result.meetings)).toBe(true);
  for (const w of result.warnings) {
    expect(typeof w.message).toBe('string');
    expect(w.message.length).toBeGreaterThan(0);
    const n = Number(/^linje (\d+)$/.exec(w.at)?.[1]);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(lineCount);
  }
  for (const m of result.meetings) {
    expect(['case-papers', 'minutes']).toContain(m.kind);
    for (const c of m.cases) {
      expect(typeof c.number).toBe('string');
      expect(typeof c.title).toBe('string');
      if (m.kind === 'case-papers') expect(c.decision).toBeNull();
    }
  }
}

describe('segmentation', () => {
  it('finds the case papers of one meeting and the previous minutes attached to them', () => {
    const text = [
      casePaper(10, '2/2022', 'Godkjenning av referat fra møte 1/2022', 'Referatet godkjennes.'),
      '',
      '',
      minutes,
      casePaper(11, '2/2022', 'Eventuelt', 'Intet.'),
    ].join('\n');
    const result = parseDocument(text, 'bundle.pdf');
    expectWellFormed(result, text);
    expect(result.meetings.map((m) => [m.kind, m.number, m.cases.map((c) => c.number)])).toEqual([
      ['case-papers', '2/2022', ['10/2/2022', '11/2/2022']],
      ['minutes', '1/2022', ['1/1/2022', '2/1/2022']],
    ]);
    const [papers] = result.meetings;
    // The minutes end the case before them; they are not its text.
    expect(papers?.cases[0]?.proposedDecision).toBe('Referatet godkjennes.');
  });

  it('gives minutes the attendance blocks extraction put before their heading', () => {
    const text = lines(
      casePaper(32, '3/2025', 'Godkjenning av referat fra møte 2/2025', 'Referatet godkjennes.'),
      '',
      '1',
      '',
      'Til stede Kari Medlem, Universitetet i Oslo',
      'Per Medlem, Sarsia',
      '',
      'Forfall Liv Medlem, Helse Vest',
      '',
      'Eksempelrådet, referat møte 2/2025',
      'Dato',
      'Onsdag 21. mai 2025',
      'Sak 16/2/25',
      'Vedtak',
      'Godkjenning av innkalling og saksliste',
      'Innkalling og saksliste godkjennes.',
    );
    const result = parseDocument(text, 'b.pdf');
    expectWellFormed(result, text);
    const [papers, minutesMeeting] = result.meetings;
    expect(papers?.cases[0]?.proposedDecision).toBe('Referatet godkjennes.');
    expect(minutesMeeting?.kind).toBe('minutes');
    expect(minutesMeeting?.attendance.present.map((p) => p.name)).toEqual([
      'Kari Medlem',
      'Per Medlem',
    ]);
  });

  it('yields one meeting per meeting when a file holds the case papers of two', () => {
    const text = [
      casePaper(1, '1/2023', 'Første møte', 'A.'),
      casePaper(2, '1/2023', 'Første møte, sak to', 'B.'),
      casePaper(9, '2/2023', 'Andre møte', 'C.'),
      casePaper(10, '2/2023', 'Andre møte, sak to', 'D.'),
    ].join('\n');
    const result = parseDocument(text, 'two.pdf');
    expect(result.meetings.map((m) => [m.number, m.cases.map((c) => c.number)])).toEqual([
      ['1/2023', ['1/1/2023', '2/1/2023']],
      ['2/2023', ['9/2/2023', '10/2/2023']],
    ]);
  });

  it('does not take a working group note in an attachment for minutes', () => {
    const text = lines(
      casePaper(5, '1/2024', 'Arbeidsgruppen', 'Tas til orientering.'),
      '',
      '',
      '',
      'Sak 5-1-2024 Vedlegg 1',
      'Referat fra møte i arbeidsgruppen',
      'Gruppen drøftet mandatet og ble enige om en plan.',
    );
    const result = parseDocument(text, 'v.pdf');
    expect(result.meetings.map((m) => m.kind)).toEqual(['case-papers']);
  });

  it('reads a file that holds only minutes as one minutes meeting', () => {
    const result = parseDocument(minutes, 'referat.docx');
    expect(result.meetings.map((m) => [m.kind, m.number])).toEqual([['minutes', '1/2022']]);
  });

  it('recognises minutes headings, but not case titles or attachments about minutes', () => {
    const at = (...texts: string[]) =>
      minutesHeadingAt(
        texts.map((text, i): SourceLine => ({ text, line: i + 1 })),
        0,
      );
    expect(at('Referat Møte 2/2021')).toEqual({ index: 0, meeting: { number: 2, year: 2021 } });
    expect(at('Referat fra rådsmøte 3/2020')?.meeting).toEqual({ number: 3, year: 2020 });
    expect(at('HelseOmsorg21-rådet, referat møte 2/2025')?.meeting).toEqual({
      number: 2,
      year: 2025,
    });
    expect(at('Referat', '', 'Møte 4/2021')?.meeting).toEqual({ number: 4, year: 2021 });
    expect(at('Referat frå møte i rådet 14. september 2020')).toEqual({ index: 0, meeting: null });
    expect(at('Godkjenning av referat fra møte 2/2021')).toBeNull();
    expect(at('1. Utkast referat fra møte 2/2021')).toBeNull();
    expect(at('Referatet godkjennes.')).toBeNull();
    expect(at('Referat', 'Rådet diskuterte')).toBeNull();
  });
});

describe('malformed input', () => {
  it('says an empty document is empty', () => {
    for (const text of ['', '   \n\n \t ']) {
      const result = parseDocument(text, 'tom.txt');
      expect(result.meetings).toEqual([]);
      expect(result.warnings.map((w) => w.message)).toEqual(['Dokumentet er tomt']);
    }
  });

  it('warns about binary junk instead of failing', () => {
    let seed = 7;
    let junk = '';
    for (let i = 0; i < 200_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      junk += String.fromCharCode(seed % 256);
    }
    const result = parseDocument(junk, 'junk.bin');
    expectWellFormed(result, junk);
    expect(result.meetings).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toContain(
      'Dokumentet inneholder mange tegn som ikke er tekst; det kan være et binært eller skadet dokument',
    );
  });

  it('finds nothing in the raw bytes of an encrypted PDF, and says so', () => {
    const text = lines(
      '%PDF-1.7',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      'trailer << /Root 1 0 R /Encrypt 5 0 R /ID [<a1b2> <a1b2>] >>',
      'stream',
      '\u0001\u0002\u0003ÿþý',
      'endstream',
      '%%EOF',
    );
    const result = parseDocument(text, 'kryptert.pdf');
    expectWellFormed(result, text);
    expect(result.meetings).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toContain(
      'Fant verken saksframlegg eller referat i dokumentet',
    );
  });

  it('reads a 10 MB line without breaks quickly and says it was cut', () => {
    const text = `Sak 1/1/2021 ${'Bakgrunn tekst '.repeat(700_000)}`;
    const result = parseDocument(text, 'lang.txt');
    expectWellFormed(result, text);
    expect(result.warnings[0]?.message).toMatch(/^Linjen er svært lang \(\d+ tegn\)/);
  });

  it('reads 500 pages of case papers within a few seconds', () => {
    const pages: string[] = [];
    for (let n = 1; pages.length < 500; n++) {
      const paper = casePaper(n, '3/2025', `Sak nummer ${n}`, 'Tas til orientering.');
      // Each paper spans two pages: body text, a page number and a running header between.
      pages.push(paper, `${'Mer tekst om saken. '.repeat(40)}\n\n${n}\n\nHO21 møte 3/2025  ${n}\n`);
    }
    const text = pages.join('\n');
    const result = parseDocument(text, 'bok.pdf');
    expect(result.meetings[0]?.cases).toHaveLength(250);
  });

  it('stays linear on pathological repetitions of labels and numbers', () => {
    const inputs = [
      'Bakgrunn\n'.repeat(50_000),
      'Hvorfor saken\n\nfremmes til dette\n\n'.repeat(20_000),
      'Forslag til vedtak Tas til orientering.\n\n\n\n'.repeat(20_000),
      'Sak 1/1/2021 Tittel\nType sak Vedtakssak\nTil Rådet\n'.repeat(10_000),
      'Tidligere behandlet\nSak 1/1/2021\n'.repeat(20_000),
      `Sak 1/1/2021\nType sak Vedtakssak\nTil R\nForslag til vedtak\nA\n\n\n\nSak 1-1-2021 Vedlegg 1\n${'Bakgrunn\ntekst\n'.repeat(30_000)}`,
      'Referat møte 1/2021\nTilstede: A B, C\n'.repeat(5_000),
    ];
    for (const text of inputs) {
      const result = parseDocument(text, 'p.txt');
      expectWellFormed(result, text);
      // Repeated warnings are capped so the review screen stays usable.
      expect(result.warnings.length).toBeLessThanOrEqual(301);
    }
  });
});

describe('random and mutated text (seeded, property style)', () => {
  function random(seed: number) {
    let s = seed;
    return (n: number) => {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      return s % n;
    };
  }

  const VOCABULARY = [
    'Sak',
    '19/3/2021',
    '24-3-2021',
    'HO21-rådet',
    'Vedlegg',
    '1.',
    'Type sak',
    'Vedtakssak/Orienteringssak',
    'Til',
    'Fra',
    'Frå',
    'Saksbehandler',
    'Tidligere behandlet',
    'Bakgrunn',
    'Hvorfor saken',
    'fremmes til dette',
    'møtet',
    'Hovedpunkter',
    'Forslag til vedtak',
    'Framlegg til vedtak',
    'Saksframlegg',
    'Møte 3/2021',
    'Referat',
    'Referat fra møte 2/2021',
    'Tilstede:',
    'Forfall',
    'Vedtak:',
    'Dato',
    '3',
    'https://example.org/x',
    '[Type møte X/20XX]',
    '–',
    '(',
    ')',
    ',',
    'og',
    'Kari Nordmann',
    'Tas til orientering.',
    '\t',
    '\u0000',
    '\uF0B7',
    '«',
  ];

  it('never throws and always returns a well-formed result on random label soup', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const next = random(seed);
      const parts: string[] = [];
      const count = next(400);
      for (let i = 0; i < count; i++) {
        parts.push(VOCABULARY[next(VOCABULARY.length)] ?? '');
        parts.push(next(3) === 0 ? '\n' : next(5) === 0 ? '\n\n\n' : ' ');
      }
      const text = parts.join('');
      const result = parseDocument(text, `fuzz-${seed}.txt`);
      expectWellFormed(result, text);
    }
  });

  it('never throws on mutations of a real-shaped bundle (lines dropped, doubled, swapped, cut)', () => {
    const base = [
      casePaper(10, '2/2022', 'Godkjenning av referat fra møte 1/2022', 'Referatet godkjennes.'),
      minutes,
      casePaper(11, '2/2022', 'Eventuelt', 'Intet.'),
      'Sak 11-2-2022 Vedlegg 1',
      'Notat',
    ]
      .join('\n')
      .split('\n');
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const mutated = [...base];
      const edits = 1 + next(12);
      for (let e = 0; e < edits; e++) {
        const i = next(mutated.length);
        const line = mutated[i] ?? '';
        switch (next(6)) {
          case 0:
            mutated.splice(i, 1);
            break;
          case 1:
            mutated.splice(i, 0, line);
            break;
          case 2: {
            const j = next(mutated.length);
            mutated[i] = mutated[j] ?? '';
            mutated[j] = line;
            break;
          }
          case 3:
            mutated[i] = line.slice(0, next(line.length + 1));
            break;
          case 4:
            mutated[i] = `${line}${line.slice(next(line.length + 1))}`;
            break;
          default:
            mutated.splice(i, 0, '', '', '');
        }
      }
      const text = mutated.join(next(2) === 0 ? '\n' : '\r\n');
      const result = parseDocument(text, `mut-${seed}.txt`);
      expectWellFormed(result, text);
    }
  });
});
