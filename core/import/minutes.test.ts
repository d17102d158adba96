import { describe, expect, it } from 'vitest';
import { parseMinutes } from './minutes.ts';
import type { ImportedCase, SourceLine } from './types.ts';

const FILE = 'referat.txt';

function lines(text: string, firstLine = 1): SourceLine[] {
  return text.split('\n').map((t, i) => ({ text: t, line: firstLine + i }));
}

/** PDF extraction that puts a blank line after every line. */
const doubleSpaced = (text: string) => text.split('\n').join('\n\n');

const minutesCase = (fields: Partial<ImportedCase>): ImportedCase => ({
  number: '',
  rawNumber: '',
  title: '',
  types: [],
  sender: null,
  caseOfficers: [],
  attachments: [],
  previouslyHandled: [],
  background: null,
  reason: null,
  mainPoints: null,
  proposedDecision: null,
  decision: null,
  minutesText: null,
  ...fields,
});

describe('parseMinutes: another council, colon labels, single-spaced', () => {
  const text = `Referat fra møte 3/2019 i Helse Nord-rådet
Dato: Tirsdag 12. mars 2019
Tid: kl. 10.00–14.00
Sted: Bodø, Radisson Blu

Til stede: Kari Nordmann (leder), Nordlandssykehuset, Bodø
Ola Hansen, Universitetet i Tromsø, Tromsø (fra 11.00)
Anne Dahl og Tor Lie
Siri Holm, Norsk Sykepleierforbund, avdeling for
Nordland, Bodø (digitalt)

Forfall: Jon Eide, Finnmarkssykehuset; Eva Moe, UNN
Vara: Mia Strand, Helse Nord RHF (for Jon Eide)
Sekretariat: Mona Dahl, seniorrådgiver

Sak 12/19 Godkjenning av innkalling og saksliste
Vedtak: Innkalling og saksliste godkjennes.

Sak 13/19 Regional forskningsstrategi
Leder innledet.
Rådet drøftet prioriteringene.
Vedtak:
Rådet slutter seg til strategien.

Sekretariatet følger opp.
2
Sak 14/19 Eventuelt
Ingen saker.
Referent: Mona Dahl`;
  const { meeting, warnings } = parseMinutes(lines(text, 101), { file: FILE });

  it('reads heading, date, time and place', () => {
    expect(meeting).toMatchObject({
      kind: 'minutes',
      council: 'Helse Nord-rådet',
      number: '3/2019',
      date: '2019-03-12',
      start: '10:00',
      end: '14:00',
      place: 'Bodø, Radisson Blu',
    });
  });

  it('reads attendance by block, with several people on a line and entries over two lines', () => {
    expect(meeting.attendance).toEqual({
      present: [
        { name: 'Kari Nordmann', organisation: 'Nordlandssykehuset', note: 'leder' },
        { name: 'Ola Hansen', organisation: 'Universitetet i Tromsø', note: 'fra 11.00' },
        { name: 'Anne Dahl', organisation: null, note: null },
        { name: 'Tor Lie', organisation: null, note: null },
        {
          name: 'Siri Holm',
          organisation: 'Norsk Sykepleierforbund, avdeling for Nordland',
          note: 'digitalt',
        },
      ],
      absent: [
        { name: 'Jon Eide', organisation: 'Finnmarkssykehuset', note: null },
        { name: 'Eva Moe', organisation: 'UNN', note: null },
      ],
      substitutes: [{ name: 'Mia Strand', organisation: 'Helse Nord RHF', note: 'for Jon Eide' }],
      observers: [],
      secretariat: [{ name: 'Mona Dahl', organisation: null, note: null }],
      others: [],
    });
  });

  it('reads cases with numbers in the meeting, decisions over paragraphs, and stops at the signature', () => {
    expect(meeting.cases).toEqual([
      minutesCase({
        number: '12/3/2019',
        rawNumber: 'Sak 12/19',
        title: 'Godkjenning av innkalling og saksliste',
        decision: 'Innkalling og saksliste godkjennes.',
      }),
      minutesCase({
        number: '13/3/2019',
        rawNumber: 'Sak 13/19',
        title: 'Regional forskningsstrategi',
        minutesText: 'Leder innledet. Rådet drøftet prioriteringene.',
        decision: 'Rådet slutter seg til strategien. Sekretariatet følger opp.',
      }),
      minutesCase({
        number: '14/3/2019',
        rawNumber: 'Sak 14/19',
        title: 'Eventuelt',
        minutesText: 'Ingen saker.',
      }),
    ]);
  });

  it('warns where a decision is missing, pointing at the line', () => {
    expect(warnings).toEqual([
      { file: FILE, message: 'Fant ikke vedtak i sak 14/3/2019.', at: 'linje 127' },
    ]);
  });
});

describe('parseMinutes: nynorsk', () => {
  const text = `Vestlandsrådet
Referat frå møte 4/2022
Dato: tysdag 6. desember 2022, kl. 09.30–15.00
Stad: Teams
Til stades:
Kari Lund (leiar), Høgskulen på Vestlandet, Førde
Nils Vik, Helse Bergen, Bergen (til 12.00)
Forfall:
Siri Lie, Universitetet i Bergen
Møtande vara:
Anne Li, Helse Stavanger (for Siri Lie)
Observatørar:
Siv Berg, Helse- og omsorgsdepartementet (digitalt)
Frå sekretariatet:
Mona Dahl, rådgjevar
Sak 40/4/2022 Godkjenning av innkalling og sakliste
Vedtak: Innkallinga og saklista vart godkjende.
Sak 41/4/2022 Ny strategi
Sekretariatet la fram utkastet.
Vedtak: Rådet sluttar seg til utkastet.`;
  const { meeting, warnings } = parseMinutes(lines(text), { file: FILE });

  it('reads the nynorsk labels', () => {
    expect(warnings).toEqual([]);
    expect(meeting).toMatchObject({
      council: 'Vestlandsrådet',
      number: '4/2022',
      date: '2022-12-06',
      start: '09:30',
      end: '15:00',
      place: 'Teams',
    });
    expect(meeting.attendance).toEqual({
      present: [
        { name: 'Kari Lund', organisation: 'Høgskulen på Vestlandet', note: 'leiar' },
        { name: 'Nils Vik', organisation: 'Helse Bergen', note: 'til 12.00' },
      ],
      absent: [{ name: 'Siri Lie', organisation: 'Universitetet i Bergen', note: null }],
      substitutes: [{ name: 'Anne Li', organisation: 'Helse Stavanger', note: 'for Siri Lie' }],
      observers: [
        { name: 'Siv Berg', organisation: 'Helse- og omsorgsdepartementet', note: 'digitalt' },
      ],
      secretariat: [{ name: 'Mona Dahl', organisation: null, note: null }],
      others: [],
    });
    expect(meeting.cases.map((c) => [c.number, c.title, c.minutesText, c.decision])).toEqual([
      [
        '40/4/2022',
        'Godkjenning av innkalling og sakliste',
        null,
        'Innkallinga og saklista vart godkjende.',
      ],
      [
        '41/4/2022',
        'Ny strategi',
        'Sekretariatet la fram utkastet.',
        'Rådet sluttar seg til utkastet.',
      ],
    ]);
  });
});

describe('parseMinutes: two-column table layout, double-spaced', () => {
  // Attendance before the heading, "Vedtak" in the left column before the title or in the
  // middle of a sentence after a page break, and a case number without "Sak".
  const text = doubleSpaced(`Til stede Ola Hansen, Sintef
Kari Li, NTNU, digitalt
Forfall Per Olsen, KS
Til stede fra
Sekretariatet/
Direktoratet
Mona Dahl, rådgiver, sak 51/5/2023
Eksempelrådet, referat møte 5/2023
Dato
Torsdag 9. november 2023
KL. 9 - 12
Sted
Møterom Nord
Storgata 1
Sak 50/5/23
Vedtak
Godkjenning av innkalling
Innkallingen godkjennes.
Sak 51/5/23
Vedtak
Budsjett 2024
Sekretariatet la frem forslaget. Det var enighet om rammen.
Rådet vedtar budsjettet.
52/5/23
Handlingsplan
Rådet diskuterte
3
Vedtak
planen grundig. Flere innspill kom.

Rådet ber sekretariatet revidere planen.
Sak 53/5/23
Vedtak
Eventuelt
Ingen saker ble meldt.
Intet.
Sak 54/5/23
Evaluering
Vedtak
Møtet var godt.
Rådet tar evalueringen til etterretning.`);
  const { meeting, warnings } = parseMinutes(lines(text), { file: FILE });

  it('reads the meeting and its attendance', () => {
    expect(meeting).toMatchObject({
      council: 'Eksempelrådet',
      number: '5/2023',
      date: '2023-11-09',
      start: '09:00',
      end: '12:00',
      place: 'Møterom Nord, Storgata 1',
    });
    expect(meeting.attendance.present).toEqual([
      { name: 'Ola Hansen', organisation: 'Sintef', note: null },
      { name: 'Kari Li', organisation: 'NTNU', note: 'digitalt' },
    ]);
    expect(meeting.attendance.absent).toEqual([
      { name: 'Per Olsen', organisation: 'KS', note: null },
    ]);
    expect(meeting.attendance.secretariat).toEqual([
      { name: 'Mona Dahl', organisation: 'Direktoratet', note: 'sak 51/5/2023' },
    ]);
  });

  it('takes the last paragraph as the decision when the label sits outside the text', () => {
    expect(
      meeting.cases.map((c) => [c.number, c.rawNumber, c.title, c.minutesText, c.decision]),
    ).toEqual([
      ['50/5/2023', 'Sak 50/5/23', 'Godkjenning av innkalling', null, 'Innkallingen godkjennes.'],
      [
        '51/5/2023',
        'Sak 51/5/23',
        'Budsjett 2024',
        'Sekretariatet la frem forslaget. Det var enighet om rammen.',
        'Rådet vedtar budsjettet.',
      ],
      [
        '52/5/2023',
        '52/5/23',
        'Handlingsplan',
        'Rådet diskuterte planen grundig. Flere innspill kom.',
        'Rådet ber sekretariatet revidere planen.',
      ],
      ['53/5/2023', 'Sak 53/5/23', 'Eventuelt', 'Ingen saker ble meldt.', 'Intet.'],
      // A label between title and text, ending no sentence: the decision is all that follows.
      [
        '54/5/2023',
        'Sak 54/5/23',
        'Evaluering',
        null,
        'Møtet var godt. Rådet tar evalueringen til etterretning.',
      ],
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      '«Vedtak» i sak 50/5/2023 står utenfor teksten; vedtaket er tolket som sakens siste avsnitt.',
      '«Vedtak» i sak 51/5/2023 står utenfor teksten; vedtaket er tolket som sakens siste avsnitt.',
      '«Vedtak» i sak 52/5/2023 står utenfor teksten; vedtaket er tolket som sakens siste avsnitt.',
      '«Vedtak» i sak 53/5/2023 står utenfor teksten; vedtaket er tolket som sakens siste avsnitt.',
    ]);
    expect(warnings[0]?.at).toBe('linje 31'); // the "Vedtak" line of case 50
  });
});

describe('parseMinutes: details', () => {
  it('corrects a case number whose year does not fit the meeting, with a warning', () => {
    const { meeting, warnings } = parseMinutes(
      lines(`Referat Møte 2/2021
Sak HO21-rådet 13/2/21 Første sak
Vedtak: Tas til orientering.
Sak HO21-rådet 14/2/20 Andre sak
Vedtak: Intet.`),
      { file: FILE },
    );
    expect(meeting.cases.map((c) => [c.number, c.rawNumber])).toEqual([
      ['13/2/2021', 'Sak HO21-rådet 13/2/21'],
      ['14/2/2021', 'Sak HO21-rådet 14/2/20'],
    ]);
    expect(warnings).toContainEqual({
      file: FILE,
      message:
        'Saksnummeret «Sak HO21-rådet 14/2/20» har år 2020, men møtet er 2/2021; året er rettet.',
      at: 'linje 4',
    });
  });

  it('takes the meeting from the case numbers when the heading has none, and the date from the heading', () => {
    const { meeting } = parseMinutes(
      lines(`Møtereferat, Mandag 14. september 2020, kl. 10:00 – 13:45
Tilstede fra KS: Eva Moe
Sak 30/4/2020: Status
Vedtak Rådet ber om ny sak.
Sak 31/4/2020: Veien videre
Vedtak om oppfølging ble utsatt.`),
      { file: FILE },
    );
    expect(meeting).toMatchObject({
      number: '4/2020',
      date: '2020-09-14',
      start: '10:00',
      end: '13:45',
    });
    expect(meeting.attendance.others).toEqual([
      { name: 'Eva Moe', organisation: 'KS', note: null },
    ]);
    expect(meeting.cases.map((c) => [c.title, c.minutesText, c.decision])).toEqual([
      ['Status', null, 'Rådet ber om ny sak.'],
      ['Veien videre', 'Vedtak om oppfølging ble utsatt.', null],
    ]);
  });

  it('ignores page furniture and link lists inside a case, and mends hyphenated words', () => {
    const { meeting } = parseMinutes(
      lines(`Referat Møte 1/2024
Sak 1/1/2024 Orienteringer
Det ble orientert om HelseOmsorg21-
monitor og om helse- og
omsorgstjenesten.
https://example.org/lenke
Side 2 av 4
Saksframlegg Møte 2/2024
Referat Møte 1/2024
Vedtak: Tas til orientering.`),
      { file: FILE },
    );
    expect(meeting.cases[0]).toMatchObject({
      minutesText: 'Det ble orientert om HelseOmsorg21-monitor og om helse- og omsorgstjenesten.',
      decision: 'Tas til orientering.',
    });
  });

  it('does not start the minutes at the case paper they are attached to', () => {
    const { meeting } = parseMinutes(
      lines(`Sak 32/3/2025
Godkjenning av referat fra møte 2/2025
Til stede Ola Hansen, Sintef
Eksempelrådet, referat møte 2/2025
Sak 16/2/25 Godkjenning av innkalling
Vedtak: Godkjent.`),
      { file: FILE },
    );
    expect(meeting.number).toBe('2/2025');
    expect(meeting.attendance.present).toHaveLength(1);
    expect(meeting.cases.map((c) => c.number)).toEqual(['16/2/2025']);
  });

  it('says what it could not find', () => {
    const { meeting, warnings } = parseMinutes(lines('Noe helt annet.\nEnda en linje.'), {
      file: FILE,
    });
    expect(meeting.cases).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual([
      'Linjen ble ikke tolket: «Noe helt annet.».',
      'Linjen ble ikke tolket: «Enda en linje.».',
      'Fant ikke møtenummer i referatet.',
      'Fant ikke møtedato i referatet.',
      'Fant ingen deltakerliste («Til stede», «Forfall») i referatet.',
      'Fant ingen saker i referatet.',
    ]);
  });
});

describe('parseMinutes: malformed input', () => {
  const shape = (result: ReturnType<typeof parseMinutes>) => {
    expect(result.meeting.kind).toBe('minutes');
    for (const w of result.warnings) {
      expect(w.file).toBe(FILE);
      expect(w.at).toMatch(/^linje \d+$/);
      expect(w.message.length).toBeGreaterThan(0);
    }
  };

  it('handles empty input', () => {
    const result = parseMinutes([], { file: FILE });
    shape(result);
    expect(result.warnings.map((w) => w.message)).toEqual(['Referatet er tomt.']);
    expect(parseMinutes(lines('\n\n  \n'), { file: FILE }).warnings[0]?.message).toBe(
      'Referatet er tomt.',
    );
  });

  it('handles binary junk', () => {
    const junk = Array.from({ length: 2000 }, (_, i) =>
      String.fromCharCode((i * 7919) % 65536),
    ).join('');
    shape(parseMinutes(lines(junk), { file: FILE }));
  });

  it('handles a 10 MB line without breaks within a time bound', () => {
    const huge = `Sak 1/1/2024 Tittel\nVedtak: ${'Rådet ber (om 10.00 – 11.00, sak 1/1/2024) '.repeat(240_000)}`;
    const result = parseMinutes(lines(`Referat Møte 1/2024\n${huge}\nmer tekst\nog mer`), {
      file: FILE,
    });
    shape(result);
    expect(result.meeting.cases).toHaveLength(1);
    shape(parseMinutes(lines(`Tilstede: ${'Kari Nordmann, '.repeat(700_000)}`), { file: FILE }));
    shape(parseMinutes(lines('('.repeat(10_000_000)), { file: FILE }));
  });

  it('handles a long file', () => {
    const page = `Referat Møte 1/2024
Tilstede: Kari Nordmann, KS, Oslo
Sak 1/1/2024 Tittel
Tekst i saken som går over
flere linjer.
Vedtak: Intet.
3`;
    const result = parseMinutes(lines(Array.from({ length: 3000 }, () => page).join('\n')), {
      file: FILE,
    });
    shape(result);
  });

  it('never throws on random and mutated minutes', () => {
    const fragments = [
      'Referat Møte 2/2021',
      'Tilstede:',
      'Til stede fra',
      'Sekretariatet/',
      'Forfall',
      'Møtende vara:',
      'Observatører:',
      'Kari Nordmann (leder), KS, Oslo (til 10.00)',
      'Ola Hansen, NHO, Abelia,',
      '(digitalt',
      'Sak 10/2/21 Tittel',
      'Sak HO21-rådet 35/20',
      '24/2/25',
      'Vedtak',
      'Vedtak:',
      'Vedtak: Intet.',
      'Dato',
      'Onsdag 31. februar 2021, kl. 25:99 – 10',
      'KL. 10 - 15',
      'Sted',
      'Zoom',
      '',
      ' ',
      '3',
      'https://example.org',
      'tekst som fortsetter',
      'Slutt på setningen.',
      '•',
      '\u0000\uffff\ud800',
      'Sak',
      '/',
      ',,,',
      '((((',
    ];
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let run = 0; run < 300; run++) {
      const count = Math.floor(random() * 60);
      const picked: string[] = [];
      for (let i = 0; i < count; i++) {
        let fragment = fragments[Math.floor(random() * fragments.length)] ?? '';
        if (random() < 0.2) {
          // Mutate: cut, duplicate or splice in a random character.
          const at = Math.floor(random() * (fragment.length + 1));
          fragment =
            fragment.slice(0, at) +
            String.fromCharCode(Math.floor(random() * 0x3000)) +
            fragment.slice(at);
        }
        picked.push(fragment);
      }
      const input = picked.map((text, i) => ({ text, line: i + 1 }));
      let result: ReturnType<typeof parseMinutes> | undefined;
      expect(() => {
        result = parseMinutes(input, { file: FILE });
      }).not.toThrow();
      if (result) shape(result);
    }
  });

  it('survives lines that are not what the type says', () => {
    const bad = [{ text: undefined, line: Number.NaN }, null] as unknown as SourceLine[];
    shape(parseMinutes(bad, { file: FILE }));
  });
});
