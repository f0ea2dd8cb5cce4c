import { createRequire } from 'node:module';
import { DirectedGraph } from 'graphology';

// The typings declare an ES default export; the package is CommonJS (`module.exports = fn`).
const pagerankOf = createRequire(import.meta.url)('graphology-metrics/centrality/pagerank.js') as typeof import('graphology-metrics/centrality/pagerank.js').default;

// PageRank (Brin & Page 1998) via graphology-metrics: damping 0.85, dangling rank spread evenly.
// An importer passes rank to what it imports, so widely (and importantly) imported modules rank high.
export function pagerank(graph: DirectedGraph): Map<string, number> {
  const result = new Map<string, number>();
  if (graph.order === 0) return result;
  const ranks = pagerankOf(graph, { alpha: 0.85, maxIterations: 1000, tolerance: 1e-9, getEdgeWeight: null });
  for (const [node, rank] of Object.entries(ranks)) result.set(node, Number.isFinite(rank) ? rank : 0);
  return result;
}

/** The directed graph the centralities are defined on: one node a module, one edge a pair. */
export function centralityGraph(paths: readonly string[], pairs: ReadonlyArray<readonly [number, number]>): DirectedGraph {
  const graph = new DirectedGraph({ allowSelfLoops: false, multi: false });
  for (const path of paths) graph.addNode(path);
  for (const [s, t] of pairs) graph.mergeEdge(paths[s] as string, paths[t] as string);
  return graph;
}
