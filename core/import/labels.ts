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

/** Order of the sections in a case paper; a label at or before the last one seen starts anew. */
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
  // Longest first, so "Hvorfor saken fremmes til dette møtet" wins over "Hvorfor saken fremmes".
  return out.sort((a, b) => b.words.length - a.words.length);
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

const firstWordCache = new WeakMap<readonly Label<string>[], Set<string>>();

function firstWordsOf(labels: readonly Label<string>[]): Set<string> {
  let words = firstWordCache.get(labels);
  if (!words) {
    words = new Set(labels.map((l) => l.words[0] ?? ''));
    firstWordCache.set(labels, words);
  }
  return words;
}

/** The first word of a text, lowercased, without a trailing colon or full stop. */
function firstWord(text: string): string {
  const m = /^\s{0,200}(\S{1,40})/.exec(text.length > 240 ? text.slice(0, 240) : text);
  return m ? (m[1] ?? '').toLowerCase().replace(/[:.]+$/, '') : '';
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

/** A label at the start of line i, possibly continued over the next non-blank lines. */
export function matchLabel<K extends string>(
  lines: readonly SourceLine[],
  i: number,
  labels: readonly Label<K>[],
  options: MatchOptions = {},
): LabelMatch<K> | null {
  const first = lines[i];
  if (!first) return null;
  // Most lines start with no label word at all: decide that before tokenising.
  if (!firstWordsOf(labels).has(firstWord(first.text))) return null;
  const firstTokens = tokens(first.text);
  // Labels share their first words; each following line is tokenised once per call.
  const cache = new Map<number, Token[]>();
  if (firstTokens.length === 0) return null;
  const maxLines = options.maxLines ?? 6;
  for (const label of labels) {
    if (firstTokens[0]?.word !== label.words[0]) continue;
    const found = tryLabel(lines, i, firstTokens, label, maxLines, options, cache);
    if (found) return found;
  }
  return null;
}

function tryLabel<K extends string>(
  lines: readonly SourceLine[],
  i: number,
  firstTokens: Token[],
  label: Label<K>,
  maxLines: number,
  options: MatchOptions,
  cache: Map<number, Token[]>,
): LabelMatch<K> | null {
  let lineIndex = i;
  let toks = firstTokens;
  let t = 0;
  let lastColon = false;
  for (const word of label.words) {
    if (t >= toks.length) {
      // The label goes on: continue on the next non-blank line, if the current one is used up.
      let next = lineIndex + 1;
      while (next < lines.length && next - i <= maxLines && (lines[next]?.text.trim() ?? '') === '')
        next++;
      if (next >= lines.length || next - i > maxLines) return null;
      lineIndex = next;
      let cached = cache.get(next);
      if (!cached) {
        cached = tokens(lines[next]?.text ?? '');
        cache.set(next, cached);
      }
      toks = cached;
      t = 0;
    }
    const tok = toks[t];
    if (!tok || tok.word !== word) return null;
    // A colon inside a label ("Til: Fra") ends it early: only the last word may carry one.
    lastColon = tok.colon;
    t++;
  }
  const line = lines[lineIndex]?.text ?? '';
  const end = t > 0 ? (toks[t - 1]?.end ?? 0) : 0;
  const rest = line.slice(end).replace(/^[\s:–-]+/, '');
  const restTrim = rest.trim();
  if (label.notFollowedBy && restTrim !== '') {
    const nextWord = restTrim.split(/\s/, 1)[0]?.toLowerCase() ?? '';
    if (label.notFollowedBy.includes(nextWord)) return null;
  }
  if (restTrim !== '' && !lastColon && !options.allowLowercaseRest && /^\p{Ll}/u.test(restTrim)) {
    return null;
  }
  return { key: label.key, endIndex: lineIndex, rest: restTrim, alone: restTrim === '' };
}
