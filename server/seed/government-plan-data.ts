/**
 * The government's action plan for following up the HelseOmsorg21 strategy (2015): ten
 * strategic areas and the 40 measures of its appendix 1, with the coordinating ministry and the
 * contributing ministries as abbreviations. The measure titles keep the facts of the appendix but
 * are written anew in bokmål; numbered sub-points are joined into one sentence.
 *
 * Count: 3 + 3 + 2 + 5 + 2 + 6 + 7 + 4 + 2 + 6 = 40 measures
 * (`GOVERNMENT_PLAN.areas.map((a) => a.measures).flat().length === 40`).
 */

export type GovernmentMeasureData = { title: string; responsible: string; contributors: string[] };
export type GovernmentAreaData = { code: string; title: string; measures: GovernmentMeasureData[] };

/** Full bokmål names of the ministries named in the plan, by abbreviation. */
export const MINISTRIES: Record<string, string> = {
  HOD: 'Helse- og omsorgsdepartementet',
  KD: 'Kunnskapsdepartementet',
  NFD: 'Nærings- og fiskeridepartementet',
  UD: 'Utenriksdepartementet',
  BLD: 'Barne-, ungdoms- og familiedepartementet',
  ASD: 'Arbeids- og sosialdepartementet',
  KMD: 'Kommunal- og moderniseringsdepartementet',
  FIN: 'Finansdepartementet',
  LMD: 'Landbruks- og matdepartementet',
};

export const GOVERNMENT_PLAN: {
  title: string;
  periodStart: number;
  periodEnd: number;
  owner: string;
  description: string;
  areas: GovernmentAreaData[];
} = {
  title: 'Regjeringens handlingsplan for oppfølging av HelseOmsorg21-strategien',
  periodStart: 2015,
  // The plan names no end year; 2024 is our assumption (it follows the long-term plan for
  // research and higher education 2015–2024).
  periodEnd: 2024,
  owner: 'Regjeringen',
  description:
    'Regjeringens plan for hvordan departementene følger opp HelseOmsorg21-strategien. ' +
    'Planen er delt inn i ti strategiske satsingsområder, og hvert tiltak har ett departement ' +
    'som koordinerer arbeidet og eventuelt flere som bidrar. Rådet bruker oversikten til å ' +
    'følge med på hvordan tiltakene gjennomføres.',
  areas: [
    {
      code: '1',
      title: 'Mer brukermedvirkning',
      measures: [
        {
          title:
            'Ta i bruk behovsidentifisert forskning som et nytt virkemiddel i Norges forskningsråd og i de regionale helseforetakene',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title: 'Gjøre brukermedvirkning til hovedregel i forskning som HOD finansierer',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title: 'Evaluere hvor utbredt brukermedvirkning i forskning er, og hva den fører til',
          responsible: 'HOD',
          contributors: [],
        },
      ],
    },
    {
      code: '2',
      title: 'Utvikling av de menneskelige ressursene',
      measures: [
        {
          title:
            'Heve kvaliteten og relevansen i de helse- og sosialfaglige utdanningene ved å følge opp prosjektene «Felles innhold i de helse- og sosialfaglige profesjonsutdanningene» og «Kvalitet i praksisstudier», og ved å vurdere et bredere lovfestet ansvar for kommunene til å ta imot praksisstudenter',
          responsible: 'KD',
          contributors: ['HOD', 'BLD', 'ASD'],
        },
        {
          title:
            'Utvikle en spesialistutdanning for leger som svarer på fremtidens behov og utfordringer, og der klinisk forskning kan være en del av løpet',
          responsible: 'HOD',
          contributors: ['KD'],
        },
        {
          title:
            'Gi universiteter og høyskoler større frihet til en fleksibel personalpolitikk som sikrer ønsket kompetanse og god rekruttering, gjennom en forskrift om innstegsstillinger, en revidert forskrift om opprykk i sektoren og en vurdering av nye regler for beregning av tjenestetid for stipendiater',
          responsible: 'KD',
          contributors: [],
        },
      ],
    },
    {
      code: '3',
      title: 'Strategisk og kunnskapsbasert styring',
      measures: [
        { title: 'Opprette HelseOmsorg21-monitor', responsible: 'HOD', contributors: ['KD'] },
        {
          // The appendix gives "HOD og KD" as jointly coordinating; we record HOD as
          // responsible and KD as contributor.
          title:
            'Kartlegge hindringer for og muligheter i samarbeidet mellom universitets- og høyskolesektoren og helseforetakene',
          responsible: 'HOD',
          contributors: ['KD'],
        },
      ],
    },
    {
      code: '4',
      title: 'Høy kvalitet og sterkere internasjonalisering',
      measures: [
        {
          title:
            'Vurdere hvordan stimuleringstiltakene i opptrappingen av langtidsplanen kan gi mer norsk deltakelse i helseforskning i Horisont 2020 og ERA',
          responsible: 'KD',
          contributors: ['HOD'],
        },
        {
          // The appendix gives "HOD og KD" as jointly coordinating; we record HOD as
          // responsible and KD as contributor.
          title:
            'Innrette de nasjonale virkemidlene slik at de mobiliserer og kvalifiserer miljøene for deltakelse i Horisont 2020',
          responsible: 'HOD',
          contributors: ['KD'],
        },
        {
          title: 'Styrke grunnleggende forskning av fremragende kvalitet',
          responsible: 'KD',
          contributors: [],
        },
        {
          title:
            'Øke bevilgningene til forskningsinfrastruktur i tråd med opptrappingen som er varslet i langtidsplanen for forskning og høyere utdanning',
          responsible: 'KD',
          contributors: [],
        },
        {
          title: 'Vurdere en ny senterordning for klinisk forskning i Forskningsrådet',
          responsible: 'HOD',
          contributors: ['KD'],
        },
      ],
    },
    {
      code: '5',
      title: 'Møte de globale helseutfordringene',
      measures: [
        {
          title:
            'Videreutvikle insentivene for forskningspartnerskap med lav- og mellominntektsland, blant annet gjennom ordninger som GLOBVAC og NORHED',
          responsible: 'UD',
          contributors: [],
        },
        {
          title:
            'Utrede og etablere en finansieringsordning for innovasjonsprosjekter innen global utdanning og helse',
          responsible: 'UD',
          contributors: ['HOD', 'KD'],
        },
      ],
    },
    {
      code: '6',
      title: 'Helsedata som nasjonalt fortrinn',
      measures: [
        {
          title: 'Revidere forskriftene som har hjemmel i helseregisterloven',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title: 'Vurdere én felles forskrift for de store befolkningsbaserte helseundersøkelsene',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title:
            'Vurdere ordninger for å finansiere større datainnsamlinger i befolkningsbaserte helseundersøkelser',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title: 'Bidra til finansieringen av datainnsamlingen i HUNT4',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title:
            'Vurdere å opprette et personidentifiserbart legemiddelregister og et register over psykiske lidelser og rus',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title:
            'Vurdere tiltak som gjør det enklere å koble helsedata med andre datakilder for ulike formål og brukergrupper, samtidig som personvernet ivaretas',
          responsible: 'HOD',
          contributors: ['KD', 'ASD', 'KMD', 'BLD', 'FIN'],
        },
      ],
    },
    {
      code: '7',
      title: 'Bedre klinisk behandling',
      measures: [
        {
          title:
            'Etablere et felles program for klinisk behandlingsforskning i spesialisthelsetjenesten',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title:
            'Gi de regionale helseforetakene i oppdrag å styrke infrastrukturen for utprøving og testing av ny diagnostikk og nytt medisinsk utstyr',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title:
            'Opprette et nytt program i Forskningsrådet for god og treffsikker diagnostikk, behandling og rehabilitering',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title: 'Videreutvikle informasjonen til pasienter om kliniske studier på helsenorge.no',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title: 'Etablere en nasjonal database over kliniske studier',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title: 'Etablere et forskningsnettverk for tannhelse',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title: 'Innføre partikkelterapi i Norge ved å etablere protonsentre',
          responsible: 'HOD',
          contributors: [],
        },
      ],
    },
    {
      code: '8',
      title: 'Kunnskapsløft for kommunene',
      measures: [
        {
          title: 'Bygge opp et kunnskapssystem for forskning rettet mot de kommunale tjenestene',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title: 'Vurdere å opprette et kommunalt pasient- og brukerregister (KPR)',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title:
            'Gi de nasjonale og regionale kompetansesentrene for helse- og omsorgstjenestene utenfor spesialisthelsetjenesten et samfunnsoppdrag om forskning og kunnskapsstøtte',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title:
            'Opprette forskningsprogrammet «Bedre helse og livskvalitet gjennom livsløpet» i Forskningsrådet for å styrke kunnskapen om folkehelse i kommunene',
          responsible: 'HOD',
          contributors: [],
        },
      ],
    },
    {
      code: '9',
      title: 'Effektive og lærende tjenester',
      measures: [
        {
          title:
            'Øke omfanget av følgeforskning og tjenesteinnovasjon i helse-, omsorgs- og velferdstjenestene',
          responsible: 'HOD',
          contributors: ['BLD', 'ASD'],
        },
        {
          title:
            'Følgeevaluere reformene Fritt behandlingsvalg og Pakkeforløp for kreft for å få frem hvilke virkninger endringene har',
          responsible: 'HOD',
          contributors: [],
        },
      ],
    },
    {
      code: '10',
      title: 'Helse og omsorg som næringspolitisk satsingsområde',
      measures: [
        {
          title:
            'Styrke de generelle virkemidlene i den næringsrettede forsknings- og innovasjonspolitikken i 2016',
          responsible: 'NFD',
          contributors: [],
        },
        {
          title: 'Styrke standardiseringsarbeidet innen e-helse og velferdsteknologi',
          responsible: 'HOD',
          contributors: [],
        },
        {
          title:
            'Legge til rette for at den offentlige helse- og omsorgstjenesten fører en effektiv dialog med markedet om behovene',
          responsible: 'HOD',
          contributors: ['NFD'],
        },
        {
          title: 'Legge til rette for økt bruk av anskaffelsesmetoder som fremmer innovasjon',
          responsible: 'NFD',
          contributors: ['HOD'],
        },
        {
          title: 'Styrke Nasjonalt program for leverandørutvikling i 2016',
          responsible: 'NFD',
          contributors: [],
        },
        {
          title:
            'Legge til rette for et mer helhetlig og samordnet samarbeid om forskning, innovasjon og næringsutvikling mellom forskningsmiljøene og matnæringen innen mat, ernæring og helse',
          responsible: 'HOD',
          contributors: ['LMD', 'NFD'],
        },
      ],
    },
  ],
};
