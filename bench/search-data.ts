import { sql } from 'drizzle-orm';
import { hashPassword } from '../server/auth/passwords.ts';
import type { Db } from '../server/db/client.ts';
import { rowsOf } from '../server/db/rows.ts';
import { councilMemberships, councils, users } from '../server/db/schema.ts';

import { random } from './random.ts';

const list = (words: string) => words.trim().split(/\s+/);
const FUNCTION_WORDS = list(`og i på for til som av er det at med en et de har skal kan vil ikke om
  fra ved også blir ble være var seg sin sine den denne dette disse etter mellom under over mot når
  hvor slik både eller men så alle andre mange flere mer enn bør må kunne skulle hadde vært gjennom`);
const ADJECTIVES_VERBS = list(`nasjonal nasjonale regional regionale kommunal kommunale klinisk
  kliniske offentlig offentlige privat private helhetlig helhetlige bærekraftig bærekraftige viktig
  viktige ny nye økt økte bedre god gode stor store særlig felles digital digitale sårbare tydelig
  tydelige samlet samlede foreslår foreslått vurderer vurdert anbefaler anbefalt drøftet orienterte
  orienterer understreket påpekte støtter støttet vedtar vedtok godkjenner godkjent følger fulgt
  opp utarbeide utarbeidet etablere etablert styrke styrket videreføre videreført prioritere
  prioritert gjennomføre gjennomført utrede utredet vise viser beskriver beskrevet legge lagt frem`);
const NOUNS = list(`kommune helsetjeneste sykehus pasient forskning innovasjon habilitet bærekraft
  studie klinikk lege sykepleier tjeneste strategi rapport utredning høring tiltak prioritering
  kvalitet sikkerhet digitalisering oppfølging vurdering anbefaling samarbeid utvikling kunnskap
  register tilgang finansiering plattform infrastruktur kompetanse utdanning rekruttering bemanning
  ventetid tilbud omsorg behandling rehabilitering pleie fastlege personvern legemiddel anskaffelse
  folkehelse levekår likeverd brukermedvirkning departement direktorat sekretariat arbeidsgruppe
  universitet næringsliv befolkning helsepersonell budsjett handlingsplan veileder forskrift
  lovendring evaluering pilot prosjekt satsing virkemiddel søknad tildeling bevilgning utlysning
  senter nettverk klynge bedrift gründer patent helsedata datadeling analyse algoritme teknologi
  løsning velferdsteknologi hjemmetjeneste sykehjem avtale region fylke stat sektor aktør bruker
  pårørende barn ungdom eldre innbygger demens kreft diabetes psykiatri rus smerte diagnose
  screening vaksine epidemi beredskap pandemi smittevern laboratorium biobank genom utprøving
  godkjenning marked eksport investering kapital risiko gevinst effekt kostnad ressurs mandat
  sammensetning medlem leder vedtak referat sak møte innkalling dagsorden orientering drøfting
  innspill merknad uttalelse stortinget regjering melding proposisjon statsbudsjett tildelingsbrev
  oppdrag styringsdialog indikator måltall statistikk kartlegging undersøkelse spørreundersøkelse
  intervju rapportering tilsyn revisjon kontroll avvik hendelse klage erstatning rettighet plikt
  ansvar rolle oppgave fordeling koordinering overgang forløp henvisning utskrivning innleggelse
  poliklinikk akuttmottak legevakt ambulanse apotek tannhelse jordmor fysioterapi ergoterapi
  psykolog ernæring aktivitet livsstil forebygging tidlig innsats mestring hverdag arbeidsliv skole
  barnehage familie frivillighet organisasjon forening interesse konflikt habilitetsvurdering`);
const PREFIXES = list(`helse pasient forsknings innovasjons kvalitets kompetanse data tjeneste
  omsorgs sykehus kommune nærings utviklings samarbeids behandlings legemiddel velferds beredskaps
  finansierings rapporterings`);
const HEADS = list(`plan arbeid system løsning modell område tilbud tiltak register strategi
  program miljø senter ordning grunnlag behov sektor politikk krav rutine verktøy gruppe arena
  prosess avtale`);
/** Canonical surnames and the spellings the text sometimes uses instead. */
const SURNAMES: Record<string, string[]> = Object.fromEntries(
  list(`Stenstadvold:Senstadvold,Stenstadvoll Haaland:Håland Aasheim:Åsheim Johannessen:Johannesen
    Jacobsen:Jakobsen Thorsen:Torsen Nygård:Nygaard Sæther:Sether,Sæter Strømsnes:Strømsnæs Kvamme
    Bråthen:Braaten Løvås Østerud Fjeldstad:Fjellstad Grønvold Midtbø Holmøy Kleppe Ruud:Rud
    Berntsen:Bernhardsen`).map((entry) => {
    const [name, variants] = entry.split(':');
    return [name, variants ? variants.split(',') : []];
  }),
);
export const SURNAME_LIST = Object.keys(SURNAMES);
const FIRST_NAMES = list(`Kari Ola Ingrid Per Anne Hans Marit Knut Astrid Lars Siri Erik Tone Geir
  Hilde Jon Randi Bjørn Liv Trond Solveig Arne Berit Odd Gunn Sverre Ragnhild Eivind Turid Håkon`);
/** Fixed expressions of the field, mixed into the text; phrase queries use some of them. */
export const COLLOCATIONS = `kliniske studier; kunstig intelligens; persontilpasset medisin;
  forskning og innovasjon; bærekraft i helsetjenesten; den kommunale helsetjenesten; likeverdige
  helsetjenester; helsedata og personvern; spørsmål om habilitet; nasjonal helse og sykehusplan;
  samarbeid med næringslivet; tidlig innsats for barn og unge; pasientens helsetjeneste;
  oppfølging av vedtaket; sekretariatet utarbeider et notat`
  .split(/;\s*/)
  .map((phrase) => phrase.replace(/\s+/g, ' '));

/** Ranks: function words first, then the field's words and forms, then compounds as the tail. */
function vocabulary(rnd: () => number): { words: string[]; real: number } {
  const shuffle = (words: string[]) => {
    for (let i = words.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [words[i], words[j]] = [words[j] as string, words[i] as string];
    }
    return words;
  };
  const forms = (n: string) =>
    n.endsWith('e')
      ? [n, `${n}n`, `${n}r`, `${n}ne`, `${n}ns`]
      : [n, `${n}en`, `${n}er`, `${n}ene`];
  const base = shuffle([...ADJECTIVES_VERBS, ...NOUNS]);
  const inflected = shuffle(NOUNS.flatMap((n) => forms(n).slice(1)));
  const compounds = shuffle(PREFIXES.flatMap((p) => HEADS.flatMap((h) => forms(p + h))));
  const triples = shuffle(
    PREFIXES.flatMap((p) =>
      PREFIXES.filter((q) => q !== p).flatMap((q) => HEADS.map((h) => `${p}${q}${h}`)),
    ),
  );
  const real = new Set([...FUNCTION_WORDS, ...base, ...inflected]);
  return { words: [...new Set([...real, ...compounds, ...triples])], real: real.size };
}

/** Drug-like names ("bevotinib"): the rare words, each in a handful of entries. */
function rareNames(): string[] {
  const syllables = list('ab be ci do fe ga li mo na ri so ta vu xe zo');
  const endings = list('mab nib zumab tinib parin statin olol pril sartan vir');
  return syllables.flatMap((a) =>
    syllables.flatMap((b) => syllables.flatMap((c) => endings.map((e) => a + b + c + e))),
  );
}

export type Scale = { label: string; councils: number; years: number; attachments: number };

export const SCALES = {
  full: { label: 'full (1/1)', councils: 50, years: 20, attachments: 100_000 },
  tenth: { label: '1/10', councils: 5, years: 20, attachments: 10_000 },
  fiftieth: { label: '1/50', councils: 2, years: 10, attachments: 2_000 },
} satisfies Record<string, Scale>;

const LAST_YEAR = 2025;
const MEETINGS_PER_YEAR = 6;
const CASES_PER_MEETING = 12;
/** Meetings 4–6 of the last year, which is still going on: [meeting status, minutes status]. */
const LAST_YEAR_MEETINGS: [string, string | null][] = [
  ['held', 'circulated'],
  ['held', 'draft'],
  ['planned', null],
  ['notice_sent', null],
];
const CASE_TYPE_MIX = list('decision decision information discussion decision,discussion').map(
  (types) => types.split(','),
);
const STANDING = [
  ['Godkjenning av innkalling og dagsorden', 'Innkalling og dagsorden godkjennes.'],
  ['Spørsmål om habilitet', 'Ingen av medlemmene ble funnet inhabile.'],
  ['Godkjenning av referat fra forrige møte', 'Referatet fra forrige møte godkjennes.'],
] as const;
export const BENCH_LOGIN = { email: 'benk.sekretariat@radsrom.no', password: 'benk-passord-2026' };

/** What the queries are made from: the words by how many entries hold them, and phrases. */
export type Corpus = {
  councilIds: string[];
  userId: string;
  years: [number, number];
  /** Each word with the number of entries holding it; `real` for the field's own words. */
  words: { word: string; df: number; real: boolean }[];
  entries: number;
  phrases: string[];
  names: { canonical: string[]; variants: string[] };
  counts: Record<string, number>;
  textMB: number;
  generateMs: number;
  insertMs: number;
};

/** Builds the archive in `db`; the search index is left for the caller to build. */
export async function buildArchive(db: Db, scale: Scale, seed = 20260312): Promise<Corpus> {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const uuid = () => {
    const hex = Array.from({ length: 4 }, () =>
      Math.floor(rnd() * 2 ** 32)
        .toString(16)
        .padStart(8, '0'),
    ).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  const { words: zipfWords, real } = vocabulary(rnd);
  const vocab = [...zipfWords, ...rareNames()];
  // Zipf with s = 1.1 over the vocabulary (continuous inverse CDF), and rare names uniformly.
  const zipfC = 1 - (zipfWords.length + 1) ** -0.1;
  const df = new Uint32Array(vocab.length);
  const lastDoc = new Int32Array(vocab.length).fill(-1);
  let doc = 0;
  const counts = { paragraphs: 0, words: 0, entries: 0 };
  const phrasePool: string[] = [];
  const word = (rare = false) => {
    const rank = rare
      ? zipfWords.length + Math.floor(rnd() * (vocab.length - zipfWords.length))
      : Math.min(zipfWords.length - 1, Math.floor((1 - rnd() * zipfC) ** -10) - 1);
    if (lastDoc[rank] !== doc) {
      lastDoc[rank] = doc;
      df[rank] = (df[rank] ?? 0) + 1;
    }
    return vocab[rank] as string;
  };
  const surname = (s: string) => (rnd() < 0.25 && SURNAMES[s]?.length ? pick(SURNAMES[s]) : s);
  const sentence = () => {
    const length = 6 + Math.floor(rnd() * 13);
    const words: string[] = [];
    for (let i = 0; i < length; i++) words.push(word());
    if (rnd() < 0.02) words.splice(Math.floor(rnd() * length), 0, word(true));
    if (rnd() < 0.08) words.splice(Math.floor(rnd() * length), 0, pick(COLLOCATIONS));
    if (rnd() < 0.02)
      words.unshift(
        `${surname(pick(SURNAME_LIST))} ${pick(['orienterte', 'viste til', 'påpekte at'])}`,
      );
    if (rnd() < 0.004 && phrasePool.length < 400) {
      const at = Math.floor(rnd() * (length - 3));
      phrasePool.push(words.slice(at, at + 2 + Math.floor(rnd() * 2)).join(' '));
    }
    if (length > 10 && rnd() < 0.4) words[Math.floor(length / 2)] += ',';
    counts.words += words.length;
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  /** A paragraph of about `words` words, whole sentences. */
  const paragraph = (words: number) => {
    const out: string[] = [];
    for (let n = 0; n < words; n += 12) out.push(sentence());
    counts.paragraphs++;
    return out.join(' ');
  };
  const paragraphs = (min: number, max: number, words: number) =>
    Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, () =>
      paragraph(words / 2 + rnd() * words),
    );
  const html = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('');
  const title = () => {
    const t = [word(), word(), word()].filter((w) => !FUNCTION_WORDS.includes(w));
    const head = pick(['Høring', 'Orientering om', 'Innspill til', 'Strategi for', 'Status for']);
    return `${head} ${pick(NOUNS)}${t.length ? ` – ${t.join(' ')}` : ''}`;
  };
  const endDoc = () => {
    doc++;
    counts.entries++;
  };

  // People and councils: a few officers per council, and the benchmark's signed-in user.
  const councilIds = Array.from({ length: scale.councils }, uuid);
  await db
    .insert(councils)
    .values(
      councilIds.map((id, i) => ({ id, name: `Benkrådet ${i + 1}`, shortName: `BR${i + 1}` })),
    );
  const officers = councilIds.map((_, c) =>
    Array.from({ length: 4 }, (_, i) => ({
      id: uuid(),
      email: `saksbehandler${c + 1}-${i + 1}@radsrom.no`,
      name: `${pick(FIRST_NAMES)} ${pick(SURNAME_LIST)}`,
    })),
  );
  const userId = uuid();
  const passwordHash = await hashPassword(BENCH_LOGIN.password);
  await db
    .insert(users)
    .values([
      { id: userId, email: BENCH_LOGIN.email, name: 'Benk Sekretariat', passwordHash },
      ...officers.flat(),
    ]);
  await db.insert(councilMemberships).values([
    { councilId: councilIds[0] as string, userId, role: 'secretariat' as const },
    ...officers.flatMap((os, c) =>
      os.map((o) => ({
        councilId: councilIds[c] as string,
        userId: o.id,
        role: 'secretariat' as const,
      })),
    ),
  ]);

  const rows: Record<string, unknown[][]> = {};
  const add = (table: string, row: unknown[]) => {
    rows[table] ??= [];
    rows[table].push(row);
  };
  let generateMs = 0;
  let insertMs = 0;
  const firstYear = LAST_YEAR - scale.years + 1;
  const totalCases = scale.councils * scale.years * MEETINGS_PER_YEAR * CASES_PER_MEETING;
  const filesPerCase = scale.attachments / ((totalCases * 8) / 12);
  const pad = (n: number) => String(n).padStart(2, '0');
  let started = performance.now();
  for (let year = firstYear; year <= LAST_YEAR; year++) {
    for (const [c, councilId] of councilIds.entries()) {
      const os = officers[c] ?? [];
      for (let m = 1; m <= MEETINGS_PER_YEAR; m++) {
        const meetingId = uuid();
        // The last year is still going on: notice sent or planned, minutes circulated or draft.
        const [status, minutesStatus] =
          year < LAST_YEAR || m <= 3
            ? ['minutes_approved', 'approved']
            : (LAST_YEAR_MEETINGS[m - 4 + (m === 6 ? c % 2 : 0)] as [string, string | null]);
        const date = `${year}-${pad(2 * m - 1)}-${pad(10 + (c % 15))}`;
        add('meetings', [meetingId, councilId, year, m, date, '10:00', status]);
        if (minutesStatus) add('minutes', [uuid(), meetingId, councilId, minutesStatus]);
        for (let p = 1; p <= CASES_PER_MEETING; p++) {
          const caseId = uuid();
          const standing = STANDING[p - 1];
          const regular = !standing && p < CASES_PER_MEETING;
          const types = standing ? ['decision'] : regular ? pick(CASE_TYPE_MIX) : ['information'];
          const sections = regular
            ? [html(paragraphs(3, 5, 35)), html(paragraphs(1, 1, 30)), html(paragraphs(3, 4, 35))]
            : ['', '', ''];
          const proposed = standing
            ? html([standing[1]])
            : regular
              ? html(paragraphs(1, 1, 25))
              : '';
          const caseTitle = standing?.[0] ?? (regular ? title() : 'Eventuelt');
          const exempt = rnd() < 0.02 ? 'offl. § 14' : '';
          endDoc();
          const number = (m - 1) * CASES_PER_MEETING + p;
          const key = [caseId, councilId, meetingId, year, number, p];
          add('cases', [...key, caseTitle, types, ...sections, proposed, exempt]);
          add('case_officers', [caseId, os[p % 4]?.id, 1]);
          if (rnd() < 0.4) add('case_officers', [caseId, os[(p + 1) % 4]?.id, 2]);
          const files = regular ? Math.floor(rnd() * 2 * filesPerCase + 0.5) : 0;
          for (let a = 1; a <= files; a++) {
            const pages = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () =>
              paragraphs(1, 2, 70).join('\n\n'),
            );
            const text = pages.join('\n\f');
            endDoc();
            const fileTitle = `Vedlegg ${a}: ${title()}`;
            const exempt = rnd() < 0.03 ? 'offl. § 15' : '';
            const file = [
              uuid(),
              caseId,
              a,
              fileTitle,
              `vedlegg-${a}.pdf`,
              'application/pdf',
              text.length * 3,
              uuid().replace(/-/g, '').padEnd(64, '0'),
              `bench/${caseId}/${a}`,
            ];
            add('attachments', [...file, text, exempt]);
          }
          if (!minutesStatus) continue;
          const discussion = regular ? html(paragraphs(1, 3, 30)) : '';
          if (discussion) endDoc();
          const decision = !types.includes('decision')
            ? '<p>Rådet tok saken til orientering.</p>'
            : standing
              ? html([standing[1]])
              : html(paragraphs(1, 1, 25));
          endDoc();
          add('case_minutes', [caseId, discussion, decision, rnd() < 0.01]);
          if (regular && types.includes('decision') && rnd() < 0.15)
            add('follow_ups', [uuid(), councilId, caseId, `Oppfølging: ${title()}`, os[0]?.name]);
        }
      }
      if (
        (rows.cases?.length ?? 0) >= 1200 ||
        (year === LAST_YEAR && c === councilIds.length - 1)
      ) {
        generateMs += performance.now() - started;
        started = performance.now();
        await flush(db, rows);
        insertMs += performance.now() - started;
        started = performance.now();
      }
    }
  }
  const words = vocab
    .map((w, i) => ({ word: w, df: df[i] ?? 0, real: i < real }))
    .filter((w) => w.df > 0 && w.word.length >= 4 && !FUNCTION_WORDS.includes(w.word));
  const [textRow] = rowsOf<Record<string, number>>(
    await db.execute(sql`SELECT
      (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM attachments)::int AS attachments,
      (SELECT count(*) FROM meetings)::int AS meetings, (SELECT count(*) FROM case_minutes)::int AS case_minutes,
      (SELECT sum(length(background) + length(reason) + length(main_points) + length(proposed_decision)) FROM cases)::float8
      + (SELECT sum(length(extracted_text)) FROM attachments)::float8
      + (SELECT coalesce(sum(length(discussion) + length(decision)), 0) FROM case_minutes)::float8 AS chars`),
  );
  const { chars, ...tableCounts } = textRow ?? {};
  return {
    councilIds,
    userId,
    years: [firstYear, LAST_YEAR],
    words,
    entries: counts.entries,
    phrases: phrasePool,
    names: { canonical: SURNAME_LIST, variants: Object.values(SURNAMES).flat() },
    counts: { ...tableCounts, paragraphs: counts.paragraphs, words: counts.words },
    textMB: (chars ?? 0) / 1024 / 1024,
    generateMs,
    insertMs,
  };
}

/** Each table's columns as the rows above list them, in the order of foreign keys. */
const TABLES = `
  meetings: id uuid, council_id uuid, year int, number int, date date, start_time time, status meeting_status
  minutes: id uuid, meeting_id uuid, council_id uuid, status minutes_status
  cases: id uuid, council_id uuid, meeting_id uuid, year int, number int, position int, title text, case_types case_type[], background text, reason text, main_points text, proposed_decision text, exemption_basis text
  case_officers: case_id uuid, user_id uuid, position int
  attachments: id uuid, case_id uuid, position int, title text, file_name text, media_type text, size int, sha256 text, storage_key text, extracted_text text, exemption_basis text
  case_minutes: case_id uuid, discussion text, decision text, postponed boolean
  follow_ups: id uuid, council_id uuid, case_id uuid, title text, owner text`
  .trim()
  .split('\n')
  .map((line) => line.trim().split(': ') as [string, string]);

/** Writes the collected rows, table by table, 500 rows (a few MB) per statement. */
async function flush(db: Db, rows: Record<string, unknown[][]>) {
  for (const [table, spec] of TABLES) {
    const all = rows[table] ?? [];
    const columns = spec.split(', ').map((c) => c.split(' ') as [string, string]);
    const names = columns.map(([name]) => name).join(', ');
    const values = columns
      .map(([, type], i) =>
        type.endsWith('[]')
          ? `ARRAY(SELECT jsonb_array_elements_text(r->${i}))::${type}`
          : `(r->>${i})::${type}`,
      )
      .join(', ');
    for (let i = 0; i < all.length; i += 500) {
      const json = JSON.stringify(all.slice(i, i + 500));
      await db.execute(sql`INSERT INTO ${sql.raw(table)} (${sql.raw(names)})
        SELECT ${sql.raw(values)} FROM jsonb_array_elements(${json}::jsonb) AS r`);
    }
    rows[table] = [];
  }
}
