import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

const person = { email: 'kari.nordmann@radsrom.no', name: 'Kari Nordmann' };

describe('the password rules for local accounts', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('blåbær-traktor-vindu', person)).toBeNull();
  });

  it('refuses a short password and says how long it must be', () => {
    expect(passwordProblem('kort-ord', person)).toContain('minst 12 tegn');
  });

  it('refuses a password longer than the ceiling', () => {
    expect(passwordProblem('a-b'.repeat(100), person)).toContain('høyst 200 tegn');
  });

  it.each([
    'passwordpassword',
    'qwertyuiop123',
    'Passord2026!!!',
    'iloveyou1234',
    'aaaaaaaaaaaaaa',
    'abababababababab',
  ])('refuses the common or trivial password %s', (password) => {
    expect(passwordProblem(password, person)).toBe(
      'Passordet er for vanlig og lett å gjette. Velg et annet.',
    );
  });

  it('refuses a password built from the name or the e-mail address', () => {
    expect(passwordProblem('nordmann-er-best', person)).toContain('navnet eller e-postadressen');
    expect(passwordProblem('KARI.NORDMANN.2026', person)).toContain('navnet eller e-postadressen');
  });
});
