import { describe, expect, it } from 'vitest';
import { casePaperTitle, classifyFurniture, stripPageFurniture } from './page-furniture.ts';
import type { SourceLine } from './types.ts';

const numbered = (text: string): SourceLine[] =>
  text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

describe('classifyFurniture', () => {
  it.each([
    ['3 ', 'page-number'],
    ['  12', 'page-number'],
    ['Side 3 av 12', 'page-number'],
    ['side 4', 'page-number'],
    ['Page 2 of 9', 'page-number'],
    ['- 4 -', 'page-number'],
    ['Sak 19/3/2021 · Side 2 av 4', 'page-number'],
    ['HO21 møte 3/2025  1', 'running-header'],
    ['HelseOmsorg21-rådet møte 3/2025', 'running-header'],
    ['HO21 · Møte 3/2021', 'running-header'],
    ['Sak 19/3/2021 Spørsmål om habilitet   HO21 · Møte 3/2021', 'running-header'],
    ['[Type møte X/20XX]  1', 'placeholder'],
    ['Saksframlegg Møte 3/2021', 'case-paper-title'],
    [' Saksfremlegg ', 'case-paper-title'],
    ['SAKSFRAMLEGG til møte 4/2023', 'case-paper-title'],
    ['https://www.regjeringen.no/no/dokumenter/meld.-st.-14-20242025/id3092418/', 'link'],
    ['www.helseomsorg21.no/arrangementer', 'link'],
  ])('%j is %s', (text, kind) => {
    expect(classifyFurniture(text)).toBe(kind);
  });

  it.each([
    'Referat Møte 2/2021',
    'HelseOmsorg21-rådet, referat møte 2/2025',
    'På møte 3/2020',
    'vedtatt på møte 1/2021',
    'møte 3/2021)',
    '2/2025',
    '24/2/25',
    'Sak 16/2/25',
    '[ ] deltar i arbeidsgruppen',
    'Saksframlegg er sendt ut til medlemmene',
    'Godkjenning av referat fra møte 2/2021',
    'Side om side med forskerne',
    'Se https://www.helseomsorg21.no for mer',
    '',
  ])('%j is content', (text) => {
    expect(classifyFurniture(text)).toBeNull();
  });

  it('reads the meeting of a case paper title', () => {
    expect(casePaperTitle('Saksframlegg Møte 3/2021')).toEqual({
      meeting: { number: 3, year: 2021 },
    });
    expect(casePaperTitle('Saksfremlegg')).toEqual({ meeting: null });
    expect(casePaperTitle('Saksframleggene')).toBeNull();
  });
});

describe('stripPageFurniture', () => {
  it('removes page numbers, running headers and link lists, keeping line numbers and blanks', () => {
    const { lines, removed } = stripPageFurniture(
      numbered(
        [
          'behov blir vektlagt. Tjenesten har',
          '',
          '3 ',
          '',
          'implementert i helsetjenesten.',
          'https://www.arendalsuka.no/programsoek/details/1',
          'https://www.arendalsuka.no/programsoek/details/2',
          'HO21 møte 3/2025  1 ',
          'Neste avsnitt.',
        ].join('\n'),
      ),
    );
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'behov blir vektlagt. Tjenesten har'],
      [2, ''],
      [4, ''],
      [5, 'implementert i helsetjenesten.'],
      [9, 'Neste avsnitt.'],
    ]);
    expect(removed.map((r) => [r.line, r.kind])).toEqual([
      [3, 'page-number'],
      [6, 'link'],
      [7, 'link'],
      [8, 'running-header'],
    ]);
  });

  it('takes "Saksframlegg" and "Møte 3/2021" on separate lines as one title', () => {
    const { lines, removed } = stripPageFurniture(
      numbered('Saksframlegg\n\nMøte 3/2021\nSak 19/3/2021\nMøte 4/2021 ble avlyst.'),
    );
    expect(removed).toEqual([
      { line: 1, text: 'Saksframlegg Møte 3/2021', kind: 'case-paper-title' },
    ]);
    expect(lines.map((l) => l.text)).toEqual(['', 'Sak 19/3/2021', 'Møte 4/2021 ble avlyst.']);
  });

  it('is quick on long lines and many short ones', () => {
    stripPageFurniture(numbered(`${'HO21 møte '.repeat(1000)}\n${'1\n'.repeat(200_000)}`));
    stripPageFurniture([{ text: `[${'x'.repeat(5_000_000)}`, line: 1 }]);
  });
});
