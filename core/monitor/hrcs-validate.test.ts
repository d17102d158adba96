import { describe, expect, it } from 'vitest';
import type { HrcsShare } from './hrcs.ts';
import { describeAllowedSplits, validateHrcsCoding } from './hrcs-validate.ts';

const shares = (...pairs: [string, number][]): HrcsShare[] =>
  pairs.map(([code, percent]) => ({ code, percent }));
const third = 100 / 3;

describe('validateHrcsCoding: valid codings', () => {
  it('accepts one code at 100 % on each dimension', () => {
    const result = validateHrcsCoding(shares(['cancer', 100]), shares(['6.1', 100]));
    expect(result.problems).toEqual([]);
    expect(result.normalised).toEqual({
      health: shares(['cancer', 100]),
      activities: shares(['6.1', 100]),
    });
  });

  it('accepts the example of the HRCS guidance: 50 % generic, 50 % cancer; 1.1 and 2.1', () => {
    const result = validateHrcsCoding(
      shares(['generic', 50], ['cancer', 50]),
      shares(['1.1', 50], ['2.1', 50]),
    );
    expect(result.problems).toEqual([]);
  });

  it('reads 33.33 ×3, 33.3 ×3, 33 ×3 and 34/33/33 as thirds and normalises them', () => {
    for (const given of [
      [33.33, 33.33, 33.33],
      [33.3, 33.3, 33.3],
      [33, 33, 33],
      [33, 34, 33],
      [33.34, 33.33, 33.33],
    ]) {
      const result = validateHrcsCoding(
        shares(
          ['cancer', given[0] ?? 0],
          ['stroke', given[1] ?? 0],
          ['cardiovascular', given[2] ?? 0],
        ),
        shares(['2.1', 100]),
      );
      expect(result.problems, given.join('/')).toEqual([]);
      expect(result.normalised?.health.map((s) => s.percent)).toEqual([third, third, third]);
    }
  });

  it('accepts the unequal splits HRCS allows: 75/25, 66.67/33.33, 50/25/25 in any order', () => {
    const cases: [number[], number[]][] = [
      [
        [75, 25],
        [75, 25],
      ],
      [
        [25, 75],
        [25, 75],
      ],
      [
        [66.67, 33.33],
        [2 * third, third],
      ],
      [
        [66.66, 33.33],
        [2 * third, third],
      ],
      [
        [67, 33],
        [2 * third, third],
      ],
      [
        [25, 50, 25],
        [25, 50, 25],
      ],
    ];
    for (const [given, exact] of cases) {
      const codes = ['4.1', '4.2', '4.3'];
      const result = validateHrcsCoding(
        shares(['cancer', 100]),
        given.map((percent, i) => ({ code: codes[i] ?? '', percent })),
      );
      expect(result.problems, given.join('/')).toEqual([]);
      expect(result.normalised?.activities.map((s) => s.percent)).toEqual(exact);
      expect(result.normalised?.activities.map((s) => s.code)).toEqual(
        codes.slice(0, given.length),
      );
    }
  });

  it('accepts four and five equal health categories, and four equal activity codes', () => {
    const five = ['blood', 'cancer', 'ear', 'eye', 'skin'].map((code) => ({ code, percent: 20 }));
    const four = ['1.1', '2.1', '3.1', '4.1'].map((code) => ({ code, percent: 25 }));
    expect(validateHrcsCoding(five, four).problems).toEqual([]);
  });
});

describe('validateHrcsCoding: problems', () => {
  it('reports a sum other than 100 %, naming the dimension and the sum', () => {
    const { problems, normalised } = validateHrcsCoding(
      shares(['cancer', 60], ['cardiovascular', 30]),
      shares(['2.1', 100]),
    );
    expect(normalised).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^Andelene for helsekategorier \(60 % og 30 %\) summerer til 90 %, ikke 100 %/,
    );
  });

  it('does not take rounded-up thirds (34 ×3 = 102) as thirds, nor thirds with a fourth code', () => {
    const up = validateHrcsCoding(
      shares(['cancer', 34], ['stroke', 34], ['cardiovascular', 34]),
      shares(['2.1', 100]),
    );
    expect(up.problems[0]).toMatch(/summerer til 102 %/);
    const mixed = validateHrcsCoding(
      shares(['cancer', 100]),
      shares(['2.1', 33.3], ['2.2', 33.3], ['2.3', 33.3], ['2.4', 0.1]),
    );
    expect(mixed.problems[0]).toMatch(
      /^Fordelingen 33,3 %, 33,3 %, 33,3 % og 0,1 % for forskningsaktiviteter er ikke tillatt/,
    );
  });

  it('reports a split HRCS does not allow and lists the allowed ones', () => {
    const { problems } = validateHrcsCoding(
      shares(['cancer', 100]),
      shares(['2.1', 60], ['5.1', 40]),
    );
    expect(problems).toEqual([
      'Fordelingen 60 % og 40 % for forskningsaktiviteter er ikke tillatt i HRCS. Tillatte fordelinger med 2 koder: 50/50 (lik fordeling); 75/25 eller 66,67/33,33 bare når prosjektets mål uttrykkelig vektlegges ulikt.',
    ]);
    const uneven = validateHrcsCoding(shares(['cancer', 76], ['eye', 24]), shares(['2.1', 100]));
    expect(uneven.problems[0]).toMatch(/76 % og 24 % for helsekategorier er ikke tillatt/);
    const four = validateHrcsCoding(
      shares(['cancer', 100]),
      shares(['2.1', 40], ['2.2', 20], ['2.3', 20], ['2.4', 20]),
    );
    expect(four.problems[0]).toMatch(
      /Tillatte fordelinger med 4 koder: 25\/25\/25\/25 \(lik fordeling\)\./,
    );
  });

  it('reports unknown codes with advice, and a top-level group used as a code', () => {
    const { problems } = validateHrcsCoding(shares(['kreft', 100]), shares(['2', 50], ['9.9', 50]));
    expect(problems).toEqual([
      'Ukjent helsekategori «kreft». Bruk en av de 21 HRCS-helsekategoriene, f.eks. «cancer» (Kreft) eller «generic» (Generell helserelevans).',
      '«2» er hovedgruppen «Årsaksforhold», ikke en forskningsaktivitet. HRCS koder alltid med en av underkodene 2.1–2.6.',
      'Ukjent forskningsaktivitet «9.9». Bruk en av de 48 HRCS-kodene fra 1.1 til 8.5, f.eks. «2.1».',
    ]);
  });

  it('reports a code given twice', () => {
    const { problems } = validateHrcsCoding(
      shares(['cancer', 50], ['cancer', 50]),
      shares(['2.1', 100]),
    );
    expect(problems).toEqual([
      '«Kreft» står mer enn én gang blant helsekategorier; slå andelene sammen.',
    ]);
  });

  it('requires every percentage to be above 0', () => {
    const { problems } = validateHrcsCoding(
      shares(['cancer', 100], ['stroke', 0]),
      shares(['2.1', 150], ['5.1', -50]),
    );
    expect(problems).toEqual([
      'Andelen for «Hjerneslag» må være større enn 0 % (er 0 %).',
      'Andelen for 5.1 Legemidler må være større enn 0 % (er -50 %).',
    ]);
    const nan = validateHrcsCoding(shares(['cancer', Number.NaN]), shares(['2.1', 100]));
    expect(nan.problems).toEqual(['Andelen for «Kreft» må være større enn 0 % (er ikke et tall).']);
  });

  it('requires both dimensions', () => {
    const { problems } = validateHrcsCoding([], []);
    expect(problems).toEqual([
      'Ingen helsekategorier er oppgitt. Prosjektet skal ha minst én, og andelene skal summere til 100 %.',
      'Ingen forskningsaktiviteter er oppgitt. Prosjektet skal ha minst én, og andelene skal summere til 100 %.',
    ]);
  });

  it('allows at most four research activity codes', () => {
    const five = ['1.1', '2.1', '3.1', '4.1', '5.1'].map((code) => ({ code, percent: 20 }));
    const { problems } = validateHrcsCoding(shares(['cancer', 100]), five);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^Prosjektet har 5 forskningsaktiviteter; HRCS tillater høyst fire\./,
    );
  });
});

describe('validateHrcsCoding: more than five health categories', () => {
  const six = ['blood', 'cancer', 'ear', 'eye', 'skin', 'stroke'].map((code) => ({
    code,
    percent: 16.67,
  }));

  it('reports that the project should be coded generic 100 %', () => {
    const { problems, normalised } = validateHrcsCoding(six, shares(['2.1', 100]));
    expect(normalised).toBeUndefined();
    expect(problems).toEqual([
      'Prosjektet har 6 helsekategorier. Etter HRCS skal forskning som gjelder flere enn fem helsekategorier, kodes 100 % «Generell helserelevans» (generic).',
    ]);
  });

  it('recodes to generic 100 % when asked to', () => {
    const { problems, normalised } = validateHrcsCoding(six, shares(['2.1', 100]), {
      applyGenericRule: true,
    });
    expect(problems).toEqual([]);
    expect(normalised?.health).toEqual([{ code: 'generic', percent: 100 }]);
    expect(normalised?.activities).toEqual([{ code: '2.1', percent: 100 }]);
  });

  it('still reports an unknown category among the six', () => {
    const bad = [...six.slice(0, 5), { code: 'tannhelse', percent: 16.67 }];
    const { problems, normalised } = validateHrcsCoding(bad, shares(['2.1', 100]), {
      applyGenericRule: true,
    });
    expect(normalised).toBeUndefined();
    expect(problems).toEqual([expect.stringMatching(/^Ukjent helsekategori «tannhelse»/)]);
  });
});

describe('describeAllowedSplits', () => {
  it('lists the equal split and the unequal ones allowed for that many codes', () => {
    expect(describeAllowedSplits(1)).toBe('én kode får 100 %');
    expect(describeAllowedSplits(3)).toBe(
      '33,33/33,33/33,33 (lik fordeling); 50/25/25 bare når prosjektets mål uttrykkelig vektlegges ulikt',
    );
    expect(describeAllowedSplits(5)).toBe('20/20/20/20/20 (lik fordeling)');
  });
});
