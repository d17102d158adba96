/**
 * Turning extracted text into numbered lines, and lines back into whitespace-normalised text.
 * Everything here is linear in the input; no regex with nested quantifiers runs on user text.
 */
import type { ImportWarning, SourceLine } from './types.ts';

/** Lines longer than this are cut: no real paper has them, and regexes stay cheap. */
export const MAX_LINE_CHARS = 10_000;

// Control characters, and the replacement character that binary junk decodes to.
const CONTROL = /\p{Cc}|\uFFFD/gu;
// PDF symbol-font bullets land in the private use area; readers expect a plain bullet.
const PDF_BULLETS = /[\uF0A7\uF0A8\uF0B7\uF0D8\uF0FC\uF076\uF06E]/g;

export type SplitResult = { lines: SourceLine[]; warnings: ImportWarning[]; controlChars: number };

/** Splits text into 1-based numbered lines, cleaning control characters and capping line length. */
export function splitLines(text: string, file: string): SplitResult {
  const warnings: ImportWarning[] = [];
  const lines: SourceLine[] = [];
  let controlChars = 0;
  let start = 0;
  let number = 1;
  const length = text.length;
  while (start <= length) {
    let end = start;
    while (end < length) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    let raw = text.slice(start, end);
    if (raw.length > MAX_LINE_CHARS) {
      warnings.push({
        file,
        message: `Linjen er svært lang (${raw.length} tegn); bare de første ${MAX_LINE_CHARS} tegnene er lest`,
        at: `linje ${number}`,
      });
      raw = raw.slice(0, MAX_LINE_CHARS);
    }
    const cleaned = raw.replace(CONTROL, (c) => {
      if (c !== '\t') controlChars++;
      return ' ';
    });
    lines.push({ text: cleaned.replace(PDF_BULLETS, '•'), line: number });
    if (end >= length) break;
    // \r\n counts as one break.
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    number++;
  }
  return { lines, warnings, controlChars };
}

export const isBlank = (text: string): boolean => !/\S/.test(text);

/** Whitespace runs (tabs, line breaks, no-break spaces) as one space, and the ends trimmed. */
export function collapseSpaces(text: string): string {
  // Only runs that need it are replaced: replacing every single space is slow on a 10 MB line.
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** Words that follow a suspended compound ("helse- og omsorg"), where the hyphen keeps its space. */
const SUSPENDED_COMPOUND_NEXT = new Set(['og', 'eller', 'samt', 'enn', 'til', 'and', 'or']);

/**
 * Joins text fragments with single spaces. A word broken over a line with a hyphen
 * ("HelseOmsorg21-" + "monitoren") is joined without the space, except in suspended
 * compounds ("helse-" + "og omsorg").
 */
export function joinText(parts: readonly string[]): string {
  // Pieces are collected and joined once: growing one string and looking at its end would
  // flatten it on every step and make long sections quadratic.
  const out: string[] = [];
  let previous = '';
  for (const part of parts) {
    const piece = collapseSpaces(part);
    if (piece === '') continue;
    const brokenWord =
      previous !== '' &&
      /[\p{L}\d]-$/u.test(previous.slice(-2)) &&
      /^\p{Ll}/u.test(piece) &&
      !SUSPENDED_COMPOUND_NEXT.has((piece.split(' ', 1)[0] ?? '').toLowerCase());
    if (out.length > 0 && !brokenWord) out.push(' ');
    out.push(piece);
    previous = piece;
  }
  return out.join('');
}

/** Joined text, or null when nothing is left. */
export function textOrNull(parts: readonly string[]): string | null {
  const joined = joinText(parts);
  return joined === '' ? null : joined;
}

export const warning = (file: string, message: string, line: number): ImportWarning => ({
  file,
  message,
  at: `linje ${line}`,
});
