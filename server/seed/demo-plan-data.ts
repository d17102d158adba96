import type {
  ActivityKind,
  MeasurePriority,
  QualificationForm,
  WorkStatus,
} from '../../core/plans.ts';

/**
 * The demo council's own action plan for 2026–2027: five areas, each with goals, measures,
 * activities, a reference group and a qualification form. The activities are dated in the demo
 * year 2026 (a few planned for 2027) and together cover every work status. Reference-group
 * members with an e-mail are people from `DEMO_PEOPLE` in demo-data.ts; the others are outsiders.
 */

export type DemoActivity = {
  description: string;
  kind: ActivityKind;
  responsible: string;
  startDate: string | null;
  endDate: string | null;
  status: WorkStatus;
  comments: string;
  results: string;
};

export type DemoArea = {
  title: string;
  overallGoal: string;
  subGoals: string[];
  measures: { title: string; priority: MeasurePriority }[];
  activities: DemoActivity[];
  referenceGroup: { email?: string; name: string; organisation: string }[];
  qualification: QualificationForm;
};

export const DEMO_PLAN: {
  title: string;
  periodStart: number;
  periodEnd: number;
  description: string;
  areas: DemoArea[];
} = {
  title: 'Rådets handlingsplan 2026–2027',
  periodStart: 2026,
  periodEnd: 2027,
  description:
    'Handlingsplanen viser hvilke områder rådet prioriterer i perioden, og hva rådet konkret ' +
    'gjør for å nå målene. Planen oppdateres fortløpende, og status for aktivitetene legges ' +
    'frem på hvert rådsmøte.',
  areas: [
    {
      title: 'Kunnskapsløft for kommunene',
      overallGoal:
        'Mer forskning og innovasjon i, med og for de kommunale helse-, omsorgs- og velferdstjenestene.',
      subGoals: [
        'Få frem kommunenes egne behov for kunnskap og nye løsninger i nasjonale prosesser',
        'Bidra til at en større andel av de helserelaterte forsknings- og innovasjonsmidlene går til kommunesektoren',
        'Støtte videre utbygging av Kommunenes strategiske forskningsorgan (KSF)',
        'Styrke samarbeidet mellom kommuner, helseforetak, akademia og næringsliv',
      ],
      measures: [
        {
          title: 'Be HOD og KS om en plan for varig finansiering av KSF-strukturen',
          priority: 'prioritised',
        },
        {
          title: 'Synliggjøre forskning i kommunene gjennom kronikker og foredrag',
          priority: 'prioritised',
        },
        {
          title: 'Møte de regionale samarbeidsorganene for å lære av erfaringene deres',
          priority: 'prioritised',
        },
        {
          title:
            'Foreslå et system for vurdering av nye metoder i den kommunale helse- og omsorgstjenesten',
          priority: 'possible',
        },
        {
          title: 'Følge med på hvordan helsefellesskapene bruker og bygger kunnskap',
          priority: 'possible',
        },
      ],
      activities: [
        {
          description: 'Brev om langsiktig finansiering av forskning i de kommunale tjenestene',
          kind: 'letter',
          responsible: 'Sekretariatet (Nora Bakke)',
          startDate: '2026-02-16',
          endDate: '2026-03-04',
          status: 'done',
          comments: 'Forankret i rådet på møte 1/2026. Sendt HOD med kopi til KS.',
          results:
            'Brev sendt HOD 4.3.2026. Svar fra HOD mai 2026: departementet vil se forslaget i sammenheng med arbeidet med statsbudsjettet for 2027.',
        },
        {
          description: 'Kronikk om hvorfor kommunene trenger forskning på egne tjenester',
          kind: 'op_ed',
          responsible: 'Kari Haugen og Helge Strand',
          startDate: '2026-09-01',
          endDate: '2026-10-14',
          status: 'done',
          comments: 'Skrevet sammen med referansegruppen.',
          results:
            'Publisert i Kommunal Rapport 14.10.2026. To leserinnlegg fulgte opp, rådsleder svarte 21.10.2026.',
        },
        {
          description: 'Dialogmøte med de regionale samarbeidsorganene i KSF-strukturen',
          kind: 'dialogue_meeting',
          responsible: 'Kari Haugen, sekretariatet',
          startDate: '2027-02-01',
          endDate: '2027-03-31',
          status: 'planned',
          comments: 'Tidspunkt avklares med KS. Foreløpig foreslått uke 10.',
          results: '',
        },
      ],
      referenceGroup: [
        {
          email: 'k.haugen@example.no',
          name: 'Kari Haugen',
          organisation: 'Kommunesektorens organisasjon',
        },
        { email: 'm.ruud@example.no', name: 'Marit Ruud', organisation: 'OsloMet' },
        {
          email: 'e.sande@example.no',
          name: 'Erik Sande',
          organisation: 'Kommunesektorens organisasjon',
        },
        { name: 'Jorunn Tveit', organisation: 'Bergen kommune' },
      ],
      qualification: {
        centralQuestion:
          'Kommunene har fått flere og tyngre oppgaver i helse- og omsorgstjenesten, men bare en liten del av forskningsinnsatsen er rettet mot dem. Hvordan kan kunnskapsgrunnlaget for de kommunale tjenestene styrkes?',
        contribution:
          'Rådet samler aktører fra kommuner, helseforetak, akademia og næringsliv og kan løfte kommunenes behov inn i nasjonale prosesser, særlig overfor departementene og Forskningsrådet.',
        background:
          'De fleste pasienter og brukere får hjelpen sin i kommunene, og nye oppgaver har kommet til de siste årene. Forskningsinnsatsen rettet mot de kommunale tjenestene er likevel liten sammenlignet med spesialisthelsetjenesten. KSF-strukturen er på plass i flere regioner, men mangler varig finansiering.',
        keyArguments: [
          'Gode tjenester i kommunene forutsetter kunnskap om hva som virker for brukerne der de bor.',
          'Forskningsmidlene står ikke i forhold til den delen av helse- og omsorgsbudsjettet kommunene forvalter.',
          'Et kunnskapssystem eid av kommunene selv gir forskning som blir tatt i bruk.',
        ],
        stakeholders: [
          { name: 'KS', role: 'Kommunenes interesseorganisasjon og vertskap for KSF' },
          {
            name: 'Helse- og omsorgsdepartementet',
            role: 'Ansvarlig for rammene for de kommunale tjenestene',
          },
          { name: 'Forskningsrådet', role: 'Finansierer praksisnær forskning' },
          {
            name: 'Regionale samarbeidsorganer (RSO)',
            role: 'Prioriterer kunnskapsbehov i regionene',
          },
        ],
        relevantDocuments: [
          {
            title: 'Kunnskapsløft for kommunene – status for KSF-strukturen',
            url: 'https://www.ks.no/fagomrader/helse-og-omsorg/ksf/',
          },
          {
            title: 'NOU 2025: 8 Folkehelse – verdier, kunnskap og prioritering',
            url: 'https://www.regjeringen.no/contentassets/a8b7d709ded24f659efa2fa2e329386c/no/pdfs/nou202520250008000dddpdfs.pdf',
          },
        ],
      },
    },
    {
      title: 'Kliniske studier som en integrert del av helsetjenesten',
      overallGoal:
        'Kliniske studier skal være en naturlig del av pasientbehandlingen, både i sykehus og i kommunene.',
      subGoals: [
        'Flere pasienter skal få tilbud om å delta i kliniske studier',
        'Flere studier skal gjennomføres i primærhelsetjenesten',
        'Pasienter og behandlere skal lett finne informasjon om studier som pågår',
      ],
      measures: [
        {
          title: 'Gi innspill til oppfølgingen av Nasjonal handlingsplan for kliniske studier',
          priority: 'prioritised',
        },
        {
          title: 'Arrangere et seminar om kliniske studier i primærhelsetjenesten',
          priority: 'prioritised',
        },
        {
          title: 'Foreslå en nasjonal oversikt over pågående studier for pasienter',
          priority: 'possible',
        },
        {
          title: 'Kartlegge hva som hindrer kommunene i å delta i studier',
          priority: 'possible',
        },
      ],
      activities: [
        {
          description: 'Innspill til oppfølgingen av Nasjonal handlingsplan for kliniske studier',
          kind: 'input',
          responsible: 'Ingrid Moe, sekretariatet',
          startDate: '2026-01-12',
          endDate: '2026-03-20',
          status: 'done',
          comments: 'Referansegruppen har gitt kommentarer i to runder.',
          results:
            'Innspill sendt HOD 20.3.2026. Svar fra HOD juni 2026: innspillet tas med i arbeidet med den nye planen.',
        },
        {
          description: 'Seminar om kliniske studier i primærhelsetjenesten',
          kind: 'seminar',
          responsible: 'Helge Strand, sekretariatet',
          startDate: '2026-10-01',
          endDate: '2027-01-20',
          status: 'ongoing',
          comments: 'Program under arbeid sammen med referansegruppen. Foreslått dato 20.1.2027.',
          results: '',
        },
        {
          description: 'Kronikk til befolkningen om å delta i kliniske studier',
          kind: 'op_ed',
          responsible: 'Live Berg',
          startDate: '2026-04-27',
          endDate: null,
          status: 'stopped',
          comments:
            'Stanset etter møte 3/2026: budskapet dekkes av en informasjonskampanje fra helsemyndighetene høsten 2026.',
          results: 'Utkastet er lagret hos sekretariatet og kan brukes senere.',
        },
      ],
      referenceGroup: [
        { email: 'medlem@radsrom.no', name: 'Ingrid Moe', organisation: 'Helse Midt-Norge' },
        {
          email: 'l.berg@example.no',
          name: 'Live Berg',
          organisation: 'Funksjonshemmedes fellesorganisasjon',
        },
        {
          email: 'a.nilsen@example.no',
          name: 'Anders Nilsen',
          organisation: 'Legemiddelindustrien',
        },
        { name: 'Thomas Eriksen', organisation: 'NorCRIN' },
      ],
      qualification: {
        centralQuestion:
          'Andelen pasienter som deltar i kliniske studier er lav, og nesten alle studier foregår i sykehus. Hvordan kan studier bli en del av den vanlige behandlingen i hele tjenesten?',
        contribution:
          'Rådet kan peke på hindringer som går på tvers av forvaltningsnivåene og gi samlede innspill til departementet når handlingsplanen for kliniske studier følges opp.',
        background:
          'Den forrige nasjonale handlingsplanen for kliniske studier gjaldt for 2021–2025, og departementet arbeider med oppfølgingen. Rådet mener planen bør legge mer vekt på kommunene og på informasjon til pasientene. Referansegruppen har møttes to ganger i 2026.',
        keyArguments: [
          'Pasienter som deltar i studier får tidlig tilgang til ny behandling og tett oppfølging.',
          'Mange av de store pasientgruppene behandles i kommunene, der nesten ingen studier foregår.',
          'Norge har gode registre og helsedata som gjør studier her attraktive for industrien.',
        ],
        stakeholders: [
          {
            name: 'Helse- og omsorgsdepartementet',
            role: 'Eier av handlingsplanen for kliniske studier',
          },
          { name: 'De regionale helseforetakene', role: 'Gjennomfører de fleste studiene' },
          { name: 'NorCRIN', role: 'Nasjonal infrastruktur for kliniske studier' },
          { name: 'Legemiddelindustrien (LMI)', role: 'Sponsor for industrifinansierte studier' },
          {
            name: 'Pasient- og brukerorganisasjonene',
            role: 'Formidler pasientenes erfaringer og behov',
          },
        ],
        relevantDocuments: [
          {
            title:
              'Innspill til oppfølgingen av Nasjonal handlingsplan for kliniske studier 2021–2025',
            url: 'https://www.regjeringen.no/no/aktuelt/innspill-til-oppfolgingen-av-nasjonal-handlingsplan-for-kliniske-studier-2021-2025/id3053139/',
          },
          {
            title: 'Kliniske studier på helsenorge.no',
            url: 'https://www.helsenorge.no/kliniske-studier/',
          },
        ],
      },
    },
    {
      title: 'Bærekraftig helsetjeneste',
      overallGoal:
        'En helse- og omsorgstjeneste som kan gi gode tjenester også når flere blir eldre og det blir færre hender til å gjøre jobben.',
      subGoals: [
        'Bidra til mer forskning på forebygging og på effekten av tiltak i tjenestene',
        'Støtte åpne og kunnskapsbaserte prioriteringer',
        'Løfte frem kunnskap om hvordan personell og kompetanse brukes best',
      ],
      measures: [
        {
          title: 'Få utarbeidet en kunnskapsoppsummering om forebyggende tiltak',
          priority: 'prioritised',
        },
        {
          title: 'Holde dialogmøter med de regionale helseforetakene om prioritering',
          priority: 'prioritised',
        },
        {
          title: 'Skrive en kronikk om prioritering i en helsetjeneste med knappe ressurser',
          priority: 'prioritised',
        },
        {
          title: 'Foreslå indikatorer for bærekraft i HelseOmsorg21-monitor',
          priority: 'possible',
        },
        {
          title: 'Gi innspill til Helsereformutvalgets arbeid',
          priority: 'possible',
        },
      ],
      activities: [
        {
          description: 'Intern workshop om rådets bidrag til en bærekraftig helsetjeneste',
          kind: 'workshop',
          responsible: 'Sekretariatet (Sigrid Aasen)',
          startDate: '2026-03-10',
          endDate: '2026-03-10',
          status: 'done',
          comments: 'Gjennomført 10.3.2026 med rådsmedlemmer og referansegruppen.',
          results: 'Resultatet ble grunnlaget for de tre tiltakene rådet vedtok på møte 3/2026.',
        },
        {
          description:
            'Dialogmøter med de regionale helseforetakene om prioritering og forebygging',
          kind: 'dialogue_meeting',
          responsible: 'Helge Strand, Ingrid Moe',
          startDate: '2026-09-01',
          endDate: '2026-12-15',
          status: 'ongoing',
          comments:
            'Møte med Helse Midt-Norge holdt 12.11.2026. Møte med Helse Sør-Øst avtalt 10.12.2026.',
          results: 'Oppsummering fra første møte sendt deltakerne 19.11.2026.',
        },
        {
          description: 'Kronikk om åpen og rettferdig prioritering',
          kind: 'op_ed',
          responsible: 'Helge Strand',
          startDate: '2027-01-11',
          endDate: '2027-02-26',
          status: 'planned',
          comments: 'Skrives når dialogmøtene er avsluttet.',
          results: '',
        },
      ],
      referenceGroup: [
        { email: 'leder@radsrom.no', name: 'Helge Strand', organisation: 'Universitetet i Tromsø' },
        { email: 'o.dahl@example.no', name: 'Ola Dahl', organisation: 'Folkehelseinstituttet' },
        { name: 'Sunniva Holm', organisation: 'Kreftforeningen' },
      ],
      qualification: {
        centralQuestion:
          'Behovet for helse- og omsorgstjenester vokser raskere enn tilgangen på personell og penger. Hvilken kunnskap trengs for å prioritere klokt og forebygge mer?',
        contribution:
          'Rådet kan bidra til at forskning og innovasjon blir en del av svaret på bærekraftsutfordringen, og kan samle aktørene til dialog om hvordan kunnskap brukes når det prioriteres.',
        background:
          'Meld. St. 21 (2024–2025) Helse for alle handler om prioritering i helsetjenesten, og NOU 2025: 8 foreslår et system for å prioritere folkehelsetiltak. Begge peker på at kunnskapsgrunnlaget for mange tiltak er tynt. Rådet vedtok tre konkrete tiltak for området på møte 3/2026.',
        keyArguments: [
          'Uten bedre kunnskap om hva som virker, blir prioriteringene tilfeldige.',
          'Forebygging gir gevinster over tid, men konkurrerer dårlig med behandling i dag.',
          'Kunnskap om oppgavedeling kan frigjøre tid hos personellet.',
        ],
        stakeholders: [
          { name: 'Helse- og omsorgsdepartementet', role: 'Ansvarlig for prioriteringspolitikken' },
          { name: 'De regionale helseforetakene', role: 'Prioriterer i spesialisthelsetjenesten' },
          { name: 'Folkehelseinstituttet', role: 'Kunnskapsgrunnlag om folkehelse og tiltak' },
          { name: 'Kreftforeningen', role: 'Har foreslått kunnskapsoppsummeringen om forebygging' },
        ],
        relevantDocuments: [
          {
            title:
              'Meld. St. 21 (2024–2025) Helse for alle. Rettferdig prioritering i vår felles helsetjeneste',
            url: 'https://www.regjeringen.no/contentassets/7b4ea64516f04ca3a6f855a61d106c5d/no/pdfs/stm202420250021000dddpdfs.pdf',
          },
          {
            title: 'NOU 2025: 8 Folkehelse – verdier, kunnskap og prioritering',
            url: 'https://www.regjeringen.no/contentassets/a8b7d709ded24f659efa2fa2e329386c/no/pdfs/nou202520250008000dddpdfs.pdf',
          },
          {
            title: 'Helsereformutvalget',
            url: 'https://www.regjeringen.no/no/dep/hod/organiseringen-av-helse-og-omsorgsdepartementet/styrer-rad-og-utvalg/utvalg-for-en-helhetlig-og-sammenhengende-helsetjeneste-helsereformutvalget/id3117111/',
          },
        ],
      },
    },
    {
      title: 'Hjemmemarked, næringsutvikling og innovative offentlige anskaffelser',
      overallGoal:
        'Et profesjonelt hjemmemarked der offentlige innkjøpere og norsk helsenæring utvikler nye løsninger sammen.',
      subGoals: [
        'Flere innovative anskaffelser i kommuner og helseforetak',
        'Tidligere og bedre dialog mellom tjenestene og leverandørene',
        'Bedre vilkår for å teste og ta i bruk norske løsninger i egen tjeneste',
      ],
      measures: [
        {
          title: 'Holde dialogmøter mellom næringsliv, kommuner og helseforetak',
          priority: 'prioritised',
        },
        {
          title: 'Be NFD og HOD om en felles veileder for innovative anskaffelser i helsesektoren',
          priority: 'prioritised',
        },
        {
          title: 'Gi innspill til Innovasjons- og samskapingsutvalget',
          priority: 'prioritised',
        },
        {
          title: 'Foreslå testarenaer der nye løsninger kan prøves ut i tjenestene',
          priority: 'possible',
        },
        {
          title: 'Følge opp veikartet for det teknologibaserte næringslivet der det gjelder helse',
          priority: 'possible',
        },
        {
          title: 'Samle eksempler på vellykkede innovasjonspartnerskap',
          priority: 'possible',
        },
      ],
      activities: [
        {
          description: 'Innspill til Innovasjons- og samskapingsutvalget',
          kind: 'input',
          responsible: 'Anders Nilsen, sekretariatet',
          startDate: '2026-01-05',
          endDate: '2026-01-15',
          status: 'done',
          comments: 'Innspill sendt utvalgets sekretariat 15.1.2026.',
          results: 'Rådsleder presenterte innspillet på utvalgets innspillsmøte 3.2.2026.',
        },
        {
          description: 'Dialogmøter med næringsliv, kommuner og helseforetak om markedsdialog',
          kind: 'dialogue_meeting',
          responsible: 'Sekretariatet (Torbjørn Lien)',
          startDate: '2026-08-18',
          endDate: '2026-09-10',
          status: 'done',
          comments: 'Tre møter gjennomført i august og september 2026.',
          results: 'Oppsummering lagt frem for rådet på møte 4/2026.',
        },
        {
          description: 'Brev om en felles veileder for innovative anskaffelser i helsesektoren',
          kind: 'letter',
          responsible: 'Anders Nilsen, sekretariatet',
          startDate: '2026-10-01',
          endDate: '2026-12-18',
          status: 'ongoing',
          comments: 'Utkast på kommentarrunde i referansegruppen til 4.12.2026.',
          results: '',
        },
      ],
      referenceGroup: [
        {
          email: 'a.nilsen@example.no',
          name: 'Anders Nilsen',
          organisation: 'Legemiddelindustrien',
        },
        {
          email: 'k.haugen@example.no',
          name: 'Kari Haugen',
          organisation: 'Kommunesektorens organisasjon',
        },
        { name: 'Camilla Rønning', organisation: 'Norway Health Tech' },
        { name: 'Henrik Aune', organisation: 'Sykehusinnkjøp HF' },
      ],
      qualification: {
        centralQuestion:
          'Norske leverandører av helseteknologi trenger et hjemmemarked som er villig til å ta i bruk nye løsninger. Hvordan kan offentlige anskaffelser bli en drivkraft for innovasjon og næringsutvikling?',
        contribution:
          'Rådet kan bringe innkjøpere, tjenester og næringsliv sammen og foreslå konkrete endringer i praksis og regelverk overfor NFD og HOD.',
        background:
          'Regelverket for offentlige anskaffelser gir mer rom for dialog og innovasjon enn mange bruker. Dialogmøtene rådet holdt i 2026 viste at leverandørene ønsker kontakt langt tidligere i prosessen. Kommuner og helseforetak etterlyser på sin side bedre veiledning.',
        keyArguments: [
          'Tidlig markedsdialog gir bedre anskaffelser og løsninger som passer tjenestenes behov.',
          'Et fungerende hjemmemarked er ofte avgjørende for at norske selskaper lykkes internasjonalt.',
          'Felles veiledning gjør det enklere for små kommuner å gjennomføre innovative anskaffelser.',
        ],
        stakeholders: [
          {
            name: 'Nærings- og fiskeridepartementet',
            role: 'Ansvarlig for anskaffelsesregelverket og næringspolitikken',
          },
          { name: 'Sykehusinnkjøp HF', role: 'Felles innkjøpsfunksjon for helseforetakene' },
          { name: 'Norway Health Tech', role: 'Klynge for helsenæringen' },
          {
            name: 'Leverandørutviklingsprogrammet',
            role: 'Veileder offentlige innkjøpere i innovative anskaffelser',
          },
        ],
        relevantDocuments: [
          {
            title: 'Innovasjons- og samskapingsutvalget',
            url: 'https://www.regjeringen.no/no/dep/hod/org/styrer-rad-og-utvalg/innovasjons-og-samskapingsutvalget/id3062219/',
          },
          {
            title: 'Veikart for det teknologibaserte næringslivet',
            url: 'https://www.regjeringen.no/no/aktuelt/nytt-veikart-skal-hjelpe-teknologinaringen-med-a-peke-retning-for-innovasjon-og-verdiskaping/id3022237/',
          },
        ],
      },
    },
    {
      title: 'Teknologi og digitalisering',
      overallGoal:
        'Helsedata og ny teknologi tas i bruk raskt og trygt, til beste for pasienter, forskning og næringsliv.',
      subGoals: [
        'Kortere vei fra søknad til tilgang på helsedata for forskning',
        'Et regelverk for helsedata som er tilpasset det europeiske helsedataområdet (EHDS)',
        'Kunnskapsbasert innføring av kunstig intelligens og velferdsteknologi',
        'Bedre samspill mellom journalsystemer og forskningsinfrastruktur',
      ],
      measures: [
        {
          title: 'Skrive brev til HOD om saksbehandlingstiden for tilgang til helsedata',
          priority: 'prioritised',
        },
        {
          title: 'Gi høringssvar når EHDS skal gjennomføres i norsk rett',
          priority: 'prioritised',
        },
        {
          title: 'Holde en workshop om kunstig intelligens i klinisk praksis',
          priority: 'prioritised',
        },
        {
          title: 'Følge med på erfaringene med felles journalløsning i Midt-Norge',
          priority: 'possible',
        },
      ],
      activities: [
        {
          description: 'Brev om saksbehandlingstiden for tilgang til helsedata',
          kind: 'letter',
          responsible: 'Ola Dahl, sekretariatet',
          startDate: '2026-09-24',
          endDate: '2026-10-28',
          status: 'done',
          comments: 'Fulgt opp etter diskusjonen på møte 4/2026.',
          results:
            'Brev sendt HOD 28.10.2026. Svar fra HOD november 2026: departementet inviterer rådet til et møte om tiltakene i januar 2027.',
        },
        {
          description: 'Høringssvar om gjennomføring av EHDS i norsk rett',
          kind: 'consultation_response',
          responsible: 'Arbeidsgruppen (Ola Dahl, Ingrid Moe, Anders Nilsen)',
          startDate: '2026-11-04',
          endDate: '2026-12-13',
          status: 'ongoing',
          comments: 'Arbeidsgruppen har levert første utkast. Høringsfrist 13.12.2026.',
          results: '',
        },
        {
          description: 'Workshop om kunstig intelligens i klinisk praksis',
          kind: 'workshop',
          responsible: 'Ingrid Moe, sekretariatet',
          startDate: '2027-03-03',
          endDate: '2027-03-03',
          status: 'planned',
          comments: 'Holdes sammen med et av de regionale helseforetakene.',
          results: '',
        },
      ],
      referenceGroup: [
        { email: 'o.dahl@example.no', name: 'Ola Dahl', organisation: 'Folkehelseinstituttet' },
        { email: 'medlem@radsrom.no', name: 'Ingrid Moe', organisation: 'Helse Midt-Norge' },
        { name: 'Lars Brekke', organisation: 'Helsedirektoratet' },
      ],
      qualification: {
        centralQuestion:
          'Norge har unike helsedata, men det tar lang tid å få tilgang til dem, og nye teknologier tas i bruk ujevnt. Hvordan kan data og teknologi brukes bedre i forskning og tjenester?',
        contribution:
          'Rådet kan samle brukerne av helsedata og gi felles innspill til regelverk og forvaltning, og kan bidra til at innføring av ny teknologi bygger på forskning.',
        background:
          'Forordningen om et europeisk helsedataområde (EHDS) skal gjennomføres i norsk rett og vil endre hvordan helsedata gjøres tilgjengelige. Saksbehandlingstiden for tilgang til data er fortsatt lang. Samtidig øker bruken av kunstig intelligens i tjenestene raskt.',
        keyArguments: [
          'Rask og trygg tilgang til helsedata styrker både forskningen og næringslivets konkurransekraft.',
          'EHDS er en mulighet til å forenkle det norske regelverket, ikke bare legge nye krav oppå de gamle.',
          'Ny teknologi må prøves ut og evalueres før den tas i bruk i stor skala.',
        ],
        stakeholders: [
          {
            name: 'Helse- og omsorgsdepartementet',
            role: 'Ansvarlig for helseregisterlovgivningen',
          },
          {
            name: 'Helsedirektoratet',
            role: 'Forvalter Helsedataservice og nasjonale e-helseløsninger',
          },
          { name: 'Folkehelseinstituttet', role: 'Forvalter sentrale helseregistre' },
          { name: 'Datatilsynet', role: 'Tilsyn med personvernet' },
        ],
        relevantDocuments: [
          {
            title: 'Kriterier til sikre analyserom for sekundærbruk av helsedata i Norge',
            url: 'https://www.helsedirektoratet.no/horinger/oversikt-over-kriterier-til-sikre-analyserom-for-sekundaerbruk-av-helsedata-i-norge--i-forberedelse-til-kommende-krav-i-ehds',
          },
          {
            title: 'Høring – gjennomføring av EHDS i norsk rett',
            url: 'https://www.regjeringen.no/no/dokumenter/horing-gjennomforing-av-ehds-i-norsk-rett/id3190000/',
          },
        ],
      },
    },
  ],
};
