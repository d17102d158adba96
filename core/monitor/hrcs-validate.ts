/**
 * Checking one project's HRCS coding against the HRCS coding guidance (hrcsonline.net,
 * "General approach to coding", "How to assign Research Activity Codes", "Topics spanning
 * multiple diseases"). What the guidance says and how it is applied here:
 *
 * - Every award is coded on both dimensions, and each dimension's percentages add up to 100 %
 *   so that no funding is counted twice.
 * - Several codes are split equally: 100; 50/50; 33.33 ×3; 25 ×4; 20 ×5. Unequal splits only
 *   where the research objectives state different emphases, and then only 75/25, 66.66/33.33
 *   or 50/25/25; "no other percentage allocations should be used". That is the list here.
 * - Grant systems store thirds as 33, 33.3, 33.33 or 34/33/33, and HRCS accepts them all. So a
 *   share matches its exact value when it is that value rounded up or down at the precision it
 *   is given in, and the sum may fall short of 100 by one unit of that precision (33 ×3 = 99)
 *   or exceed it by 0.05 at most (16.67 ×6); a matched split is normalised to exact fractions.
 * - Research activities: at most two codes, up to four for a large programme; four is the
 *   hard limit checked here. Always one of the 48 codes, never a top-level group ("2").
 * - Research directly applicable to more than five health categories is coded Generic Health
 *   Relevance. Reported as a problem, or with `applyGenericRule` recoded to generic 100 %.
 */
import {
  GENERIC_HEALTH_CATEGORY,
  type HrcsShare,
  healthCategory,
  MAX_HEALTH_CATEGORIES,
  MAX_RESEARCH_ACTIVITIES,
  researchActivity,
  researchActivityGroup,
} from './hrcs.ts';

export type HrcsValidationOptions = {
  /** Recode a project with more than five health categories to generic 100 % instead of reporting it. */
  applyGenericRule?: boolean;
};

export type HrcsValidation = {
  problems: string[];
  /** Present when there are no problems: the coding with exact fractions (100/3 for a third). */
  normalised?: { health: HrcsShare[]; activities: HrcsShare[] };
};

/** A split HRCS allows, largest share first, in exact percent. */
export type HrcsSplit = { percents: readonly number[]; unequal: boolean };

export const HRCS_SPLITS: readonly HrcsSplit[] = [
  { percents: [100], unequal: false },
  { percents: [50, 50], unequal: false },
  { percents: [100 / 3, 100 / 3, 100 / 3], unequal: false },
  { percents: [25, 25, 25, 25], unequal: false },
  { percents: [20, 20, 20, 20, 20], unequal: false },
  { percents: [75, 25], unequal: true },
  { percents: [200 / 3, 100 / 3], unequal: true },
  { percents: [50, 25, 25], unequal: true },
];

/** A sum this close to 100 is 100 (16.67 ×6 = 100.02, 33.33 ×3 = 99.99). */
const SUM_TOLERANCE = 0.05;

/** "33,33": at most two decimals, decimal comma. */
export function formatPercent(percent: number): string {
  return String(Math.round(percent * 100) / 100).replace('.', ',');
}

function formatSplit(split: HrcsSplit): string {
  return split.percents.map(formatPercent).join('/');
}

/** The allowed splits for `count` codes, in words. */
export function describeAllowedSplits(count: number): string {
  if (count === 1) return 'én kode får 100 %';
  const equal = HRCS_SPLITS.filter((s) => !s.unequal && s.percents.length === count);
  const unequal = HRCS_SPLITS.filter((s) => s.unequal && s.percents.length === count);
  const equalText = `${equal.map(formatSplit).join(', ')} (lik fordeling)`;
  if (unequal.length === 0) return equalText;
  const unequalText = unequal.map(formatSplit).join(' eller ');
  return `${equalText}; ${unequalText} bare når prosjektets mål uttrykkelig vektlegges ulikt`;
}

/** How many decimals a percentage is given with (33 → 0, 33.3 → 1, 100/3 → 12). */
function decimalsOf(value: number): number {
  for (let d = 0; d < 12; d++) if (Number(value.toFixed(d)) === value) return d;
  return 12;
}

function joinNorwegian(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/**
 * The exact split that `percents` are a rounding of, or undefined. Each share must be its
 * exact value rounded up or down at its own precision; the sum must be 100, at most one unit
 * of the coarsest precision short of it (33 + 33 + 33) or 0.05 over it.
 */
function roundingOf(
  percents: readonly number[],
  splits: readonly HrcsSplit[],
): number[] | undefined {
  const order = percents.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p || a.i - b.i);
  const sum = percents.reduce((s, p) => s + p, 0);
  const coarsestUnit = 10 ** -Math.min(...percents.map(decimalsOf));
  if (sum < 100 - coarsestUnit - 1e-9 || sum > 100 + SUM_TOLERANCE + 1e-9) return undefined;
  for (const split of splits) {
    if (split.percents.length !== percents.length) continue;
    const fits = order.every(({ p }, k) => {
      const exact = split.percents[k] ?? Number.NaN;
      // Strictly less than one unit: 34 is a rounding of 33.33, but 76 is not one of 75.
      return Math.abs(p - exact) < 10 ** -decimalsOf(p) * 0.999;
    });
    if (!fits) continue;
    const exact = new Array<number>(percents.length);
    order.forEach(({ i }, k) => {
      exact[i] = split.percents[k] ?? 0;
    });
    return exact;
  }
  return undefined;
}

type Dimension = {
  /** "helsekategorier", "forskningsaktiviteter" */
  plural: string;
  /** The user's name for a code, or undefined when the code is unknown (after a problem). */
  describe(code: string, problems: string[]): string | undefined;
  maxCodes: number;
};

const HEALTH: Dimension = {
  plural: 'helsekategorier',
  maxCodes: MAX_HEALTH_CATEGORIES,
  describe(code, problems) {
    const found = healthCategory(code);
    if (found) return `«${found.label}»`;
    problems.push(
      `Ukjent helsekategori «${code}». Bruk en av de 21 HRCS-helsekategoriene, f.eks. «cancer» (Kreft) eller «${GENERIC_HEALTH_CATEGORY}» (Generell helserelevans).`,
    );
    return undefined;
  },
};

const ACTIVITIES: Dimension = {
  plural: 'forskningsaktiviteter',
  maxCodes: MAX_RESEARCH_ACTIVITIES,
  describe(code, problems) {
    const found = researchActivity(code);
    if (found) return `${found.code} ${found.label}`;
    const group = researchActivityGroup(code.trim());
    if (group) {
      const first = group.codes[0]?.code ?? '';
      const last = group.codes[group.codes.length - 1]?.code ?? '';
      problems.push(
        `«${code}» er hovedgruppen «${group.label}», ikke en forskningsaktivitet. HRCS koder alltid med en av underkodene ${first}–${last}.`,
      );
    } else {
      problems.push(
        `Ukjent forskningsaktivitet «${code}». Bruk en av de 48 HRCS-kodene fra 1.1 til 8.5, f.eks. «2.1».`,
      );
    }
    return undefined;
  },
};

type DimensionResult = { exact?: HrcsShare[]; tooMany: boolean };

function checkDimension(
  shares: readonly HrcsShare[],
  dimension: Dimension,
  problems: string[],
  checkShares: boolean,
): DimensionResult {
  const before = problems.length;
  if (shares.length === 0) {
    problems.push(
      `Ingen ${dimension.plural} er oppgitt. Prosjektet skal ha minst én, og andelene skal summere til 100 %.`,
    );
    return { tooMany: false };
  }
  const seen = new Set<string>();
  let sharesValid = true;
  for (const share of shares) {
    const name = dimension.describe(share.code, problems) ?? `«${share.code}»`;
    if (seen.has(share.code)) {
      problems.push(`${name} står mer enn én gang blant ${dimension.plural}; slå andelene sammen.`);
    }
    seen.add(share.code);
    if (!Number.isFinite(share.percent) || share.percent <= 0) {
      sharesValid = false;
      if (checkShares) {
        const given = Number.isFinite(share.percent)
          ? `${formatPercent(share.percent)} %`
          : 'ikke et tall';
        problems.push(`Andelen for ${name} må være større enn 0 % (er ${given}).`);
      }
    }
  }
  const tooMany = shares.length > dimension.maxCodes;
  if (!checkShares || tooMany || !sharesValid) return { tooMany };

  const percents = shares.map((s) => s.percent);
  const allowed = HRCS_SPLITS.filter((s) => s.percents.length <= dimension.maxCodes);
  const exact = roundingOf(percents, allowed);
  if (exact) {
    return problems.length === before
      ? { exact: shares.map((s, i) => ({ code: s.code, percent: exact[i] ?? 0 })), tooMany }
      : { tooMany };
  }
  const given = joinNorwegian(percents.map((p) => `${formatPercent(p)} %`));
  const sum = percents.reduce((s, p) => s + p, 0);
  const allowedText = `Tillatte fordelinger med ${shares.length} ${shares.length === 1 ? 'kode' : 'koder'}: ${describeAllowedSplits(shares.length)}.`;
  if (Math.abs(sum - 100) > SUM_TOLERANCE) {
    problems.push(
      `Andelene for ${dimension.plural} (${given}) summerer til ${formatPercent(sum)} %, ikke 100 %. ${allowedText}`,
    );
  } else {
    problems.push(
      `Fordelingen ${given} for ${dimension.plural} er ikke tillatt i HRCS. ${allowedText}`,
    );
  }
  return { tooMany };
}

/** Check one project's coding; see the module comment for the rules. Messages are in bokmål. */
export function validateHrcsCoding(
  health: readonly HrcsShare[],
  activities: readonly HrcsShare[],
  options: HrcsValidationOptions = {},
): HrcsValidation {
  const problems: string[] = [];
  const manyCategories = health.length > MAX_HEALTH_CATEGORIES;
  const healthProblemsBefore = problems.length;
  const healthResult = checkDimension(health, HEALTH, problems, !manyCategories);
  const healthCodesKnown = problems.length === healthProblemsBefore;
  let normalisedHealth = healthResult.exact;
  if (manyCategories) {
    if (options.applyGenericRule) {
      if (healthCodesKnown) normalisedHealth = [{ code: GENERIC_HEALTH_CATEGORY, percent: 100 }];
    } else {
      problems.push(
        `Prosjektet har ${health.length} helsekategorier. Etter HRCS skal forskning som gjelder flere enn fem helsekategorier, kodes 100 % «Generell helserelevans» (${GENERIC_HEALTH_CATEGORY}).`,
      );
    }
  }

  const activityResult = checkDimension(activities, ACTIVITIES, problems, true);
  if (activityResult.tooMany) {
    problems.push(
      `Prosjektet har ${activities.length} forskningsaktiviteter; HRCS tillater høyst fire. Et stort program med mange ulike mål kodes med ressurs- og infrastrukturkoden i hovedgruppen (f.eks. 1.5 eller 8.5).`,
    );
  }
  if (problems.length > 0 || !normalisedHealth || !activityResult.exact) return { problems };
  return { problems, normalised: { health: normalisedHealth, activities: activityResult.exact } };
}
