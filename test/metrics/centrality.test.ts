import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildAdjacency, type Adjacency } from '../../analyzer/metrics/adjacency.js';
import { betweenness, pivots, sampledBetweenness } from '../../analyzer/metrics/betweenness.js';
import { DirectedGraph } from 'graphology';
import { pagerank } from '../../analyzer/metrics/pagerank.js';
import { randomGraph } from './random-graph.js';

const referenceBetweenness = createRequire(import.meta.url)('graphology-metrics/centrality/betweenness.js') as (
  graph: unknown,
  options: { normalized: boolean; getEdgeWeight: null },
) => Record<string, number>;

const referencePagerank = createRequire(import.meta.url)('graphology-metrics/centrality/pagerank.js') as (
  graph: unknown,
  options: { alpha: number; maxIterations: number; tolerance: number; getEdgeWeight: null },
) => Record<string, number>;

const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `m${i}`);

/** The same graph as a graphology instance, for the reference implementations. */
function centralityGraph(paths: readonly string[], pairs: ReadonlyArray<readonly [number, number]>): DirectedGraph {
  const graph = new DirectedGraph({ allowSelfLoops: false, multi: false });
  for (const path of paths) graph.addNode(path);
  for (const [s, t] of pairs) graph.mergeEdge(paths[s] as string, paths[t] as string);
  return graph;
}

describe('betweenness', () => {
  it('is 1/((n-1)(n-2)) per shortest path through a node, worked by hand', () => {
    // a → b → c, a → d → c: the one a→c pair splits its two shortest paths between b and d.
    // e → a adds pairs e→b, e→d (through a) and e→c (through a, then b or d).
    const paths = ['a', 'b', 'c', 'd', 'e'];
    const pairs: Array<[number, number]> = [[0, 1], [1, 2], [0, 3], [3, 2], [4, 0]];
    const { values, mode } = betweenness(buildAdjacency(5, pairs), paths, { exactUpTo: 100, samples: 2, seed: 1 });
    const scale = 1 / (4 * 3);
    expect(mode.exact).toBe(true);
    expect(values.get('a')).toBeCloseTo(3 * scale); // e→b, e→d, e→c
    expect(values.get('b')).toBeCloseTo(1 * scale); // half of a→c, half of e→c
    expect(values.get('d')).toBeCloseTo(1 * scale);
    expect(values.get('c')).toBe(0);
    expect(values.get('e')).toBe(0);
  });

  it('exact, and sampling from every node, reproduce the reference library', () => {
    for (const [n, e, seed] of [[60, 150, 11], [250, 700, 12], [1200, 4000, 14]] as const) {
      const pairs = randomGraph(n, e, seed);
      const paths = names(n);
      const adjacency = buildAdjacency(n, pairs);
      const reference = referenceBetweenness(centralityGraph(paths, pairs), { normalized: true, getEdgeWeight: null });
      const raw = sampledBetweenness(adjacency, Array.from({ length: n }, (_, i) => i));
      const { values, mode } = betweenness(adjacency, paths, { exactUpTo: n, samples: 10, seed: 1 });
      expect(mode.exact).toBe(true);
      paths.forEach((path, i) => {
        const expected = reference[path] as number;
        expect((raw[i] as number) / ((n - 1) * (n - 2))).toBeCloseTo(expected, 12);
        expect(Math.abs((values.get(path) as number) - expected)).toBeLessThanOrEqual(1e-12 * Math.max(expected, 1e-6));
      });
    }
  });

  it('is zero everywhere on graphs too small for a path through a node', () => {
    for (const n of [0, 1, 2]) {
      const { values } = betweenness(buildAdjacency(n, n === 2 ? [[0, 1]] : []), names(n), { exactUpTo: 100, samples: 2, seed: 1 });
      expect([...values.values()]).toEqual(Array.from({ length: n }, () => 0));
    }
  });

  it('samples above the threshold, reproducibly, and records how', () => {
    const n = 400;
    const pairs = randomGraph(n, 1600, 13);
    const paths = names(n);
    const graph = centralityGraph(paths, pairs);
    const adjacency = buildAdjacency(n, pairs);
    const first = betweenness(adjacency, paths, { exactUpTo: 100, samples: 200, seed: 7 });
    const again = betweenness(adjacency, paths, { exactUpTo: 100, samples: 200, seed: 7 });
    expect(first.mode).toEqual({ exact: false, samples: 200, seed: 7, nodes: n });
    expect([...first.values]).toEqual([...again.values]);
    // The estimate ranks the most central nodes like the exact figure does.
    const exact = referenceBetweenness(graph, { normalized: true, getEdgeWeight: null });
    const topExact = Object.entries(exact).sort((a, b) => b[1] - a[1]).slice(0, 10).map(([p]) => p);
    const topSampled = [...first.values].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([p]) => p);
    expect(topExact.filter((p) => topSampled.includes(p)).length).toBeGreaterThanOrEqual(8);
  });

  it('estimates every node within the sampling error, so a wrong n/k scale cannot pass', () => {
    // k = n/4 pivots, eight seeds. The estimator's own variance predicts the summed error of one
    // draw (about 25 % on these graphs) and of the mean of eight (√8 smaller, about 9 %); the bounds
    // are 2x and 1.5x that. A scale off by n/k (forgotten, or applied twice) is off by 75 % or 300 %.
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    for (const [n, e, graphSeed] of [[300, 1200, 31], [500, 1500, 32], [800, 3200, 33]] as const) {
      const k = n / 4;
      const pairs = randomGraph(n, e, graphSeed);
      const paths = names(n);
      const adjacency = buildAdjacency(n, pairs);
      const reference = referenceBetweenness(centralityGraph(paths, pairs), { normalized: true, getEdgeWeight: null });
      const exact = paths.map((path) => reference[path] as number);
      const expected = expectedSamplingError(adjacency, k);
      const mean = new Array<number>(n).fill(0);
      for (const seed of seeds) {
        const { values, mode } = betweenness(adjacency, paths, { exactUpTo: 100, samples: k, seed });
        expect(mode.exact).toBe(false);
        const estimate = paths.map((path) => values.get(path) as number);
        expect(summedError(estimate, exact), `n=${n}, seed ${seed}`).toBeLessThanOrEqual(2 * expected);
        estimate.forEach((v, i) => (mean[i] = (mean[i] as number) + v / seeds.length));
      }
      const tolerance = (1.5 * expected) / Math.sqrt(seeds.length);
      expect(summedError(mean, exact), `n=${n}, mean of ${seeds.length} seeds`).toBeLessThanOrEqual(tolerance);
      // the tolerance is tight enough to see a wrong scale: k/n (n/k forgotten) or n/k once more
      expect(summedError(mean.map((v) => (v * k) / n), exact)).toBeGreaterThan(2 * expected);
      expect(summedError(mean.map((v) => (v * n) / k), exact)).toBeGreaterThan(2 * expected);
    }
  });

  it('is exact when asked for as many samples as nodes, whatever the threshold', () => {
    const n = 150;
    const pairs = randomGraph(n, 500, 15);
    const paths = names(n);
    const adjacency = buildAdjacency(n, pairs);
    const reference = referenceBetweenness(centralityGraph(paths, pairs), { normalized: true, getEdgeWeight: null });
    for (const samples of [n, n + 50]) {
      const { values, mode } = betweenness(adjacency, paths, { exactUpTo: 10, samples, seed: 3 });
      expect(mode).toEqual({ exact: true, samples: null, seed: null, nodes: n });
      for (const path of paths) expect(values.get(path) as number).toBeCloseTo(reference[path] as number, 12);
    }
    // n − 1 samples is an estimate again: the boundary is samples >= n
    expect(betweenness(adjacency, paths, { exactUpTo: 10, samples: n - 1, seed: 3 }).mode.exact).toBe(false);
  });

  it('draws distinct pivots', () => {
    const chosen = pivots(1000, 300, 3);
    expect(new Set(chosen).size).toBe(300);
    expect(Math.max(...chosen)).toBeLessThan(1000);
  });
});

/** Σ|estimate − exact| / Σ exact: one figure for the whole graph, so a few noisy nodes do not decide. */
function summedError(estimate: readonly number[], exact: readonly number[]): number {
  let error = 0;
  let total = 0;
  exact.forEach((x, i) => {
    error += Math.abs((estimate[i] as number) - x);
    total += x;
  });
  return error / total;
}

/**
 * The summed error one draw of k pivots should show, from the estimator's variance: node v's
 * estimate is n times the mean of k of the n per-source dependencies δ_s(v), drawn without
 * replacement, so its standard deviation is n·σ_v·√((n−k)/(k(n−1))), and E|error| ≈ √(2/π)·sd.
 * (δ_s from one-source accumulations, whose sum over all sources matches graphology above.)
 */
function expectedSamplingError(adjacency: Adjacency, k: number): number {
  const n = adjacency.n;
  const perSource = Array.from({ length: n }, (_, s) => sampledBetweenness(adjacency, [s]));
  let error = 0;
  let total = 0;
  for (let v = 0; v < n; v += 1) {
    let sum = 0;
    let squares = 0;
    for (const dependencies of perSource) {
      const d = dependencies[v] as number;
      sum += d;
      squares += d * d;
    }
    const variance = Math.max(0, squares / n - (sum / n) ** 2);
    error += Math.sqrt(2 / Math.PI) * n * Math.sqrt((variance * (n - k)) / (k * (n - 1)));
    total += sum;
  }
  return error / total;
}

describe('pagerank', () => {
  it('passes rank from importer to imported, dangling rank spread evenly (worked by hand)', () => {
    // a → b, α = 0.85, b dangling: x_a = 0.075 + 0.425·x_b and x_a + x_b = 1 ⇒ x_a = 0.5 / 1.425.
    const ranks = pagerank(buildAdjacency(2, [[0, 1]]));
    expect(ranks[0]).toBeCloseTo(0.5 / 1.425, 6);
    expect(ranks[1]).toBeCloseTo(1 - 0.5 / 1.425, 6);
  });

  it('gives the reference library\'s figures, and sums to one', () => {
    for (const [n, e, seed] of [[300, 900, 21], [1200, 4000, 14]] as const) {
      const pairs = randomGraph(n, e, seed);
      const paths = names(n);
      const ranks = pagerank(buildAdjacency(n, pairs));
      const reference = referencePagerank(centralityGraph(paths, pairs), { alpha: 0.85, maxIterations: 1000, tolerance: 1e-9, getEdgeWeight: null });
      paths.forEach((path, i) => expect(Math.abs((ranks[i] as number) - (reference[path] as number))).toBeLessThanOrEqual(1e-15));
      expect([...ranks].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    }
    expect(pagerank(buildAdjacency(0, [])).length).toBe(0);
  });
});
