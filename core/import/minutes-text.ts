/**
 * What the minutes readers share: lines as items, the length limit on structured lines,
 * normalising and quoting text, the minutes heading, page furniture, sentence boundaries, and
 * joining lines into text.
 */
import { classifyFurniture } from './page-furniture.ts';
import { collapseSpaces } from './source-text.ts';

/** Lines longer than this are kept as case text but never read as labels, names or dates. */
export const MAX_STRUCTURED_LINE = 2000;

export type Item = { text: string; line: number };

export const quote = (s: string) => `«${s.length > 60 ? `${s.slice(0, 57)}…` : s}»`;

export function normalise(raw: string): string {
  // PDF text carries no-break spaces, tabs and Symbol-font bullets (U+F0B7).
  return raw
    .replace(/[\u00a0\u2000-\u200b\u202f\t\f\v\r]/gu, ' ')
    .replace(/[\uf0b7\uf0a7\uf076]/gu, '•')
    .trim();
}

export const MEETING_NUMBER = /møte(?:t)?\s*(?:nr\.?\s*)?(\d{1,2})\s*\/\s*(\d{4}|\d{2})(?!\d)/iu;
// "Referat Møte 2/2021", "Utkast til referat fra møte …", "HelseOmsorg21-rådet, referat møte 2/2025".
const HEADING =
  /^(?:(?:utkast\s+(?:til\s+)?)?(?:referat|protokoll|møtereferat|møteprotokoll)(?![\p{L}])|[^,.:]{2,80}[,–—-]\s*(?:utkast\s+(?:til\s+)?)?(?:referat|protokoll)(?![\p{L}]))/iu;

export function isHeadingLine(text: string): boolean {
  return text.length <= 200 && HEADING.test(text);
}

export function isFurniture(text: string): boolean {
  return classifyFurniture(text) !== null;
}

// Only the end of a line is looked at: a 10 MB line must not be rescanned.
export const endsSentence = (text: string) => /[.!?…]["»”')\]]{0,3}$/u.test(text.slice(-8));
export const startsSentence = (text: string) => /^[\p{Lu}\d•«"–—-]/u.test(text);
export const startsLower = (text: string) => /^\p{Ll}/u.test(text);

/**
 * Join extracted lines into one whitespace-normalised text, mending words hyphenated at a line
 * end, or null when nothing is left. Unlike joinText in source-text.ts (case papers), it also
 * mends after a full stop ("ph.d.-" + "kandidater"), keeps "and"/"or" glued, and reads the
 * suspended-compound words with an ASCII word boundary; the seed minutes depend on the first.
 */
export function joinLines(lines: readonly string[]): string | null {
  let out = '';
  for (const raw of lines) {
    const line = collapseSpaces(raw);
    if (line === '') continue;
    if (out === '') out = line;
    else if (
      /[\p{L}\d.]-$/u.test(out.slice(-2)) &&
      /^\p{Ll}/u.test(line) &&
      !/^(?:og|eller|enn|samt|til)\b/u.test(line)
    ) {
      out += line; // "HelseOmsorg21-" + "monitor", "ph.d.-" + "kandidater"
    } else out += ` ${line}`;
  }
  return out === '' ? null : out;
}

export type Warn = (message: string, line: number) => void;
