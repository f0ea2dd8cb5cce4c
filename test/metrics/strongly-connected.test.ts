import { DirectedGraph } from 'graphology';
import { stronglyConnectedComponents as referenceScc } from 'graphology-components';
import { describe, expect, it } from 'vitest';
import { buildAdjacency } from '../../analyzer/metrics/adjacency.js';
import { importCycles } from '../../analyzer/metrics/cycles.js';
import { stronglyConnectedComponents } from '../../analyzer/metrics/strongly-connected.js';
import { randomGraph } from './random-graph.js';

function partition(component: Int32Array): string[] {
  const groups = new Map<number, number[]>();
  component.forEach((c, v) => groups.set(c, [...(groups.get(c) ?? []), v]));
  return [...groups.values()].map((g) => g.join(',')).sort();
}

describe('stronglyConnectedComponents', () => {
  it('matches graphology-components on random graphs', () => {
    for (const [n, e, seed] of [[50, 80, 5], [300, 600, 6], [1000, 1500, 7]] as const) {
      const pairs = randomGraph(n, e, seed);
      const graph = new DirectedGraph();
      for (let i = 0; i < n; i += 1) graph.addNode(String(i));
      for (const [s, t] of pairs) graph.addEdge(String(s), String(t));
      const expected = referenceScc(graph).map((c) => c.map(Number).sort((a, b) => a - b).join(',')).sort();
      expect(partition(stronglyConnectedComponents(buildAdjacency(n, pairs)).component)).toEqual(expected);
    }
  });

  it('numbers components sinks first (reverse topological order)', () => {
    const { component } = stronglyConnectedComponents(buildAdjacency(3, [[0, 1], [1, 2]]));
    expect(component[2]).toBeLessThan(component[1] as number);
    expect(component[1]).toBeLessThan(component[0] as number);
  });

  it('survives a 100,000-module import chain without overflowing the stack', () => {
    const n = 100_000;
    const pairs = Array.from({ length: n - 1 }, (_, i): [number, number] => [i, i + 1]);
    expect(stronglyConnectedComponents(buildAdjacency(n, pairs)).count).toBe(n);
  });
});

describe('importCycles', () => {
  it('lists components of more than one module and self-imports, largest first', () => {
    const paths = ['a', 'b', 'c', 'd', 'e'];
    // a ⇄ b, c → d → e → c, and e imports itself too
    const pairs: Array<[number, number]> = [[0, 1], [1, 0], [2, 3], [3, 4], [4, 2]];
    expect(importCycles(buildAdjacency(5, pairs), paths, ['e', 'a'])).toEqual([['c', 'd', 'e'], ['a', 'b']]);
    expect(importCycles(buildAdjacency(5, []), paths, ['e'])).toEqual([['e']]);
  });
});
