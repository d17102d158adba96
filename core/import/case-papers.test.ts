/**
 * Case papers in several layouts, written for these tests: header first with colons, body
 * first from a two-column table, nynorsk, the project's own output, and broken extractions.
 */
import { describe, expect, it } from 'vitest';
import { parseAttachmentMarker, parsePreviouslyHandled, splitNames } from './case-papers.ts';
import { matchLabel, parseCaseTypes, SECTION_LABELS } from './labels.ts';
import { parseDocument } from './parse-document.ts';
import type { ImportedCase, SourceLine } from './types.ts';

const lines = (...texts: string[]) => texts.join('\n');

function cases(text: string): ImportedCase[] {
  return parseDocument(text, 'sak.pdf')
    .meetings.filter((m) => m.kind === 'case-papers')
    .flatMap((m) => m.cases);
}

function only(text: string): ImportedCase {
  const found = cases(text);
  expect(found).toHaveLength(1);
  return found[0] as ImportedCase;
}

const messages = (text: string) => parseDocument(text, 'sak.pdf').warnings.map((w) => w.message);

describe('header first, labels with colons (another council)', () => {
  const paper = lines(
    'Saksframlegg til møte 4/2023',
    '',
    'Sak 31/4/2023: Innspill til statsbudsjettet',
    'Type sak: Diskusjonssak/Vedtakssak',
    'Fra: Kari Nordmann',
    'Til: Helserådet',
    'Saksbehandlere: Per Hansen og Liv Berg',
    'Vedlegg:',
    '1. Notat om budsjettet',
    '2. Brev fra',
    'departementet',
    'Tidligere behandlet: Sak 12/2/2023, sak 20/3/23',
    '',
    'Bakgrunn:',
    'Rådet har gitt innspill til statsbudsjettet hvert år, og helse-',
    'og omsorgsforskningen har fått mer.',
    'Side 2 av 3',
    'HelseOmsorg21-',
    'monitoren viser økningen.',
    '',
    'Hvorfor saken fremmes til dette møtet:',
    'Fristen for innspill er 1. mars.',
    '',
    'Vurdering',
    'Sekretariatet mener at rådet bør prioritere forskning i kommunene.',
    '',
    'Forslag til vedtak:',
    'Rådet gir innspill i tråd med diskusjonen.',
  );

  it('reads every field, with "Fra" before "Til"', () => {
    expect(only(paper)).toEqual({
      number: '31/4/2023',
      rawNumber: 'Sak 31/4/2023',
      title: 'Innspill til statsbudsjettet',
      types: ['discussion', 'decision'],
      sender: 'Kari Nordmann',
      caseOfficers: ['Per Hansen', 'Liv Berg'],
      attachments: ['Notat om budsjettet', 'Brev fra departementet'],
      previouslyHandled: ['12/2/2023', '20/3/2023'],
      background:
        'Rådet har gitt innspill til statsbudsjettet hvert år, og helse- og omsorgsforskningen har fått mer. HelseOmsorg21-monitoren viser økningen.',
      reason: 'Fristen for innspill er 1. mars.',
      mainPoints: 'Sekretariatet mener at rådet bør prioritere forskning i kommunene.',
      proposedDecision: 'Rådet gir innspill i tråd med diskusjonen.',
      decision: null,
      minutesText: null,
    });
  });

  it('names the meeting and the council from the title and "Til"', () => {
    const [meeting] = parseDocument(paper, 'sak.pdf').meetings;
    expect(meeting).toMatchObject({ kind: 'case-papers', number: '4/2023', council: 'Helserådet' });
  });
});

describe('a template with labelled title, unknown fields, two fields a line and numbered sections', () => {
  it('reads what it knows and skips what it does not', () => {
    const paper = only(
      lines(
        'Saksnummer: 14/2/2024',
        'Tittel: Oppfølging av strategien',
        'Møtedato: 12.03.2024',
        'Arkivsak: 24/00123',
        'Til: Rådet   Fra: Anne Leder',
        'Type sak: Vedtakssak   Saksbehandler: Kari Nordmann',
        '1. Bakgrunn',
        'Strategien ble vedtatt i 2023.',
        '2. Hvorfor saken fremmes',
        'Rådet skal følge opp.',
        '3. Forslag til vedtak',
        'Rådet tar saken til etterretning.',
      ),
    );
    expect(paper).toMatchObject({
      number: '14/2/2024',
      rawNumber: 'Saksnummer: 14/2/2024',
      title: 'Oppfølging av strategien',
      types: ['decision'],
      sender: 'Anne Leder',
      caseOfficers: ['Kari Nordmann'],
      background: 'Strategien ble vedtatt i 2023.',
      reason: 'Rådet skal følge opp.',
      proposedDecision: 'Rådet tar saken til etterretning.',
    });
  });

  it('gives a number written without meeting ("Sak 19/21") the meeting of its title', () => {
    const paper = only(
      lines('Saksframlegg møte 3/2021', 'Sak 19/21 Eventuelt', 'Til: Rådet', 'Fra: Anne Leder'),
    );
    expect([paper.number, paper.rawNumber]).toEqual(['19/3/2021', 'Sak 19/21']);
  });
});

describe('nynorsk', () => {
  it('reads "Frå", "Saksbehandlar", "Kvifor saka blir lagd fram", "Hovudpunkt", "Framlegg til vedtak"', () => {
    const paper = only(
      lines(
        'SAKSFRAMLEGG',
        'Sak 6/1/2024 Orienteringssaker',
        'Type sak Orienteringssak',
        'Til Rådet',
        'Frå Ola Nordmann',
        'Saksbehandlarar Kari Nordmann, Per Olsen',
        'Vedlegg 1. Årsrapport 2023',
        'Tidlegare behandla Sak 40/5/2023',
        'Bakgrunn',
        'Sekretariatet orienterer om arbeidet sidan sist.',
        'Kvifor saka blir lagd fram',
        'Rådet skal halde seg orientert.',
        'Hovudpunkt',
        'Årsrapporten er ferdig.',
        'Framlegg til vedtak',
        'Saka blir teken til orientering.',
      ),
    );
    expect(paper).toMatchObject({
      number: '6/1/2024',
      title: 'Orienteringssaker',
      types: ['information'],
      sender: 'Ola Nordmann',
      caseOfficers: ['Kari Nordmann', 'Per Olsen'],
      attachments: ['Årsrapport 2023'],
      previouslyHandled: ['40/5/2023'],
      background: 'Sekretariatet orienterer om arbeidet sidan sist.',
      reason: 'Rådet skal halde seg orientert.',
      mainPoints: 'Årsrapporten er ferdig.',
      proposedDecision: 'Saka blir teken til orientering.',
    });
  });
});

describe('body first: a two-column table read right column first', () => {
  // Every line followed by a blank one, labels split over lines or sharing a line with text,
  // and the header block after the body it belongs to.
  const table = lines(
    ' Bakgrunn Rådet har bedt om en oversikt over høringer. ',
    '',
    'Oversikten legges frem på hvert møte. ',
    '',
    'Hvorfor saken ',
    '',
    'fremmes til dette ',
    '',
    'møtet ',
    '',
    'Saken er fast. ',
    '',
    'Forslag til vedtak Oversikten tas til orientering. ',
    '',
    ' ',
    '',
    'Sak 7/2/2024  ',
    '',
    'Oversikt over høringer og ',
    'strategier',
    '',
    'Til ',
    '',
    'Rådet ',
    '',
    ' Saksbehandler  ',
    '',
    'Kari Nordmann og Per ',
    '',
    'Olsen ',
    '',
    'Vedlegg ',
    '',
    '1. Liste over ',
    '',
    'høringer ',
    '',
    'Fra ',
    'Anne Leder ',
    '',
    '',
    '',
    'Saksfremlegg ',
    ' Bakgrunn Rådet skal evaluere møtet. ',
    '',
    'Forslag til vedtak Intet ',
    '',
    'Sak 8/2/2024  ',
    '',
    'Evaluering av møtet ',
    '',
    'Til ',
    '',
    'Rådet ',
    '',
    ' Saksbehandler  ',
    '',
    'Kari Nordmann ',
    '',
    'Vedlegg ',
    '',
    'Fra ',
    'Anne Leder ',
  );

  it('gives each body to the header that follows it', () => {
    expect(cases(table)).toEqual([
      {
        number: '7/2/2024',
        rawNumber: 'Sak 7/2/2024',
        title: 'Oversikt over høringer og strategier',
        types: [],
        sender: 'Anne Leder',
        caseOfficers: ['Kari Nordmann', 'Per Olsen'],
        attachments: ['Liste over høringer'],
        previouslyHandled: [],
        background:
          'Rådet har bedt om en oversikt over høringer. Oversikten legges frem på hvert møte.',
        reason: 'Saken er fast.',
        mainPoints: null,
        proposedDecision: 'Oversikten tas til orientering.',
        decision: null,
        minutesText: null,
      },
      {
        number: '8/2/2024',
        rawNumber: 'Sak 8/2/2024',
        title: 'Evaluering av møtet',
        types: [],
        sender: 'Anne Leder',
        caseOfficers: ['Kari Nordmann'],
        attachments: [],
        previouslyHandled: [],
        background: 'Rådet skal evaluere møtet.',
        reason: null,
        mainPoints: null,
        proposedDecision: 'Intet',
        decision: null,
        minutesText: null,
      },
    ]);
  });

  it('continues a body that the header interrupted', () => {
    const paper = only(
      lines(
        'Saksfremlegg',
        ' Bakgrunn Rådet følger arbeidet med helsedata. ',
        '',
        'Hovedpunkter Saken er todelt. ',
        '',
        'Sak 9/2/2024  ',
        '',
        'Tilgang til helsedata ',
        '',
        'Til ',
        'Rådet ',
        ' Saksbehandler  ',
        'Kari Nordmann ',
        'Vedlegg ',
        'Fra ',
        'Anne Leder ',
        ' Den første delen gjelder søknader. ',
        '',
        'Forslag til vedtak Rådet tar saken til orientering. ',
      ),
    );
    expect(paper.mainPoints).toBe('Saken er todelt. Den første delen gjelder søknader.');
    expect(paper.sender).toBe('Anne Leder');
  });
});

describe('the project’s own case paper output, as text extraction gives it back', () => {
  it('reads empty fields printed as "–" as empty', () => {
    const paper = only(
      lines(
        'Saksframlegg\tMøte 3/2025',
        '',
        'Sak 30/3/2025Godkjenning av innkalling og saksliste',
        '',
        'Type sak',
        '',
        'Vedtakssak',
        '',
        'Til',
        '',
        'Eksempelrådet',
        '',
        'Fra',
        '',
        '–',
        '',
        'Saksbehandler',
        '',
        '–',
        '',
        'Vedlegg',
        '',
        '–',
        '',
        'Tidligere behandlet',
        '',
        'Sak 28/3/2025 (møte 3/2025)',
        'Sak 12/20',
        '',
        'Bakgrunn',
        '',
        'Innkallingen ble sendt to uker før møtet.',
        '',
        'Hvorfor saken fremmes',
        '',
        'Rådet godkjenner innkallingen.',
        '',
        'Forslag til vedtak',
        '',
        'Innkalling og saksliste godkjennes.',
      ),
    );
    expect(paper).toMatchObject({
      number: '30/3/2025',
      title: 'Godkjenning av innkalling og saksliste',
      types: ['decision'],
      sender: null,
      caseOfficers: [],
      attachments: [],
      previouslyHandled: ['28/3/2025', '12/2020'],
      background: 'Innkallingen ble sendt to uker før møtet.',
    });
  });

  it('skips the running header of later pages', () => {
    const paper = only(
      lines(
        'Saksframlegg',
        'Møte 3/2025',
        'Sak 31/3/2025',
        'Spørsmål om habilitet',
        'Type sak Vedtakssak',
        'Til Eksempelrådet',
        'Bakgrunn',
        'Rådet vurderer habilitet i hver sak.',
        'Side 1 av 2',
        'Sak 31/3/2025 Spørsmål om …',
        'Eksempelrådet · Møte 3/2025',
        'Vurderingen føres i referatet.',
        'Forslag til vedtak',
        'Ingen er inhabile.',
      ),
    );
    expect(paper.background).toBe(
      'Rådet vurderer habilitet i hver sak. Vurderingen føres i referatet.',
    );
  });
});

describe('"Type sak"', () => {
  const withType = (...typeLines: string[]) =>
    only(
      lines(
        'Sak 1/1/2024 Tittel',
        ...typeLines,
        'Til Rådet',
        'Fra Anne Leder',
        'Forslag til vedtak',
        'Intet.',
      ),
    );

  it('keeps several types in the order written', () => {
    expect(withType('Type sak Orienteringssak/Diskusjonssak/Vedtakssak').types).toEqual([
      'information',
      'discussion',
      'decision',
    ]);
    expect(withType('Sakstype: Orientering og diskusjon').types).toEqual([
      'information',
      'discussion',
    ]);
  });

  it('reads the value from the next line, and leaves it empty when the next line is a label', () => {
    expect(withType('Type sak', 'Vedtak').types).toEqual(['decision']);
    expect(withType('Type sak').types).toEqual([]);
  });

  it('warns about a type it does not know', () => {
    const text = lines('Sak 1/1/2024 Tittel', 'Type sak Høringssak', 'Til Rådet', 'Fra Anne');
    expect(messages(text)).toContain('Ukjent sakstype «Høringssak» i sak 1/1/2024');
  });

  it('splits type words into known and unknown', () => {
    expect(parseCaseTypes('Vedtakssak / Drøftingssak, Temasak; Annet')).toEqual({
      types: ['decision', 'discussion'],
      unknown: ['Annet'],
    });
  });
});

describe('bundles: attachments, lost headers, text after the proposed decision', () => {
  it('takes an attachment inside the bundle for its case and does not read it as the case', () => {
    const [first, second] = cases(
      lines(
        'Saksframlegg Møte 2/2022',
        'Sak 12/2/2022 Handlingsplan',
        'Type sak Diskusjonssak',
        'Til Rådet',
        'Fra Anne Leder',
        'Vedlegg 1. Utkast til handlingsplan',
        'Bakgrunn',
        'Planen skal revideres.',
        'Forslag til vedtak',
        'Rådet slutter seg til utkastet.',
        '',
        '',
        '',
        'Sak 12-2-2022 Vedlegg 1',
        'Utkast til handlingsplan 2022',
        'Bakgrunn',
        'Planen gjelder to år.',
        '',
        'Vedlegg 2 til sak 12/2/2022 Tidsplan for arbeidet',
        'Mars: utkast. April: vedtak.',
        'Saksframlegg Møte 2/2022',
        'Sak 13/2/2022 Eventuelt',
        'Type sak Orienteringssak',
        'Til Rådet',
        'Fra Anne Leder',
        'Forslag til vedtak',
        'Intet.',
      ),
    );
    expect(first).toMatchObject({
      number: '12/2/2022',
      attachments: ['Utkast til handlingsplan', 'Tidsplan for arbeidet'],
      background: 'Planen skal revideres.',
      proposedDecision: 'Rådet slutter seg til utkastet.',
    });
    expect(second).toMatchObject({ number: '13/2/2022', background: null });
  });

  it('finds a case whose header was lost from its attachment marker, with a warning', () => {
    const text = lines(
      'Sak 4/1/2024 Første sak',
      'Type sak Vedtakssak',
      'Til Rådet',
      'Fra Anne Leder',
      'Forslag til vedtak',
      'Vedtas.',
      '',
      '',
      '',
      'Sak 4-1-2024 Vedlegg 1: Rapport',
      'Tekst i rapporten.',
      'Tidligere behandlet Sak 2/1/2023',
      'Bakgrunn',
      'Saken har vært oppe før.',
      'Forslag til vedtak',
      'Tas til orientering.',
      '',
      '',
      '',
      'Sak 5-1-2024 Vedlegg 1',
      'Notat om saken',
      'Tekst i notatet.',
    );
    const found = cases(text);
    expect(found.map((c) => c.number)).toEqual(['4/1/2024', '5/1/2024']);
    expect(found[0]?.attachments).toEqual(['Rapport']);
    expect(found[1]).toMatchObject({
      rawNumber: 'Sak 5-1-2024',
      title: '',
      previouslyHandled: ['2/1/2023'],
      attachments: ['Notat om saken'],
      background: 'Saken har vært oppe før.',
      proposedDecision: 'Tas til orientering.',
    });
    expect(messages(text)).toContain(
      'Fant ikke overskriften (saksnummer og tittel) til sak 5/1/2024; saksnummeret er hentet fra «Sak 5-1-2024»',
    );
  });

  it('takes unmarked text after a page break behind the proposed decision for an attachment', () => {
    const text = lines(
      'Sak 4/1/2024 Første sak',
      'Type sak Vedtakssak',
      'Til Rådet',
      'Fra Anne Leder',
      'Forslag til vedtak',
      'Rådet slutter seg til planen.',
      '',
      '',
      '',
      'Kvalifiseringsskjema for området',
      'Bakgrunn',
      'Dette er vedlegget, ikke saken.',
    );
    expect(only(text)).toMatchObject({
      background: null,
      proposedDecision: 'Rådet slutter seg til planen.',
    });
    expect(messages(text)).toContain(
      'Teksten etter «Forslag til vedtak» i sak 4/1/2024 er tolket som vedlegg og ikke lest inn',
    );
  });

  it('corrects a case number whose year does not fit its meeting', () => {
    const paper = (n: string) =>
      lines(
        'Saksframlegg Møte 2/2022',
        `Sak ${n} Tittel`,
        'Type sak Vedtakssak',
        'Til Rådet',
        'Fra A B',
      );
    const text = [paper('10/2/2022'), paper('11/2/2021'), paper('12/2/2022')].join('\n');
    expect(cases(text).map((c) => [c.number, c.rawNumber])).toEqual([
      ['10/2/2022', 'Sak 10/2/2022'],
      ['11/2/2022', 'Sak 11/2/2021'],
      ['12/2/2022', 'Sak 12/2/2022'],
    ]);
    expect(messages(text)).toContain(
      'Saksnummeret «Sak 11/2/2021» passer ikke med møte 2/2022; rettet til 11/2/2022 ut fra nabosakene',
    );
  });

  it('completes a surname where the paper names the person in full elsewhere', () => {
    const text = lines(
      'Sak 1/1/2024 A',
      'Til Rådet',
      'Saksbehandler Kari Nordmann',
      'Sak 2/1/2024 B',
      'Til Rådet',
      'Saksbehandler Nordmann',
    );
    expect(cases(text).map((c) => c.caseOfficers)).toEqual([['Kari Nordmann'], ['Kari Nordmann']]);
    expect(messages(text)).toContain(
      'Saksbehandler «Nordmann» i sak 2/1/2024 er tolket som «Kari Nordmann»',
    );
  });
});

describe('what is not a header or a label', () => {
  it('does not take a sentence starting with a case number for a header', () => {
    const paper = only(
      lines(
        'Sak 3/1/2024 Tittel',
        'Type sak Diskusjonssak',
        'Til Rådet',
        'Bakgrunn',
        'Saken henger sammen med',
        'Sak 4/1/2024. Den behandles samme dag.',
        'Forslag til vedtak i denne saken er utsatt.',
      ),
    );
    expect(paper.background).toBe(
      'Saken henger sammen med Sak 4/1/2024. Den behandles samme dag. Forslag til vedtak i denne saken er utsatt.',
    );
    expect(paper.proposedDecision).toBeNull();
  });

  it('does not take "Til stede" for "Til", nor "Fra handlingsplanen:" outside a header', () => {
    const paper = only(
      lines(
        'Sak 3/1/2024 Tittel',
        'Type sak Diskusjonssak',
        'Til Rådet',
        'Fra Anne Leder',
        'Bakgrunn',
        'Fra handlingsplanen: «Flere studier i kommunene».',
      ),
    );
    expect(paper.sender).toBe('Anne Leder');
    expect(paper.background).toBe('Fra handlingsplanen: «Flere studier i kommunene».');
  });

  it('matches labels split over lines, on the same line as text, and with a colon', () => {
    const src = (...texts: string[]): SourceLine[] =>
      texts.map((text, i) => ({ text, line: i + 1 }));
    expect(
      matchLabel(
        src('Hvorfor saken', '', 'fremmes til dette', '', 'møtet', 'Tekst'),
        0,
        SECTION_LABELS,
      ),
    ).toEqual({ key: 'reason', endIndex: 4, rest: '', alone: true });
    expect(
      matchLabel(src('Hvorfor saken fremmes', 'Saken legges fram.'), 0, SECTION_LABELS),
    ).toEqual({
      key: 'reason',
      endIndex: 0,
      rest: '',
      alone: true,
    });
    expect(matchLabel(src('Hovedpunkter Saken er todelt.'), 0, SECTION_LABELS)?.rest).toBe(
      'Saken er todelt.',
    );
    expect(matchLabel(src('Bakgrunn: saken gjelder kommunene'), 0, SECTION_LABELS)?.key).toBe(
      'background',
    );
    expect(matchLabel(src('Bakgrunn for dette er at'), 0, SECTION_LABELS)).toBeNull();
    expect(matchLabel(src('Bakgrunnen er at'), 0, SECTION_LABELS)).toBeNull();
  });
});

describe('field values', () => {
  it('splits case officers on commas and "og"', () => {
    expect(splitNames('Ina Dahlsveen, Hege Strand Mikkelsen og Henrietta Blankson')).toEqual([
      'Ina Dahlsveen',
      'Hege Strand Mikkelsen',
      'Henrietta Blankson',
    ]);
    expect(splitNames('–')).toEqual([]);
  });

  it('reads previously handled cases as canonical numbers, keeping other text', () => {
    expect(
      parsePreviouslyHandled(
        'Sak 42/20 (møte 4/2020), Sak 52/2020 (møte 5/2020), 15/2/2021 og rådsmøtet i mars',
      ),
    ).toEqual(['42/4/2020', '52/5/2020', '15/2/2021', 'rådsmøtet i mars']);
    expect(parsePreviouslyHandled('Ingen')).toEqual([]);
  });

  it('keeps a referenced title whole and finds a bare number before a "Sak" on the next line', () => {
    expect(parsePreviouslyHandled('9/2/2025 Brukermedvirkning i forskning og innovasjon')).toEqual([
      '9/2/2025',
    ]);
    expect(
      parsePreviouslyHandled('7/2/2025 Kliniske studier i kommunene Sak 42/20 (møte 4/2020)'),
    ).toEqual(['7/2/2025', '42/4/2020']);
  });

  it('reads attachment markers in both word orders', () => {
    expect(parseAttachmentMarker('Sak 34/3/2025 Vedlegg 1 Oversikt meldinger')).toMatchObject({
      attachmentNo: 1,
      title: 'Oversikt meldinger',
    });
    expect(parseAttachmentMarker('Sak 23/3/21 Vedlegg 1: Revidert plan')).toMatchObject({
      attachmentNo: 1,
      title: 'Revidert plan',
    });
    expect(parseAttachmentMarker('Vedlegg 2 til sak 12/2/2022')).toMatchObject({
      attachmentNo: 2,
      title: null,
    });
    expect(parseAttachmentMarker('Vedlegg 1 viser en oversikt')).toBeNull();
    expect(parseAttachmentMarker('Sak 21/3/2021 Orienteringer')).toBeNull();
  });
});
