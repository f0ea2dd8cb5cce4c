/** Hand-built stage outputs for score tests: graph, metrics and history objects written directly. */
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../../analyzer/core/options.js';
import type { GraphEdge, GraphModule, ModuleGraph } from '../../analyzer/graph/model.js';
import type { FileHistory, HistoryAuthor, HistoryModel } from '../../analyzer/history/model.js';
import type { AreaReach } from '../../analyzer/metrics/area-reach.js';
import { areaChain, areaOf, indexAreas } from '../../analyzer/metrics/area-tree.js';
import type { GraphMetrics, ModuleMetrics } from '../../analyzer/metrics/model.js';

export function mod(path: string, extra: Partial<GraphModule> = {}): GraphModule {
  const kind = extra.kind ?? (extra.test ? 'test' : 'source');
  return { path, kind, test: kind === 'test', size: { loc: 10, complexity: 1, maxFunctionComplexity: 1, functions: 1 }, externals: [], barrel: false, ...extra };
}

export function edge(source: string, target: string): GraphEdge {
  return { source, target, typeOnly: false, dynamic: false, kind: 'import' };
}

export function graphOf(modules: GraphModule[], edges: GraphEdge[]): ModuleGraph {
  return { modules: [...modules].sort((a, b) => a.path.localeCompare(b.path)), edges, symbolEdges: [], selfImports: [], filesSeen: modules.length };
}

/** Reference figures by brute force: fan-in and transitive non-test dependents per module. */
export function metricsOf(graph: ModuleGraph, extra: Record<string, Partial<ModuleMetrics>> = {}): GraphMetrics {
  const importers = new Map<string, string[]>();
  for (const e of graph.edges) importers.set(e.target, [...(importers.get(e.target) ?? []), e.source]);
  const test = new Set(graph.modules.filter((m) => m.test).map((m) => m.path));
  const modules = new Map<string, ModuleMetrics>();
  for (const m of graph.modules) {
    const seen = new Set<string>();
    const queue = [...(importers.get(m.path) ?? [])];
    while (queue.length) {
      const next = queue.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(importers.get(next) ?? []));
    }
    const blast = [...seen].filter((p) => !test.has(p) && p !== m.path).length;
    const fanIn = new Set(importers.get(m.path) ?? []).size;
    modules.set(m.path, {
      fanIn, fanOut: graph.edges.filter((e) => e.source === m.path).length, blastRadius: blast,
      betweenness: 0, pagerank: m.test ? 0 : 0.1 + fanIn, symbolFanIn: fanIn, symbolBlastRadius: blast, cycle: null,
      ...extra[m.path],
    });
  }
  return { modules, areas: areaReachByBruteForce(graph), cycles: [], betweenness: { exact: true, samples: null, seed: null, nodes: modules.size } };
}

/** Per area: a reverse search from its members, counting the non-test outsiders reached and those importing it directly. */
export function areaReachByBruteForce(graph: Pick<ModuleGraph, 'modules' | 'edges'>): Map<string, AreaReach> {
  const paths = graph.modules.map((m) => m.path);
  const index = new Map(paths.map((p, i) => [p, i]));
  const importers: number[][] = paths.map(() => []);
  for (const e of graph.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined) importers[t]!.push(s);
  }
  const areas = new Map<string, AreaReach>();
  for (const area of indexAreas(paths).paths) {
    const inside = (i: number) => areaChain(areaOf(paths[i]!)).includes(area);
    const seen = new Set<number>();
    const queue = paths.map((_, i) => i).filter(inside);
    while (queue.length) for (const s of importers[queue.pop()!]!) if (!seen.has(s)) { seen.add(s); queue.push(s); }
    const outsider = (i: number) => !inside(i) && (graph.modules[i]!.kind ?? (graph.modules[i]!.test ? 'test' : 'source')) === 'source';
    const direct = new Set(paths.map((_, i) => i).filter(inside).flatMap((t) => importers[t]!).filter(outsider));
    areas.set(area, { blastRadius: [...seen].filter(outsider).length, directDependents: direct.size });
  }
  return areas;
}

export function person(id: string, active: boolean, lastCommit: string, extra: Partial<HistoryAuthor> = {}): HistoryAuthor {
  return { id, name: id[0]!.toUpperCase() + id.slice(1), email: `${id}@example.com`, kind: 'human', tool: null, commits: 10, aiCommits: 0, firstCommit: '2020-01-01T00:00:00Z', lastCommit, active, filesAuthored: 0, aliases: [], ...extra };
}

export interface FileSpec {
  commits: number;
  ai?: number;
  /** [id, doa, isAuthor, active] */
  authors: [string, number, boolean, boolean][];
  lastChange?: string;
  knowledgeLoss?: number | null;
}

export function file(path: string, spec: FileSpec): FileHistory {
  const authors = spec.authors.map(([id, doa, isAuthor, active]) => ({ id, doa, commits: 1, firstAuthorship: false, isAuthor, active }));
  const owners = authors.filter((a) => a.isAuthor);
  const total = owners.reduce((s, a) => s + a.doa, 0);
  return {
    path, formerPaths: [], commits: spec.commits, linesAdded: spec.commits * 10, linesDeleted: spec.commits * 2,
    aiCommits: spec.ai ?? 0, aiLinesAdded: 0,
    busFactor: owners.filter((a) => a.active).length,
    authors, createdBy: authors[0]?.id ?? null,
    lastChange: spec.lastChange ?? '2024-05-01T00:00:00Z', lastHumanChange: null,
    knowledgeLoss: spec.knowledgeLoss !== undefined ? spec.knowledgeLoss
      : total > 0 ? owners.filter((a) => !a.active).reduce((s, a) => s + a.doa, 0) / total : null,
  };
}

export function historyOf(authors: HistoryAuthor[], files: FileHistory[], now = '2024-06-01T00:00:00Z'): HistoryModel {
  return {
    available: true, head: 'a'.repeat(40), branch: 'main', shallow: false, complete: true, commitsAnalyzed: 100,
    firstCommitDate: '2020-01-01T00:00:00Z', lastCommitDate: now, now,
    files: new Map(files.map((f) => [f.path, f])), authors, truckFactor: 1, truckFactorAuthors: [authors[0]?.id ?? ''],
    aiCommitRatio: 0.2, monthly: [], coChanges: [], aiRuleCounts: {}, aiRuleMatches: {}, couplingCommits: 0,
  };
}

export function options(extra: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  return { ...DEFAULT_OPTIONS, ...extra };
}
