/** The in-repository edges of a dependency-cruiser `--output-type json` result, and the specifiers behind them. */
export interface CruiseResult {
  modules: Array<{
    source: string;
    dependencies: Array<{ module: string; resolved: string; couldNotResolve: boolean; coreModule: boolean; dependencyTypes: string[] }>;
  }>;
}

export interface CruisedEdges {
  /** `source\0target`, both repo-relative files */
  edges: Set<string>;
  /** the specifier written for each edge (the first one met) */
  specifiers: Map<string, string>;
  /** specifiers it could not resolve, per source */
  unresolved: Map<string, string[]>;
}

const OUTSIDE = /(^|\/)node_modules\//;

export function cruisedEdges(result: CruiseResult, isTracked: (path: string) => boolean): CruisedEdges {
  const edges = new Set<string>();
  const specifiers = new Map<string, string>();
  const unresolved = new Map<string, string[]>();
  for (const module of result.modules) {
    if (!isTracked(module.source)) continue;
    for (const dependency of module.dependencies) {
      if (dependency.couldNotResolve) {
        const list = unresolved.get(module.source) ?? [];
        list.push(dependency.module);
        unresolved.set(module.source, list);
        continue;
      }
      if (dependency.coreModule || OUTSIDE.test(dependency.resolved) || !isTracked(dependency.resolved)) continue;
      const edge = `${module.source}\0${dependency.resolved}`;
      edges.add(edge);
      if (!specifiers.has(edge)) specifiers.set(edge, dependency.module);
    }
  }
  return { edges, specifiers, unresolved };
}
