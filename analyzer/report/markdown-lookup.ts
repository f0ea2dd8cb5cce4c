/** Lookups the report.md sections share: people by id, importers by module, areas by module. */
import { ROOT } from '../metrics/area-tree.js';
import { ago, pct } from '../score/format.js';
import type { Report, ReportAuthor, ReportModule } from './schema/index.js';

export interface Lookup {
  report: Report;
  people: Map<string, ReportAuthor>;
  modules: Map<string, ReportModule>;
  /** non-test importers per module */
  importers: Map<string, string[]>;
  nonTest: number;
  /** the same importers by module index (report.modules order), for walks over the whole graph */
  index: Map<string, number>;
  importerIds: number[][];
  /** each module's own directory as a number (report.modules order), and the directories by number */
  areaIds: Int32Array;
  areaNames: string[];
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
  const index = new Map(report.modules.map((m, i) => [m.path, i]));
  const importerIds = report.modules.map((m) => (importers.get(m.path) ?? []).map((s) => index.get(s) as number));
  const areaNumbers = new Map<string, number>();
  const areaIds = Int32Array.from(report.modules, (m) => {
    const known = areaNumbers.get(m.area);
    if (known !== undefined) return known;
    areaNumbers.set(m.area, areaNumbers.size);
    return areaNumbers.size - 1;
  });
  return {
    report,
    people: new Map(report.authors.map((a) => [a.id, a])),
    modules,
    importers,
    nonTest: report.modules.filter((m) => !m.test).length,
    index,
    importerIds,
    areaIds,
    areaNames: [...areaNumbers.keys()],
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

/** The module lies in the area's directory or below it (a prefix test: this runs for every dependent of every key module). */
export function inArea(path: string, area: string): boolean {
  return area === ROOT || (path.length > area.length && path.charCodeAt(area.length) === 47 /* / */ && path.startsWith(area));
}

/** Non-test modules that reach `path` through one or more import edges, as indices into report.modules. */
export function dependentsOf(l: Lookup, path: string): number[] {
  const start = l.index.get(path);
  if (start === undefined) return [];
  const seen = new Uint8Array(l.report.modules.length);
  const found: number[] = [];
  const stack = [start];
  while (stack.length > 0) {
    for (const s of l.importerIds[stack.pop() as number] ?? []) {
      if (seen[s] === 1) continue;
      seen[s] = 1;
      found.push(s);
      stack.push(s);
    }
  }
  return found;
}

export function percent(share: number | null): string {
  return share === null || !Number.isFinite(share) ? 'n/a' : pct(share);
}

export function scoreLabel(score: number, level: string): string {
  return `${score.toFixed(2)} ${level}`;
}
