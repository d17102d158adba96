import type {
  OverviewHeading,
  PlanStatusActivityRow,
  PlanStatusInput,
  PolicyOverviewInput,
  PolicyOverviewRow,
} from './overview-input.ts';

/**
 * Test data for the overview renderers: a plan and a register shaped like the council's
 * (titles, names and wording are made up for the project).
 */

const HEADING: OverviewHeading = {
  councilName: 'HelseOmsorg21-rådet',
  meetingNumber: '5/2026',
  caseNumber: '50/5/2026',
  generatedOn: '2026-12-01',
};

/** A comment long enough to wrap over many lines and, in a narrow column, over a page break. */
export const LONG_COMMENT = Array.from(
  { length: 14 },
  (_, i) =>
    `Runde ${i + 1}: sekretariatet har fulgt opp med Helse- og omsorgsdepartementet, Kunnskapsdepartementet og de regionale helseforetakene, og rådet ønsker en tydeligere plan for hvordan kommunene får delta på lik linje med sykehusene.`,
).join(' ');

const activity = (
  kindLabel: string,
  description: string,
  more: Partial<PlanStatusActivityRow> = {},
): PlanStatusActivityRow => ({
  kindLabel,
  description,
  statusLabel: 'Pågår',
  dates: '',
  responsible: '',
  comments: '',
  results: '',
  ...more,
});

export function makePlanStatusInput(overrides: Partial<PlanStatusInput> = {}): PlanStatusInput {
  return {
    ...HEADING,
    planTitle: 'Rådets handlingsplan 2026–2027',
    areas: [
      {
        title: 'Kunnskapsløft for kommunene',
        activities: [
          activity('Brev', 'Innspill til statsbudsjettet om forskning i kommunene', {
            statusLabel: 'Gjennomført',
            dates: '4.1.2026',
            responsible: 'Kari Nilsen',
            comments: 'Brev sendt HOD og KD 4.1.2026.',
            results: 'Svar fra HOD februar 2026: departementet vil følge opp i tildelingsbrevene.',
          }),
          activity('Dialogmøte', 'Møte med KS om praksisnær forskning i små kommuner', {
            dates: '1.2.2026–30.6.2026',
            responsible: 'Sekretariatet (Sigrid Holm)',
            comments: LONG_COMMENT,
            results: 'Referat fra første møte er delt med rådet.',
          }),
          activity('Kronikk', 'Kronikk om kommunehelsetjenesten som forskningsarena', {
            statusLabel: 'Planlagt',
            comments: 'Utkast skrives av Øystein Åsheim.',
          }),
        ],
      },
      {
        title: 'Kliniske studier som en integrert del av helsetjenesten',
        activities: [
          activity('Brev', 'Kommentarer til nasjonal handlingsplan for kliniske studier', {
            statusLabel: 'Gjennomført',
            dates: '15.3.2026',
            responsible: 'Jonas Berg',
            comments: 'Rådet ber om at ≥ 5 % av studiene skjer i kommunene 🎯.',
            results: 'Tatt inn i revidert plan, se kapittel 4.',
          }),
          activity('Seminar', 'Frokostseminar om pasientrekruttering på tvers av regionene', {
            statusLabel: 'Stanset',
            dates: 'våren 2026',
            comments: 'Utsatt på grunn av streik.\nNy dato avtales med NorCRIN.',
          }),
        ],
      },
      { title: 'Helsedata og digitalisering', activities: [] },
      {
        title: 'Oppfølging av rådets strategi',
        activities: Array.from({ length: 60 }, (_, i) =>
          activity('Møte', `Oppfølgingsmøte nr. ${i + 1} med aktørene i helsenæringen`, {
            statusLabel: i % 3 === 0 ? 'Gjennomført' : 'Pågår',
            dates: `${(i % 28) + 1}.${(i % 12) + 1}.2026`,
            responsible: i % 2 === 0 ? 'Ingrid Sæther' : '',
            comments: i % 5 === 0 ? 'Oppsummering sendt til rådets medlemmer.' : '',
            results: i % 4 === 0 ? `Tre tiltak er fulgt opp (møte ${i + 1}).` : '',
          }),
        ),
      },
    ],
    ...overrides,
  };
}

const policy = (title: string, more: Partial<PolicyOverviewRow> = {}): PolicyOverviewRow => ({
  title,
  reference: '',
  kindLabel: 'Strategi',
  ministry: 'Helse- og omsorgsdepartementet',
  input: 'Ikke levert innspill',
  launch: '',
  consultation: '',
  followUp: '',
  change: null,
  warning: null,
  ...more,
});

export function makePolicyOverviewInput(
  overrides: Partial<PolicyOverviewInput> = {},
): PolicyOverviewInput {
  return {
    ...HEADING,
    previousMeetingDate: '2026-10-22',
    rows: [
      policy('Helse for alle. Rettferdig prioritering i vår felles helsetjeneste', {
        reference: 'Meld. St. 21 (2024–2025)',
        kindLabel: 'Stortingsmelding',
        input: 'Høringssvar, 2.5.2025',
        launch: '16.9.2025',
        followUp: 'Følge behandlingen i Stortinget; vurdere et eget innspill om kommunene.',
        change: 'changed',
      }),
      policy('Kunnskapsgrunnlag for en helhetlig legemiddelpolitikk', {
        reference: 'NOU 2025: 8',
        kindLabel: 'NOU',
        launch: 'Lansering i løpet av 2025',
        consultation: 'Høringsfrist 22.12.2025',
        followUp: LONG_COMMENT,
        warning: 'Fristen er passert uten innspill',
      }),
      policy('Nasjonal strategi for persontilpasset medisin – revisjon', {
        input: 'Innspill, 15.3.2024',
        launch: 'våren 2026',
        followUp: 'Sekretariatet lager utkast til innspill (≥ 2 sider) 📄.',
        change: 'new',
      }),
      ...Array.from({ length: 62 }, (_, i) =>
        policy(
          `Tiltaksplan for forskning og innovasjon i helse- og omsorgssektoren, del ${i + 1}`,
          {
            reference: i % 2 === 0 ? `Meld. St. ${i + 1} (2025–2026)` : '',
            ministry: i % 3 === 0 ? 'Kunnskapsdepartementet' : 'Helse- og omsorgsdepartementet',
            launch: `${(i % 28) + 1}.${(i % 12) + 1}.2026`,
            followUp: i % 4 === 0 ? 'Følges opp i arbeidsgruppen for helsenæring.' : '',
          },
        ),
      ),
    ],
    archived: [
      {
        title: 'Strategi for økt bruk av helsedata i forskning',
        reference: '',
        reason: 'Erstattet av den nye helsedatastrategien.',
      },
      {
        title: 'Høring om endringer i helseregisterloven',
        reference: 'Høring 2025/117',
        reason: 'Høringssvar levert; ikke fulgt opp videre.',
      },
    ],
    ...overrides,
  };
}
