import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, apportionUnits, roundedSum, roundTo, sumUnits, toUnits } from './rounding.ts';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const options = { numRuns: 200, seed };

describe('apportion', () => {
  it('splits 100 in thirds as 34 + 33 + 33, the extra unit to the earliest part', () => {
    const parts = apportion(100, [33.33, 33.33, 33.33]);
    expect(parts).toEqual([34, 33, 33]);
    expect([...parts].sort()).toEqual([33, 33, 34]);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(100);
  });

  it('splits 1 000 000 kr in thirds, in kroner and in øre', () => {
    expect(apportion(1_000_000, [1, 1, 1])).toEqual([333_334, 333_333, 333_333]);
    expect(apportion(1_000_000, [1, 1, 1], 2)).toEqual([333_333.34, 333_333.33, 333_333.33]);
  });

  it('keeps an amount with øre exact: 1 234 567,50 kr in thirds', () => {
    const parts = apportion(1_234_567.5, [1, 1, 1], 2);
    expect(parts).toEqual([411_522.5, 411_522.5, 411_522.5]);
    expect(sumUnits(parts, 2)).toBe(123_456_750);
  });

  it('gives the leftover units to the largest remainders, not to the largest weights', () => {
    // Exact shares 6.6, 2.2, 1.2: floors 6, 2, 1 and one unit left for the remainder 0.6.
    expect(apportion(10, [66, 22, 12])).toEqual([7, 2, 1]);
    // Exact shares 4.5, 4.5, 1: the tie goes to the earlier index.
    expect(apportion(10, [4.5, 4.5, 1])).toEqual([5, 4, 1]);
  });

  it('keeps large totals exact: 16 325 178,30 kr split 49:91 in øre', () => {
    // Both exact shares end in ,5 øre; only one of them may be rounded up.
    expect(apportionUnits(1_632_517_830, [49, 91])).toEqual([571_381_241, 1_061_136_589]);
  });

  it('gives nothing to a zero weight, even when units are left over', () => {
    expect(apportion(1, [0, 1, 1])).toEqual([0, 1, 0]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
  });

  it('splits a negative total like its absolute value', () => {
    expect(apportion(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it('rounds the total first when it has more decimals than asked for', () => {
    expect(apportion(99.6, [1, 1])).toEqual([50, 50]);
    expect(apportion(1.005, [1], 2)).toEqual([1.01]);
  });

  it('refuses weights it cannot split by', () => {
    expect(() => apportion(100, [0, 0])).toThrow(/alle vektene er 0/);
    expect(() => apportion(100, [1, -1])).toThrow(RangeError);
    expect(() => apportion(100, [1, Number.NaN])).toThrow(RangeError);
    expect(() => apportion(100, [1], 11)).toThrow(/decimals/);
  });

  it('always sums exactly to the rounded total, each part within one unit of its share', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e10, max: 1e10, noNaN: true }),
        // Small integer weights too: they give exact ties (x,5) that doubles rarely do.
        fc.array(
          fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 100 })),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.integer({ min: 0, max: 2 }),
        (total, weights, decimals) => {
          fc.pre(weights.some((w) => w > 0));
          const parts = apportion(total, weights, decimals);
          const units = toUnits(total, decimals);
          expect(parts).toHaveLength(weights.length);
          expect(sumUnits(parts, decimals)).toBe(units);
          const weightSum = weights.reduce((s, w) => s + w, 0);
          parts.forEach((part, i) => {
            const exactShare = (units * (weights[i] ?? 0)) / weightSum;
            expect(Math.abs(toUnits(part, decimals) - exactShare)).toBeLessThan(1 + 1e-6);
            expect(roundTo(part, decimals)).toBe(part);
          });
        },
      ),
      options,
    );
  });

  it('is deterministic and gives equal weights parts that differ by at most one unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_000 }),
        fc.integer({ min: 1, max: 30 }),
        (units, count) => {
          const weights = new Array<number>(count).fill(1);
          const parts = apportionUnits(units, weights);
          expect(apportionUnits(units, weights)).toEqual(parts);
          expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
          // The larger parts come first.
          expect([...parts].sort((a, b) => b - a)).toEqual(parts);
        },
      ),
      options,
    );
  });
});

describe('rounded sums', () => {
  it('adds values rounded to the asked decimals without float drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(roundedSum([0.1, 0.2], 2)).toBe(0.3);
    expect(roundedSum([33.333, 33.333, 33.334], 2)).toBe(99.99);
    expect(roundedSum([33.333, 33.333, 33.336], 2)).toBe(100);
    expect(roundedSum([0.5, 0.5, 0.5])).toBe(3);
  });

  it('rounds half away from zero, including decimal inputs with binary noise', () => {
    expect(roundTo(2.5)).toBe(3);
    expect(roundTo(-2.5)).toBe(-3);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-0.4)).toBe(0);
    expect(Object.is(roundTo(-0.4), -0)).toBe(false);
  });
});
