/**
 * Rounding that keeps totals: split an amount into parts whose rounded values add up to the
 * rounded amount exactly (largest remainder, Hamilton's method). All arithmetic is done in
 * integer units (øre when decimals = 2) so that float drift never leaks into a sum.
 */

/** 10^decimals, for 0–10 decimals. */
function unitScale(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`decimals må være et heltall fra 0 til 10 (er ${decimals}).`);
  }
  return 10 ** decimals;
}

/**
 * A value as whole units of 10^-decimals, rounded half away from zero. The detour through
 * toPrecision(15) drops the binary noise of decimal input (1.005 × 100 is 100.49999…).
 */
export function toUnits(value: number, decimals = 0): number {
  if (!Number.isFinite(value)) throw new RangeError(`Verdien ${value} er ikke et endelig tall.`);
  const scaled = Number((value * unitScale(decimals)).toPrecision(15));
  const units = Math.sign(scaled) * Math.round(Math.abs(scaled));
  if (!Number.isSafeInteger(units)) {
    throw new RangeError(
      `Verdien ${value} er for stor til å regnes eksakt med ${decimals} desimaler.`,
    );
  }
  return units === 0 ? 0 : units; // no -0
}

/** Whole units back to a number with `decimals` decimals. */
export function fromUnits(units: number, decimals = 0): number {
  return units / unitScale(decimals);
}

/** A value rounded to `decimals`, half away from zero. */
export function roundTo(value: number, decimals = 0): number {
  return fromUnits(toUnits(value, decimals), decimals);
}

/** The exact sum of values each rounded to `decimals` (summed as integers, not floats). */
export function roundedSum(values: readonly number[], decimals = 0): number {
  return fromUnits(sumUnits(values, decimals), decimals);
}

/** Like roundedSum, but in whole units. */
export function sumUnits(values: readonly number[], decimals = 0): number {
  let total = 0;
  for (const value of values) total += toUnits(value, decimals);
  return total;
}

/**
 * Split `units` (an integer) in proportion to `weights` so that the parts are integers summing
 * exactly to `units`. Every part is the floor or the ceiling of its exact share; the units left
 * after flooring go to the largest remainders, ties to the earlier index.
 */
export function apportionUnits(units: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(units)) throw new RangeError(`${units} er ikke et heltall av enheter.`);
  for (const w of weights) {
    if (!Number.isFinite(w) || w < 0) {
      throw new RangeError(`Vektene må være endelige tall større enn eller lik 0 (fikk ${w}).`);
    }
  }
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  if (units === 0) return weights.map(() => 0);
  if (weightSum === 0) {
    throw new RangeError('Kan ikke fordele et beløp når alle vektene er 0.');
  }
  // A negative total is split like its absolute value, then negated, so parts stay symmetric.
  const sign = units < 0 ? -1 : 1;
  const magnitude = Math.abs(units);
  const floors: number[] = [];
  const remainders: number[] = [];
  let used = 0;
  for (const w of weights) {
    let quota = (magnitude * w) / weightSum;
    // Float noise can leave an integer quota a hair below it (2.9999999999999996): snap it, so
    // it is not floored away. The tolerance is a few ulps, far below any real remainder.
    const nearest = Math.round(quota);
    if (Math.abs(quota - nearest) <= 8 * Number.EPSILON * Math.max(1, quota)) quota = nearest;
    const floor = Math.floor(quota);
    floors.push(floor);
    remainders.push(quota - floor);
    used += floor;
  }
  let left = magnitude - used;
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let k = 0; left > 0 && k < order.length; k++) {
    const entry = order[k];
    if (!entry || weights[entry.index] === 0) continue;
    floors[entry.index] = (floors[entry.index] ?? 0) + 1;
    left--;
  }
  // Cannot happen with the tolerance above; kept so the sum holds whatever floats do.
  for (let k = order.length - 1; left < 0 && k >= 0; k--) {
    const entry = order[k];
    if (!entry || (floors[entry.index] ?? 0) === 0) continue;
    floors[entry.index] = (floors[entry.index] ?? 0) - 1;
    left++;
  }
  return floors.map((part) => (part === 0 ? 0 : sign * part));
}

/**
 * Split `total` in proportion to `weights`; each part has `decimals` decimals and the parts sum
 * exactly to `total` rounded to `decimals`. E.g. apportion(100, [1, 1, 1]) is [34, 33, 33].
 */
export function apportion(total: number, weights: readonly number[], decimals = 0): number[] {
  return apportionUnits(toUnits(total, decimals), weights).map((units) =>
    fromUnits(units, decimals),
  );
}
