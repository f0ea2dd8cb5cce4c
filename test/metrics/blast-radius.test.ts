import { describe, expect, it } from 'vitest';
import { buildAdjacency } from '../../analyzer/metrics/adjacency.js';
import { blastRadius } from '../../analyzer/metrics/blast-radius.js';
import { randomGraph } from './random-graph.js';

/** The obvious definition: a search from every node over reversed edges. */
function bfsBlastRadius(n: number, pairs: Array<[number, number]>, counted: Uint8Array): number[] {
  const importers: number[][] = Array.from({ length: n }, () => []);
  for (const [s, t] of pairs) importers[t]?.push(s);
  return Array.from({ length: n }, (_, v) => {
    const seen = new Set<number>([v]);
    const queue = [v];
    while (queue.length > 0) for (const u of importers[queue.shift() as number] ?? []) if (!seen.has(u)) (seen.add(u), queue.push(u));
    seen.delete(v);
    return [...seen].filter((u) => counted[u]).length;
  });
}

describe('blastRadius', () => {
  it('counts distinct non-test transitive dependents, worked by hand', () => {
    // 0 app → 1 feature → 2 core ⇄ 3 util (a cycle), 4 test → 2, 5 isolated
    const pairs: Array<[number, number]> = [[0, 1], [1, 2], [2, 3], [3, 2], [4, 2]];
    const counted = Uint8Array.from([1, 1, 1, 1, 0, 1]);
    const result = [...blastRadius(buildAdjacency(6, pairs), counted)];
    // app: nobody. feature: app. core: app, feature, util (in its cycle); the test is not counted.
    // util: app, feature, core. test: nobody. isolated: nobody.
    expect(result).toEqual([0, 1, 3, 3, 0, 0]);
  });

  it('agrees with a search from every node on random graphs', () => {
    for (const [n, e, seed] of [[30, 60, 1], [200, 500, 2], [400, 400, 3], [150, 1200, 4]] as const) {
      const pairs = randomGraph(n, e, seed);
      const counted = Uint8Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 0 : 1));
      expect([...blastRadius(buildAdjacency(n, pairs), counted)]).toEqual(bfsBlastRadius(n, pairs, counted));
    }
  });

  it('handles an empty graph', () => {
    expect([...blastRadius(buildAdjacency(0, []), new Uint8Array())]).toEqual([]);
  });
});
