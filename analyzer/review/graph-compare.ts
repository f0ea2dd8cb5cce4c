import { compareText } from '../core/compare-text.js';
import { buildAdjacency, indexEdges } from '../metrics/adjacency.js';
import { importCycles } from '../metrics/cycles.js';
import type { ChangedFile } from './changed-files.js';

/** A graph as both sides give it: modules with their kind, and import edges. */
export interface SideGraph {
  modules: ReadonlyArray<{ path: string; kind: string }>;
  edges: ReadonlyArray<{ source: string; target: string }>;
}

/** Every module that reaches one of `targets` through one or more import edges (reverse breadth-first search). */
export function dependentsOf(graph: SideGraph, targets: ReadonlySet<string>): Set<string> {
  const importers = new Map<string, string[]>();
  for (const { source, target } of graph.edges) {
    const list = importers.get(target);
    if (list) list.push(source);
    else importers.set(target, [source]);
  }
  const reached = new Set<string>();
  const queue = [...targets];
  while (queue.length > 0) {
    const next = queue.pop() as string;
    for (const source of importers.get(next) ?? []) {
      if (reached.has(source)) continue;
      reached.add(source);
      queue.push(source);
    }
  }
  return reached;
}

/**
 * The report contract's `affected[]`: the source modules of the head graph that reach a changed
 * module, and the source modules of the base graph that reached a deleted one, changed modules
 * (either name of a rename) excluded, sorted.
 */
export function affectedModules(head: SideGraph, base: SideGraph, changed: readonly ChangedFile[]): string[] {
  const onHead = new Set(changed.filter((c) => c.status !== 'deleted').map((c) => c.path));
  const deleted = new Set(changed.filter((c) => c.status === 'deleted').map((c) => c.path));
  const names = new Set(changed.flatMap((c) => (c.from === null ? [c.path] : [c.path, c.from])));
  const sourceOn = (graph: SideGraph): Set<string> => new Set(graph.modules.filter((m) => m.kind === 'source').map((m) => m.path));
  const out = new Set<string>();
  const headSources = sourceOn(head);
  for (const path of dependentsOf(head, onHead)) if (headSources.has(path)) out.add(path);
  const baseSources = sourceOn(base);
  for (const path of dependentsOf(base, deleted)) if (baseSources.has(path)) out.add(path);
  for (const name of names) out.delete(name);
  return [...out].sort(compareText);
}

/** The import cycles of a graph (strongly connected components over all its modules, as the report counts them). */
export function cyclesOf(graph: SideGraph): string[][] {
  const paths = graph.modules.map((m) => m.path);
  const { pairs } = indexEdges(paths, graph.edges);
  const selfImports = graph.edges.filter((e) => e.source === e.target).map((e) => e.source);
  return importCycles(buildAdjacency(paths.length, pairs), paths, selfImports);
}

const edgeKey = (e: { source: string; target: string }): string => `${e.source}\0${e.target}`;

/** The edges of `head` that `base` does not have, a renamed module counted under its old name on the base side. */
export function addedEdges(head: SideGraph, base: SideGraph, changed: readonly ChangedFile[]): Array<{ source: string; target: string }> {
  const newName = new Map(changed.filter((c) => c.from !== null).map((c) => [c.from as string, c.path]));
  const rename = (path: string): string => newName.get(path) ?? path;
  const before = new Set(base.edges.map((e) => edgeKey({ source: rename(e.source), target: rename(e.target) })));
  const seen = new Set<string>();
  const added: Array<{ source: string; target: string }> = [];
  for (const e of head.edges) {
    const key = edgeKey(e);
    if (before.has(key) || seen.has(key)) continue;
    seen.add(key);
    added.push({ source: e.source, target: e.target });
  }
  return added;
}

/**
 * Cycles on one side whose modules were not all in one cycle on the other: what the change added
 * (head against base) or removed (base against head). Names are mapped through renames first.
 */
export function cyclesNotIn(side: string[][], other: string[][], map: (path: string) => string = (p) => p): string[][] {
  const together = new Map<string, number>();
  other.forEach((members, i) => {
    for (const m of members) together.set(m, i);
  });
  return side.filter((members) => {
    const mapped = members.map(map);
    const first = together.get(mapped[0] as string);
    if (first === undefined) return true;
    if (members.length === 1) return !(other[first]?.length === 1 && other[first]?.[0] === mapped[0]);
    return mapped.some((m) => together.get(m) !== first);
  });
}
