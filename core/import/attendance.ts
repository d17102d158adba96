/**
 * Attendance blocks in imported minutes: the block labels ("Tilstede:", "Forfall", "Møtende vara",
 * "Observatører", "Til stede fra Sekretariatet/Forskningsrådet", nynorsk "Til stades",
 * "Møtande vara", "Observatørar") and the entries under them
 * ("Sveinung Hole (leder), Trond Mohn stiftelse, Bergen").
 *
 * Rules for an entry, split at top-level commas (commas inside parentheses do not split):
 * - the first part is the name;
 * - a part or parenthesis that limits presence is a note: times ("10.00 – 11.30", "til 10.00"),
 *   "digitalt", "deler av møtet", "sak 21/2/2025", "leder", "som rådsmedlem fra 10.00";
 *   notes keep their order in the text and are joined with ", ";
 * - a job title ("seniorrådgiver") is neither organisation nor note and is left out; "leder i X"
 *   gives organisation X;
 * - with a name and at least two other parts left, the last is the place ("Bergen") when it looks
 *   like a place name, and is left out;
 * - the remaining parts, joined with ", ", are the organisation ("NHO, Abelia"); without any,
 *   the organisation named in the block label ("Tilstede fra Innovasjon Norge").
 */
import type { ImportedAttendance, ImportedPerson } from './types.ts';

export type AttendanceBlock = keyof ImportedAttendance;

export type AttendanceLabel = {
  block: AttendanceBlock;
  /** Organisation named by the label ("Tilstede fra Innovasjon Norge"), or null. */
  organisation: string | null;
  /** Text after the label on the same line: the first entry, or "". */
  rest: string;
  /** "Til stede fra" with the organisation on the following lines. */
  organisationPending: boolean;
};

/** Organisations whose staff are the council's secretariat (HelseOmsorg21-rådet: the Research Council). */
export const DEFAULT_SECRETARIAT_ORGANISATIONS = ['Forskningsrådet', 'Norges forskningsråd'];

const LABELS: readonly [RegExp, AttendanceBlock][] = [
  [
    /^(?:ikke\s+til\s*stede|ikkje\s+til\s*stades|meldt\s+forfall|forfall|fravær(?:ende)?)/iu,
    'absent',
  ],
  [/^(?:møtende|møtande)\s+vara(?:r|medlemmer|medlemer)?/iu, 'substitutes'],
  [/^vara(?:medlemmer|medlemer|representanter|representantar)?(?=\s*:)/iu, 'substitutes'],
  [/^observatør(?:er|ar|ene|ane)?/iu, 'observers'],
  [/^(?:(?:fra|frå)\s+)?sekretariatet|^sekretariat/iu, 'secretariat'],
  [/^referent/iu, 'secretariat'],
  [
    /^(?:også|og)\s+til\s*(?:stede|stades)|^gjester|^gjestar|^andre\s+til\s*(?:stede|stades)|^inviterte|^innledere|^innleiarar/iu,
    'others',
  ],
  [
    /^(?:(?:råds)?medlem(?:mer|er)\s+til\s*(?:stede|stades)|til\s*stede|til\s*stades|tilstede|tilstades|(?:fremmøtte|frammøtte|møtt|deltakere|deltakarar|deltagere)(?:\s+(?:råds)?medlem(?:mer|er))?)/iu,
    'present',
  ],
];

const FROM = /^\s*(?:fra|frå)(?![\p{L}])\s*/iu;

/**
 * The attendance label at the start of a line, if any. The label may end with ":" or be followed
 * directly by the first entry ("Forfall Bjørn Egil Vikse, Helse Vest").
 */
export function matchAttendanceLabel(
  text: string,
  secretariatOrganisations: readonly string[] = DEFAULT_SECRETARIAT_ORGANISATIONS,
): AttendanceLabel | null {
  const t = text.trim();
  if (t.length > 400) return null;
  for (const [pattern, block] of LABELS) {
    const m = pattern.exec(t);
    if (!m) continue;
    let rest = t.slice(m[0].length);
    // The label must end here: "Forfallet ble meldt" is text, not a label.
    if (rest && !/^[\s:.–-]/u.test(rest)) return null;
    const from = block === 'present' || block === 'others' ? FROM.exec(rest) : null;
    if (from) {
      rest = rest.slice(from[0].length);
      const colon = rest.indexOf(':');
      const orgText = colon >= 0 ? rest.slice(0, colon) : rest;
      const after = colon >= 0 ? rest.slice(colon + 1).trim() : '';
      const pending = orgText.trim() === '' || /[/,]\s*$|\s(?:og|and)\s*$/iu.test(orgText);
      return {
        ...organisationBlock(orgText, block, secretariatOrganisations),
        rest: after,
        organisationPending: pending && colon < 0,
      };
    }
    rest = rest.replace(/^\s*[:.–-]?\s*/u, '');
    // A name-like first entry or nothing: "Til stede Per Morten Sandset, …" but not "Til stede var …".
    if (rest && !startsLikeEntry(rest)) return null;
    return { block, organisation: null, rest, organisationPending: false };
  }
  return null;
}

/** The block and organisation of "Til stede fra <organisation>"; "Sekretariatet/Forskningsrådet" → secretariat. */
export function organisationBlock(
  orgText: string,
  fallback: AttendanceBlock,
  secretariatOrganisations: readonly string[] = DEFAULT_SECRETARIAT_ORGANISATIONS,
): { block: AttendanceBlock; organisation: string | null } {
  const parts = orgText
    .split('/')
    .map((p) => clean(p))
    .filter((p) => p !== '');
  const isSecretariatWord = (p: string) => /^(?:sekretariat(?:et)?|secretariat)$/iu.test(p);
  const named = parts.filter((p) => !isSecretariatWord(p));
  const hosts = secretariatOrganisations.map((o) => o.toLowerCase());
  const secretariat =
    parts.some(isSecretariatWord) || named.some((p) => hosts.includes(p.toLowerCase()));
  const organisation = named.length ? named.join('/') : null;
  if (secretariat) return { block: 'secretariat', organisation };
  return { block: organisation ? 'others' : fallback, organisation };
}

// Only runs that need it are replaced: replacing every single space is slow on a 10 MB line.
const clean = (s: string) => s.replace(/\s{2,}|[^\S ]/g, ' ').trim();

// Words that make a phrase an organisation rather than a person's name or a place.
const ORG_WORDS =
  /(?:universitet|høgskole|høyskole|sykehus|sjukehus|kommune|fylke|departement|direktorat|institutt|forening|foreining|forbund|stiftelse|senter|organisasjon|industri|klynge|cluster|rådet|råd\b|helse\b|\bhelse|foretak|hospital|tilsyn|etat|styre|forum|akademi|selskap|\bAS\b|\bASA\b|\bHF\b|\bSA\b|norge|norsk|norges|nasjonal|legeforening|ombud|verket|kontor|tjenest|service|gruppen|group|council|university|institute|agency|ministry)/iu;

const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'la',
  'le',
  'af',
  'av',
  'ten',
  'ter',
  'bin',
  'al',
  'el',
  'dos',
  'das',
]);

/** "Per Morten Sandset", "Marianne van der Wel": 2–6 capitalised words, no organisation words. */
export function looksLikeName(text: string): boolean {
  const t = clean(text);
  if (t.length < 3 || t.length > 80) return false;
  if (/[\d:;!?@/]/u.test(t) || ORG_WORDS.test(t)) return false;
  const words = t.split(' ');
  if (words.length < 2 || words.length > 6) return false;
  return words.every(
    (w, i) =>
      /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || (i > 0 && i < words.length - 1 && PARTICLES.has(w)),
  );
}

function startsLikeEntry(text: string): boolean {
  const first = splitTopLevel(text, ',')[0] ?? '';
  return looksLikeName(stripParens(first));
}

const JOB_TITLE =
  /^(?:\p{Ll}[\p{L}-]*)?(?:rådgiver|rådgjevar|direktør|leder|leiar|sjef|konsulent|sekretær|forsker|forskar|koordinator|praktikant|stipendiat|professor|jurist|analytiker|økonom|trainee|assistent|medarbeider|medarbeidar|saksbehandler|sakshandsamar|kommunikasjonsrådgiver|seniorforsker)$/u;
const ROLE_OF = new RegExp(
  `^(?:${JOB_TITLE.source.slice(1, -1)}|daglig leder|dagleg leiar|styreleder|styreleiar)\\s+(?:i|ved|for|hos|av|på)\\s+(.+)$`,
  'u',
);

/** A job title alone: "seniorrådgiver", "avdelingsdirektør", "daglig leder". */
export function isJobTitle(text: string): boolean {
  const t = clean(text);
  return JOB_TITLE.test(t) || /^(?:daglig leder|dagleg leiar|styreleder|styreleiar)$/u.test(t);
}

const CHAIR =
  /^(?:leder|leiar|rådsleder|rådsleiar|nestleder|nestleiar|møteleder|møteleiar|ordstyrer|referent|sekretær)$/iu;

/** Whether a part or a parenthesis limits presence (or marks the chair) rather than naming something. */
export function isNote(text: string): boolean {
  const t = clean(text);
  if (t === '' || t.length > 120) return false;
  if (CHAIR.test(t)) return true;
  if (/^(?:fra|frå|til|etter|før|inntil|fram til|frem til|ca\.?)\s+(?:kl\.?\s*)?\d/iu.test(t))
    return true;
  if (/(?<!\d)\d{1,2}\s*[.:]\s*\d{2}(?!\d)/u.test(t) && !/\p{Lu}{2,}/u.test(t)) return true;
  if (/\bkl\.?\s*\d/iu.test(t)) return true;
  if (
    /digital|\bdeler av\b|\bdelar av\b|\bdel av\b|\bpå video\b|\bvia (?:zoom|teams|video|telefon)|^(?:zoom|teams|video|telefon|fysisk|fysisk til stede)$/iu.test(
      t,
    )
  )
    return true;
  if (/^(?:sak|saker|sakene)\s+\d/iu.test(t) || /\bunder sak(?:ene|er)?\b/iu.test(t)) return true;
  if (
    /\bsom (?:råds)?medlem\b|\bvara for\b|^for \p{Lu}|\bforlot møtet\b|\bkom\b|\bpermisjon\b|\bi stedet for\b/iu.test(
      t,
    )
  )
    return true;
  return false;
}

/** Looks like a place: "Bergen", "Tromsø", "Mo i Rana"; not an acronym, not an organisation. */
function isPlace(text: string): boolean {
  const t = clean(text);
  if (t.length < 2 || t.length > 40 || ORG_WORDS.test(t)) return false;
  const words = t.split(' ');
  if (words.length > 3) return false;
  if (!/^\p{Lu}/u.test(t) || /^\p{Lu}+$/u.test(words[0] ?? '')) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}-]+$/u.test(w) || /^(?:i|på|og)$/u.test(w));
}

/** Split at `sep` outside parentheses. Linear in the length of the text. */
export function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The text with its parentheses taken out, and the parentheses' contents in order. */
function takeParens(text: string): { text: string; parens: string[] } {
  const parens: string[] = [];
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('(', i);
    if (open < 0) break;
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    out += text.slice(i, open);
    parens.push(text.slice(open + 1, close));
    i = close + 1;
  }
  out += text.slice(i);
  return { text: out, parens };
}

const stripParens = (text: string) => clean(takeParens(text).text);

export type ParsedEntry = { person: ImportedPerson; problems: string[] };

/**
 * One attendance entry. `organisation` is the block's organisation, used when the entry names
 * none. Returns null when the text has no name.
 */
export function parsePerson(text: string, organisation: string | null = null): ParsedEntry | null {
  const problems: string[] = [];
  const parts = splitTopLevel(clean(text), ',').map(clean);
  const notes: string[] = [];
  const orgParts: string[] = [];
  let name = '';
  parts.forEach((part, index) => {
    const { text: bare, parens } = takeParens(part);
    const kept: string[] = [];
    const partNotes: string[] = [];
    for (const p of parens) {
      // Acronyms and other parentheses stay with the organisation: "Legemiddelindustrien (LMI)".
      if (isNote(p)) partNotes.push(clean(p));
      else kept.push(`(${clean(p)})`);
    }
    const body = clean(bare);
    if (index === 0) {
      name = body;
      notes.push(...partNotes);
      if (kept.length) name = clean(`${name} ${kept.join(' ')}`);
      return;
    }
    const withKept = clean([body, ...kept].join(' '));
    if (body !== '' && isNote(body)) {
      notes.push(body, ...partNotes);
      return;
    }
    const roleOf = ROLE_OF.exec(withKept);
    if (roleOf?.[1]) orgParts.push(clean(roleOf[1]));
    else if (withKept !== '' && !isJobTitle(body)) orgParts.push(withKept);
    notes.push(...partNotes);
  });
  if (name === '') return null;
  // "Name, Helse Vest, Bergen": the last of two or more affiliation parts is the place.
  const last = orgParts[orgParts.length - 1];
  if (orgParts.length >= 2 && last !== undefined && isPlace(last)) orgParts.pop();
  if (!looksLikeName(name)) problems.push(`«${name}» ser ikke ut som et navn.`);
  return {
    person: {
      name,
      organisation: orgParts.length ? orgParts.join(', ') : organisation,
      note: notes.length ? notes.join(', ') : null,
    },
    problems,
  };
}

/**
 * Split a line holding several entries: at ";", or a list of bare names
 * ("Per Morten Sandset, Toril Hernes og Øivind Enger"). A single entry comes back alone.
 */
export function splitEntries(text: string): string[] {
  const t = clean(text);
  if (t === '') return [];
  const bySemicolon = splitTopLevel(t, ';')
    .map(clean)
    .filter((p) => p !== '');
  if (bySemicolon.length > 1) return bySemicolon;
  const names: string[] = [];
  let splitAtAnd = false;
  for (const part of splitTopLevel(t, ',').map(clean)) {
    const pieces = splitAtAndIfNames(part);
    if (pieces.length > 1) splitAtAnd = true;
    names.push(...pieces);
  }
  const allNames = names.every((n) => looksLikeName(stripParens(n)));
  if (allNames && names.length >= 2 && (splitAtAnd || names.length >= 3)) return names;
  return [t];
}

function splitAtAndIfNames(part: string): string[] {
  const pieces = part.split(/\s+(?:og|and)\s+/u);
  if (pieces.length < 2) return [part];
  return pieces.every((p) => looksLikeName(stripParens(p))) ? pieces : [part];
}

/** Whether a line continues the entry above it rather than starting a new one. */
export function continuesEntry(previous: string, next: string): boolean {
  const p = previous.trimEnd();
  const n = next.trim();
  if (p === '' || n === '') return false;
  const open = (p.match(/\(/gu)?.length ?? 0) > (p.match(/\)/gu)?.length ?? 0);
  if (open) return true;
  if (/[,(/&-]$|\s(?:og|i|for|ved|av|fra|frå|til)$/iu.test(p)) return true;
  return /^[\p{Ll}(]/u.test(n);
}

/** Whether a line can be an attendance entry (a name first), so that other text ends the block. */
export function looksLikeEntry(text: string): boolean {
  const t = clean(text);
  if (t === '' || t.length > 400) return false;
  return splitEntries(t).every((e) => looksLikeName(stripParens(splitTopLevel(e, ',')[0] ?? '')));
}
