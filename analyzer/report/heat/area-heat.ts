/**
 * How an area is coloured by risk: its risk mass, the sum of the scores of the modules in it (and
 * in its sub-areas) that count as risky: rated medium or above, or among the repository's riskiest
 * tenth. A mean would let a folder's many quiet files hide the few hubs nobody owns any more (the
 * map of a repository with dozens of high-risk modules came out uniformly pale); a sum over every
 * module would make any big folder dark. The mass grows with both how risky and how many.
 * Shared with the analyzer: a trend point's per-area risk (analyzer/trend/area-figures.ts) is this figure.
 */

/** What the mass reads of a module: its risk score and level (a report's module, or the score stage's risk). */
export interface Scored {
  risk: { score: number | null; level: string | null };
}

export interface RiskyModules {
  /** the lowest score that counts as risky */
  cutoff: number;
}

const RISKY_LEVELS = new Set(['medium', 'high', 'critical']);
/** The repository's riskiest tenth always counts, so a repository with no medium module still has a map. */
const WORST_SHARE = 0.1;

/** The score from which a module counts toward its area's mass; null when nothing is scored. */
export function riskyCutoff(modules: Iterable<Scored>): RiskyModules | null {
  const scores: number[] = [];
  let lowestRated = Infinity;
  for (const m of modules) {
    const s = m.risk.score;
    if (s === null || !Number.isFinite(s)) continue;
    scores.push(s);
    if (m.risk.level !== null && RISKY_LEVELS.has(m.risk.level)) lowestRated = Math.min(lowestRated, s);
  }
  if (scores.length === 0) return null;
  scores.sort((a, b) => b - a);
  const worstTenth = scores[Math.max(1, Math.ceil(scores.length * WORST_SHARE)) - 1]!;
  return { cutoff: Math.min(lowestRated, worstTenth) };
}

/** Sum of the scores at or above the cutoff; null when none of the members has a score. */
export function riskMass(members: Iterable<Scored>, risky: RiskyModules | null): number | null {
  if (risky === null) return null;
  let mass = 0;
  let scored = false;
  for (const m of members) {
    const s = m.risk.score;
    if (s === null || !Number.isFinite(s)) continue;
    scored = true;
    // a zero score is never risk, even when everything else scores zero too
    if (s >= risky.cutoff && s > 0) mass += s;
  }
  return scored ? mass : null;
}
