import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cube, cellIndex, cubeSize, strides } from './cube.ts';
import {
  HEALTH_CATEGORIES,
  type HrcsProject,
  type HrcsShare,
  RESEARCH_ACTIVITIES,
} from './hrcs.ts';
import { aggregateHrcs, splitProject } from './hrcs-aggregate.ts';
import { sumUnits, toUnits } from './rounding.ts';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;

const project = (over: Partial<HrcsProject>): HrcsProject => ({
  projectCode: '300123',
  title: 'Prosjekt',
  funder: 'Norges forskningsråd',
  sector: 'Universitets- og høgskolesektoren',
  year: 2023,
  amount: 1_000_000,
  health: [{ code: 'cancer', percent: 100 }],
  activities: [{ code: '2.1', percent: 100 }],
  ...over,
});

/** The value at the given category ids, one per dimension. */
function cell(cube: Cube, ...ids: string[]): number {
  const positions = cube.dimensions.map((d, i) => d.categories.findIndex((c) => c.id === ids[i]));
  expect(
    positions.every((p) => p >= 0),
    ids.join(' × '),
  ).toBe(true);
  return cube.values[cellIndex(strides(cubeSize(cube.dimensions)), positions)] ?? Number.NaN;
}

const totalOre = (cube: Cube) => sumUnits([...cube.values], 2);
const thirds: HrcsShare[] = [
  { code: 'cancer', percent: 33.33 },
  { code: 'cardiovascular', percent: 33.33 },
  { code: 'stroke', percent: 33.33 },
];

const portfolio: HrcsProject[] = [
  project({
    projectCode: '300123',
    title: 'Tidlig påvisning av lungekreft med pusteprøver',
    amount: 4_500_000,
    health: [
      { code: 'cancer', percent: 50 },
      { code: 'respiratory', percent: 50 },
    ],
    activities: [
      { code: '4.1', percent: 75 },
      { code: '4.2', percent: 25 },
    ],
  }),
  project({
    projectCode: '2022-HV-17',
    title: 'Rehabilitering etter hjerneslag i kommunene',
    funder: 'Helse Vest',
    sector: 'Helseforetak og private ideelle sykehus',
    year: 2022,
    amount: 1_234_567.5,
    health: thirds,
    activities: [
      { code: '7.1', percent: 50 },
      { code: '8.1', percent: 50 },
    ],
  }),
  project({
    projectCode: '300200',
    title: 'Biobank for folkehelse',
    year: 2022,
    amount: 10_000_000,
    health: [{ code: 'generic', percent: 100 }],
    activities: [{ code: '2.6', percent: 100 }],
  }),
];

describe('splitProject', () => {
  it('divides 1 234 567,50 kr in thirds to the øre, summing to the amount exactly', () => {
    const split = splitProject(project({ amount: 1_234_567.5, health: thirds }));
    expect([...split.health.values()]).toEqual([41_152_250, 41_152_250, 41_152_250]);
    const odd = splitProject(project({ amount: 100, health: thirds }));
    expect([...odd.health.values()]).toEqual([3334, 3333, 3333]);
    expect([...odd.health.values()].reduce((s, v) => s + v, 0)).toBe(10_000);
  });

  it('rolls activity codes up to their group before dividing', () => {
    const split = splitProject(
      project({
        amount: 1000,
        activities: [
          { code: '2.1', percent: 50 },
          { code: '2.2', percent: 25 },
          { code: '5.1', percent: 25 },
        ],
      }),
    );
    expect(Object.fromEntries(split.groups)).toEqual({ '2': 75_000, '5': 25_000 });
  });

  it('makes each category row of the matrix sum to that category’s part', () => {
    const split = splitProject(
      project({
        amount: 1_000_000,
        health: thirds,
        activities: [
          { code: '1.1', percent: 33.33 },
          { code: '2.1', percent: 33.33 },
          { code: '6.1', percent: 33.33 },
        ],
      }),
    );
    for (const [code, row] of split.matrix) {
      expect([...row.values()].reduce((s, v) => s + v, 0)).toBe(split.health.get(code));
    }
  });

  it('refuses an unknown code rather than dropping its money', () => {
    expect(() => splitProject(project({ health: [{ code: 'tannhelse', percent: 100 }] }))).toThrow(
      /ukjent helsekategori «tannhelse»/,
    );
  });
});

describe('aggregateHrcs', () => {
  const { byHealthCategory, byActivityGroup, categoryByActivity } = aggregateHrcs(portfolio);

  it('builds the three cubes with the dimensions the figures use', () => {
    expect(byHealthCategory.dimensions.map((d) => [d.id, d.role])).toEqual([
      ['helsekategori', null],
      ['aar', 'time'],
      ['maal', 'metric'],
    ]);
    expect(byActivityGroup.dimensions.map((d) => d.id)).toEqual([
      'forskningsaktivitet',
      'aar',
      'maal',
    ]);
    expect(categoryByActivity.dimensions.map((d) => d.id)).toEqual([
      'helsekategori',
      'forskningsaktivitet',
      'maal',
    ]);
    expect(byHealthCategory.dimensions[0]?.categories).toHaveLength(21);
    expect(byActivityGroup.dimensions[0]?.categories.map((c) => c.label)).toContain(
      '4 Påvisning, screening og diagnostikk',
    );
    expect(byHealthCategory.dimensions[1]?.categories.map((c) => c.id)).toEqual(['2022', '2023']);
    expect(byHealthCategory.dimensions[2]?.categories).toEqual([
      { id: 'belop', label: 'Beløp', unit: { label: 'kr', decimals: 0 } },
    ]);
    expect(byHealthCategory.values).toHaveLength(21 * 2);
    expect(categoryByActivity.values).toHaveLength(21 * 8);
    expect(byHealthCategory.label).toBe('HRCS: bevilgninger etter helsekategori og år');
    expect(byHealthCategory.note[1]).toBe(
      'Bygger på 3 prosjekter med til sammen 15\u00a0734\u00a0568\u00a0kr.',
    );
  });

  it('puts each project’s money in its categories and years', () => {
    expect(cell(byHealthCategory, 'cancer', '2023', 'belop')).toBe(2_250_000);
    expect(cell(byHealthCategory, 'respiratory', '2023', 'belop')).toBe(2_250_000);
    expect(cell(byHealthCategory, 'generic', '2022', 'belop')).toBe(10_000_000);
    expect(cell(byHealthCategory, 'cancer', '2022', 'belop')).toBe(411_522.5);
    expect(cell(byHealthCategory, 'eye', '2023', 'belop')).toBe(0);
    expect(cell(byActivityGroup, '4', '2023', 'belop')).toBe(4_500_000);
    expect(cell(byActivityGroup, '2', '2022', 'belop')).toBe(10_000_000);
    expect(cell(byActivityGroup, '7', '2022', 'belop')).toBe(617_283.75);
    expect(cell(categoryByActivity, 'cancer', '4', 'belop')).toBe(2_250_000);
    expect(cell(categoryByActivity, 'stroke', '8', 'belop')).toBe(205_761.25);
  });

  it('has the portfolio’s total, to the øre, in every cube', () => {
    const total = sumUnits(
      portfolio.map((p) => p.amount),
      2,
    );
    expect(total).toBe(1_573_456_750);
    expect(totalOre(byHealthCategory)).toBe(total);
    expect(totalOre(byActivityGroup)).toBe(total);
    expect(totalOre(categoryByActivity)).toBe(total);
  });

  it('filters by funder or sector, case-insensitively, and says so in the note', () => {
    const vest = aggregateHrcs(portfolio, { funder: 'helse vest' });
    expect(totalOre(vest.byHealthCategory)).toBe(123_456_750);
    expect(vest.byHealthCategory.dimensions[1]?.categories.map((c) => c.id)).toEqual(['2022']);
    expect(vest.byHealthCategory.note).toContain('Bare prosjekter fra finansiør: helse vest.');
    const uh = aggregateHrcs(portfolio, { sector: ['Universitets- og høgskolesektoren'] });
    expect(totalOre(uh.byActivityGroup)).toBe(1_450_000_000);
    const none = aggregateHrcs(portfolio, { funder: 'Kreftforeningen' });
    expect(none.byHealthCategory.values).toHaveLength(0);
    expect(none.byHealthCategory.note).toContain('Ingen prosjekter i utvalget.');
  });

  it('keeps every total exact for random portfolios', () => {
    const share = (codes: readonly string[]) =>
      fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 4 }).chain((picked) =>
        fc
          .array(fc.integer({ min: 1, max: 100 }), {
            minLength: picked.length,
            maxLength: picked.length,
          })
          .map((weights) => picked.map((code, i) => ({ code, percent: weights[i] ?? 1 }))),
      );
    const projectArb = fc.record({
      projectCode: fc.string({ minLength: 1, maxLength: 6 }),
      title: fc.constant('Prosjekt'),
      funder: fc.constantFrom('Norges forskningsråd', 'Helse Sør-Øst'),
      sector: fc.constantFrom('Helseforetak', 'Instituttsektoren'),
      year: fc.integer({ min: 2018, max: 2024 }),
      amount: fc.integer({ min: 0, max: 5_000_000_000 }).map((ore) => ore / 100),
      health: share(HEALTH_CATEGORIES.map((c) => c.code)),
      activities: share(RESEARCH_ACTIVITIES.map((a) => a.code)),
    });
    fc.assert(
      fc.property(fc.array(projectArb, { maxLength: 15 }), (projects) => {
        const total = sumUnits(
          projects.map((p) => p.amount),
          2,
        );
        const cubes = aggregateHrcs(projects);
        expect(totalOre(cubes.byHealthCategory)).toBe(total);
        expect(totalOre(cubes.byActivityGroup)).toBe(total);
        expect(totalOre(cubes.categoryByActivity)).toBe(total);
        for (const p of projects) {
          const split = splitProject(p);
          expect([...split.health.values()].reduce((s, v) => s + v, 0)).toBe(toUnits(p.amount, 2));
          expect([...split.groups.values()].reduce((s, v) => s + v, 0)).toBe(toUnits(p.amount, 2));
        }
      }),
      { numRuns: 100, seed },
    );
  });
});
