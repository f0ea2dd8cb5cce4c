import type { AnalyzeOptions } from '../core/options.js';
import type { ModuleGraph } from '../graph/model.js';
import type { AreaReach } from '../metrics/area-reach.js';
import { BETWEENNESS_SEED, computeMetrics } from '../metrics/index.js';
import type { GraphMetrics, ModuleMetrics } from '../metrics/model.js';
import { digestOf } from './keys.js';
import type { Codec, Memory } from './memory.js';

type MetricOptions = Pick<AnalyzeOptions, 'betweennessExactUpTo' | 'betweennessSamples'>;

interface StoredMetrics {
  modules: [string, ModuleMetrics][];
  areas: [string, AreaReach][];
  cycles: string[][];
  betweenness: GraphMetrics['betweenness'];
}

const METRICS: Codec<GraphMetrics> = {
  encode: (m): StoredMetrics => ({ modules: [...m.modules], areas: [...m.areas], cycles: m.cycles, betweenness: m.betweenness }),
  decode(stored) {
    const s = (stored ?? {}) as Partial<StoredMetrics>;
    if (!Array.isArray(s.modules) || !Array.isArray(s.areas) || !Array.isArray(s.cycles) || !s.betweenness) return undefined;
    return { modules: new Map(s.modules), areas: new Map(s.areas), cycles: s.cycles, betweenness: s.betweenness };
  },
};

/**
 * The metrics are a pure function of what this key covers (modules and their test flag, edges and
 * symbol edges in order, self-imports, the options): when a new commit leaves the graph as it was,
 * the last run's figures are the figures.
 */
function metricsKey(graph: ModuleGraph, options: MetricOptions): string {
  // the edges as pairs of module numbers (the modules are hashed in order): a few hundred
  // kilobytes of integers instead of two path strings per edge
  const index = new Map(graph.modules.map((m, i) => [m.path, i]));
  const pairs = (edges: readonly { source: string; target: string }[]): Uint8Array => {
    const out = new Int32Array(edges.length * 2);
    edges.forEach((e, i) => {
      out[2 * i] = index.get(e.source) ?? -1;
      out[2 * i + 1] = index.get(e.target) ?? -1;
    });
    return new Uint8Array(out.buffer);
  };
  return digestOf([
    JSON.stringify([options.betweennessExactUpTo, options.betweennessSamples, BETWEENNESS_SEED]),
    // the kind decides what counts (only source modules): part of the key
    graph.modules.map((m) => `${m.kind}:${m.path}\0`).join(''),
    pairs(graph.edges),
    pairs(graph.symbolEdges),
    graph.selfImports.map((path) => `${path}\0`).join(''),
  ]);
}

/** computeMetrics, or the figures an earlier run computed from the same graph and options. */
export function rememberedMetrics(memory: Memory, graph: ModuleGraph, options: MetricOptions): { metrics: GraphMetrics; reused: boolean } {
  const { value, reused } = memory.memoize('metrics', metricsKey(graph, options), () => computeMetrics(graph, options), METRICS);
  return { metrics: value, reused };
}
