/**
 * Norwegian number formatting, written out by hand so the server's SVG, the browser's chart and
 * the table show the very same characters (Intl's nb-NO output differs between Node and
 * Chromium builds: some use U+202F, some U+00A0, some a hyphen for minus).
 */

/** Thousands separator: a no-break space, so "4 213" never wraps between its digits. */
export const THOUSANDS_SEPARATOR = '\u00A0';
export const DECIMAL_SEPARATOR = ',';
/** The typographic minus, as Norwegian statistics print it. */
export const MINUS_SIGN = '\u2212';
/** What a missing cell shows when the dataset gives no status symbol. */
export const MISSING_SYMBOL = '..';

const MAX_DECIMALS = 10;

/**
 * "4 213,5" for 4213.5 with one decimal; a missing value shows its status symbol ("..", ".",
 * ":") or "..". Rounded half away from zero, as toFixed does for the values statistics hold.
 */
export function formatNumber(
  value: number | null,
  decimals: number,
  status?: string | null,
): string {
  if (value === null || !Number.isFinite(value)) return status || MISSING_SYMBOL;
  const places = Math.min(MAX_DECIMALS, Math.max(0, Math.trunc(decimals) || 0));
  const fixed = Math.abs(value).toFixed(places);
  const [integer = '0', fraction] = fixed.split('.');
  const grouped = groupThousands(integer);
  const text = fraction ? `${grouped}${DECIMAL_SEPARATOR}${fraction}` : grouped;
  // -0,04 rounded to one decimal is "0,0", not "−0,0".
  const isZero = !/[1-9]/.test(fixed);
  return value < 0 && !isZero ? `${MINUS_SIGN}${text}` : text;
}

function groupThousands(digits: string): string {
  // toFixed writes numbers from 1e21 in exponent form; leave those as they are.
  if (!/^\d+$/.test(digits) || digits.length <= 3) return digits;
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3)
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(THOUSANDS_SEPARATOR);
}

/**
 * A number with its unit: "12,5 %" and "4 213 mill. kr" (a no-break space before the unit, as
 * Norwegian writes percent too). A missing value shows its status symbol alone, without unit.
 */
export function formatUnit(
  value: number | null,
  decimals: number,
  unit: string,
  status?: string | null,
): string {
  const number = formatNumber(value, decimals, status);
  if (value === null || !Number.isFinite(value)) return number;
  const trimmed = unit.trim();
  return trimmed ? `${number}${THOUSANDS_SEPARATOR}${trimmed}` : number;
}

/**
 * The fewest decimals (at most `max`) that show `value` exactly, for axis ticks: a tick at 2000
 * reads "2 000", not "2 000,0", while one at 0.5 keeps its decimal.
 */
export function decimalsNeeded(value: number, max: number): number {
  for (let places = 0; places < max; places++) {
    if (Math.abs(Number(value.toFixed(places)) - value) < 1e-9 * Math.max(1, Math.abs(value))) {
      return places;
    }
  }
  return Math.max(0, max);
}
