import { describe, expect, it } from 'vitest';
import { minSimilarity } from './expand-terms.ts';
import { markedText, withEllipses } from './presenter.ts';

describe('snippets', () => {
  it('marks the found words as pieces, never as markup', () => {
    expect(markedText('om ⟦kliniske⟧ ⟦studier⟧ og <b>')).toEqual([
      { text: 'om ', marked: false },
      { text: 'kliniske', marked: true },
      { text: ' ', marked: false },
      { text: 'studier', marked: true },
      { text: ' og <b>', marked: false },
    ]);
  });

  it('shows where a snippet was cut from a longer text', () => {
    const text = 'Rådet drøftet saken. Kliniske studier i kommunene er viktige for pasientene.';
    const head = text.slice(0, 40);
    const tail = text.slice(-40);
    expect(withEllipses('⟦Kliniske⟧ studier i kommunene', head, tail)).toBe(
      '… ⟦Kliniske⟧ studier i kommunene …',
    );
    // ts_headline leaves out the closing full stop; the snippet still ends where the text does.
    expect(
      withEllipses(
        'Rådet drøftet saken. ⟦Kliniske⟧ studier i kommunene er viktige for pasientene',
        head,
        tail,
      ),
    ).toBe('Rådet drøftet saken. ⟦Kliniske⟧ studier i kommunene er viktige for pasientene');
  });
});

describe('near spellings', () => {
  it('asks long words to be more alike, so compounds do not pass as typos', () => {
    expect(minSimilarity('habiltet')).toBe(0.55);
    // "oirenteringene" is 0.58 like "orienteringene"; "…avtale" is 0.62 like "…arena".
    expect(minSimilarity('oirenteringene')).toBeLessThan(0.58);
    expect(minSimilarity('beredskapskommuneavtale')).toBeGreaterThan(0.62);
  });
});
