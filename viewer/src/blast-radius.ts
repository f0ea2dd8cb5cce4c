import type { ReportIndex } from './report-index.js';

/** Every module that reaches one of `roots` through imports (transitive dependents), roots excluded unless in a cycle. */
export function transitiveDependents(index: ReportIndex, roots: readonly string[]): Set<string> {
  const reached = new Set<string>();
  const queue = [...roots];
  for (let i = 0; i < queue.length; i++) {
    for (const importer of index.dependents.get(queue[i]!) ?? []) {
      if (reached.has(importer)) continue;
      reached.add(importer);
      queue.push(importer);
    }
  }
  return reached;
}

/** The count the report calls blast radius: source dependents (not tests, examples or tooling). */
export function countSources(index: ReportIndex, paths: Iterable<string>): number {
  let n = 0;
  for (const p of paths) if (index.modules.get(p)?.kind === 'source') n++;
  return n;
}
