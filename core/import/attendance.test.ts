import { describe, expect, it } from 'vitest';
import {
  continuesEntry,
  looksLikeEntry,
  matchAttendanceLabel,
  parsePerson,
  splitEntries,
} from './attendance.ts';

const person = (text: string, organisation: string | null = null) =>
  parsePerson(text, organisation)?.person;

describe('attendance labels', () => {
  it('knows the blocks in bokmål and nynorsk, with or without colon', () => {
    const cases: [string, string, string][] = [
      ['Tilstede: Kari Nordmann, KS', 'present', 'Kari Nordmann, KS'],
      [
        'Til stede Per Morten Sandset, Universitetet i Oslo',
        'present',
        'Per Morten Sandset, Universitetet i Oslo',
      ],
      ['Til stades:', 'present', ''],
      ['Fremmøtte medlemmer: Ola Hansen', 'present', 'Ola Hansen'],
      ['Forfall Bjørn Egil Vikse, Helse Vest', 'absent', 'Bjørn Egil Vikse, Helse Vest'],
      ['Meldt forfall:', 'absent', ''],
      ['Ikkje til stades: Siri Lie', 'absent', 'Siri Lie'],
      ['Møtende vara:  Silje Anine Moss, KS', 'substitutes', 'Silje Anine Moss, KS'],
      ['Møtande vara: Anne Li', 'substitutes', 'Anne Li'],
      ['Vara: Anne Li', 'substitutes', 'Anne Li'],
      ['Observatører:', 'observers', ''],
      ['Observatørar: Siv Berg, HOD', 'observers', 'Siv Berg, HOD'],
      ['Fra sekretariatet: Mona Dahl', 'secretariat', 'Mona Dahl'],
      ['Frå sekretariatet:', 'secretariat', ''],
      ['Sekretariat: Mona Dahl, rådgiver', 'secretariat', 'Mona Dahl, rådgiver'],
      ['Gjester: Ola Gjest, Sintef', 'others', 'Ola Gjest, Sintef'],
    ];
    for (const [line, block, rest] of cases) {
      expect(matchAttendanceLabel(line), line).toMatchObject({ block, rest });
    }
  });

  it('sends "Til stede fra <organisation>" to the secretariat or to others', () => {
    expect(matchAttendanceLabel('Tilstede fra Forskningsrådet:')).toEqual({
      block: 'secretariat',
      organisation: 'Forskningsrådet',
      rest: '',
      organisationPending: false,
    });
    expect(matchAttendanceLabel('Til stede fra Sekretariatet/Forskningsrådet')).toMatchObject({
      block: 'secretariat',
      organisation: 'Forskningsrådet',
    });
    expect(matchAttendanceLabel('Tilstede fra Innovasjon Norge: Kari Li, rådgiver')).toEqual({
      block: 'others',
      organisation: 'Innovasjon Norge',
      rest: 'Kari Li, rådgiver',
      organisationPending: false,
    });
    expect(matchAttendanceLabel('Til stades frå Helse Vest:')).toMatchObject({
      block: 'others',
      organisation: 'Helse Vest',
    });
    // Another council's secretariat sits elsewhere.
    expect(
      matchAttendanceLabel('Til stede fra Helsedirektoratet:', ['Helsedirektoratet']),
    ).toMatchObject({ block: 'secretariat', organisation: 'Helsedirektoratet' });
    // The organisation on the next lines.
    expect(matchAttendanceLabel('Til stede fra')).toMatchObject({ organisationPending: true });
    expect(matchAttendanceLabel('Til stede fra Sekretariatet/')).toMatchObject({
      organisationPending: true,
    });
  });

  it('does not take sentences for labels', () => {
    expect(matchAttendanceLabel('Forfallet ble meldt sent.')).toBeNull();
    expect(matchAttendanceLabel('Til stede var også to studenter.')).toBeNull();
    expect(matchAttendanceLabel('Sekretariatet orienterte om status.')).toBeNull();
    expect(matchAttendanceLabel('Observatørene fra HOD hadde innspill.')).toBeNull();
    expect(matchAttendanceLabel('Varaordningen ble diskutert.')).toBeNull();
  });
});

describe('attendance entries', () => {
  it('takes name, organisation and notes, and leaves out the place', () => {
    expect(person('Sveinung Hole (leder), Trond Mohn stiftelse, Bergen')).toEqual({
      name: 'Sveinung Hole',
      organisation: 'Trond Mohn stiftelse',
      note: 'leder',
    });
    expect(person('Tarje Bjørgum, NHO, Abelia, Oslo')).toEqual({
      name: 'Tarje Bjørgum',
      organisation: 'NHO, Abelia',
      note: null,
    });
    expect(person('Karita Bekkemellem, Legemiddelindustrien (LMI), Oslo')).toEqual({
      name: 'Karita Bekkemellem',
      organisation: 'Legemiddelindustrien (LMI)',
      note: null,
    });
    expect(person('Kari Nordmann, KS, Oslo (til 10.00)')).toEqual({
      name: 'Kari Nordmann',
      organisation: 'KS',
      note: 'til 10.00',
    });
    expect(person('Ola Hansen, Helse Nord, Mo i Rana')).toMatchObject({
      organisation: 'Helse Nord',
    });
    // Two parts: the second is the organisation even when it could be a place.
    expect(person('Gloria Traina, Helse- og omsorgsdepartementet')).toMatchObject({
      organisation: 'Helse- og omsorgsdepartementet',
    });
  });

  it('keeps the notes that limit presence, in order', () => {
    expect(person('Esperanza Diaz, Universitetet i Bergen, digitalt deler av møtet')).toEqual({
      name: 'Esperanza Diaz',
      organisation: 'Universitetet i Bergen',
      note: 'digitalt deler av møtet',
    });
    expect(person('Anne Berg, HOD, deler av møtet (digitalt)')?.note).toBe(
      'deler av møtet, digitalt',
    );
    expect(person('Per Li, Sintef, Trondheim (10.00 – 11.30)')?.note).toBe('10.00 – 11.30');
    expect(person('Silje Moss, KS (som rådsmedlem fra 10.00)')).toEqual({
      name: 'Silje Moss',
      organisation: 'KS',
      note: 'som rådsmedlem fra 10.00',
    });
    expect(person('Anne Li (for Per Olsen), Helse Stavanger')?.note).toBe('for Per Olsen');
    expect(person('Kari Lund (nestleiar), Høgskulen på Vestlandet, Førde, sak 12/2/2022')).toEqual({
      name: 'Kari Lund',
      organisation: 'Høgskulen på Vestlandet',
      note: 'nestleiar, sak 12/2/2022',
    });
  });

  it('drops job titles and takes the organisation from the block when the entry has none', () => {
    expect(person('Ann-Mari Lofthus, seniorrådgiver (deler av møtet)', 'Forskningsrådet')).toEqual({
      name: 'Ann-Mari Lofthus',
      organisation: 'Forskningsrådet',
      note: 'deler av møtet',
    });
    expect(person('Hilde Nielsen, spesialrådgiver, sak 21/2/2025', 'Forskningsrådet')).toEqual({
      name: 'Hilde Nielsen',
      organisation: 'Forskningsrådet',
      note: 'sak 21/2/2025',
    });
    expect(person('Marte Tangen, leder i Norsk forening for allmennmedisin (NFA), Tynset')).toEqual(
      {
        name: 'Marte Tangen',
        organisation: 'Norsk forening for allmennmedisin (NFA)',
        note: null,
      },
    );
    // The entry's own organisation wins over the block's.
    expect(person('Ola Gjest, Sintef', 'Innovasjon Norge')?.organisation).toBe('Sintef');
    expect(person('Ola Gjest', null)).toEqual({
      name: 'Ola Gjest',
      organisation: null,
      note: null,
    });
  });

  it('flags names that do not look like names', () => {
    expect(parsePerson('møtet startet, KS')?.problems).toEqual([
      '«møtet startet» ser ikke ut som et navn.',
    ]);
    expect(parsePerson('')).toBeNull();
    expect(parsePerson(', KS')).toBeNull();
  });

  it('splits lines with several people', () => {
    expect(splitEntries('Per Morten Sandset, Toril Hernes og Øivind Enger')).toEqual([
      'Per Morten Sandset',
      'Toril Hernes',
      'Øivind Enger',
    ]);
    expect(splitEntries('Kari Li, KS; Ola Nordmann (leder), Helse Vest')).toEqual([
      'Kari Li, KS',
      'Ola Nordmann (leder), Helse Vest',
    ]);
    expect(splitEntries('Kari Li (leder) og Marianne van der Wel')).toEqual([
      'Kari Li (leder)',
      'Marianne van der Wel',
    ]);
    // One person with affiliation and place stays one entry.
    expect(splitEntries('Baard Christian Schem, Helse Vest, Bergen')).toEqual([
      'Baard Christian Schem, Helse Vest, Bergen',
    ]);
    expect(splitEntries('Esperanza Diaz, UiB og Folkehelseinstituttet, Bergen')).toHaveLength(1);
  });

  it('joins an entry that runs over lines', () => {
    expect(
      continuesEntry('Marte Tangen, leder i Norsk forening for', 'allmennmedisin, Tynset'),
    ).toBe(true);
    expect(continuesEntry('Kari Li, KS, Oslo (til', '10.00)')).toBe(true);
    expect(continuesEntry('Kari Li, KS,', 'Oslo')).toBe(true);
    expect(continuesEntry('Kari Li, KS', 'Ola Nordmann, Helse Vest')).toBe(false);
  });

  it('tells entries from other text', () => {
    expect(looksLikeEntry('Henrietta Blankson, spesialrådgiver')).toBe(true);
    expect(looksLikeEntry('Marianne van der Wel, HOD')).toBe(true);
    expect(looksLikeEntry('HelseOmsorg21-rådet, referat møte 2/2025')).toBe(false);
    expect(looksLikeEntry('Møtet ble åpnet av rådsleder.')).toBe(false);
    expect(looksLikeEntry('x'.repeat(10_000))).toBe(false);
  });
});
