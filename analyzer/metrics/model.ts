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
  /** strongly connected components with more than one member, or a self-import */
  cycles: string[][];
  betweenness: BetweennessMode;
}
