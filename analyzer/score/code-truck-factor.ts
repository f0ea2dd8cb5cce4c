/**
 * Truck factor of the code (Avelino et al., ICPC 2016), over the source modules only (kind
 * `source`: not tests, examples or tooling, which the study left out too; nor docs, lock files and
 * images, which would otherwise decide whom "the code rests on"). Also how many source modules
 * each person is an author of (DOA).
 */
import type { ModuleGraph } from '../graph/model.js';
import type { FileHistory, HistoryAuthorship } from '../history/model.js';
import { truckFactor } from '../history/truck-factor.js';

export interface CodeOwnership {
  truckFactor: number | null;
  /** author ids in the order the greedy removed them */
  truckFactorAuthors: string[];
  /** modules each author id is an author of */
  modulesAuthored: Map<string, number>;
}

/**
 * Reads each module's path and kind only (analyzer/trend passes modules without a graph).
 * `leaving`: people counted as gone (--leaving): their authorship no longer holds any file up.
 */
export function codeOwnership(graph: { modules: readonly Pick<ModuleGraph['modules'][number], 'path' | 'kind'>[] }, history: HistoryAuthorship | null, leaving: readonly string[] = []): CodeOwnership {
  const gone = new Set(leaving);
  const files: FileHistory[] = [];
  for (const module of graph.modules) {
    // the product only: tests, examples and tooling are not what the code rests on (contract, schema 2)
    if (module.kind !== 'source') continue;
    const file = history?.files.get(module.path);
    // a module never committed (staged or untracked) has no authorship to lose
    if (file && file.lastChange !== null) files.push(file);
  }
  const owners = files.map((file) => file.authors.filter((a) => a.isAuthor && !gone.has(a.id)).map((a) => a.id));
  const modulesAuthored = new Map<string, number>();
  for (const ids of owners) for (const id of ids) modulesAuthored.set(id, (modulesAuthored.get(id) ?? 0) + 1);
  if (history === null) return { truckFactor: null, truckFactorAuthors: [], modulesAuthored };
  const result = truckFactor(owners);
  return { truckFactor: result.value, truckFactorAuthors: result.removed, modulesAuthored };
}
