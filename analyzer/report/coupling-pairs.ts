import type { ModuleGraph } from '../graph/model.js';
import type { HistoryModel } from '../history/model.js';
import type { ReportCoupling } from './schema/index.js';

/**
 * Files that change together, each pair hidden unless the graph joins them either way: an import
 * edge, or a symbol one uses that the other defines. The second covers a barrel in between
 * (`a` imports `index.ts`, which re-exports `b`): `a` depends on `b`, and a reader who is told
 * "neither imports the other" would look for a link that is there.
 */
export function couplingPairs(history: HistoryModel | null, graph: ModuleGraph): ReportCoupling[] {
  if (!history) return [];
  // only links between files of some pair can join one: a few hundred files among all the edges
  const inPairs = new Set(history.coChanges.flatMap((pair) => [pair.a, pair.b]));
  const joined = new Set<string>();
  for (const list of [graph.edges, graph.symbolEdges]) {
    for (const e of list) {
      if (inPairs.has(e.source) && inPairs.has(e.target)) joined.add(`${e.source}\0${e.target}`).add(`${e.target}\0${e.source}`);
    }
  }
  return history.coChanges.map((pair) => ({ ...pair, hidden: !joined.has(`${pair.a}\0${pair.b}`) }));
}
