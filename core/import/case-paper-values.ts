/**
 * Values of case paper header fields that are lists: names ("Saksbehandler") and previously
 * handled cases ("Tidligere behandlet"), split and normalised.
 */
import { canonicalCaseNumber, findCaseNumbers, parseBareCaseNumber } from './case-numbers.ts';
import { joinText } from './source-text.ts';

export function splitNames(value: string): string[] {
  return value
    .split(/\s*(?:,|;|\/|&|\s+og\s+|\s+and\s+)\s*/i)
    .map((n) =>
      n
        .replace(/\s+/g, ' ')
        .replace(/[.;,]+$/, '')
        .trim(),
    )
    .filter((n) => n !== '' && !/^[-–—]$/.test(n) && !/^(?:ingen|n\/a)$/i.test(n));
}

/** Splits on commas, semicolons and "og" outside parentheses. */
function splitTopLevel(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? '';
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (c === ',' || c === ';')) {
      out.push(current);
      current = '';
      continue;
    }
    // "og" separates items ("sak 3/1/2021 og sak 4/1/2021", "15/2/2021 og rådsmøtet i mars"),
    // but not inside a case's title ("9/2/2025 Brukermedvirkning i forskning og innovasjon").
    if (
      depth === 0 &&
      c === ' ' &&
      value.slice(i, i + 4).toLowerCase() === ' og ' &&
      (/^\s*(?:sak\b|\d)/i.test(value.slice(i + 4, i + 20)) || !/\d.*\s\p{L}/u.test(current))
    ) {
      out.push(current);
      current = '';
      i += 3;
      continue;
    }
    current += c;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** "Sak 29/3/2020, Sak 42/20 (møte 4/2020), 15/2/2021" → canonical numbers; other text kept. */
export function parsePreviouslyHandled(value: string): string[] {
  const out: string[] = [];
  for (const item of splitTopLevel(value)) {
    if (/^(?:ingen|nei|-|–)\.?$/i.test(item)) continue;
    // An item may start with a bare number and name another with "Sak" on its next line.
    const bare = parseBareCaseNumber(item);
    const found = findCaseNumbers(item).filter((n) => !bare || n.index >= bare.end);
    const numbers = bare ? [bare, ...found] : found;
    if (numbers.length > 0) {
      for (const n of numbers) out.push(canonicalCaseNumber(n));
    } else out.push(joinText([item]));
  }
  return [...new Set(out)];
}
