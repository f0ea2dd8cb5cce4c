import type { AnalyzeOptions } from '../core/options.js';
import type { ModuleGraph } from '../graph/model.js';
import type { AreaReach } from '../metrics/area-reach.js';
import { BETWEENNESS_SEED } from '../metrics/index.js';
import type { GraphMetrics, ModuleMetrics } from '../metrics/model.js';
import { digestOf } from './keys.js';
import type { Codec, Memory } from './memory.js';

type MetricOptions = Pick<AnalyzeOptions, 'betweennessExactUpTo' | 'betweennessSamples'>;

/** A module's place on the map (the report stage's layout; this layer stores it and does not reach forward to it). */
interface Point {
  x: number;
  y: number;
}

/** The figures that need only the graph: its metrics, and the map's geometry (which places each module by its blast radius). */
export interface GraphFigures {
  metrics: GraphMetrics;
  layout: Map<string, Point>;
}

interface StoredFigures {
  modules: [string, ModuleMetrics][];
  areas: [string, AreaReach][];
  cycles: string[][];
  betweenness: GraphMetrics['betweenness'];
  /** per placed module, in the order it was placed: its number in graph.modules, x, y */
  layout: number[];
}

/** The codec of one graph: positions are kept by module number, which the key fixes. */
function figuresCodec(graph: ModuleGraph): Codec<GraphFigures> {
  return {
    encode({ metrics: m, layout }): StoredFigures {
      const index = new Map(graph.modules.map((module, i) => [module.path, i]));
      const placed: number[] = [];
      for (const [path, { x, y }] of layout) placed.push(index.get(path) ?? -1, x, y);
      return { modules: [...m.modules], areas: [...m.areas], cycles: m.cycles, betweenness: m.betweenness, layout: placed };
    },
    decode(stored) {
      const s = (stored ?? {}) as Partial<StoredFigures>;
      // the layout places every module once: as many positions as modules, none twice
      if (!Array.isArray(s.modules) || !Array.isArray(s.areas) || !Array.isArray(s.cycles) || !s.betweenness || !Array.isArray(s.layout) || s.layout.length !== 3 * graph.modules.length) return undefined;
      const layout = new Map<string, Point>();
      for (let i = 0; i < s.layout.length; i += 3) {
        const [at, x, y] = [s.layout[i], s.layout[i + 1], s.layout[i + 2]];
        const path = Number.isInteger(at) ? graph.modules[at as number]?.path : undefined;
        if (path === undefined || layout.has(path) || !Number.isFinite(x) || !Number.isFinite(y)) return undefined;
        layout.set(path, { x: x as number, y: y as number });
      }
      return { metrics: { modules: new Map(s.modules), areas: new Map(s.areas), cycles: s.cycles, betweenness: s.betweenness }, layout };
    },
  };
}

/**
 * The figures are a pure function of what this key covers (modules and their test flag, edges and
 * symbol edges in order, self-imports, the options): when a new commit leaves the graph as it was,
 * the last run's figures are the figures. The map's geometry reads only the modules' paths and
 * blast radii, so the same key covers it.
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

/** compute(), or the figures an earlier run computed from the same graph and options. */
export function rememberedFigures(memory: Memory, graph: ModuleGraph, options: MetricOptions, compute: () => GraphFigures): { figures: GraphFigures; reused: boolean } {
  const { value, reused } = memory.memoize('metrics', metricsKey(graph, options), compute, figuresCodec(graph));
  return { figures: value, reused };
}
