/**
 * Strongly connected components for the score stage's adjacency lists, by the metrics stage's
 * iterative Tarjan (1972). Components come out in reverse topological order: every component
 * appears after all the components it can reach.
 */
import { buildAdjacency } from './adjacency.js';
import { componentMembers, stronglyConnectedComponents } from './strongly-connected.js';

export interface Components {
  /** component index per node */
  of: Int32Array;
  /** members per component, in emission order (sinks first) */
  members: number[][];
}

export function stronglyConnected(n: number, out: readonly (readonly number[])[]): Components {
  const pairs: Array<[number, number]> = [];
  out.forEach((targets, source) => {
    for (const target of targets) pairs.push([source, target]);
  });
  const { component, count } = stronglyConnectedComponents(buildAdjacency(n, pairs));
  return { of: component, members: componentMembers(component, count) };
}
