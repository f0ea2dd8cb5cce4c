import type { Adjacency } from './adjacency.js';
import { stronglyConnectedComponents } from './strongly-connected.js';
import { compareText } from '../core/compare-text.js';

// Import cycles are the strongly connected components with more than one module (Tarjan 1972),
// plus modules that import themselves.
export function importCycles(graph: Adjacency, paths: readonly string[], selfImports: readonly string[]): string[][] {
  const { component, count } = stronglyConnectedComponents(graph);
  const members: string[][] = Array.from({ length: count }, () => []);
  for (let v = 0; v < graph.n; v += 1) members[component[v] as number]?.push(paths[v] as string);
  const cycles = members.filter((list) => list.length > 1);
  for (const path of selfImports) if (!cycles.some((list) => list.includes(path))) cycles.push([path]);
  for (const list of cycles) list.sort();
  return cycles.sort((a, b) => b.length - a.length || compareText(a[0] as string, b[0] as string));
}
