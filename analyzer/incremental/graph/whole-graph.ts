import { realpathSync } from 'node:fs';
import type { AnalyzerWarning } from '../../core/warnings.js';
import { WarningSink } from '../../core/warnings.js';
import { discover } from '../../graph/discover.js';
import { assembleGraph, type GraphInput } from '../../graph/index.js';
import type { EdgeKind, GraphEdge, GraphModule, ModuleGraph, ModuleKind } from '../../graph/model.js';
import type { GraphSteps } from '../../graph/steps.js';
import { COMPILER_VERSION, digestOf } from '../keys.js';
import type { Codec, Memory } from '../memory.js';
import { isModuleSize, isObject, isString } from '../shapes.js';
import { diskAnswering, type DiskJournal } from './disk-journal.js';
import type { Readings } from './read-parse.js';

/** What the last graph was built from, beyond its key: the disk outside the tracked tree, and what it said. */
interface RememberedGraph {
  graph: ModuleGraph;
  /** the warnings the graph's building gave, in order (discovery's are given again by discovery) */
  warnings: AnalyzerWarning[];
  /** every question resolution asked the disk outside the tracked tree, and its answer */
  disk: DiskJournal;
  /** lookups the building run resolved or took over */
  lookups: number;
}

export interface GraphOutcome {
  /** the whole graph was the last run's */
  reused: boolean;
  modules: number;
  lookups: number;
}

/**
 * The graph stage as a whole, taken over when nothing it reads has changed: the same tracked
 * files (names, links and where they point), each candidate's text (its parse key, through its
 * stamp when it has not been written), the same options and compiler, and the disk outside the
 * tree answering every question resolution asked of it as it did. A commit that only bumps
 * dependency versions or edits files that are not modules leaves all of that as it was. Otherwise
 * the stage runs with `steps` (which take over what they can) and the result is kept for next time.
 */
export function rememberingGraph(memory: Memory, readings: Readings, steps: GraphSteps, diskJournal: () => DiskJournal | null, lookups: () => number, done: (outcome: GraphOutcome) => void): (input: GraphInput) => Promise<ModuleGraph> {
  return async (input) => {
    const { options } = input;
    const root = realpathSync(input.repoDir);
    const found = await (input.discover ?? discover)(root, options.exclude, input.warnings);
    const parts: string[] = [COMPILER_VERSION, JSON.stringify([options.maxFileBytes, options.testPatterns, options.examplePatterns, options.toolingPatterns])];
    for (const file of found.listing.files) parts.push(`${file.symlink ? 'l' : 'f'}${file.path}`);
    parts.push(JSON.stringify([...found.aliases]));
    // which files are documentation (Linguist's rules, linguist-documentation) is the module kinds' to read
    parts.push(JSON.stringify([...found.linguist.documentation]));
    for (const path of found.candidates) {
      const reading = readings.of(path, `${root}/${path}`, options.maxFileBytes, !found.linguist.notGenerated.has(path));
      parts.push(`${path}\0${reading.key ?? JSON.stringify(reading.warnings)}`);
    }
    // auto-imported components' declarations are no modules, but their text gives edges
    for (const path of found.autoImports.declarations) parts.push(`${path}\0${readings.of(path, `${root}/${path}`, options.maxFileBytes, false).key ?? 'unread'}`);
    const key = digestOf(parts);
    // the last graph's key is kept on its own: the graph (megabytes) is read only when it is the one
    const stored = memory.recall('graph-key', 'last') === key ? memory.recall('graph', key) : undefined;
    const remembered = stored === undefined ? undefined : GRAPH.decode(stored);
    if (remembered && diskAnswering(remembered.disk) !== null) {
      for (const w of remembered.warnings) input.warnings.add(w.code, w.message, w.path);
      done({ reused: true, modules: remembered.graph.modules.length, lookups: remembered.lookups });
      return remembered.graph;
    }
    const local = new WarningSink();
    const graph = await assembleGraph(root, found, { ...input, warnings: local, steps });
    for (const w of local.items) input.warnings.add(w.code, w.message, w.path);
    const disk = diskJournal();
    // a candidate written while the graph was built: the graph is of a text the key does not name
    if (disk !== null && !readings.drifted) {
      memory.keep('graph', key, GRAPH.encode({ graph, warnings: local.items, disk, lookups: lookups() }));
      memory.keep('graph-key', 'last', key);
    }
    done({ reused: false, modules: graph.modules.length, lookups: lookups() });
    return graph;
  };
}

const MODULE_KINDS: readonly ModuleKind[] = ['source', 'test', 'example', 'tooling'];
const KINDS: readonly EdgeKind[] = ['import', 'export', 'require', 'dynamic-import', 'import-type', 'import-equals'];

/** Edges as module numbers: [source, target, flags (1 type-only, 2 dynamic), kind]. */
interface StoredGraph extends Omit<RememberedGraph, 'graph'> {
  modules: GraphModule[];
  edges: number[];
  symbolEdges: number[];
  selfImports: string[];
  filesSeen: number;
}

const isIndexList = (v: unknown, stride: number, below: number): v is number[] =>
  Array.isArray(v) && v.length % stride === 0 && v.every((n) => Number.isInteger(n) && n >= 0 && n < below);

function isModule(m: unknown): m is GraphModule {
  if (!isObject(m) || !isString(m.path) || !MODULE_KINDS.includes(m.kind as ModuleKind) || typeof m.test !== 'boolean' || typeof m.barrel !== 'boolean' || !Array.isArray(m.externals)) return false;
  return m.externals.every(isString) && isModuleSize(m.size);
}

const GRAPH: Codec<RememberedGraph> = {
  encode({ graph, warnings, disk, lookups }): StoredGraph {
    const index = new Map(graph.modules.map((m, i) => [m.path, i]));
    const at = (path: string): number => index.get(path) as number;
    return {
      modules: graph.modules,
      edges: graph.edges.flatMap((e) => [at(e.source), at(e.target), (e.typeOnly ? 1 : 0) | (e.dynamic ? 2 : 0), KINDS.indexOf(e.kind)]),
      symbolEdges: graph.symbolEdges.flatMap((e) => [at(e.source), at(e.target)]),
      selfImports: graph.selfImports,
      filesSeen: graph.filesSeen,
      warnings,
      disk,
      lookups,
    };
  },
  decode(value) {
    if (!isObject(value)) return undefined;
    const s = value as Partial<StoredGraph>;
    const modules = s.modules;
    if (!Array.isArray(modules) || !modules.every(isModule) || typeof s.filesSeen !== 'number' || typeof s.lookups !== 'number') return undefined;
    if (!isIndexList(s.edges, 4, Math.max(modules.length, KINDS.length)) || !isIndexList(s.symbolEdges, 2, modules.length)) return undefined;
    if (!Array.isArray(s.selfImports) || !s.selfImports.every((p) => typeof p === 'string')) return undefined;
    if (!Array.isArray(s.warnings) || !s.warnings.every((w) => isObject(w) && typeof w.code === 'string' && typeof w.message === 'string')) return undefined;
    const disk = s.disk as Partial<DiskJournal> | undefined;
    if (!isObject(disk) || ![disk.kinds, disk.texts, disk.realpaths, disk.entries].every(Array.isArray)) return undefined;
    const pathOf = (i: number): string => (modules[i] as GraphModule).path;
    const edges: GraphEdge[] = [];
    for (let i = 0; i < s.edges.length; i += 4) {
      const source = s.edges[i] as number;
      const target = s.edges[i + 1] as number;
      const flags = s.edges[i + 2] as number;
      const kind = s.edges[i + 3] as number;
      if (source >= modules.length || target >= modules.length || kind >= KINDS.length) return undefined;
      edges.push({ source: pathOf(source), target: pathOf(target), typeOnly: (flags & 1) !== 0, dynamic: (flags & 2) !== 0, kind: KINDS[kind] as EdgeKind });
    }
    const symbolEdges = [];
    for (let i = 0; i < s.symbolEdges.length; i += 2) symbolEdges.push({ source: pathOf(s.symbolEdges[i] as number), target: pathOf(s.symbolEdges[i + 1] as number) });
    return {
      graph: { modules, edges, symbolEdges, selfImports: s.selfImports, filesSeen: s.filesSeen },
      warnings: s.warnings as AnalyzerWarning[],
      disk: disk as DiskJournal,
      lookups: s.lookups,
    };
  },
};
