import { describe, expect, it } from 'vitest';
import { hasPositiveTerms, isFuzzyCandidate, MAX_TERMS, parseSearchQuery } from './search-query.ts';

describe('parseSearchQuery', () => {
  it('reads words, "phrases" and -exclusions', () => {
    expect(parseSearchQuery('habilitet "kliniske studier" -bærekraft -"psykisk helse"')).toEqual({
      words: ['habilitet'],
      phrases: ['kliniske studier'],
      excluded: ['bærekraft', 'psykisk helse'],
    });
  });

  it('takes punctuation at the edges as the sentence’s, and keeps case numbers whole', () => {
    expect(parseSearchQuery('(HOD), habilitet. 21/3/2021').words).toEqual([
      'HOD',
      'habilitet',
      '21/3/2021',
    ]);
  });

  it('reads an unclosed quote as a phrase to the end, and ignores empty pieces', () => {
    expect(parseSearchQuery('"nasjonal  strategi')).toEqual({
      words: [],
      phrases: ['nasjonal strategi'],
      excluded: [],
    });
    const empty = parseSearchQuery(' "" - -"" ... ');
    expect(empty).toEqual({ words: [], phrases: [], excluded: [] });
    expect(hasPositiveTerms(empty)).toBe(false);
    expect(hasPositiveTerms(parseSearchQuery('-bare -utelatt'))).toBe(false);
  });

  it('keeps a hyphen inside a word and reads a lone minus as nothing', () => {
    expect(parseSearchQuery('e-helse - helse-')).toEqual({
      words: ['e-helse', 'helse'],
      phrases: [],
      excluded: [],
    });
  });

  it(`reads at most ${MAX_TERMS} terms`, () => {
    const many = Array.from({ length: 30 }, (_, i) => `ord${i}`).join(' ');
    expect(parseSearchQuery(many).words).toHaveLength(MAX_TERMS);
  });
});

describe('isFuzzyCandidate', () => {
  it('lets long words and names have near spellings, not short words or numbers', () => {
    expect(isFuzzyCandidate('habiltet')).toBe(true);
    expect(isFuzzyCandidate('senstadvold')).toBe(true);
    expect(isFuzzyCandidate('helse')).toBe(true);
    expect(isFuzzyCandidate('hod')).toBe(false);
    expect(isFuzzyCandidate('2021')).toBe(false);
    expect(isFuzzyCandidate('e-helse')).toBe(false);
  });
});
