import type { CouncilInput, PolicyKind } from '../../core/policy.ts';

/**
 * The demo council's register of white papers, strategies, official reports and consultations
 * (fifteen entries). Document names, references and launch dates of real documents are facts;
 * the 2026–2027 consultations and white papers are made up for the demo. Deadlines are given
 * relative to the day the demo is seeded, written for a seeding day of 1.12.2026.
 *
 * Deadlines: four in the future (+5, +12, +30, +60) and three in the past (-10, -40, -344);
 * the -10 one has no input from the council and must be flagged.
 */

export type DemoPolicyDocument = {
  title: string;
  reference: string;
  kind: PolicyKind;
  ministry: string;
  /** Launch as worded: "16.9.2025", "våren 2026", "i løpet av 2027", "Lansering i 2026 (utsatt)". */
  launch: string;
  councilInput: CouncilInput;
  inputDate: string | null;
  /** Consultation deadline relative to the day the demo is seeded (negative = past), or null. */
  deadlineInDays: number | null;
  proposedFollowUp: string;
  status: string;
  workingGroupEmails: string[];
  links: { title: string; url: string }[];
  /** Archived: the council will not follow it up (reason), or null. */
  archivedReason: string | null;
  /** A statement the council has sent (published as "Rådet mener"), or null. */
  statement: {
    kind: 'consultation_response' | 'input' | 'letter' | 'op_ed';
    title: string;
    summary: string;
    bodyHtml: string;
    sentDaysAgo: number;
  } | null;
};

const HOD = 'Helse- og omsorgsdepartementet';
const KD = 'Kunnskapsdepartementet';
const NFD = 'Nærings- og fiskeridepartementet';

export const DEMO_POLICY_DOCUMENTS: DemoPolicyDocument[] = [
  {
    title: 'Helse for alle. Rettferdig prioritering i vår felles helsetjeneste',
    reference: 'Meld. St. 21 (2024–2025)',
    kind: 'white_paper',
    ministry: HOD,
    launch: '10.4.2025',
    councilInput: 'consultation_response',
    inputDate: '2025-05-02',
    deadlineInDays: null,
    proposedFollowUp:
      'Følges opp under området Bærekraftig helsetjeneste, blant annet i dialogmøtene med de regionale helseforetakene.',
    status: '',
    workingGroupEmails: [],
    links: [
      {
        title: 'Meld. St. 21 (2024–2025) (pdf)',
        url: 'https://www.regjeringen.no/contentassets/7b4ea64516f04ca3a6f855a61d106c5d/no/pdfs/stm202420250021000dddpdfs.pdf',
      },
      {
        title: 'Rapporter fra ekspertgruppene',
        url: 'https://www.regjeringen.no/no/aktuelt/rapporter-fra-ekspertgrupper-for-prioriteringsmeldingen/id3025758/',
      },
    ],
    archivedReason: null,
    statement: {
      kind: 'consultation_response',
      title: 'Høringssvar til helse- og omsorgskomiteen om prioriteringsmeldingen',
      summary:
        'Rådet støtter prinsippene i meldingen, men mener prioriteringene trenger et bedre kunnskapsgrunnlag, særlig i kommunene.',
      bodyHtml:
        '<p>Rådet støtter at de samme prinsippene for prioritering skal gjelde i hele helse- og omsorgstjenesten. Et felles språk for prioritering gjør det lettere å se hva som blir valgt bort, og hvorfor.</p>' +
        '<p>Prinsippene er bare så gode som kunnskapen de brukes på. For mange tiltak i de kommunale tjenestene finnes det lite forskning om nytte og kostnader. Rådet ber komiteen merke seg at prioritering krever en langsiktig satsing på forskning i hele tjenesten.</p>' +
        '<p>Rådet anbefaler også at erfaringene med prioritering følges systematisk, for eksempel gjennom HelseOmsorg21-monitor.</p>',
      sentDaysAgo: 578,
    },
  },
  {
    title: 'Sikker kunnskap i en usikker verden',
    reference: 'Meld. St. 14 (2024–2025)',
    kind: 'white_paper',
    ministry: KD,
    launch: '21.3.2025',
    councilInput: 'consultation_response',
    inputDate: '2025-04-28',
    deadlineInDays: null,
    proposedFollowUp: 'Ingen videre oppfølging.',
    status: '',
    workingGroupEmails: [],
    links: [
      {
        title: 'Meld. St. 14 (2024–2025)',
        url: 'https://www.regjeringen.no/no/dokumenter/meld.-st.-14-20242025/id3092418/',
      },
    ],
    archivedReason:
      'Meldingen er behandlet i Stortinget, og rådets høringssvar er levert. Rådet følger ikke saken videre.',
    statement: null,
  },
  {
    title: 'Folkehelse – verdier, kunnskap og prioritering',
    reference: 'NOU 2025: 8',
    kind: 'official_report',
    ministry: HOD,
    launch: '16.9.2025',
    councilInput: 'consultation_response',
    inputDate: '2025-12-19',
    deadlineInDays: -344,
    proposedFollowUp:
      'Rådet følger med på hvordan departementet følger opp utvalgets anbefalinger om kunnskap og støtte til kommunene.',
    status: 'Frokostseminar holdt 10.11.2025',
    workingGroupEmails: ['o.dahl@example.no', 'k.haugen@example.no'],
    links: [
      {
        title: 'NOU 2025: 8 (pdf)',
        url: 'https://www.regjeringen.no/contentassets/a8b7d709ded24f659efa2fa2e329386c/no/pdfs/nou202520250008000dddpdfs.pdf',
      },
    ],
    archivedReason: null,
    statement: {
      kind: 'consultation_response',
      title: 'Høringssvar til NOU 2025: 8 Folkehelse – verdier, kunnskap og prioritering',
      summary:
        'Rådet støtter et tydeligere system for å prioritere folkehelsetiltak og ber om en egen satsing på forskning om tiltakenes effekt.',
      bodyHtml:
        '<p>Rådet støtter at folkehelsetiltak skal vurderes etter tydelige kriterier, på samme måte som tiltak i helsetjenesten. Det vil gjøre det enklere for kommunene å velge tiltak som faktisk virker.</p>' +
        '<p>Kunnskapen om effekten av folkehelsetiltak er i dag spredt og ofte mangelfull. Rådet anbefaler en langsiktig satsing på praksisnær forskning, der kommunene selv er med på å stille spørsmålene.</p>' +
        '<p>Rådet mener kommunenes strategiske forskningsorgan (KSF) kan være en god kanal for den operative støtten utvalget foreslår.</p>',
      sentDaysAgo: 347,
    },
  },
  {
    title: 'Helsereformutvalget – utvalg for en helhetlig og sammenhengende helsetjeneste',
    reference: '',
    kind: 'official_report',
    ministry: HOD,
    launch: 'innen 1. november 2026',
    councilInput: 'input',
    inputDate: '2026-03-16',
    deadlineInDays: null,
    proposedFollowUp:
      'Rådet gir høringssvar når NOU-en sendes på høring. Utvalgslederen inviteres til et rådsmøte.',
    status: 'Venter på at NOU-en sendes på høring',
    workingGroupEmails: ['leder@radsrom.no', 'medlem@radsrom.no', 'k.haugen@example.no'],
    links: [
      {
        title: 'Om Helsereformutvalget',
        url: 'https://www.regjeringen.no/no/dep/hod/organiseringen-av-helse-og-omsorgsdepartementet/styrer-rad-og-utvalg/utvalg-for-en-helhetlig-og-sammenhengende-helsetjeneste-helsereformutvalget/id3117111/',
      },
    ],
    archivedReason: null,
    statement: {
      kind: 'input',
      title: 'Innspill til Helsereformutvalget',
      summary:
        'Rådet ber utvalget gjøre forskning og innovasjon til en del av styringen av hele helsetjenesten, ikke bare sykehusene.',
      bodyHtml:
        '<p>Rådet mener en sammenhengende helsetjeneste også må ha et sammenhengende kunnskapssystem. I dag har sykehusene forskning som lovpålagt oppgave, mens kommunene mangler både plikt og midler.</p>' +
        '<p>Rådet ber utvalget vurdere hvordan forskning, innovasjon og utdanning kan inngå i styringen og finansieringen av tjenesten på tvers av forvaltningsnivåene. Helsefellesskapene kan være en naturlig arena for dette.</p>',
      sentDaysAgo: 260,
    },
  },
  {
    title: 'Demensplan 2030',
    reference: '',
    kind: 'action_plan',
    ministry: HOD,
    launch: 'våren 2026',
    councilInput: 'none',
    inputDate: null,
    deadlineInDays: null,
    proposedFollowUp: 'Ingen egen oppfølging.',
    status: 'Ikke lansert per november 2026',
    workingGroupEmails: [],
    links: [
      {
        title: 'Regjeringen med ny demensplan i 2026',
        url: 'https://www.regjeringen.no/no/aktuelt/regjeringen-med-ny-demensplan-i-2026/id3109128/',
      },
    ],
    archivedReason:
      'Planen retter seg først og fremst mot tjenestetilbudet og pårørende. Rådet følger opp forskningsbehovene gjennom hjernehelsestrategien.',
    statement: null,
  },
  {
    title: 'Oppdatert nasjonal hjernehelsestrategi',
    reference: '',
    kind: 'strategy',
    ministry: HOD,
    launch: 'Lansering i 2026 (utsatt)',
    councilInput: 'input',
    inputDate: '2026-02-27',
    deadlineInDays: null,
    proposedFollowUp:
      'Følge med på om forskning og kliniske studier får en tydelig plass i strategien.',
    status: '',
    workingGroupEmails: [],
    links: [
      {
        title: 'Oppdatert nasjonal hjernehelsestrategi',
        url: 'https://www.regjeringen.no/no/aktuelt/oppdatert-nasjonal-hjernehelsestrategi-fra-2025/id2983459/',
      },
    ],
    archivedReason: null,
    statement: null,
  },
  {
    title: 'Nasjonal handlingsplan for kliniske studier – ny plan etter 2025',
    reference: '',
    kind: 'action_plan',
    ministry: HOD,
    launch: 'i løpet av 2027',
    councilInput: 'input',
    inputDate: '2026-03-20',
    deadlineInDays: null,
    proposedFollowUp:
      'Seminar om kliniske studier i primærhelsetjenesten i januar 2027. Rådet ønsker å presentere innspillet for departementet.',
    status: 'Seminar planlegges',
    workingGroupEmails: ['medlem@radsrom.no', 'leder@radsrom.no'],
    links: [
      {
        title: 'Innspill til oppfølgingen av handlingsplanen 2021–2025',
        url: 'https://www.regjeringen.no/no/aktuelt/innspill-til-oppfolgingen-av-nasjonal-handlingsplan-for-kliniske-studier-2021-2025/id3053139/',
      },
    ],
    archivedReason: null,
    statement: {
      kind: 'letter',
      title: 'Brev til HOD om den nye handlingsplanen for kliniske studier',
      summary:
        'Rådet ber om at den nye planen setter konkrete mål for studier i kommunene og for informasjon til pasientene.',
      bodyHtml:
        '<p>Rådet viser til arbeidet med en ny nasjonal handlingsplan for kliniske studier. Den forrige planen bidro til flere studier i sykehusene, men kommunene ble i liten grad omfattet.</p>' +
        '<p>Rådet foreslår at den nye planen får egne mål for studier i primærhelsetjenesten, og at pasienter får én samlet oversikt over studier de kan delta i. Rådet stiller gjerne opp i det videre arbeidet.</p>',
      sentDaysAgo: 256,
    },
  },
  {
    title: 'Stortingsmelding om helseberedskap',
    reference: '',
    kind: 'white_paper',
    ministry: HOD,
    launch: 'våren 2027',
    councilInput: 'input',
    inputDate: '2026-05-15',
    deadlineInDays: null,
    proposedFollowUp:
      'Rådet vurderer å be om et møte med departementet når meldingen er lagt frem.',
    status: '',
    workingGroupEmails: [],
    links: [
      {
        title: 'Innspill til stortingsmelding om helseberedskap',
        url: 'https://www.regjeringen.no/no/aktuelt/innspill-til-stortingsmelding-om-helseberedskap/id3160000/',
      },
    ],
    archivedReason: null,
    statement: null,
  },
  {
    title: 'Høring – gjennomføring av forordningen om et europeisk helsedataområde (EHDS)',
    reference: '',
    kind: 'consultation',
    ministry: HOD,
    launch: '3.11.2026',
    councilInput: 'none',
    inputDate: null,
    deadlineInDays: 12,
    proposedFollowUp:
      'Arbeidsgruppen utarbeider høringssvar. Utkastet sendes rådet på e-post for tilslutning.',
    status: 'Arbeidsgruppen har første utkast klart',
    workingGroupEmails: ['o.dahl@example.no', 'medlem@radsrom.no', 'a.nilsen@example.no'],
    links: [
      {
        title: 'Høringsnotat',
        url: 'https://www.regjeringen.no/no/dokumenter/horing-gjennomforing-av-ehds-i-norsk-rett/id3190000/',
      },
    ],
    archivedReason: null,
    statement: null,
  },
  {
    title:
      'Høring – endringer i forskrift om standarder og nasjonale e-helseløsninger (betaling for 2027)',
    reference: '',
    kind: 'regulation',
    ministry: HOD,
    launch: '4.9.2026',
    councilInput: 'none',
    inputDate: null,
    deadlineInDays: -10,
    proposedFollowUp:
      'Rådet ønsket å kommentere kravet om videokonsultasjon hos fastlegene, men dette ble ikke fulgt opp før fristen.',
    status: 'Ikke levert innspill',
    workingGroupEmails: [],
    links: [
      {
        title: 'Tidligere høring om betalingen for 2026',
        url: 'https://www.regjeringen.no/no/dokumenter/horing-av-forslag-til-endringer-i-forskrift-om-standarder-og-nasjonale-e-helselosninger-endringer-i-betalingen-for-2026-for-nasjonale-e-helselosninger-mv/id3117267/',
      },
    ],
    archivedReason: null,
    statement: null,
  },
  {
    title: 'Høring – endringer i forskrift om kommunalt pasient- og brukerregister (KPR)',
    reference: '',
    kind: 'regulation',
    ministry: HOD,
    launch: '21.8.2026',
    councilInput: 'consultation_response',
    inputDate: '2026-10-20',
    deadlineInDays: -40,
    proposedFollowUp: 'Ingen videre oppfølging ut over høringssvaret.',
    status: '',
    workingGroupEmails: ['k.haugen@example.no', 'o.dahl@example.no'],
    links: [
      {
        title: 'Høringsnotat',
        url: 'https://www.regjeringen.no/no/dokumenter/horing-endringer-i-forskrift-om-kommunalt-pasient-og-brukerregister/id3175000/',
      },
    ],
    archivedReason: null,
    statement: null,
  },
  {
    title:
      'Høring – endringer i helse- og omsorgstjenesteloven om kommunenes ansvar for forskning og kunnskapsutvikling',
    reference: '',
    kind: 'consultation',
    ministry: HOD,
    launch: '2.11.2026',
    councilInput: 'none',
    inputDate: null,
    deadlineInDays: 60,
    proposedFollowUp:
      'Rådet bør gi høringssvar. Saken passer godt med området Kunnskapsløft for kommunene.',
    status: 'Tema på rådsmøtet 9.12.2026',
    workingGroupEmails: ['k.haugen@example.no', 'm.ruud@example.no'],
    links: [
      {
        title: 'Høringsnotat',
        url: 'https://www.regjeringen.no/no/dokumenter/horing-forskning-i-de-kommunale-helse-og-omsorgstjenestene/id3189000/',
      },
    ],
    archivedReason: null,
    statement: null,
  },
  {
    title: 'Høring – utkast til strategi for kunstig intelligens i helse- og omsorgstjenesten',
    reference: '',
    kind: 'strategy',
    ministry: HOD,
    launch: '10.11.2026',
    councilInput: 'none',
    inputDate: null,
    deadlineInDays: 30,
    proposedFollowUp:
      'Sekretariatet foreslår et kort høringssvar om behovet for evaluering før bred innføring.',
    status: '',
    workingGroupEmails: [],
    links: [
      {
        title: 'Høringsside',
        url: 'https://www.helsedirektoratet.no/horinger/strategi-for-kunstig-intelligens-i-helse-og-omsorgstjenesten',
      },
    ],
    archivedReason: null,
    statement: null,
  },
  {
    title:
      'Høring – endringer i anskaffelsesforskriften om markedsdialog og innovasjonspartnerskap',
    reference: '',
    kind: 'consultation',
    ministry: NFD,
    launch: '15.9.2026',
    councilInput: 'none',
    inputDate: null,
    deadlineInDays: 5,
    proposedFollowUp:
      'Sekretariatet foreslår ingen egen uttalelse. Synspunktene tas med i brevet om en felles veileder for innovative anskaffelser.',
    status: '',
    workingGroupEmails: [],
    links: [
      {
        title: 'Høringsnotat',
        url: 'https://www.regjeringen.no/no/dokumenter/horing-endringer-i-anskaffelsesforskriften/id3170000/',
      },
    ],
    archivedReason: null,
    statement: null,
  },
  {
    title: 'Stortingsmelding om helsenæringen',
    reference: '',
    kind: 'white_paper',
    ministry: NFD,
    launch: 'høsten 2027',
    councilInput: 'none',
    inputDate: null,
    deadlineInDays: null,
    proposedFollowUp:
      'Rådet gir innspill når departementet åpner for det, med utgangspunkt i dialogmøtene om hjemmemarkedet.',
    status: 'Innspillsrunde ventes våren 2027',
    workingGroupEmails: [],
    links: [],
    archivedReason: null,
    statement: null,
  },
];
