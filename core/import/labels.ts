/**
 * The labels of a case paper, as tables of accepted spellings (bokmål and nynorsk), and a matcher
 * that finds a label at the start of a line even when PDF extraction split it over lines
 * ("Hvorfor saken" / "fremmes til dette" / "møtet") or put the text on the same line.
 */
import type { CaseType } from '../case-types.ts';
import type { SourceLine } from './types.ts';

export type Label<K extends string> = {
  key: K;
  words: readonly string[];
  /** Words that, right after the label, mean it is not this label ("Til stede" is not "Til"). */
  notFollowedBy?: readonly string[];
};

export type HeaderKey = 'type' | 'to' | 'from' | 'officers' | 'attachments' | 'previous';
export type SectionKey = 'background' | 'reason' | 'mainPoints' | 'proposedDecision';

/**
 * Order of the sections in a case paper. After "Forslag til vedtak", a section label starts the
 * next paper; an earlier label inside a later section is a sub-heading.
 */
export const SECTION_RANK: Record<SectionKey, number> = {
  background: 0,
  reason: 1,
  mainPoints: 2,
  proposedDecision: 3,
};

function table<K extends string>(
  spec: Record<K, readonly string[]>,
  notFollowedBy: Partial<Record<K, readonly string[]>> = {},
): Label<K>[] {
  const out: Label<K>[] = [];
  for (const key of Object.keys(spec) as K[]) {
    for (const spelling of spec[key]) {
      out.push({ key, words: spelling.split(' '), notFollowedBy: notFollowedBy[key] });
    }
  }
  return out;
}

export const HEADER_LABELS = table<HeaderKey>(
  {
    type: ['type sak', 'sakstype', 'saktype', 'type saker'],
    to: ['til'],
    from: ['fra', 'frå', 'avsender'],
    officers: [
      'saksbehandler',
      'saksbehandlere',
      'saksbehandler(e)',
      'saksbehandlar',
      'saksbehandlarar',
      'sakshandsamar',
      'sakshandsamarar',
      'saksansvarlig',
      'saksansvarleg',
    ],
    attachments: ['vedlegg', 'vedlagt'],
    previous: [
      'tidligere behandlet',
      'tidligere behandling',
      'tidligere behandlet i',
      'tidligere behandlinger',
      'tidlegare behandla',
      'tidlegare behandling',
      'tidlegare handsama',
      'tidlegare handsaming',
      'behandlet tidligere',
    ],
  },
  { to: ['stede', 'stades', 'orientering', 'vedtak', 'diskusjon'] },
);

const REASON_HEADS = [
  'hvorfor saken fremmes',
  'hvorfor saken legges frem',
  'hvorfor saken legges fram',
  'hvorfor saken tas opp',
  'hvorfor saken kommer opp',
  'kvifor saka blir lagd fram',
  'kvifor saka vert lagd fram',
  'kvifor saka blir lagt fram',
  'kvifor saka blir fremja',
  'kvifor saka vert fremja',
  'kvifor saka blir fremma',
  'kvifor saka kjem opp',
  'kvifor saka blir teken opp',
];
const REASON_TAILS = [
  '',
  ' til dette møtet',
  ' til dette møte',
  ' til møtet',
  ' på dette møtet',
  ' i dette møtet',
  ' til dette møtet nå',
  ' nå',
  ' no',
];

export const SECTION_LABELS = table<SectionKey>({
  background: [
    'bakgrunn',
    'bakgrunn for saken',
    'bakgrunn for saka',
    'bakgrunn og saksopplysninger',
    'saksopplysninger',
    'saksopplysningar',
  ],
  reason: REASON_HEADS.flatMap((head) => REASON_TAILS.map((tail) => head + tail)),
  mainPoints: [
    'hovedpunkter',
    'hovedpunkt',
    'hovudpunkt',
    'hovudpunkter',
    'hovudpunkta',
    'hovedpunktene',
    'vurdering',
    'vurderinger',
    'sekretariatets vurdering',
    'sekretariatet si vurdering',
  ],
  proposedDecision: [
    'forslag til vedtak',
    'framlegg til vedtak',
    'fremlegg til vedtak',
    'forslag til beslutning',
    'framlegg til avgjerd',
    'sekretariatets forslag til vedtak',
    'sekretariatet sitt forslag til vedtak',
    'innstilling',
    'forslag til innstilling',
    'tilråding',
    'tilrådning',
  ],
});

/** Words of "Type sak", each a type on its own ("Orienteringssak/Diskusjonssak/Vedtakssak"). */
export const CASE_TYPE_WORDS: Record<string, CaseType> = {
  vedtakssak: 'decision',
  vedtaksak: 'decision',
  vedtak: 'decision',
  beslutningssak: 'decision',
  beslutning: 'decision',
  avgjerdssak: 'decision',
  orienteringssak: 'information',
  orienteringsak: 'information',
  orientering: 'information',
  informasjonssak: 'information',
  informasjon: 'information',
  diskusjonssak: 'discussion',
  diskusjonsak: 'discussion',
  diskusjon: 'discussion',
  drøftingssak: 'discussion',
  drøftingsak: 'discussion',
  drøfting: 'discussion',
  temasak: 'discussion',
};

/** Splits a "Type sak" value into known types and unknown words. */
export function parseCaseTypes(value: string): { types: CaseType[]; unknown: string[] } {
  const types: CaseType[] = [];
  const unknown: string[] = [];
  for (const raw of value.split(/[/,;+&]|\s+og\s+|\s+eller\s+/i)) {
    const word = raw
      .trim()
      .toLowerCase()
      .replace(/[.:]+$/, '');
    // "–" is how an empty field is printed.
    if (word === '' || /^[-–—]+$/.test(word)) continue;
    const type = CASE_TYPE_WORDS[word.replace(/\s+/g, '')];
    if (type) {
      if (!types.includes(type)) types.push(type);
    } else unknown.push(raw.trim());
  }
  return { types, unknown };
}

type Token = { word: string; end: number; colon: boolean };

const MAX_TOKENS = 14;

/** The first words of a line, lowercased, with where each ends in the text. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m !== null && out.length < MAX_TOKENS; m = re.exec(text)) {
    const raw = m[0];
    const colon = /[:]$/.test(raw);
    out.push({
      word: raw.toLowerCase().replace(/[:.]+$/, ''),
      end: m.index + raw.length,
      colon,
    });
  }
  return out;
}

type Trie<K extends string> = { next: Map<string, Trie<K>>; ends: Label<K>[] };

const trieCache = new WeakMap<readonly Label<string>[], Trie<string>>();

/** The labels as a tree of words, so a line is walked once whatever the number of labels. */
function trieOf<K extends string>(labels: readonly Label<K>[]): Trie<K> {
  const cached = trieCache.get(labels);
  if (cached) return cached as Trie<K>;
  const root: Trie<K> = { next: new Map(), ends: [] };
  for (const label of labels) {
    let node = root;
    for (const word of label.words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), ends: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    node.ends.push(label);
  }
  trieCache.set(labels, root as Trie<string>);
  return root;
}

/** The first word of a text, lowercased, without a trailing colon or full stop. */
function firstWord(text: string): string {
  let start = 0;
  while (start < text.length && start < 200 && text.charCodeAt(start) <= 32) start++;
  let end = start;
  while (end < text.length && end - start < 40 && text.charCodeAt(end) > 32) end++;
  const word = text.slice(start, end).toLowerCase();
  const last = word.charCodeAt(word.length - 1);
  // A trailing ":" or "." (58, 46) is not part of the word.
  return last === 58 || last === 46 ? word.replace(/[:.]+$/, '') : word;
}

export type LabelMatch<K extends string> = {
  key: K;
  /** Index (in the given lines) of the line where the label ends. */
  endIndex: number;
  /** Text after the label on that line. */
  rest: string;
  /** The label stood alone on its line (or lines). */
  alone: boolean;
};

export type MatchOptions = {
  /** Accept a label followed by a lowercase word ("Tidligere behandlet i sak 7/1/2021"). */
  allowLowercaseRest?: boolean;
  /** How many lines ahead a split label may continue. */
  maxLines?: number;
};

type Candidate<K extends string> = {
  labels: Label<K>[];
  lineIndex: number;
  end: number;
  colon: boolean;
};

/**
 * A label at the start of line i, possibly continued over the next non-blank lines. The longest
 * label wins; a label with text after it on the same line counts only when that text does not
 * read as the rest of a sentence (a lowercase word), unless the label ends in a colon.
 */
export function matchLabel<K extends string>(
  lines: readonly SourceLine[],
  i: number,
  labels: readonly Label<K>[],
  options: MatchOptions = {},
): LabelMatch<K> | null {
  const first = lines[i];
  if (!first) return null;
  const root = trieOf(labels);
  // Most lines start with no label word at all: decide that before tokenising.
  const lead = firstWord(first.text);
  const numbered = /^(?:\d{1,2}|[a-h])\)?$/.test(lead);
  if (!numbered && !root.next.has(lead)) return null;
  const maxLines = options.maxLines ?? 6;
  const candidates: Candidate<K>[] = [];
  let node: Trie<K> | undefined = root;
  let lineIndex = i;
  let toks = tokens(first.text);
  let t = 0;
  // A numbered label ("2. Hvorfor saken fremmes", "b) Bakgrunn") is the same label.
  if (numbered) {
    if (
      toks.length < 2 ||
      !/^(?:\d{1,2}|[a-h])[.)]$/i.test(first.text.trim().split(/\s/, 1)[0] ?? '')
    )
      return null;
    t = 1;
  }
  while (node) {
    if (t >= toks.length) {
      // The line is used up: a label may go on on the next non-blank line.
      let next = lineIndex + 1;
      while (next < lines.length && next - i <= maxLines && (lines[next]?.text.trim() ?? '') === '')
        next++;
      if (next >= lines.length || next - i > maxLines || node.next.size === 0) break;
      lineIndex = next;
      toks = tokens(lines[next]?.text ?? '');
      t = 0;
      if (toks.length === 0) break;
    }
    const tok: Token | undefined = toks[t];
    if (!tok) break;
    node = node.next.get(tok.word);
    t++;
    if (node && node.ends.length > 0) {
      candidates.push({ labels: node.ends, lineIndex, end: tok.end, colon: tok.colon });
    }
    // A colon ends a label: nothing longer may run past it.
    if (tok.colon) break;
  }
  for (let c = candidates.length - 1; c >= 0; c--) {
    const cand = candidates[c] as Candidate<K>;
    const line = lines[cand.lineIndex]?.text ?? '';
    const rest = line
      .slice(cand.end)
      .replace(/^[\s:–-]+/, '')
      .trim();
    if (rest !== '' && !cand.colon && !options.allowLowercaseRest && /^\p{Ll}/u.test(rest))
      continue;
    const nextWord = rest === '' ? '' : (rest.split(/\s/, 1)[0]?.toLowerCase() ?? '');
    const label = cand.labels.find((l) => !(nextWord && l.notFollowedBy?.includes(nextWord)));
    if (!label) continue;
    return { key: label.key, endIndex: cand.lineIndex, rest, alone: rest === '' };
  }
  return null;
}
