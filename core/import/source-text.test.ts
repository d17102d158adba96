import { describe, expect, it } from 'vitest';
import { joinText, MAX_LINE_CHARS, splitLines, textOrNull } from './source-text.ts';

describe('splitLines', () => {
  it('numbers lines from 1 across \\n, \\r\\n and \\r', () => {
    const { lines } = splitLines('a\r\nb\rc\n\nd', 'f.txt');
    expect(lines).toEqual([
      { text: 'a', line: 1 },
      { text: 'b', line: 2 },
      { text: 'c', line: 3 },
      { text: '', line: 4 },
      { text: 'd', line: 5 },
    ]);
  });

  it('turns control characters into spaces, counts them, and maps PDF symbol bullets to "•"', () => {
    const { lines, controlChars } = splitLines('A\u0000B\tC\n\uF0B7 punkt', 'f.txt');
    expect(lines.map((l) => l.text)).toEqual(['A B C', '• punkt']);
    expect(controlChars).toBe(1);
  });

  it('cuts a line that is too long and says so', () => {
    const { lines, warnings } = splitLines(`kort\n${'x'.repeat(MAX_LINE_CHARS + 5)}`, 'f.txt');
    expect(lines[1]?.text).toHaveLength(MAX_LINE_CHARS);
    expect(warnings).toEqual([
      {
        file: 'f.txt',
        message: `Linjen er svært lang (${MAX_LINE_CHARS + 5} tegn); bare de første ${MAX_LINE_CHARS} tegnene er lest`,
        at: 'linje 2',
      },
    ]);
  });
});

describe('joinText', () => {
  it('joins with single spaces', () => {
    expect(joinText(['  Rådet   bes ', '', ' om å  vurdere ', '\t'])).toBe(
      'Rådet bes om å vurdere',
    );
    expect(textOrNull(['', '  '])).toBeNull();
  });

  it('mends a word broken with a hyphen, but keeps suspended compounds apart', () => {
    expect(joinText(['videreutviklingen av HelseOmsorg21-', 'monitoren.'])).toBe(
      'videreutviklingen av HelseOmsorg21-monitoren.',
    );
    expect(joinText(['Direktoratet for e-', 'helse'])).toBe('Direktoratet for e-helse');
    expect(joinText(['den kommunale helse-', 'og omsorgstjenesten'])).toBe(
      'den kommunale helse- og omsorgstjenesten',
    );
    expect(joinText(['2020 -', 'utkast'])).toBe('2020 - utkast');
    expect(joinText(['Helse-', 'Nord'])).toBe('Helse- Nord');
  });

  it('stays linear on long texts', () => {
    const parts = Array.from({ length: 50_000 }, (_, i) => `linje ${i} med tekst-`);
    joinText(parts);
  });
});
