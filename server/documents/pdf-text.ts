/**
 * pdf-lib's standard fonts (Helvetica) encode text as WinAnsi and throw on anything else. All
 * text for the PDF passes through `toWinAnsi` so an emoji or a Greek letter in a case paper
 * can never stop a meeting book from being built.
 */

/** The characters WinAnsi (Windows-1252) maps into 0x80–0x9F. */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Readable stand-ins for common characters outside WinAnsi. */
const FALLBACKS: Record<string, string> = {
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '–', // figure dash
  '\u2015': '—', // horizontal bar
  '\u2212': '-', // minus sign
  '\u2032': "'", // prime
  '\u2033': '"', // double prime
  '\u2190': '<-',
  '\u2192': '->',
  '\u2194': '<->',
  '\u21d2': '=>',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u221e': 'uendelig',
  '\u2713': 'v',
  '\u2714': 'v',
  '\u2717': 'x',
  '\u25cf': '•',
  '\u25aa': '•',
  '\u25e6': '•',
  '\u2023': '•',
  '\u2043': '-',
  '\u2116': 'Nr.',
  '\u2153': '1/3',
  '\u2154': '2/3',
  // Letters with a stroke have no Unicode decomposition to fall back on.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  '\u03b1': 'alfa',
  '\u03b2': 'beta',
  '\u03b3': 'gamma',
  '\u03b4': 'delta',
  '\u03bc': 'µ',
  '\u03a9': 'Omega',
  '\u0394': 'Delta',
};

const SPACE_LIKE = /[\t\u2000-\u200a\u202f\u205f\u3000]/;
/** Zero-width characters, line/paragraph separators, BOM and variation selectors (emoji style). */
function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff
  );
}

function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return WIN_ANSI_EXTRA.includes(ch);
}

const cache = new Map<string, string>();

function fallbackFor(ch: string): string {
  const known = FALLBACKS[ch];
  if (known !== undefined) return known;
  if (SPACE_LIKE.test(ch)) return ' ';
  const code = ch.codePointAt(0) ?? 0;
  if (isInvisible(code) || code < 0x20 || (code >= 0x7f && code < 0xa0)) return '';
  if (code >= 0x1f3fb && code <= 0x1f3ff) return ''; // skin-tone modifiers
  // Letters with diacritics outside Latin-1 ("ł", "č", "ő"): keep the base letter when it fits.
  const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (base && [...base].every(isWinAnsi)) return base;
  return '?';
}

/** Replaces every character Helvetica/WinAnsi cannot encode with a safe fallback. */
export function toWinAnsi(text: string): string {
  let safe = true;
  for (const ch of text) {
    if (!isWinAnsi(ch)) {
      safe = false;
      break;
    }
  }
  if (safe) return text;
  let out = '';
  // One "?" per unknown symbol: emoji sequences (joiners, skin tones) would otherwise give "???".
  let afterUnknown = false;
  for (const ch of text) {
    if (isWinAnsi(ch)) {
      out += ch;
      afterUnknown = false;
      continue;
    }
    let replacement = cache.get(ch);
    if (replacement === undefined) {
      replacement = fallbackFor(ch);
      cache.set(ch, replacement);
    }
    if (replacement === '?' && afterUnknown) continue;
    if (replacement !== '') afterUnknown = replacement === '?';
    out += replacement;
  }
  return out;
}
