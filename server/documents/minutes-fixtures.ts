import type { AttendanceLine, MinutesCaseEntry, MinutesInput } from './minutes-input.ts';

/**
 * Test data for the minutes renderers: a meeting shaped like the council's (names, wording and
 * affiliations are made up for the project).
 */

const person = (
  name: string,
  affiliation: string | null,
  notes: string[] = [],
  isChair = false,
): AttendanceLine => ({ name, affiliation, notes, isChair });

const CASES: MinutesCaseEntry[] = [
  {
    caseNumber: '30/3/2025',
    title: 'Godkjenning av innkalling og saksliste',
    caseTypes: ['decision'],
    discussion: '',
    decision: '<p>Innkallingen og sakslisten ble godkjent uten endringer.</p>',
    postponed: false,
  },
  {
    caseNumber: '31/3/2025',
    title: 'Spørsmål om habilitet',
    caseTypes: ['decision'],
    discussion: '<p>Lederen gikk gjennom sakslisten og spurte om noen kunne være inhabile.</p>',
    decision: '<p>Ingen medlemmer meldte seg inhabile i sakene.</p>',
    postponed: false,
  },
  {
    caseNumber: '32/3/2025',
    title: 'Godkjenning av referat fra møte 2/2025',
    caseTypes: ['decision'],
    discussion:
      '<p>Det kom én merknad i merknadsrunden. Sekretariatet har rettet omtalen av sak 21/2/2025 i tråd med den.</p>',
    decision: '<p>Referatet fra møte 2/2025 godkjennes med rettelsen.</p>',
    postponed: false,
  },
  {
    caseNumber: '33/3/2025',
    title: 'Orienteringer fra sekretariatet og medlemmene',
    caseTypes: ['information'],
    discussion:
      '<p>Sekretariatet orienterte om tre forhold:</p><ul><li>Rådets innspill til statsbudsjettet er oversendt departementet.</li><li>Nettsidene får ny struktur i løpet av høsten, med egne sider for hvert innsatsområde.</li><li>Arbeidsgruppen for helsedata har hatt sitt første møte og legger fram en plan på neste rådsmøte.</li></ul><p>Et medlem orienterte om en felles satsing på <strong>kliniske studier</strong> i kommunene.</p>',
    decision: '<p>Tas til orientering.</p>',
    postponed: false,
  },
  {
    caseNumber: '34/3/2025',
    title:
      'Kunnskapsløft for kommunene: forslag til tiltak og videre arbeid mot neste strategiperiode',
    caseTypes: ['discussion', 'decision'],
    discussion:
      '<p>Arbeidsgruppen la fram et notat med fem tiltak. Rådet drøftet særlig hvordan små kommuner kan delta i forskning uten egne forskningsmiljøer, og hvordan praksisnær forskning kan gjøres mer attraktiv for ansatte i helse- og omsorgstjenestene.</p><p>Flere pekte på at tiltakene må henge sammen med det regionale samarbeidet mellom kommuner, universiteter og helseforetak, og at finansieringen må være forutsigbar over flere år.</p><ol><li>Nettverk for kommunal forskning i hver region.</li><li>Kombinerte stillinger mellom kommune og utdanning.</li><li>Felles verktøy for å dele resultater mellom kommunene.</li></ol><p>Det ble også bedt om at brukerperspektivet kommer tydeligere fram i neste versjon, og at sekretariatet henter inn erfaringer fra de regionale forskningsfondene.</p>',
    decision:
      '<p>Rådet slutter seg til hovedretningen i notatet.</p><p>Arbeidsgruppen bearbeider forslagene i tråd med diskusjonen og legger dem fram for vedtak i møte 4/2025.</p>',
    postponed: false,
  },
  {
    caseNumber: '35/3/2025',
    title: 'Møteplan for 2026',
    caseTypes: ['decision'],
    discussion: '',
    decision: '',
    postponed: true,
  },
  {
    caseNumber: '36/3/2025',
    title: 'Eventuelt',
    caseTypes: ['information'],
    discussion: '<p>Ingen saker ble meldt under eventuelt.</p>',
    decision: '<p>Ingen vedtak.</p>',
    postponed: false,
  },
];

export function makeMinutesInput(overrides: Partial<MinutesInput> = {}): MinutesInput {
  return {
    council: { name: 'HelseOmsorg21-rådet', shortName: 'HO21-rådet' },
    meeting: {
      number: '3/2025',
      date: '2025-09-17',
      startTime: '10:00',
      endTime: '15:00',
      locationKind: 'hybrid',
      room: 'Møterom Abel, 2. etasje',
      address: 'Drammensveien 288, Oslo',
      link: 'https://zoom.us/j/123456789',
      status: 'held',
    },
    status: 'circulated',
    versionNumber: 2,
    // 10:00 UTC is 12:00 in Oslo (summer time).
    commentDeadline: '2025-09-30T10:00:00Z',
    approval: null,
    attendance: {
      present: [
        person('Kari Nilsen', 'Universitetet i Tromsø', [], true),
        person('Jonas Berg', 'Helse Midt-Norge'),
        person('Ingrid Sæther', 'Kommunesektorens organisasjon', ['digitalt']),
        person('Øystein Åsheim', 'Pasient- og brukerombudet', ['til kl. 13.00']),
        person('Fatima Ali', 'Legemiddelindustrien'),
        person('Hans Kristian Lie', 'Norges forskningsråd, divisjon for innovasjon'),
      ],
      absent: [person('Marte Dahl', 'Helse Sør-Øst'), person('Per Gundersen', 'Bergen kommune')],
      substitutes: [person('Line Aas', 'Helse Sør-Øst', ['for Marte Dahl'])],
      observers: [
        person('Tone Bakke', 'Helse- og omsorgsdepartementet'),
        person('Erik Moe', 'Kunnskapsdepartementet', ['deler av møtet', 'digitalt']),
      ],
      secretariat: [
        person('Sigrid Holm', 'spesialrådgiver'),
        person('Anders Vik', 'seniorrådgiver', ['sak 34/3/2025']),
      ],
      guests: [person('Nora Lund', 'Direktoratet for e-helse', ['sak 34/3/2025'])],
    },
    cases: CASES,
    generatedAt: new Date('2025-09-18T08:00:00Z'),
    ...overrides,
  };
}

export function makeApprovedMinutesInput(): MinutesInput {
  return makeMinutesInput({
    status: 'approved',
    versionNumber: 3,
    commentDeadline: null,
    approval: { date: '2025-11-12', note: 'Godkjent i sak 40/4/2025' },
  });
}
