import type { ModuleKind } from './module-kind.js';

export type { ModuleKind } from './module-kind.js';

/** The typed module graph: extraction builds it in one pass; later stages only query it. */
export type EdgeKind = 'import' | 'export' | 'require' | 'dynamic-import' | 'import-type' | 'import-equals';

export interface ModuleSize {
  loc: number;
  complexity: number;
  maxFunctionComplexity: number;
  functions: number;
}

export interface GraphModule {
  path: string;
  /** source, test, example or tooling (module-kind.ts) */
  kind: ModuleKind;
  /** true exactly when kind is test */
  test: boolean;
  size: ModuleSize;
  externals: string[];
  /** the module defines nothing and only re-exports */
  barrel: boolean;
}

export interface GraphEdge {
  source: string;
  target: string;
  typeOnly: boolean;
  dynamic: boolean;
  kind: EdgeKind;
}

/** source uses a symbol that target defines (re-export chains followed to the definition). */
export interface SymbolEdge {
  source: string;
  target: string;
}

export interface ModuleGraph {
  /** sorted by path */
  modules: GraphModule[];
  /** one per (source, target) pair, sorted */
  edges: GraphEdge[];
  symbolEdges: SymbolEdge[];
  /** modules that import themselves (a cycle of one) */
  selfImports: string[];
  /** tracked TS/JS files seen, before exclusions */
  filesSeen: number;
}
