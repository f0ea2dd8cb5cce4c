/**
 * Mid-rank percentile (ties counted half, as in Hazen's plotting position), taken over the other
 * members of the population so its unique maximum maps to 1; anything at or below the minimum
 * maps to 0, so "nothing depends on it" never earns exposure.
 */
export type PercentileOf = (value: number) => number;

/** Builds a lookup over `population`; values outside it are placed by the same rule. */
export function percentileOf(population: readonly number[]): PercentileOf {
  const sorted = population.filter(Number.isFinite).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return () => 0;
  const min = sorted[0]!;
  return (value) => {
    if (!Number.isFinite(value) || value <= min) return 0;
    if (n === 1) return 1;
    const below = bound(sorted, value, false);
    const equal = bound(sorted, value, true) - below;
    // A value that is itself in the population does not compete with itself.
    const others = equal > 0 ? n - 1 : n;
    const ties = equal > 0 ? equal - 1 : 0;
    return Math.min(1, (below + ties / 2) / others);
  };
}

/** Index of the first element >= value (or > value when `strict`). */
function bound(sorted: readonly number[], value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = sorted[mid]!;
    if (x < value || (strict && x === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For exposure figures: the geometric mean of the percentile and the value's share of the repo's
 * maximum. Percentiles alone over-reward small values where most modules tie at zero (a module two
 * others import can sit at the 80th percentile of a repo whose hubs reach hundreds); the share
 * alone would let one giant hub flatten everything else. Both are within-repo normalisations.
 */
export function rankTimesMagnitude(population: readonly number[]): PercentileOf {
  const rank = percentileOf(population);
  let max = 0;
  for (const value of population) if (Number.isFinite(value) && value > max) max = value;
  return (value) => (max > 0 && Number.isFinite(value) && value > 0 ? Math.sqrt(rank(value) * Math.min(1, value / max)) : 0);
}
