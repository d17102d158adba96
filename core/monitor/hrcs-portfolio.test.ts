import { describe, expect, it } from 'vitest';
import { parseAmount, readHrcsPortfolio } from './hrcs-portfolio.ts';

const NORWEGIAN = [
  'Prosjektnummer',
  'Tittel',
  'Finansiør',
  'Sektor',
  'År',
  'Beløp',
  'Helsekategorier',
  'Forskningsaktiviteter',
];
const ENGLISH = [
  'id',
  'title',
  'funder',
  'sector',
  'year',
  'amount',
  'health_categories',
  'research_activities',
];

describe('readHrcsPortfolio', () => {
  it('reads a portfolio with Norwegian headers, numbers and category names', () => {
    const { projects, problems } = readHrcsPortfolio({
      columns: NORWEGIAN,
      rows: [
        [
          '326541',
          'Tidlig påvisning av lungekreft med pusteprøver',
          'Norges forskningsråd',
          'Universitets- og høgskolesektoren',
          '2023',
          '4 500 000',
          'Kreft 50 %, Lunger og luftveier 50 %',
          '4.1:75; 4.2:25',
        ],
        [
          'HV-2022-17',
          'Rehabilitering etter hjerneslag i kommunene',
          'Helse Vest',
          'Helseforetak og private ideelle sykehus',
          '2022',
          '1 234 567,50',
          'Hjerneslag 33,33 %, Hjerte og kar 33,33 %, Munnhule, mage og tarm 33,33 %',
          '7.1 Individuelle omsorgsbehov 50 %, 8.1 Organisering og levering av tjenester 50 %',
        ],
      ],
    });
    expect(problems).toEqual([]);
    expect(projects).toHaveLength(2);
    expect(projects[0]).toEqual({
      projectCode: '326541',
      title: 'Tidlig påvisning av lungekreft med pusteprøver',
      funder: 'Norges forskningsråd',
      sector: 'Universitets- og høgskolesektoren',
      year: 2023,
      amount: 4_500_000,
      health: [
        { code: 'cancer', percent: 50 },
        { code: 'respiratory', percent: 50 },
      ],
      activities: [
        { code: '4.1', percent: 75 },
        { code: '4.2', percent: 25 },
      ],
    });
    expect(projects[1]?.amount).toBe(1_234_567.5);
    expect(projects[1]?.health).toEqual([
      { code: 'stroke', percent: 100 / 3 },
      { code: 'cardiovascular', percent: 100 / 3 },
      { code: 'oral_gastrointestinal', percent: 100 / 3 },
    ]);
    expect(projects[1]?.activities.map((a) => a.code)).toEqual(['7.1', '8.1']);
  });

  it('reads English headers in any case, ids with colons and a plain decimal point', () => {
    const { projects, problems } = readHrcsPortfolio({
      columns: ENGLISH.map((c) => c.toUpperCase()),
      rows: [
        [
          '2021-0042',
          'Vaksine mot RS-virus',
          'Kreftforeningen',
          '',
          '2021',
          '1234567.5',
          'infection:100',
          '3.4:100',
        ],
        [
          '2021-0043',
          'Biobank',
          'Helse Sør-Øst',
          '',
          '2021',
          '2 000 000,-',
          'cancer:50,cardiovascular:50',
          '2.1:50,5.1:50',
        ],
      ],
    });
    expect(problems).toEqual([]);
    expect(projects.map((p) => p.amount)).toEqual([1_234_567.5, 2_000_000]);
    expect(projects[0]?.sector).toBe('');
    expect(projects[1]?.health.map((h) => h.code)).toEqual(['cancer', 'cardiovascular']);
    expect(projects[1]?.activities).toEqual([
      { code: '2.1', percent: 50 },
      { code: '5.1', percent: 50 },
    ]);
  });

  it('tells names with a comma from lists with commas', () => {
    const { projects, problems } = readHrcsPortfolio({
      columns: NORWEGIAN,
      rows: [
        [
          '55',
          'Svangerskapsdiabetes',
          'Helse Sør-Øst',
          '',
          '2024',
          '750 000',
          'Reproduktiv helse, svangerskap og fødsel 50 %, Stoffskifte og hormoner 50 %',
          '2.1 Endogenous risks 50 %, 7.1 Individual needs 50 %',
        ],
      ],
    });
    expect(problems).toEqual([]);
    expect(projects[0]?.health.map((h) => h.code)).toEqual([
      'reproductive_health',
      'metabolic_endocrine',
    ]);
    expect(projects[0]?.activities.map((a) => a.code)).toEqual(['2.1', '7.1']);
  });

  it('splits codes equally when no percentages are given, as HRCS does by default', () => {
    const { projects, problems } = readHrcsPortfolio({
      columns: NORWEGIAN,
      rows: [
        [
          '1',
          'Kreft og psykisk helse',
          'Helse Nord',
          '',
          '2024',
          '900000',
          'Kreft; Psykisk helse',
          '2.1; 2.3',
        ],
      ],
    });
    expect(problems).toEqual([]);
    expect(projects[0]?.health).toEqual([
      { code: 'cancer', percent: 50 },
      { code: 'mental_health', percent: 50 },
    ]);
  });

  it('reports each bad row with its row number and keeps the good ones', () => {
    const { projects, problems } = readHrcsPortfolio({
      columns: NORWEGIAN,
      rows: [
        ['100', 'God rad', 'Helse Midt-Norge', '', '2023', '500 000', 'Kreft 100 %', '6.1:100'],
        [
          '101',
          'Feil sum',
          'Helse Midt-Norge',
          '',
          '2023',
          '500 000',
          'Kreft 60 %, Hjerneslag 30 %',
          '6.1:100',
        ],
        ['', 'Uten nummer', 'Helse Midt-Norge', '', '23', '12x', 'Tannhelse 100 %', '9.9:100'],
        ['', '', '', '', '', '', '', ''],
        [
          '103',
          'Ulik fordeling',
          'Helse Midt-Norge',
          '',
          '2023',
          '1.234',
          'Kreft',
          '2.1:60; 5.1:40',
        ],
        ['100', 'Samme prosjekt igjen', 'Helse Midt-Norge', '', '2023', '10', 'Kreft', '2.1'],
      ],
    });
    expect(projects.map((p) => p.projectCode)).toEqual(['100']);
    expect(problems.map((p) => p.row)).toEqual([3, 4, 4, 4, 4, 4, 6, 6, 7]);
    expect(problems[0]?.message).toMatch(
      /^Andelene for helsekategorier \(60 % og 30 %\) summerer til 90 %/,
    );
    expect(problems.filter((p) => p.row === 4).map((p) => p.message)).toEqual([
      'Prosjektnummer mangler.',
      'Året «23» er ikke et årstall (fire sifre, f.eks. 2024).',
      'Beløpet «12x» er ikke et tall. Skriv beløpet i kroner, f.eks. «1 234 567,50» eller «1234567.5».',
      expect.stringMatching(/^Ukjent helsekategori «Tannhelse»/),
      expect.stringMatching(/^Ukjent forskningsaktivitet «9.9»/),
    ]);
    expect(problems[6]?.message).toMatch(/^Beløpet «1.234» har mer enn to desimaler/);
    expect(problems[7]?.message).toMatch(/^Fordelingen 60 % og 40 % for forskningsaktiviteter/);
    expect(problems[8]?.message).toBe('Prosjekt «100» for 2023 står allerede i rad 2.');
  });

  it('reports more than five health categories, or recodes them as generic when asked', () => {
    const table = {
      columns: ENGLISH,
      rows: [
        [
          '7',
          'Fysisk aktivitet og helse',
          'Helse Vest',
          '',
          '2022',
          '300000',
          'Kreft; Hjerte og kar; Stoffskifte og hormoner; Munnhule, mage og tarm; Hjerneslag; Psykisk helse',
          '3.1',
        ],
      ],
    };
    const reported = readHrcsPortfolio(table);
    expect(reported.projects).toEqual([]);
    expect(reported.problems).toEqual([
      { row: 2, message: expect.stringMatching(/^Prosjektet har 6 helsekategorier/) },
    ]);
    const recoded = readHrcsPortfolio(table, { applyGenericRule: true });
    expect(recoded.problems).toEqual([]);
    expect(recoded.projects[0]?.health).toEqual([{ code: 'generic', percent: 100 }]);
  });

  it('asks for a percentage on every code once one has one', () => {
    const { problems } = readHrcsPortfolio({
      columns: ENGLISH,
      rows: [['8', 'Delvis', 'Helse Vest', '', '2022', '1000', 'Kreft 50 %, Hjerneslag', '2.1']],
    });
    expect(problems).toEqual([
      {
        row: 2,
        message:
          'Helsekategorier: «Hjerneslag» mangler prosentandel. Oppgi andel for alle kodene (f.eks. «Hjerneslag: 50») eller for ingen (lik fordeling).',
      },
    ]);
  });

  it('reports missing required columns as one problem, naming them', () => {
    const { projects, problems } = readHrcsPortfolio({
      columns: ['Prosjektnummer', 'Tittel', 'Finansiør', 'År', 'Helsekategorier'],
      rows: [['1', 'x', 'y', '2023', 'Kreft']],
    });
    expect(projects).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.row).toBe(1);
    expect(problems[0]?.message).toMatch(
      /^Tabellen mangler de påkrevde kolonnene beløp \(amount\), forskningsaktiviteter \(research_activities\)\./,
    );
  });

  it('reports two columns that mean the same', () => {
    const { problems } = readHrcsPortfolio({ columns: [...NORWEGIAN, 'amount'], rows: [] });
    expect(problems).toEqual([
      {
        row: 1,
        message: 'Kolonnene «Beløp» og «amount» betyr begge beløp (amount). Behold én av dem.',
      },
    ]);
  });
});

describe('parseAmount', () => {
  it('reads Norwegian and plain amounts', () => {
    expect(parseAmount('1 234 567,50')).toEqual({ value: 1_234_567.5 });
    expect(parseAmount('1\u00a0234\u00a0567,5')).toEqual({ value: 1_234_567.5 });
    expect(parseAmount('1.234.567,50')).toEqual({ value: 1_234_567.5 });
    expect(parseAmount('1,234,567.50')).toEqual({ value: 1_234_567.5 });
    expect(parseAmount('1234567.5')).toEqual({ value: 1_234_567.5 });
    expect(parseAmount('kr 250 000,-')).toEqual({ value: 250_000 });
    expect(parseAmount('NOK 3000')).toEqual({ value: 3000 });
    expect(parseAmount('0')).toEqual({ value: 0 });
  });

  it('refuses what it cannot read for certain', () => {
    expect(parseAmount('')).toEqual({ error: 'Beløpet mangler.' });
    expect(parseAmount('1.234')).toHaveProperty(
      'error',
      expect.stringMatching(/mer enn to desimaler/),
    );
    expect(parseAmount('12 34,5.6')).toHaveProperty(
      'error',
      expect.stringMatching(/ikke et gyldig tall/),
    );
    expect(parseAmount('-5000')).toHaveProperty('error', expect.stringMatching(/negativt/));
    expect(parseAmount('fem millioner')).toHaveProperty(
      'error',
      expect.stringMatching(/ikke et tall/),
    );
  });
});
