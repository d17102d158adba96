/**
 * The UKCRC Health Research Classification System (HRCS): 21 health categories and 48 research
 * activity codes in 8 groups, as listed on hrcsonline.net ("Health Categories", "Research
 * Activity Codes"). English names are HRCS's official full names; the bokmål labels follow the
 * wording Norwegian funders use (Forskningsrådet's HRCS portfolio analyses, NVA's vocabulary).
 * Health categories are named by a stable lower-case id; research activities by their code.
 */

/** One HRCS code of a project with its share of the project, in percent. */
export type HrcsShare = { code: string; percent: number };

/** One HRCS-coded project of a portfolio. `amount` is in NOK. */
export type HrcsProject = {
  projectCode: string;
  title: string;
  funder: string;
  sector: string;
  year: number;
  amount: number;
  health: HrcsShare[];
  activities: HrcsShare[];
};

export type HealthCategory = { code: string; label: string; labelEn: string };
export type ResearchActivity = { code: string; label: string; labelEn: string; group: string };
export type ResearchActivityGroup = {
  id: string;
  label: string;
  labelEn: string;
  codes: readonly ResearchActivity[];
};

/** The category for research relevant to all diseases and to general health and well-being. */
export const GENERIC_HEALTH_CATEGORY = 'generic';
/** HRCS: research directly applicable to more than five health categories is coded Generic. */
export const MAX_HEALTH_CATEGORIES = 5;
/** HRCS: at most two codes, up to four for a large programme of research. */
export const MAX_RESEARCH_ACTIVITIES = 4;

const category = (code: string, label: string, labelEn: string): HealthCategory => ({
  code,
  label,
  labelEn,
});

/** In HRCS order (HRCS_HC_01 … 21): the 19 specific areas, then Generic and Other. */
export const HEALTH_CATEGORIES: readonly HealthCategory[] = [
  category('blood', 'Blod', 'Blood'),
  category('cancer', 'Kreft', 'Cancer and neoplasms'),
  category('cardiovascular', 'Hjerte og kar', 'Cardiovascular'),
  category('congenital', 'Medfødte tilstander', 'Congenital disorders'),
  category('ear', 'Øre', 'Ear'),
  category('eye', 'Øye', 'Eye'),
  category('infection', 'Infeksjoner', 'Infection'),
  category('inflammatory_immune', 'Betennelse og immunsystem', 'Inflammatory and immune system'),
  category('injuries_accidents', 'Skader og ulykker', 'Injuries and accidents'),
  category('mental_health', 'Psykisk helse', 'Mental health'),
  category('metabolic_endocrine', 'Stoffskifte og hormoner', 'Metabolic and endocrine'),
  category('musculoskeletal', 'Muskel og skjelett', 'Musculoskeletal'),
  category('neurological', 'Nevrologi', 'Neurological'),
  category('oral_gastrointestinal', 'Munnhule, mage og tarm', 'Oral and gastrointestinal'),
  category('renal_urogenital', 'Nyrer, urinveier og kjønnsorganer', 'Renal and urogenital'),
  category(
    'reproductive_health',
    'Reproduktiv helse, svangerskap og fødsel',
    'Reproductive health and childbirth',
  ),
  category('respiratory', 'Lunger og luftveier', 'Respiratory'),
  category('skin', 'Hud', 'Skin'),
  category('stroke', 'Hjerneslag', 'Stroke'),
  category(GENERIC_HEALTH_CATEGORY, 'Generell helserelevans', 'Generic health relevance'),
  category('other', 'Omstridt årsak og annet', 'Disputed aetiology and other'),
];

/** [code, bokmål, English] per group; the group of a code is the part before the dot. */
const GROUPS: readonly [string, string, string, readonly [string, string, string][]][] = [
  [
    '1',
    'Grunnleggende forskning',
    'Underpinning research',
    [
      [
        '1.1',
        'Normal biologisk utvikling og funksjon',
        'Normal biological development and functioning',
      ],
      [
        '1.2',
        'Psykologiske og sosioøkonomiske prosesser',
        'Psychological and socioeconomic processes',
      ],
      ['1.3', 'Kjemiske og fysiske fag', 'Chemical and physical sciences'],
      ['1.4', 'Metoder og målinger', 'Methodologies and measurements'],
      [
        '1.5',
        'Ressurser og infrastruktur (grunnleggende forskning)',
        'Resources and infrastructure (underpinning)',
      ],
    ],
  ],
  [
    '2',
    'Årsaksforhold',
    'Aetiology',
    [
      ['2.1', 'Biologiske og endogene faktorer', 'Biological and endogenous factors'],
      ['2.2', 'Faktorer i det fysiske miljøet', 'Factors relating to the physical environment'],
      [
        '2.3',
        'Psykologiske, sosiale og økonomiske faktorer',
        'Psychological, social and economic factors',
      ],
      ['2.4', 'Overvåking og utbredelse', 'Surveillance and distribution'],
      [
        '2.5',
        'Forskningsdesign og metoder (årsaksforhold)',
        'Research design and methodologies (aetiology)',
      ],
      [
        '2.6',
        'Ressurser og infrastruktur (årsaksforhold)',
        'Resources and infrastructure (aetiology)',
      ],
    ],
  ],
  [
    '3',
    'Forebygging av sykdom og helseplager, og fremming av god helse',
    'Prevention of disease and conditions, and promotion of well-being',
    [
      [
        '3.1',
        'Primærforebyggende tiltak for å endre atferd eller fremme god helse',
        'Primary prevention interventions to modify behaviours or promote well-being',
      ],
      [
        '3.2',
        'Tiltak mot fysiske og biologiske miljørisikoer',
        'Interventions to alter physical and biological environmental risks',
      ],
      ['3.3', 'Ernæring og kjemoprevensjon', 'Nutrition and chemoprevention'],
      ['3.4', 'Vaksiner', 'Vaccines'],
      [
        '3.5',
        'Ressurser og infrastruktur (forebygging)',
        'Resources and infrastructure (prevention)',
      ],
    ],
  ],
  [
    '4',
    'Påvisning, screening og diagnostikk',
    'Detection, screening and diagnosis',
    [
      [
        '4.1',
        'Oppdagelse og preklinisk testing av markører og teknologier',
        'Discovery and preclinical testing of markers and technologies',
      ],
      ['4.2', 'Evaluering av markører og teknologier', 'Evaluation of markers and technologies'],
      ['4.3', 'Påvirkningsfaktorer og virkninger', 'Influences and impact'],
      ['4.4', 'Befolkningsscreening', 'Population screening'],
      ['4.5', 'Ressurser og infrastruktur (påvisning)', 'Resources and infrastructure (detection)'],
    ],
  ],
  [
    '5',
    'Utvikling av behandling og terapeutiske intervensjoner',
    'Development of treatments and therapeutic interventions',
    [
      ['5.1', 'Legemidler', 'Pharmaceuticals'],
      ['5.2', 'Celle- og genterapi', 'Cellular and gene therapies'],
      ['5.3', 'Medisinsk utstyr', 'Medical devices'],
      ['5.4', 'Kirurgi', 'Surgery'],
      ['5.5', 'Strålebehandling', 'Radiotherapy'],
      ['5.6', 'Psykologiske og atferdsrettede tiltak', 'Psychological and behavioural'],
      ['5.7', 'Fysiske tiltak', 'Physical'],
      ['5.8', 'Komplementær behandling', 'Complementary'],
      [
        '5.9',
        'Ressurser og infrastruktur (utvikling av behandling)',
        'Resources and infrastructure (development of treatments)',
      ],
    ],
  ],
  [
    '6',
    'Evaluering av behandling og terapeutiske intervensjoner',
    'Evaluation of treatments and therapeutic interventions',
    [
      ['6.1', 'Legemidler', 'Pharmaceuticals'],
      ['6.2', 'Celle- og genterapi', 'Cellular and gene therapies'],
      ['6.3', 'Medisinsk utstyr', 'Medical devices'],
      ['6.4', 'Kirurgi', 'Surgery'],
      ['6.5', 'Strålebehandling', 'Radiotherapy'],
      ['6.6', 'Psykologiske og atferdsrettede tiltak', 'Psychological and behavioural'],
      ['6.7', 'Fysiske tiltak', 'Physical'],
      ['6.8', 'Komplementær behandling', 'Complementary'],
      [
        '6.9',
        'Ressurser og infrastruktur (evaluering av behandling)',
        'Resources and infrastructure (evaluation of treatments)',
      ],
    ],
  ],
  [
    '7',
    'Håndtering av sykdommer og tilstander',
    'Management of diseases and conditions',
    [
      ['7.1', 'Individuelle omsorgsbehov', 'Individual care needs'],
      ['7.2', 'Omsorg ved livets slutt', 'End of life care'],
      ['7.3', 'Håndtering og beslutningstaking', 'Management and decision making'],
      [
        '7.4',
        'Ressurser og infrastruktur (sykdomshåndtering)',
        'Resources and infrastructure (disease management)',
      ],
    ],
  ],
  [
    '8',
    'Helse- og omsorgstjenesteforskning',
    'Health and social care services research',
    [
      ['8.1', 'Organisering og levering av tjenester', 'Organisation and delivery of services'],
      ['8.2', 'Helse- og velferdsøkonomi', 'Health and welfare economics'],
      ['8.3', 'Politikk, etikk og forskningsstyring', 'Policy, ethics and research governance'],
      ['8.4', 'Forskningsdesign og metoder', 'Research design and methodologies'],
      [
        '8.5',
        'Ressurser og infrastruktur (helse- og omsorgstjenester)',
        'Resources and infrastructure (health and social care services)',
      ],
    ],
  ],
];

export const RESEARCH_ACTIVITY_GROUPS: readonly ResearchActivityGroup[] = GROUPS.map(
  ([id, label, labelEn, codes]) => ({
    id,
    label,
    labelEn,
    codes: codes.map(([code, codeLabel, codeLabelEn]) => ({
      code,
      label: codeLabel,
      labelEn: codeLabelEn,
      group: id,
    })),
  }),
);

/** All 48 codes, 1.1 to 8.5. */
export const RESEARCH_ACTIVITIES: readonly ResearchActivity[] = RESEARCH_ACTIVITY_GROUPS.flatMap(
  (group) => group.codes,
);

const healthByCode = new Map(HEALTH_CATEGORIES.map((c) => [c.code, c]));
const activityByCode = new Map(RESEARCH_ACTIVITIES.map((a) => [a.code, a]));
const groupById = new Map(RESEARCH_ACTIVITY_GROUPS.map((g) => [g.id, g]));

export function healthCategory(code: string): HealthCategory | undefined {
  return healthByCode.get(code);
}

export function researchActivity(code: string): ResearchActivity | undefined {
  return activityByCode.get(code);
}

export function researchActivityGroup(id: string): ResearchActivityGroup | undefined {
  return groupById.get(id);
}

/** The group of an activity code ("2.1" → group 2), or undefined for an unknown code. */
export function activityGroupOf(code: string): ResearchActivityGroup | undefined {
  const activity = activityByCode.get(code);
  return activity ? groupById.get(activity.group) : undefined;
}

/**
 * Lower-case, one space between words, punctuation dropped, and "og", "and" and "&" made one
 * token, so "Hjerte- og karsykdommer", "hjerte & kar" and "Oral and Gastrointestinal" compare.
 */
function matchKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .replace(/(^| )(og|and)(?= |$)/g, '$1&')
    .replace(/&/g, ' & ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Other names seen in funders' exports: HRCS short names and common Norwegian variants. */
const HEALTH_ALIASES: Record<string, readonly string[]> = {
  blood: ['Haematology', 'Hematologi', 'Blodsykdommer'],
  cancer: ['Cancer', 'Neoplasms', 'Kreft og svulster', 'Kreftsykdommer', 'Onkologi'],
  cardiovascular: ['Hjerte- og karsykdommer', 'Hjerte-kar', 'Kardiovaskulær'],
  congenital: ['Congenital', 'Medfødte lidelser', 'Medfødte sykdommer'],
  ear: ['Ører', 'Hørsel'],
  eye: ['Øyne', 'Syn'],
  infection: ['Infeksjon', 'Infeksjonssykdommer'],
  inflammatory_immune: [
    'Inflammatory and immune',
    'Inflammation and immune system',
    'Inflammasjon og immunsystem',
    'Betennelse og immunsystemet',
  ],
  injuries_accidents: ['Injuries', 'Skader'],
  mental_health: ['Mental helse', 'Psykiske lidelser'],
  metabolic_endocrine: [
    'Metabolic',
    'Metabolske og endokrine sykdommer',
    'Metabolisme og endokrinologi',
    'Stoffskiftesykdommer',
  ],
  musculoskeletal: ['Muskulatur og skjelett', 'Muskel- og skjelettlidelser'],
  neurological: ['Nevrologisk', 'Nevrologiske sykdommer'],
  oral_gastrointestinal: [
    'Oral and gastro',
    'Munnhule, mage-tarm',
    'Munn, mage og tarm',
    'Mage og tarm',
    'Mage-tarm',
  ],
  renal_urogenital: ['Renal', 'Nyrer, urinveier og kjønnsorgan', 'Nyre og urinveier'],
  reproductive_health: [
    'Reproduction',
    'Reproductive health',
    'Forplantning og fødsel',
    'Reproduktiv helse og fødsel',
    'Reproduktiv helse',
    'Svangerskap og fødsel',
  ],
  respiratory: ['Luftveier', 'Lungesykdommer'],
  skin: ['Hudsykdommer'],
  stroke: ['Slag'],
  generic: ['Generic', 'Generic health', 'Generell', 'Generisk helserelevans'],
  other: ['Other', 'Disputed aetiology', 'Annet', 'Andre', 'Omstridt etiologi og annet'],
};

const healthByKey = new Map<string, HealthCategory>();
for (const c of HEALTH_CATEGORIES) {
  for (const name of [c.code, c.label, c.labelEn, ...(HEALTH_ALIASES[c.code] ?? [])]) {
    healthByKey.set(matchKey(name), c);
  }
}

/** A health category named by its id, or by its English or Norwegian name in any case. */
export function findHealthCategory(text: string): HealthCategory | undefined {
  return healthByKey.get(matchKey(text));
}

/**
 * A research activity from an import: "2.1", "2,1", "HRCS_RA_2_1", or the code followed by a
 * name ("2.1 Biological and endogenous factors", "2.1 Endogenous risks"). The code decides:
 * names alone are ambiguous (5.1 and 6.1 are both "Pharmaceuticals").
 */
export function findResearchActivity(text: string): ResearchActivity | undefined {
  const trimmed = text.trim();
  const official = /^hrcs_ra_(\d)_(\d)$/i.exec(trimmed);
  if (official) return activityByCode.get(`${official[1]}.${official[2]}`);
  const code = /^(\d)\s*[.,]\s*(\d)(?=$|\s)/.exec(trimmed);
  return code ? activityByCode.get(`${code[1]}.${code[2]}`) : undefined;
}
