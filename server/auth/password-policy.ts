import { dictionary } from '@zxcvbn-ts/language-common';

/** NSM and NIST both favour long passphrases over composition rules. */
export const MIN_PASSWORD_LENGTH = 12;
/** Argon2 hashes whatever it is given: a ceiling keeps one request from costing seconds. */
export const MAX_PASSWORD_LENGTH = 200;

/**
 * zxcvbn's list of the ~49,000 most used passwords, with a few Norwegian ones it lacks.
 * Compared in lower case and with trailing digits and signs removed, so "Passord2026!" is caught.
 */
const COMMON = new Set([
  ...dictionary['passwords-common'],
  ...['passord', 'hemmelig', 'sommer', 'vinter', 'fotball', 'velkommen', 'norge', 'oslo'],
]);

const core = (password: string) => password.toLowerCase().replace(/[\d\W_]+$/u, '');

/** Why a new password will not do, in Norwegian, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  person: { email: string; name: string },
): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return `Passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn. Et par ord satt sammen er lett å huske.`;
  }
  if (length > MAX_PASSWORD_LENGTH) return `Passordet kan ha høyst ${MAX_PASSWORD_LENGTH} tegn.`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(core(password)) || new Set(lower).size < 4) {
    return 'Passordet er for vanlig og lett å gjette. Velg et annet.';
  }
  const own = [person.email.split('@')[0] ?? '', ...person.name.toLowerCase().split(/\s+/)];
  if (own.some((part) => part.length >= 4 && lower.includes(part.toLowerCase()))) {
    return 'Passordet kan ikke inneholde navnet eller e-postadressen din.';
  }
  return null;
}
