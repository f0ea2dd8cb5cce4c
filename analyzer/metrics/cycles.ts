import type { Adjacency } from './adjacency.js';
import { componentMembers, stronglyConnectedComponents } from './strongly-connected.js';
import { compareText } from '../core/compare-text.js';

// Import cycles are the strongly connected components with more than one module (Tarjan 1972),
// plus modules that import themselves.
export function importCycles(graph: Adjacency, paths: readonly string[], selfImports: readonly string[], scc = stronglyConnectedComponents(graph)): string[][] {
  const cycles = componentMembers(scc.component, scc.count)
    .filter((list) => list.length > 1)
    .map((list) => list.map((v) => paths[v] as string));
  for (const path of selfImports) if (!cycles.some((list) => list.includes(path))) cycles.push([path]);
  for (const list of cycles) list.sort();
  return cycles.sort((a, b) => b.length - a.length || compareText(a[0] as string, b[0] as string));
}
