/** Lookups the report.md sections share: people by id, importers by module, areas by module. */
import { areaChain, areaOf } from '../score/area-tree.js';
import { ago } from '../score/format.js';
import type { Report, ReportAuthor, ReportModule } from './schema/index.js';

export interface Lookup {
  report: Report;
  people: Map<string, ReportAuthor>;
  modules: Map<string, ReportModule>;
  /** non-test importers per module */
  importers: Map<string, string[]>;
  nonTest: number;
}

export function lookup(report: Report): Lookup {
  const modules = new Map(report.modules.map((m) => [m.path, m]));
  const importers = new Map<string, string[]>();
  for (const e of report.edges) {
    if (modules.get(e.source)?.test ?? true) continue;
    const list = importers.get(e.target);
    if (list) list.push(e.source);
    else importers.set(e.target, [e.source]);
  }
  return {
    report,
    people: new Map(report.authors.map((a) => [a.id, a])),
    modules,
    importers,
    nonTest: report.modules.filter((m) => !m.test).length,
  };
}

export function nameOf(l: Lookup, id: string): string {
  return l.people.get(id)?.name ?? id;
}

/** "Alice (left, last commit 17 months ago)" / "Bob (active)" */
export function personLabel(l: Lookup, id: string): string {
  const who = l.people.get(id);
  if (!who) return id;
  if (who.active) return `${who.name} (active)`;
  const last = ago(who.lastCommit, l.report.repo.now);
  return last ? `${who.name} (left, last commit ${last})` : `${who.name} (left)`;
}

export function inArea(path: string, area: string): boolean {
  return area === '.' || areaChain(areaOf(path)).includes(area);
}

/** Non-test modules that reach `path` through one or more import edges. */
export function dependentsOf(l: Lookup, start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    for (const s of l.importers.get(queue.pop()!) ?? []) {
      if (seen.has(s)) continue;
      seen.add(s);
      queue.push(s);
    }
  }
  return seen;
}

export function percent(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return 'n/a';
  return share > 0 && share < 0.005 ? '<1 %' : `${Math.round(share * 100)} %`;
}

export function scoreLabel(score: number, level: string): string {
  return `${score.toFixed(2)} ${level}`;
}
