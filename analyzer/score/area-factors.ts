/**
 * Area factors: the same six as for modules. Exposure is the area's own blast radius and its
 * direct outside dependents (its coupling to the rest), as percentiles over all areas; ownership
 * and churn are the LOC-weighted means of its modules' values.
 */
import type { FamiliarityScoreWeights, ScoreWeights } from '../core/options-schema.js';
import { ratedKnowledgeLoss, type FamiliarityFacts } from './familiarity.js';
import type { AreaFacts } from './area-facts.js';
import { pct, plural } from './format.js';
import { churnStrength, share, type FactorSet } from './module-factors.js';
import type { FactorValue } from './combine.js';
import { rankTimesMagnitude, type PercentileOf } from './percentile.js';

export interface AreaPopulations {
  sources: number;
  blastRadius: PercentileOf;
  direct: PercentileOf;
}

export function areaPopulations(areas: readonly AreaFacts[], sources: number): AreaPopulations {
  return {
    sources,
    blastRadius: rankTimesMagnitude(areas.map((a) => a.blastRadius)),
    direct: rankTimesMagnitude(areas.map((a) => a.directDependents)),
  };
}

/** The team's own ratings of an area and how much they move its knowledge loss. */
export interface AreaRatings {
  facts: FamiliarityFacts;
  weights: FamiliarityScoreWeights;
}

/** Only with history (busFactor not null): an area without it has no score (score-areas.ts). */
export function areaFactors(a: AreaFacts, busFactor: number, pop: AreaPopulations, w: ScoreWeights, ratings: AreaRatings | null = null): FactorSet {
  const br = pop.blastRadius(a.blastRadius);
  const direct = pop.direct(a.directDependents);
  const groups: FactorSet['groups'] = [[
    {
      name: 'blastRadius', value: br, weight: w.blastRadius,
      detail: `${plural(a.blastRadius, 'source module')} outside it ${a.blastRadius === 1 ? 'depends' : 'depend'} on it (${pct(share(a.blastRadius, pop.sources))} of ${pop.sources}); normalised ${br.toFixed(2)}`,
    },
    {
      name: 'centrality', value: direct, weight: w.centrality,
      detail: `${plural(a.directDependents, 'module')} outside it import it directly; normalised ${direct.toFixed(2)}`,
    },
  ]];
  groups.push([
    { name: 'noActiveAuthor', value: a.noActiveAuthor, weight: w.noActiveAuthor, detail: `bus factor ${busFactor}; ${pct(a.orphanedShare)} of its code has no active author` },
    knowledgeLossFactor(a, w, ratings),
    { name: 'aiShare', value: a.aiCommitRatio ?? 0, weight: w.aiShare, detail: `${a.aiCommits} of ${plural(a.commits, 'file change')} AI-assisted` },
  ]);
  return {
    groups,
    multiplier: {
      strength: churnStrength(w),
      factor: { name: 'churn', value: a.churn, weight: w.churn, detail: `mean churn percentile of its modules, by lines of code: ${a.churn.toFixed(2)}` },
    },
  };
}

function knowledgeLossFactor(a: AreaFacts, w: ScoreWeights, ratings: AreaRatings | null): FactorValue {
  const authored = `${pct(a.knowledgeLoss)} of its authorship (by lines of code) is held by people no longer active or by no person`;
  if (ratings === null || ratings.facts.activeRaters === 0) return { name: 'knowledgeLoss', value: a.knowledgeLoss, weight: w.knowledgeLoss, detail: authored };
  const { activeRaters, activeFluent, activeReviewing } = ratings.facts;
  const value = ratedKnowledgeLoss(a.knowledgeLoss, ratings.facts, ratings.weights);
  const said = `${plural(activeRaters, 'active rater')}: ${activeFluent} fluent (1), ${activeReviewing} reviewing (3)`;
  return { name: 'knowledgeLoss', value, weight: w.knowledgeLoss, detail: `${authored}; ${pct(value)} after the team's own ratings (${said})` };
}
