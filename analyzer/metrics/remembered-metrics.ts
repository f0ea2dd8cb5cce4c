import { createHash } from 'node:crypto';
import type { AnalyzeOptions } from '../core/options.js';
import type { StageMemo } from '../core/run-cache.js';
import type { ModuleGraph } from '../graph/model.js';
import { BETWEENNESS_SEED, computeMetrics } from './index.js';
import type { AreaReach } from './area-reach.js';
import type { GraphMetrics, ModuleMetrics } from './model.js';

type MetricOptions = Pick<AnalyzeOptions, 'betweennessExactUpTo' | 'betweennessSamples'>;

interface MetricsMemo {
  key: string;
  modules: [string, ModuleMetrics][];
  areas: [string, AreaReach][];
  cycles: string[][];
  betweenness: GraphMetrics['betweenness'];
}

/**
 * The metrics are a pure function of what this key covers (modules and their test flag, edges and
 * symbol edges in order, self-imports, the options): when a new commit leaves the graph as it was,
 * the last run's figures are the figures.
 */
function metricsKey(graph: ModuleGraph, options: MetricOptions): string {
  const hash = createHash('sha1').update(JSON.stringify([options.betweennessExactUpTo, options.betweennessSamples, BETWEENNESS_SEED]));
  hash.update(graph.modules.map((m) => `${m.test ? 't' : 'm'}${m.path}\0`).join(''));
  // the edges as pairs of module numbers (the modules are hashed above, in order): a few hundred
  // kilobytes of integers instead of two path strings per edge
  const index = new Map(graph.modules.map((m, i) => [m.path, i]));
  const pairs = (edges: readonly { source: string; target: string }[]): Int32Array => {
    const out = new Int32Array(edges.length * 2);
    edges.forEach((e, i) => {
      out[2 * i] = index.get(e.source) ?? -1;
      out[2 * i + 1] = index.get(e.target) ?? -1;
    });
    return out;
  };
  hash.update('\x01').update(pairs(graph.edges));
  hash.update('\x01').update(pairs(graph.symbolEdges));
  hash.update('\x01').update(graph.selfImports.map((path) => `${path}\0`).join(''));
  return hash.digest('hex');
}

/** computeMetrics, or the memo's figures when they were computed from the same graph and options. */
export function rememberedMetrics(graph: ModuleGraph, options: MetricOptions, memo: StageMemo): { metrics: GraphMetrics; reused: boolean } {
  const key = metricsKey(graph, options);
  const stored = memo.load() as Partial<MetricsMemo> | undefined;
  if (stored?.key === key && Array.isArray(stored.modules) && Array.isArray(stored.areas) && Array.isArray(stored.cycles) && stored.betweenness)
    return { metrics: { modules: new Map(stored.modules), areas: new Map(stored.areas), cycles: stored.cycles, betweenness: stored.betweenness }, reused: true };
  const metrics = computeMetrics(graph, options);
  const value: MetricsMemo = { key, modules: [...metrics.modules], areas: [...metrics.areas], cycles: metrics.cycles, betweenness: metrics.betweenness };
  memo.save(value);
  return { metrics, reused: false };
}
