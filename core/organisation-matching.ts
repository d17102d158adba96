/**
 * Finds mentions of organisations (name and aliases) in case papers and attachment text, for
 * proposing conflicts of interest. Pure and token based: the text is tokenised once and each
 * word is looked up by its first term word, so the cost grows with the text, not with the
 * number of terms. Attachment text comes from PDFs, hence the care with line breaks and
 * hyphenation.
 */

export type OrganisationTerms = { organisationId: string; terms: readonly string[] };
export type TextSource = { id: string; label: string; text: string };
export type TermHit = {
  organisationId: string;
  /** The registered name or alias that matched. */
  term: string;
  sourceId: string;
  /** The text as it stood in the source, whitespace collapsed and line-end hyphenation undone. */
  matched: string;
  /** About 60 characters either side, whitespace collapsed, with "…" where cut. */
  snippet: string;
  /** How many times the organisation occurred in the source (any of its terms). */
  count: number;
};
export type OrganisationMatcher = { find(source: TextSource): TermHit[] };

const SNIPPET_CONTEXT = 60;
/** Words after "helse-\n" that make it Norwegian's "helse- og omsorg", not hyphenation. */
const COORDINATORS = new Set(['og', 'eller', 'samt']);

type Tokens = {
  text: string;
  /** Word tokens; a word hyphenated at a line end is one token without the hyphen. */
  words: string[];
  starts: number[];
  ends: number[];
};

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const ENDS_LOWER = /\p{Ll}$/u;
const ACRONYM = /^\p{Lu}{2,4}$/u;
const WHITESPACE = /\s+/g;

const isHyphen = (ch: string | undefined) => ch === '-' || ch === '\u2010' || ch === '\u2011';

function normalise(raw: string): string {
  const text = raw.normalize('NFC');
  // Soft hyphens are invisible break hints that PDFs leave inside words, also at line ends.
  return text.includes('\u00AD') ? text.replace(/\u00AD(?:[^\S\n]*\n\s*)?/g, '') : text;
}

/** "Kreftfor-\neningen": a lower-case letter, a hyphen, a line break, a lower-case word. */
function isLineEndHyphenation(sep: string, before: string, after: string): boolean {
  if (!isHyphen(sep[0]) || !sep.includes('\n') || sep.slice(1).trim() !== '') return false;
  // An upper-case letter before the hyphen is an acronym compound ("LMI-\nrapporten").
  return (
    ENDS_LOWER.test(before) && STARTS_LOWER.test(after) && !COORDINATORS.has(after.toLowerCase())
  );
}

function tokenise(raw: string): Tokens {
  const text = normalise(raw);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // exec on the shared regex rather than matchAll, which clones it per call; tokenise is synchronous.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    const start = m.index;
    const last = words.length - 1;
    if (last >= 0 && isHyphen(text[ends[last] as number])) {
      const prev = words[last] as string;
      if (isLineEndHyphenation(text.slice(ends[last], start), prev, word)) {
        words[last] = prev + word;
        ends[last] = start + word.length;
        continue;
      }
    }
    words.push(word);
    starts.push(start);
    ends.push(start + word.length);
  }
  return { text, words, starts, ends };
}

/** Number of word tokens: the tokeniser alone, as the benchmark's baseline. */
export function tokenCount(text: string): number {
  return tokenise(text).words.length;
}

type Separator = { marks: string; spaced: boolean };

const SINGLE_SPACE: Separator = { marks: '', spaced: true };

function separator(sep: string): Separator {
  if (sep === ' ') return SINGLE_SPACE;
  return {
    marks: sep.replace(WHITESPACE, '').replace(/[\u2010\u2011]/g, '-'),
    spaced: /\s/.test(sep),
  };
}

type CompiledTerm = {
  org: number;
  /** As registered, for the hit. */
  term: string;
  /** Normalised and case-folded unless case-sensitive, to drop duplicate terms. */
  key: string;
  words: string[];
  lowers: string[];
  /** Separators between the words; a spaced one needs whitespace of any kind in the text. */
  seps: Separator[];
  caseSensitive: boolean;
};

function compileTerm(org: number, raw: string): CompiledTerm | null {
  const term = normalise(raw).trim().replace(WHITESPACE, ' ');
  if (term.length < 2) return null;
  const tokens = tokenise(term);
  const words = tokens.words;
  if (words.join('').length < 2) return null; // "A." is one character too
  const caseSensitive = words.length === 1 && ACRONYM.test(words[0] as string);
  const seps: Separator[] = [];
  for (let k = 1; k < words.length; k++) {
    seps.push(separator(term.slice(tokens.ends[k - 1], tokens.starts[k])));
  }
  return {
    org,
    term: raw,
    key: caseSensitive ? term : term.toLowerCase(),
    words,
    lowers: words.map((w) => w.toLowerCase()),
    seps,
    // Short acronyms ("KS", "HOD") would otherwise hit ordinary words.
    caseSensitive,
  };
}

function wordEquals(
  term: CompiledTerm,
  k: number,
  word: string,
  lower: string,
  genitive: boolean,
): boolean {
  if (term.caseSensitive) {
    const expected = term.words[k] as string;
    return word === expected || (genitive && word === `${expected}s`);
  }
  const expected = term.lowers[k] as string;
  return lower === expected || (genitive && lower === `${expected}s`);
}

/** The index of the last text token of a match of `term` starting at token `i`, or -1. */
function matchAt(term: CompiledTerm, tokens: Tokens, lowers: string[], i: number): number {
  const { words, starts, ends, text } = tokens;
  const n = term.words.length;
  if (i + n > words.length) return -1;
  // Words first: comparing them is cheaper than reading the separators.
  for (let k = 0; k < n; k++) {
    const t = i + k;
    if (!wordEquals(term, k, words[t] as string, lowers[t] as string, k === n - 1)) return -1;
  }
  for (let k = 1; k < n; k++) {
    const want = term.seps[k - 1] as Separator;
    const got = separator(text.slice(ends[i + k - 1], starts[i + k]));
    if (got.marks !== want.marks || (want.spaced && !got.spaced)) return -1;
  }
  let j = i + n - 1;
  const next = j + 1;
  if (next < words.length) {
    const sep = text.slice(ends[j], starts[next]);
    const nextWord = words[next] as string;
    if ((sep === "'" || sep === '’') && nextWord === 's') {
      j = next; // "LMI's"
    } else if (isHyphen(sep[0]) && separator(sep).marks === '-' && STARTS_UPPER.test(nextWord)) {
      return -1; // "Helse Sør-Øst" is not "Helse Sør"
    }
  }
  return j;
}

function collapse(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

/** The matched words as they stood, with separators collapsed and hyphenation undone. */
function matchedText(tokens: Tokens, i: number, j: number): string {
  let out = tokens.words[i] as string;
  for (let t = i + 1; t <= j; t++) {
    out += tokens.text.slice(tokens.ends[t - 1], tokens.starts[t]).replace(WHITESPACE, ' ');
    out += tokens.words[t] as string;
  }
  return out;
}

const HYPHENATION_IN_TEXT =
  /(\p{Ll})[-\u2010\u2011][^\S\n]*\n\s*(?!(?:og|eller|samt)(?![\p{L}\p{N}]))(?=\p{Ll})/gu;

function snippetAround(text: string, start: number, end: number): string {
  let from = Math.max(0, start - SNIPPET_CONTEXT);
  let to = Math.min(text.length, end + SNIPPET_CONTEXT);
  // Cut at whitespace so the snippet does not begin or end mid-word.
  if (from > 0) {
    const space = text.slice(from, start).search(/\s/);
    if (space >= 0) from += space;
  }
  if (to < text.length) {
    const tail = text.slice(end, to);
    const lastSpace = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (lastSpace >= 0) to = end + lastSpace;
  }
  const inner = collapse(text.slice(from, to).replace(HYPHENATION_IN_TEXT, '$1'));
  return `${from > 0 ? '…' : ''}${inner}${to < text.length ? '…' : ''}`;
}

export function buildOrganisationMatcher(
  organisations: readonly OrganisationTerms[],
): OrganisationMatcher {
  const orgIds: string[] = [];
  const orgIndex = new Map<string, number>();
  // Keyed by the lower-cased first word; single-word terms also serve genitive lookups.
  const byFirst = new Map<string, CompiledTerm[]>();
  const seen = new Set<string>();
  for (const { organisationId, terms } of organisations) {
    let org = orgIndex.get(organisationId);
    if (org === undefined) {
      org = orgIds.length;
      orgIds.push(organisationId);
      orgIndex.set(organisationId, org);
    }
    for (const raw of terms) {
      const compiled = compileTerm(org, raw);
      if (!compiled) continue;
      const key = `${org}\u0000${compiled.key}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const first = compiled.lowers[0] as string;
      const bucket = byFirst.get(first);
      if (bucket) bucket.push(compiled);
      else byFirst.set(first, [compiled]);
    }
  }
  // Longest first, so that "Helse Vest RHF" wins over "Helse Vest" at the same place.
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.words.length - a.words.length);

  function find(source: TextSource): TermHit[] {
    if (byFirst.size === 0 || source.text.trim() === '') return [];
    const tokens = tokenise(source.text);
    const { words, starts, ends, text } = tokens;
    const lowers = words.map((w) => w.toLowerCase());
    const found = new Map<number, { hit: TermHit; lastToken: number }>();

    const consider = (term: CompiledTerm, i: number) => {
      const state = found.get(term.org);
      if (state && state.lastToken >= i) return; // same place or overlapping an earlier match
      const j = matchAt(term, tokens, lowers, i);
      if (j < 0) return;
      if (state) {
        state.hit.count++;
        state.lastToken = j;
        return;
      }
      found.set(term.org, {
        lastToken: j,
        hit: {
          organisationId: orgIds[term.org] as string,
          term: term.term,
          sourceId: source.id,
          matched: matchedText(tokens, i, j),
          snippet: snippetAround(text, starts[i] as number, ends[j] as number),
          count: 1,
        },
      });
    };

    for (let i = 0; i < words.length; i++) {
      const lower = lowers[i] as string;
      const exact = byFirst.get(lower);
      if (exact) for (const term of exact) consider(term, i);
      if (lower.length > 2 && lower.endsWith('s')) {
        const stem = byFirst.get(lower.slice(0, -1));
        if (stem) for (const term of stem) if (term.words.length === 1) consider(term, i);
      }
    }
    return [...found.values()].map((s) => s.hit);
  }

  return { find };
}
