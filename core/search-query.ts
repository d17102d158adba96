/**
 * The search box's small language: words (all must occur), "exact phrases" in quotes, and
 * -words or -"phrases" that must not occur. Everything else is ordinary text; nothing the
 * user types can fail to parse.
 */
export type SearchTerms = {
  words: string[];
  phrases: string[];
  excluded: string[];
};

/** More terms than this are ignored: no one means them, and each costs a lookup. */
export const MAX_TERMS = 12;

const TOKEN = /(-?)"([^"]*)"?|(\S+)/g;

export function parseSearchQuery(input: string): SearchTerms {
  const terms: SearchTerms = { words: [], phrases: [], excluded: [] };
  let count = 0;
  for (const match of input.matchAll(TOKEN)) {
    if (count >= MAX_TERMS) break;
    const [, minus, quoted, bare] = match;
    if (quoted !== undefined) {
      const phrase = clean(quoted);
      if (!phrase) continue;
      (minus ? terms.excluded : terms.phrases).push(phrase);
    } else if (bare !== undefined) {
      const negative = bare.startsWith('-') && bare.length > 1;
      const word = clean(negative ? bare.slice(1) : bare);
      if (!word) continue;
      (negative ? terms.excluded : terms.words).push(word);
    }
    count++;
  }
  return terms;
}

/** True when the query asks for something, not only for what to leave out. */
export function hasPositiveTerms(terms: SearchTerms): boolean {
  return terms.words.length + terms.phrases.length > 0;
}

/** Words long enough that a near miss is likely a typo or a name variant, not another word. */
export function isFuzzyCandidate(word: string): boolean {
  return word.length >= 5 && /^\p{L}+$/u.test(word);
}

function clean(text: string): string {
  // Punctuation at the edges is the sentence's, not the word's ("habilitet," or "(HOD)").
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
