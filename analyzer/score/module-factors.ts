/**
 * Module factors. Exposure: blast radius and centrality (betweenness, Freeman 1977; PageRank,
 * Brin & Page 1998), as percentiles over the repo's source modules. Ignorance: no active author
 * and knowledge loss (DOA, Avelino et al. 2016; CodeScene), AI-assisted share. Churn: hotspots.
 */
import type { ScoreWeights } from '../core/options-schema.js';
import type { FactorValue, Multiplier } from './combine.js';
import { pct, plural } from './format.js';
import type { ModuleFacts } from './module-facts.js';
import { aiLineShareValue, aiShareValue, lineSourceName, noActiveAuthorValue, type Ownership } from './ownership.js';
import { rankTimesMagnitude, type PercentileOf } from './percentile.js';

export interface ModulePopulations {
  /** source modules: the product */
  sources: number;
  exposure: PercentileOf;
  betweenness: PercentileOf;
  pagerank: PercentileOf;
  churn: PercentileOf;
}

export function populations(facts: readonly ModuleFacts[], percentile: (xs: number[]) => PercentileOf): ModulePopulations {
  const prod = facts.filter((f) => f.source);
  return {
    sources: prod.length,
    exposure: rankTimesMagnitude(prod.map((f) => f.exposure)),
    betweenness: rankTimesMagnitude(prod.map((f) => f.betweenness)),
    pagerank: rankTimesMagnitude(prod.map((f) => f.pagerank)),
    churn: percentile(prod.map((f) => f.recentChurn)),
  };
}

export interface FactorSet {
  groups: FactorValue[][];
  multiplier: Multiplier;
}

/** Only with history: a module without it has no score (score-modules.ts). */
export function moduleFactors(f: ModuleFacts, o: Ownership, pop: ModulePopulations, w: ScoreWeights): FactorSet {
  const exposure = pop.exposure(f.exposure);
  const pb = pop.betweenness(f.betweenness);
  const pp = pop.pagerank(f.pagerank);
  const reachDetail = f.barrel
    ? `re-exports only: ${plural(f.symbolBlastRadius, 'module')} ${f.symbolBlastRadius === 1 ? 'uses' : 'use'} symbols defined here (${f.blastRadius} ${f.blastRadius === 1 ? 'imports' : 'import'} through it)`
    : `${f.blastRadius} of ${pop.sources} source modules depend on it (${pct(share(f.blastRadius, pop.sources))})`;
  const groups: FactorValue[][] = [[
    { name: 'blastRadius', value: exposure, weight: w.blastRadius, detail: `${reachDetail}; normalised ${exposure.toFixed(2)}` },
    {
      name: 'centrality', value: (pb + pp) / 2, weight: w.centrality,
      detail: `betweenness ${f.betweenness.toPrecision(3)} (normalised ${pb.toFixed(2)}), PageRank ${f.pagerank.toPrecision(3)} (normalised ${pp.toFixed(2)})`,
    },
  ]];
  groups.push([
    { name: 'noActiveAuthor', value: noActiveAuthorValue(o.busFactor), weight: w.noActiveAuthor, detail: `bus factor ${o.busFactor} (active authors by DOA)` },
    {
      name: 'knowledgeLoss', value: o.knowledgeLoss, weight: w.knowledgeLoss,
      detail: o.commits > 0 && o.mainAuthor === null
        ? `no person ${f.wholeHistory ? 'ever committed to it' : 'committed to it in the history read'}`
        : `${pct(o.knowledgeLoss)} of its authorship is held by people no longer active`,
    },
    aiShareFactor(f, o, w),
  ]);
  const churn = pop.churn(f.recentChurn);
  return {
    groups,
    multiplier: {
      strength: churnStrength(w),
      factor: { name: 'churn', value: churn, weight: w.churn, detail: `${f.recentChurn.toFixed(1)} recency-weighted commits; percentile ${churn.toFixed(2)}` },
    },
  };
}

/**
 * The AI share: where the repository records which lines an AI tool wrote, the share of the
 * module's current lines so written (what is in the file now, not how often it was touched);
 * otherwise the share of its commits that carry an AI-assistance marker.
 */
function aiShareFactor(f: ModuleFacts, o: Ownership, w: ScoreWeights): FactorValue {
  const commits = `${o.aiCommits} of ${plural(o.commits, 'commit')} AI-assisted`;
  const lines = f.lineShare;
  if (lines === null) return { name: 'aiShare', value: aiShareValue(o.commits, o.aiCommits), weight: w.aiShare, detail: commits };
  return {
    name: 'aiShare', value: aiLineShareValue(lines), weight: w.aiShare,
    detail: `${lines.aiLines} of ${plural(lines.lines, 'line')} written by an AI tool, per ${lineSourceName(lines)} (the line share replaces the commit share: ${commits})`,
  };
}

/** The churn weight's share of all weights: how much of a score hangs on recent change. */
export function churnStrength(w: ScoreWeights): number {
  const total = w.blastRadius + w.centrality + w.noActiveAuthor + w.knowledgeLoss + w.aiShare + w.churn;
  return total > 0 ? w.churn / total : 0;
}

export function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
