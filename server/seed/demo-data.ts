import type { CaseType } from '../../core/case-types.ts';
import type { CouncilRole } from '../../core/roles.ts';
import type { StandingCaseKind } from '../../core/standing-cases.ts';

/** Demo council modelled on HelseOmsorg21-rådet: real area names and formats, fictional people. */
export const DEMO_PASSWORD = 'demo-passord-2026';

export const DEMO_COUNCIL = { name: 'HelseOmsorg21-rådet', shortName: 'HO21-rådet' };

type Person = {
  email: string;
  name: string;
  role: CouncilRole;
  organisation?: string;
  ministry?: string;
  title?: string;
  login?: boolean;
};

export const DEMO_PEOPLE: Person[] = [
  {
    email: 'sekretariat@radsrom.no',
    name: 'Sigrid Aasen',
    role: 'secretariat',
    organisation: 'Forskningsrådet',
    title: 'spesialrådgiver',
    login: true,
  },
  {
    email: 'avdelingsdirektor@radsrom.no',
    name: 'Torbjørn Lien',
    role: 'secretariat',
    organisation: 'Forskningsrådet',
    title: 'avdelingsdirektør',
    login: true,
  },
  {
    email: 'radgiver@radsrom.no',
    name: 'Nora Bakke',
    role: 'secretariat',
    organisation: 'Forskningsrådet',
    title: 'seniorrådgiver',
  },
  {
    email: 'leder@radsrom.no',
    name: 'Helge Strand',
    role: 'chair',
    organisation: 'Universitetet i Tromsø',
    login: true,
  },
  {
    email: 'medlem@radsrom.no',
    name: 'Ingrid Moe',
    role: 'member',
    organisation: 'Helse Midt-Norge',
    login: true,
  },
  {
    email: 'k.haugen@example.no',
    name: 'Kari Haugen',
    role: 'member',
    organisation: 'Kommunesektorens organisasjon',
  },
  {
    email: 'a.nilsen@example.no',
    name: 'Anders Nilsen',
    role: 'member',
    organisation: 'Legemiddelindustrien',
  },
  {
    email: 'l.berg@example.no',
    name: 'Live Berg',
    role: 'member',
    organisation: 'Funksjonshemmedes fellesorganisasjon',
  },
  {
    email: 'o.dahl@example.no',
    name: 'Ola Dahl',
    role: 'member',
    organisation: 'Folkehelseinstituttet',
  },
  { email: 'm.ruud@example.no', name: 'Marit Ruud', role: 'member', organisation: 'OsloMet' },
  {
    email: 'e.sande@example.no',
    name: 'Erik Sande',
    role: 'substitute',
    organisation: 'Kommunesektorens organisasjon',
  },
  {
    email: 'observator@radsrom.no',
    name: 'Hanne Vik',
    role: 'observer',
    ministry: 'Helse- og omsorgsdepartementet',
    login: true,
  },
  {
    email: 'p.lund@example.no',
    name: 'Per Lund',
    role: 'observer',
    ministry: 'Kunnskapsdepartementet',
  },
  {
    email: 's.foss@example.no',
    name: 'Siri Foss',
    role: 'observer',
    ministry: 'Nærings- og fiskeridepartementet',
  },
];

type Standing = {
  kind: StandingCaseKind;
  title: string;
  caseTypes: CaseType[];
  reason: string;
  proposedDecision: string;
};

export const DEMO_STANDING_CASES: Standing[] = [
  {
    kind: 'approve_agenda',
    title: 'Godkjenning av innkalling og saksliste',
    caseTypes: ['decision'],
    reason: '<p>Innkalling og saksliste legges frem for godkjenning.</p>',
    proposedDecision: '<p>Innkalling og saksliste godkjennes.</p>',
  },
  {
    kind: 'conflict_of_interest',
    title: 'Spørsmål om habilitet',
    caseTypes: ['decision'],
    reason:
      '<p>Rådet vurderer sin habilitet for hver sak på møtet, etter både de automatiske og de skjønnsmessige reglene i forvaltningsloven § 6.</p>',
    proposedDecision: '<p>Det er ikke knyttet inhabilitet til noen av sakene på rådsmøtet.</p>',
  },
  {
    kind: 'approve_minutes',
    title: 'Godkjenning av referat fra forrige møte',
    caseTypes: ['decision'],
    reason:
      '<p>Utkast til referat er sendt medlemmene med merknadsfrist. Referatet legges frem for godkjenning.</p>',
    proposedDecision: '<p>Referatet godkjennes.</p>',
  },
  {
    kind: 'information',
    title: 'Orienteringer',
    caseTypes: ['information'],
    reason: '<p>Sekretariatet og medlemmene orienterer om saker av interesse for rådet.</p>',
    proposedDecision: '<p>Tas til orientering.</p>',
  },
  {
    kind: 'policy_overview',
    title: 'Oversikt meldinger og strategier',
    caseTypes: ['information', 'discussion'],
    reason:
      '<p>Saken er fast på alle møter og gir oversikt over meldinger, strategier og høringer rådet følger.</p>',
    proposedDecision: '<p>Tas til orientering.</p>',
  },
  {
    kind: 'any_other_business',
    title: 'Eventuelt',
    caseTypes: ['information'],
    reason: '',
    proposedDecision: '<p>Intet.</p>',
  },
  {
    kind: 'evaluation',
    title: 'Evaluering av møtet',
    caseTypes: ['discussion'],
    reason: '',
    proposedDecision: '<p>Intet.</p>',
  },
];

export type DemoAssessment = {
  email: string;
  disqualified: boolean;
  ground?: 'automatic' | 'discretionary';
  reason: string;
};

type DemoCase = {
  title: string;
  caseTypes: CaseType[];
  background: string;
  reason: string;
  mainPoints?: string;
  proposedDecision: string;
  previouslyHandledText?: string[];
  stakeholders?: string[];
  /** Legal basis when the case is exempt from public access. */
  exemptionBasis?: string;
  attachmentTitle?: string;
  /** The attachment's text, line by line, as the PDF shows it. */
  attachmentLines?: string[];
  /** The council's conflict-of-interest record for the case (see demo-conflicts.ts). */
  assessments?: DemoAssessment[];
  declarations?: { email: string; note: string }[];
};

type DemoMeeting = {
  date: string;
  startTime: string;
  endTime: string;
  locationKind: 'physical' | 'digital';
  room?: string;
  address?: string;
  link?: string;
  status: 'planned' | 'notice_sent' | 'held' | 'minutes_approved';
  cases: DemoCase[];
};

const office = {
  locationKind: 'physical' as const,
  room: 'Møterom Abel',
  address: 'Drammensveien 288, Oslo',
};

export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    date: '2026-02-11',
    startTime: '10:00',
    endTime: '15:00',
    ...office,
    status: 'minutes_approved',
    cases: [
      {
        title: 'Handlingsplan for rådet 2026–2027',
        caseTypes: ['discussion', 'decision'],
        background:
          '<p>Rådets handlingsplan skal være et levende dokument. Sekretariatet har samlet innspill fra arbeidsgruppene og foreslår fem hovedområder for perioden:</p><ul><li>Kunnskapsløft for kommunene</li><li>Kliniske studier som en integrert del av helsetjenesten</li><li>En bærekraftig helsetjeneste</li><li>Hjemmemarked, næringsutvikling og innovative offentlige anskaffelser</li><li>Teknologi og digitalisering</li></ul>',
        reason: '<p>Rådet bes drøfte utkastet og slutte seg til hovedområdene.</p>',
        mainPoints:
          '<h3>Prioriteringer</h3><p>Hvert område får en referansegruppe og et kvalifiseringsskjema.</p>',
        proposedDecision:
          '<p>Rådet slutter seg til hovedområdene i handlingsplanen med de innspillene som kom frem på møtet.</p>',
        previouslyHandledText: ['Sak 28/3/2025 (møte 3/2025)'],
        attachmentTitle: 'Utkast til handlingsplan 2026–2027',
      },
      {
        title: 'HelseOmsorg21-monitor: nye indikatorer for brukermedvirkning',
        caseTypes: ['information'],
        background:
          '<p>Monitoren har fått nye data om brukermedvirkning i forskningsprosjekter, fordelt på sektor.</p>',
        reason: '<p>Saken legges frem til orientering.</p>',
        proposedDecision: '<p>Tas til orientering.</p>',
      },
    ],
  },
  {
    date: '2026-04-22',
    startTime: '09:30',
    endTime: '14:30',
    locationKind: 'digital',
    link: 'https://meet.example.no/ho21-2-2026',
    status: 'minutes_approved',
    cases: [
      {
        title: 'Kliniske studier som en integrert del av helsetjenesten',
        caseTypes: ['discussion'],
        background:
          '<p>Referansegruppen for kliniske studier har hatt to møter. Gruppen peker på behovet for flere studier i primærhelsetjenesten og bedre informasjon til pasienter om hvilke studier som pågår.</p><table><thead><tr><th>Tiltak</th><th>Ansvar</th></tr></thead><tbody><tr><td>Nasjonal oversikt over pågående studier</td><td>Helsedirektoratet</td></tr><tr><td>Forskningsinfrastruktur i kommunene</td><td>KS og kommunene</td></tr></tbody></table>',
        reason: '<p>Rådet bes gi innspill til målformuleringer for området.</p>',
        stakeholders: ['KS', 'Helsedirektoratet'],
        assessments: [
          {
            email: 'k.haugen@example.no',
            disqualified: false,
            reason: 'KS er nevnt som ansvarlig for et tiltak, men er ikke part i saken.',
          },
        ],
        proposedDecision:
          '<p>Rådet slutter seg til forslagene til målformuleringer og aktiviteter, med de kommentarene som kom frem på møtet.</p>',
      },
      {
        title: 'Innspill til stortingsmelding om helseberedskap',
        caseTypes: ['decision'],
        background:
          '<p>Departementet har invitert rådet til å gi innspill. Fristen er 15. mai.</p>',
        reason: '<p>Rådet bes vedta hovedpunktene i innspillet.</p>',
        proposedDecision:
          '<p>Sekretariatet ferdigstiller innspillet i tråd med diskusjonen. Arbeidsgruppen [ ] gir endelig tilslutning.</p>',
      },
    ],
  },
  {
    date: '2026-06-17',
    startTime: '10:00',
    endTime: '15:00',
    ...office,
    status: 'minutes_approved',
    cases: [
      {
        title: 'Bærekraftig helsetjeneste: forslag til tiltak',
        caseTypes: ['decision'],
        background:
          '<p>Rådet sluttet seg til målformuleringer for området på møte 1/2026. Sekretariatet foreslår nå tre konkrete tiltak. Det første bygger på et forslag fra Kreftforeningen.</p><ol><li>Kunnskapsoppsummering om forebygging</li><li>Dialogmøte med de regionale helseforetakene</li><li>Kronikk om prioritering</li></ol>',
        reason: '<p>Tiltakene legges frem for vedtak.</p>',
        proposedDecision: '<p>Rådet vedtar de tre tiltakene.</p>',
        stakeholders: ['Kreftforeningen'],
        assessments: [
          {
            email: 'medlem@radsrom.no',
            disqualified: true,
            ground: 'automatic',
            reason: 'Styremedlem i Kreftforeningen, som har fremmet forslaget saken gjelder.',
          },
        ],
      },
    ],
  },
  {
    date: '2026-09-23',
    startTime: '10:00',
    endTime: '15:00',
    ...office,
    status: 'held',
    cases: [
      {
        title: 'Helsedata til forskning og innovasjon',
        exemptionBasis: 'offl. § 14 første ledd',
        caseTypes: ['information', 'discussion'],
        background:
          '<p>Arbeidsgruppen om helsedata har møtt Helsedataservice og Folkehelseinstituttet. Saksbehandlingstiden for tilgang til data er fortsatt lang.</p>',
        reason:
          '<p>Rådet bes drøfte hvordan rådet kan bidra til raskere tilgang til helsedata.</p>',
        proposedDecision:
          '<p>Tas til orientering. Rådet ber sekretariatet utarbeide et brev til departementet.</p>',
      },
      {
        title: 'Hjemmemarked og innovative offentlige anskaffelser',
        caseTypes: ['discussion'],
        background:
          '<p>Dialogmøtene med næringsliv og tjenester er gjennomført. Oppsummeringen viser behov for bedre markedsdialog før anskaffelser.</p>',
        reason: '<p>Rådet bes drøfte oppfølgingen.</p>',
        proposedDecision: '<p>Rådet slutter seg til forslagene til oppfølging.</p>',
        stakeholders: ['Norway Health Tech', 'Legemiddelindustrien'],
        attachmentTitle: 'Oppsummering av dialogmøtene',
        attachmentLines: [
          'Dialogmøtene ble holdt i august og september. Blant deltakerne var Norway',
          'Health Tech, LMI og representanter for kommunene og helseforetakene.',
          'Norway Health Techs medlemmer etterlyser tidligere markedsdialog, og',
          'LMI-rapporten om anskaffelser peker på det samme.',
        ],
      },
    ],
  },
  {
    date: '2026-12-09',
    startTime: '10:00',
    endTime: '15:00',
    ...office,
    status: 'planned',
    cases: [
      {
        title: 'Teknologi og digitalisering: status og veien videre',
        caseTypes: ['information', 'discussion'],
        background:
          '<p>Rådet har fulgt arbeidet med e-helse og velferdsteknologi gjennom året. Helse Midt-Norges erfaringer med felles journalløsning legges frem på møtet.</p>',
        reason: '<p>Saken legges frem for å drøfte prioriteringer for 2027.</p>',
        proposedDecision: '<p>Rådet gir innspill til prioriteringer for 2027.</p>',
        declarations: [
          {
            email: 'medlem@radsrom.no',
            note: 'Jeg er ansatt i Helse Midt-Norge, som legger frem sine erfaringer i saken.',
          },
        ],
      },
      {
        title: 'Møteplan 2027',
        caseTypes: ['decision'],
        background: '<p>Sekretariatet foreslår fem møter i 2027, hvorav ett digitalt.</p>',
        reason: '<p>Møteplanen legges frem for vedtak.</p>',
        proposedDecision: '<p>Møteplanen for 2027 vedtas.</p>',
      },
    ],
  },
];
