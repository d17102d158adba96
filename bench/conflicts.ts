import { type ProposalInput, proposeConflicts } from '../core/conflict-proposals.ts';
import {
  type OrganisationTerms,
  type TextSource,
  tokenCount,
} from '../core/organisation-matching.ts';
import { random } from './random.ts';

/**
 * Conflict proposals for a meeting of 15 cases with 200 attachment pages (about 3,000
 * characters each, PDF-like: line breaks, hyphenated line ends, page numbers) and 25 members
 * with 10 interests each. Target: under 200 ms. The baseline only tokenises the same text, so
 * the difference is what matching costs. Pure functions only, no database.
 */

const RUNS = 15;
const TARGET_MS = 200;
const CASES = 15;
const ATTACHMENT_PAGES = 200;
const PAGES_PER_ATTACHMENT = 8;
const PAGE_CHARS = 3000;
const LINE_CHARS = 90;
const MEMBERS = 25;
const INTERESTS_PER_MEMBER = 10;
const ORGANISATIONS = 200;
const MEETING_DATE = '2026-03-12';

const rnd = random(20260312);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

const list = (words: string) => words.trim().split(/\s+/);
const STEMS = list(`
  kreft diabetes hjerte lunge revmatisme astma psykiatri sykepleier lege farmasøyt fysioterapeut
  ergoterapeut jordmor tannlege psykolog bioingeniør pasient pårørende eldre barne ungdoms
  ambulanse apotek legemiddel forsknings rus epilepsi autisme hørsels syns nyre lever ernærings
  rehabiliterings omsorgs demens allergi migrene slag smerte`);
const REGIONS = list('Nord Midt Vest Sør Øst Innlandet Agder Viken Troms');
const PLACES = list(`
  Bergen Trondheim Tromsø Bodø Ålesund Stavanger Kristiansand Hamar Gjøvik Molde Førde Harstad
  Drammen Skien Lillehammer Haugesund`);
const WORDS = list(`
  rådet saken helsetjenesten kommunene pasientene forskning innovasjon tjenester behov samarbeid
  utvikling kunnskap data registre tilgang finansiering prioritering kvalitet sikkerhet
  digitalisering oppfølging vurdering anbefaling rapport utredning høring tiltak strategi mål og i
  på for til med som av er det at en et de har skal kan vil bør blir ble også ikke mer flere nye
  viktig nasjonal regional kommunal offentlig privat økt bedre felles grunnlag
  spesialisthelsetjenesten primærhelsetjenesten helsepersonell arbeidsgruppen sekretariatet
  departementet direktoratet næringslivet universitetene sykehusene befolkningen folkehelse levekår
  likeverd brukermedvirkning legemidler anskaffelser klinisk studier helseregistre personvern
  deling plattform infrastruktur kompetanse utdanning rekruttering bemanning ventetider tilbud
  omsorg eldre barn unge psykisk helse rus forebygging behandling rehabilitering pleie
  hjemmetjenester sykehjem fastleger 2024 2025 2026 prosent millioner kroner tabell figur kapittel`);

function makeOrganisations(): OrganisationTerms[] {
  const orgs: OrganisationTerms[] = [];
  const used = new Set<string>();
  const acronym = (name: string) =>
    name
      .split(/\s+/)
      .map((w) => w[0]?.toUpperCase() ?? '')
      .join('');
  // A name and 1–3 aliases; aliases another organisation already has are left out.
  const add = (name: string, aliases: string[]) => {
    if (used.has(name.toLowerCase())) return;
    const wanted = 1 + Math.floor(rnd() * 3);
    const terms = [name, ...aliases.filter((a) => !used.has(a.toLowerCase())).slice(0, wanted)];
    for (const t of terms) used.add(t.toLowerCase());
    orgs.push({ organisationId: `org-${orgs.length + 1}`, terms });
  };
  for (const region of REGIONS) add(`Helse ${region}`, [`Helse ${region} RHF`, `HN${region[0]}`]);
  for (const place of PLACES) {
    add(`${place} kommune`, [`${place} kommunes helsetjeneste`, `Helse og omsorg ${place}`]);
    add(`Universitetssykehuset i ${place}`, [
      `Sykehuset ${place}`,
      `${place} sykehus`,
      `SI${place[0]}`,
    ]);
  }
  while (orgs.length < ORGANISATIONS) {
    const stem = pick(STEMS);
    const capital = stem[0]?.toUpperCase() + stem.slice(1);
    const place = pick(PLACES);
    const kind = Math.floor(rnd() * 5);
    if (kind === 0)
      add(`Norsk ${stem}forening`, [
        `${capital}foreningen`,
        `Den norske ${stem}foreningen`,
        `N${stem[0]?.toUpperCase()}F`,
      ]);
    else if (kind === 1)
      add(`${capital}forbundet`, [
        `Norsk ${stem}forbund`,
        `Landsforeningen for ${stem}syke`,
        `L${stem[0]?.toUpperCase()}S`,
      ]);
    else if (kind === 2)
      add(`Stiftelsen ${capital}hjelpen`, [`${capital}hjelpen`, `${capital}fondet`]);
    else if (kind === 3)
      add(`Nasjonalt senter for ${stem}helse`, [
        `${capital}senteret`,
        `Nasjonal kompetansetjeneste for ${stem}helse`,
        acronym(`Nasjonalt senter ${stem}`),
      ]);
    else
      add(`${capital}foreningen i ${place}`, [
        `${capital}foreningen ${place}`,
        `${capital} ${place}`,
      ]);
  }
  return orgs;
}

/** PDF-like text: wrapped lines, some hyphenated line ends, names sprinkled in. */
function makePageText(chars: number, page: number, organisations: OrganisationTerms[]): string {
  const words: string[] = [];
  let length = 0;
  let sentence = 0;
  while (length < chars) {
    let word = pick(WORDS);
    if (sentence === 0) word = word[0]?.toUpperCase() + word.slice(1);
    if (rnd() < 0.006) {
      const term = pick(pick(organisations).terms);
      word = term + pick(['', '', 's', '-rapporten', ',']);
    }
    sentence++;
    if (sentence > 8 && rnd() < 0.12) {
      word += '.';
      sentence = 0;
    } else if (rnd() < 0.05) word += ',';
    words.push(word);
    length += word.length + 1;
  }
  let out = '';
  let line = '';
  for (const word of words) {
    if (line.length + word.length + 1 > LINE_CHARS) {
      if (word.length > 8 && /^\p{Ll}+$/u.test(word) && rnd() < 0.3) {
        const cut = Math.floor(word.length / 2);
        out += `${line} ${word.slice(0, cut)}-\n`;
        line = word.slice(cut);
        continue;
      }
      out += `${line}\n`;
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return `${out}${line}\n\n${page}\n\f`;
}

function makeInput(): ProposalInput {
  const organisations = makeOrganisations();
  const cases: ProposalInput['cases'] = [];
  for (let c = 0; c < CASES; c++) {
    const sources: TextSource[] = [
      { id: 'field:background', label: 'Bakgrunn', text: makePageText(1500, 0, organisations) },
      {
        id: 'field:reason',
        label: 'Hvorfor saken fremmes',
        text: makePageText(600, 0, organisations),
      },
      { id: 'field:mainPoints', label: 'Hovedpunkter', text: makePageText(1200, 0, organisations) },
      {
        id: 'field:proposedDecision',
        label: 'Forslag til vedtak',
        text: makePageText(400, 0, organisations),
      },
      {
        id: 'stakeholders',
        label: 'Berørte parter',
        text: [1, 2, 3].map(() => pick(organisations).terms[0]).join('\n'),
      },
    ];
    cases.push({ caseId: `case-${c + 1}`, sources });
  }
  for (let a = 0; a < ATTACHMENT_PAGES / PAGES_PER_ATTACHMENT; a++) {
    let text = '';
    for (let p = 1; p <= PAGES_PER_ATTACHMENT; p++)
      text += makePageText(PAGE_CHARS, p, organisations);
    cases[a % CASES]?.sources.push({
      id: `attachment:${a + 1}`,
      label: `Vedlegg ${a + 1}`,
      text,
    });
  }
  const members = Array.from({ length: MEMBERS }, (_, m) => ({
    userId: `user-${m + 1}`,
    name: `Medlem ${String(m + 1).padStart(2, '0')}`,
  }));
  const interests: ProposalInput['interests'] = [];
  for (const member of members) {
    const chosen = new Set<string>();
    while (chosen.size < INTERESTS_PER_MEMBER) chosen.add(pick(organisations).organisationId);
    for (const organisationId of chosen) {
      const ended = rnd() < 0.1;
      interests.push({
        interestId: `interest-${interests.length + 1}`,
        userId: member.userId,
        organisationId,
        periodStart: rnd() < 0.5 ? '2020-01-01' : null,
        periodEnd: ended ? '2025-12-31' : null,
      });
    }
  }
  return { meetingDate: MEETING_DATE, cases, members, organisations, interests };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Alternates the two, so that load from other processes falls on both alike. */
function timeBoth<A, B>(
  a: () => A,
  b: () => B,
): { a: number[]; b: number[]; resultA: A; resultB: B } {
  let resultA = a(); // warm-up: JIT and regex compilation are not what we measure
  let resultB = b();
  const msA: number[] = [];
  const msB: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    resultA = a();
    msA.push(performance.now() - start);
    start = performance.now();
    resultB = b();
    msB.push(performance.now() - start);
  }
  return { a: msA, b: msB, resultA, resultB };
}

const figures = (ms: number[]) =>
  `min ${Math.min(...ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`;

export async function run(): Promise<void> {
  const input = makeInput();
  const sources = input.cases.flatMap((c) => c.sources);
  const chars = sources.reduce((sum, s) => sum + s.text.length, 0);
  const terms = input.organisations.reduce((sum, o) => sum + o.terms.length, 0);
  const interested = new Set(
    input.interests
      .filter((i) => i.periodEnd === null || i.periodEnd >= MEETING_DATE)
      .map((i) => i.organisationId),
  );
  const searched = input.organisations.filter((o) => interested.has(o.organisationId));
  const searchedTerms = searched.reduce((sum, o) => sum + o.terms.length, 0);

  const timed = timeBoth(
    () => sources.reduce((sum, s) => sum + tokenCount(s.text), 0),
    () => proposeConflicts(input),
  );
  const proposals = timed.resultB;
  const hits = proposals.reduce((sum, p) => sum + p.hits.length, 0);

  const ms = median(timed.b);
  const rows = [
    ['baseline: tokenise the text only', `${median(timed.a).toFixed(1)} ms`, figures(timed.a)],
    [
      `proposals (${CASES} cases, ${ATTACHMENT_PAGES} attachment pages)`,
      `${ms.toFixed(1)} ms`,
      figures(timed.b),
    ],
    [
      'text',
      `${(chars / 1000).toFixed(0)}k chars`,
      `${sources.length} sources, ${timed.resultA} tokens`,
    ],
    [
      'organisations / terms / interests',
      `${input.organisations.length} / ${terms} / ${input.interests.length}`,
      `${MEMBERS} members; ${searched.length} organisations, ${searchedTerms} terms with active interests`,
    ],
    [
      'proposals / hits',
      `${proposals.length} / ${hits}`,
      `median of ${RUNS} runs each, after warm-up`,
    ],
  ];
  console.log('\nconflicts');
  for (const [label, value, note] of rows)
    console.log(`  ${label?.padEnd(46)} ${value?.padStart(14)}  ${note}`);
  console.log(`  target: < ${TARGET_MS} ms (${ms < TARGET_MS ? 'met' : 'MISSED'})`);
}
