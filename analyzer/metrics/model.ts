import type { AreaReach } from './area-reach.js';

/** Per-module graph figures, as computed by the pure metric functions in this folder. */
export interface ModuleMetrics {
  fanIn: number;
  fanOut: number;
  blastRadius: number;
  betweenness: number;
  pagerank: number;
  symbolFanIn: number;
  symbolBlastRadius: number;
  /** index into GraphMetrics.cycles, or null */
  cycle: number | null;
}

export interface BetweennessMode {
  exact: boolean;
  /** pivots used when sampled (Brandes & Pich 2007), else null */
  samples: number | null;
  seed: number | null;
  nodes: number;
}

export interface GraphMetrics {
  modules: Map<string, ModuleMetrics>;
  /** per directory holding modules, and each ancestor ('.' the root): who reaches it from outside */
  areas: Map<string, AreaReach>;
  /** strongly connected components with more than one member, or a self-import */
  cycles: string[][];
  betweenness: BetweennessMode;
}
