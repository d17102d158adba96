import { describe, expect, it } from 'vitest';
import {
  buildOrganisationMatcher,
  type OrganisationTerms,
  type TermHit,
  tokenCount,
} from './organisation-matching.ts';

const ORGANISATIONS: OrganisationTerms[] = [
  { organisationId: 'lmi', terms: ['LMI', 'Legemiddelindustrien', 'Legemiddelindustriforeningen'] },
  { organisationId: 'kreft', terms: ['Kreftforeningen'] },
  { organisationId: 'vest', terms: ['Helse Vest', 'Helse Vest RHF'] },
  { organisationId: 'sorost', terms: ['Helse Sør-Øst'] },
  { organisationId: 'sor', terms: ['Helse Sør'] },
  { organisationId: 'ks', terms: ['KS', 'Kommunesektorens organisasjon'] },
  { organisationId: 'sintef', terms: ['Sintef'] },
  { organisationId: 'olav', terms: ['St. Olavs hospital'] },
  { organisationId: 'hod', terms: ['Helse- og omsorgsdepartementet', 'HOD'] },
];

const matcher = buildOrganisationMatcher(ORGANISATIONS);

function find(text: string, m = matcher): TermHit[] {
  return m.find({ id: 'field:background', label: 'Bakgrunn', text });
}

/** Organisation ids hit in the text, in order of first occurrence. */
function orgs(text: string): string[] {
  return find(text).map((h) => h.organisationId);
}

describe('organisation matching: names and aliases', () => {
  it('finds an organisation by any of its aliases and names the term that matched', () => {
    const [hit] = find('Innspill fra Legemiddelindustriforeningen om anbud.');
    expect(hit).toMatchObject({
      organisationId: 'lmi',
      term: 'Legemiddelindustriforeningen',
      sourceId: 'field:background',
      matched: 'Legemiddelindustriforeningen',
      count: 1,
    });
  });

  it('gives one hit per organisation per source, the first occurrence, counting all aliases', () => {
    const hits = find(
      'Legemiddelindustrien har skrevet til rådet. LMI mener at LMIs forslag er godt. ' +
        'Kreftforeningen er enig med Legemiddelindustriforeningen.',
    );
    expect(hits.map((h) => [h.organisationId, h.term, h.count])).toEqual([
      ['lmi', 'Legemiddelindustrien', 4],
      ['kreft', 'Kreftforeningen', 1],
    ]);
  });

  it('is case-insensitive for names', () => {
    expect(orgs('samarbeid med kreftforeningen og HELSE VEST')).toEqual(['kreft', 'vest']);
  });

  it('matches short all-uppercase acronyms case-sensitively so ordinary words do not hit', () => {
    expect(orgs('Vi ks, Ks og hod, lmi og Lmi er ikke organisasjoner')).toEqual([]);
    expect(orgs('KS og HOD og LMI')).toEqual(['ks', 'hod', 'lmi']);
  });

  it('prefers the longest alias at the same place and counts the place once', () => {
    const [hit] = find('Helse Vest RHF har ansvaret.');
    expect(hit).toMatchObject({ term: 'Helse Vest RHF', matched: 'Helse Vest RHF', count: 1 });
  });

  it('finds several organisations that share a first word', () => {
    expect(orgs('Helse Sør og Helse Vest samarbeider.')).toEqual(['sor', 'vest']);
  });

  it('ignores empty, whitespace-only and one-character terms', () => {
    const m = buildOrganisationMatcher([
      { organisationId: 'x', terms: ['', '   ', 'A', 'ø', 'A.', ' - '] },
    ]);
    expect(find('A og ø og A. en - tom streng', m)).toEqual([]);
  });

  it('counts an alias registered twice only once', () => {
    const m = buildOrganisationMatcher([
      { organisationId: 'k', terms: ['Kreftforeningen', ' kreftforeningen ', 'KREFTFORENINGEN'] },
    ]);
    expect(find('Kreftforeningen', m)).toMatchObject([{ term: 'Kreftforeningen', count: 1 }]);
    // Both "Sintefs" and the genitive of "Sintef" match the same word.
    const both = buildOrganisationMatcher([{ organisationId: 's', terms: ['Sintefs', 'Sintef'] }]);
    expect(find('Sintefs rapport', both)).toMatchObject([{ term: 'Sintefs', count: 1 }]);
  });

  it('normalises text and terms to NFC', () => {
    const m = buildOrganisationMatcher([{ organisationId: 'p', terms: ['Pårørendealliansen'] }]);
    const [hit] = find('Uttalelse fra Pa\u030Arørendealliansen i dag', m);
    expect(hit?.matched).toBe('Pårørendealliansen');
    const nfd = buildOrganisationMatcher([
      { organisationId: 'p', terms: ['Pa\u030Arørendealliansen'] },
    ]);
    // The term is reported as registered.
    expect(find('Pårørendealliansen', nfd)).toMatchObject([{ term: 'Pa\u030Arørendealliansen' }]);
  });
});

describe('organisation matching: word boundaries', () => {
  it('does not hit inside other words', () => {
    expect(orgs('Helse Vestfold er ikke Helse Vest.')).toEqual(['vest']);
    expect(find('Helse Vestfold er ikke Helse Vest.')[0]?.count).toBe(1);
    expect(orgs('KSL, Oks, OKS og KS2 er andre ord')).toEqual([]);
    expect(orgs('Sintefsenteret og Kreftforeningenes')).toEqual([]);
    expect(orgs('et Kommunesektorens organisasjonskart')).toEqual([]);
  });

  it('treats a soft hyphen as part of the word, not a boundary', () => {
    expect(orgs('Sintef\u00ADsenteret')).toEqual([]);
    expect(orgs('Kreft\u00ADforeningen')).toEqual(['kreft']);
    expect(find('Kreft\u00AD\nforeningens')[0]?.matched).toBe('Kreftforeningens');
  });

  it('requires the separators of a multi-word name', () => {
    expect(orgs('St.Olavs hospital og Helse-Vest og Helse, Vest')).toEqual([]);
    expect(orgs('St. Olavs hospital')).toEqual(['olav']);
  });

  it('does not take a name followed by a hyphen and a capital as the shorter name', () => {
    expect(orgs('Helse Sør-Øst RHF')).toEqual(['sorost']);
    expect(orgs('Helse Sør-\nØst RHF')).toEqual(['sorost']);
  });

  it('accepts a dash with spaces around it after the name', () => {
    expect(orgs('Helse Sør - Helse Vest')).toEqual(['sor', 'vest']);
  });
});

describe('organisation matching: Norwegian inflected forms', () => {
  it('accepts a genitive s on the last word', () => {
    const hits = find('Kreftforeningens innspill og Helse Vests svar og LMIs brev.');
    expect(hits.map((h) => [h.organisationId, h.matched])).toEqual([
      ['kreft', 'Kreftforeningens'],
      ['vest', 'Helse Vests'],
      ['lmi', 'LMIs'],
    ]);
    expect(orgs('St. Olavs hospitals fagfolk')).toEqual(['olav']);
  });

  it('accepts a genitive with apostrophe', () => {
    expect(find("LMI's syn")[0]?.matched).toBe("LMI's");
    expect(find('LMI’s syn')[0]?.matched).toBe('LMI’s');
  });

  it('does not accept a genitive s in the middle of a multi-word name', () => {
    expect(orgs('Helses Vest')).toEqual([]);
  });

  it('accepts a hyphenated compound whose next part starts in lower case', () => {
    expect(find('LMI-rapporten kom i går')[0]?.matched).toBe('LMI');
    expect(orgs('i Helse Vest-området')).toEqual(['vest']);
    expect(orgs('Sintef-rapporten')).toEqual(['sintef']);
  });
});

describe('organisation matching: PDF text', () => {
  it('finds a name spread over a line break, several blank lines or extra spaces', () => {
    expect(find('rapport fra Helse\nVest om')[0]?.matched).toBe('Helse Vest');
    expect(find('rapport fra Helse  \n\n\n   Vests arbeid')[0]?.matched).toBe('Helse Vests');
    expect(orgs('St.\nOlavs   hospital')).toEqual(['olav']);
    expect(orgs('Kommunesektorens\r\norganisasjon')).toEqual(['ks']);
  });

  it('joins a word hyphenated at a line end', () => {
    const [hit] = find('innspill fra Kreftfor-\neningen om saken');
    expect(hit).toMatchObject({ organisationId: 'kreft', matched: 'Kreftforeningen' });
    expect(find('Kreft-\n  forenin-\ngens råd')[0]?.matched).toBe('Kreftforeningens');
    expect(orgs('Helse Vest-\nfold')).toEqual([]);
  });

  it('keeps a hyphen at a line end after an acronym', () => {
    expect(orgs('LMI-\nrapporten')).toEqual(['lmi']);
  });

  it('does not join "helse-\\nog omsorg", which is not hyphenation', () => {
    const [hit] = find('brev fra helse-\nog omsorgsdepartementet');
    expect(hit).toMatchObject({ organisationId: 'hod', matched: 'helse- og omsorgsdepartementet' });
    expect(orgs('Helse- og omsorgs-\ndepartementet')).toEqual(['hod']);
    expect(orgs('Helse- og omsorgsdepar-\n\ntementet')).toEqual(['hod']);
  });

  it('gives a snippet of about 60 characters either side, collapsed, with … where cut', () => {
    const before = 'Dette er en lang innledning om saken som rådet skal behandle.\n   Videre har ';
    const after =
      ' sendt et\nbrev om anbud på legemidler, og de ber rådet vurdere saken på nytt i høst.';
    const [hit] = find(`${before}Kreftfor-\neningen${after}`);
    expect(hit?.snippet.startsWith('…')).toBe(true);
    expect(hit?.snippet.endsWith('…')).toBe(true);
    expect(hit?.snippet).toContain('Videre har Kreftforeningen sendt et brev om');
    expect(hit?.snippet).not.toMatch(/\s{2}|\n/);
    expect(hit?.snippet.length).toBeLessThanOrEqual(2 * 60 + 'Kreftforeningen'.length + 4);
  });

  it('gives the whole text as the snippet when it is short', () => {
    expect(find('  Brev fra\nLMI.  ')[0]?.snippet).toBe('Brev fra LMI.');
  });

  it('ignores an empty source', () => {
    expect(find('')).toEqual([]);
    expect(find(' \n ')).toEqual([]);
  });
});

describe('tokenCount', () => {
  it('counts words, joining hyphenation at line ends', () => {
    expect(tokenCount('Kreftfor-\neningen og LMI-rapporten, side 12')).toBe(6);
    expect(tokenCount('blå ære øl')).toBe(3);
    expect(tokenCount('')).toBe(0);
  });
});
