/** Area risks: one per directory holding modules and every ancestor, '.' for the root. */
import type { ModuleGraph } from '../graph/model.js';
import type { GraphMetrics } from '../metrics/model.js';
import { areaFactors, areaPopulations, type AreaRatings } from './area-factors.js';
import { gatherAreaFacts } from './area-facts.js';
import { indexAreas } from '../metrics/area-tree.js';
import { combine } from './combine.js';
import { explainArea } from './explain-area.js';
import { levelOf } from './levels.js';
import type { ModuleFacts } from './module-facts.js';
import type { FactorSet } from './module-factors.js';
import type { AreaScore, ScoreInput } from './model.js';
import type { FamiliarityFacts } from './familiarity.js';

export function scoreAreas(
  graph: ModuleGraph,
  metrics: GraphMetrics,
  facts: readonly ModuleFacts[],
  churn: readonly number[],
  options: ScoreInput['options'],
  now: string | null,
  familiarity: ReadonlyMap<string, FamiliarityFacts> = new Map(),
): AreaScore[] {
  const sources = graph.modules.reduce((count, m) => count + (m.kind === 'source' ? 1 : 0), 0);
  const areas = gatherAreaFacts(indexAreas(graph.modules.map((m) => m.path)).paths, facts, churn, metrics.areas);
  const pop = areaPopulations(areas, sources);
  return areas.map((a) => {
    const explanation = explainArea(a, sources, now);
    // Without history (busFactor null) nobody's knowledge can be measured: no score, structure only.
    const risk: AreaScore['risk'] = a.busFactor === null
      ? { score: null, level: null, factors: [], explanation }
      : scored(areaFactors(a, a.busFactor, pop, options.score.weights, rated(familiarity.get(a.path), options)), options, explanation);
    return {
      path: a.path,
      modules: a.modules,
      testModules: a.testModules,
      blastRadius: a.blastRadius,
      busFactor: a.busFactor,
      aiCommitRatio: a.aiCommitRatio,
      commits: a.commits,
      linesChanged: a.linesChanged,
      authors: a.authors.map(({ id, files, active }) => ({ id, files, active })),
      familiarity: familiarity.get(a.path)?.familiarity ?? null,
      risk,
    };
  });
}

function scored(set: FactorSet, options: ScoreInput['options'], explanation: string): AreaScore['risk'] {
  const { score, factors } = combine(set.groups, set.multiplier);
  return { score, level: levelOf(score, options.score.levels), factors, explanation };
}

function rated(facts: FamiliarityFacts | undefined, options: ScoreInput['options']): AreaRatings | null {
  return facts === undefined ? null : { facts, weights: options.score.familiarity };
}
