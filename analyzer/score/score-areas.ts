/** Area risks: one per directory holding modules and every ancestor, '.' for the root. */
import type { ModuleGraph } from '../graph/model.js';
import { areaFactors, areaPopulations } from './area-factors.js';
import { gatherAreaFacts } from './area-facts.js';
import { areaReach } from './area-reach.js';
import { indexAreas } from './area-tree.js';
import { combine } from './combine.js';
import { explainArea } from './explain-area.js';
import { levelOf } from './levels.js';
import type { ModuleFacts } from './module-facts.js';
import type { AreaScore, ScoreInput } from './model.js';
import { transitiveDependents } from './reach.js';

export function scoreAreas(
  graph: ModuleGraph,
  facts: readonly ModuleFacts[],
  churn: readonly number[],
  options: ScoreInput['options'],
  now: string | null,
): AreaScore[] {
  const paths = graph.modules.map((m) => m.path);
  const out = adjacency(paths, graph.edges);
  const reach = transitiveDependents(graph.modules.map((m) => m.test), out);
  const tree = indexAreas(paths);
  const areas = gatherAreaFacts(tree.paths, facts, churn, areaReach(tree, paths, out, reach));
  const pop = areaPopulations(areas, reach.universe);
  return areas.map((a) => {
    const set = areaFactors(a, pop, options.score.weights);
    const { score, factors } = combine(set.groups, set.multiplier);
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
      risk: { score, level: levelOf(score, options.score.levels), factors, explanation: explainArea(a, reach.universe, now) },
    };
  });
}

/** Import targets per module index; edges naming unknown modules are ignored. */
export function adjacency(paths: readonly string[], edges: ModuleGraph['edges']): number[][] {
  const index = new Map(paths.map((p, i) => [p, i]));
  const out: number[][] = paths.map(() => []);
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined) out[s]!.push(t);
  }
  return out;
}
