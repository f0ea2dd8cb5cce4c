import { compareText } from '../core/compare-text.js';
import type { Report, ReportModule } from '../report/schema/index.js';

/** A person to ask about a module: an active author by DOA, or an owner the repository declares. */
export interface Asked {
  path: string;
  /** active DOA authors, most DOA first, by name */
  authors: string[];
  /** CODEOWNERS' owners as written there (`@login`, `@org/team`, email) */
  declared: string[];
}

/**
 * The one place declared owners plug in: `modules[].owners.declared` (report contract, "Declared
 * owners") when the report carries it, else none. Reports from before CODEOWNERS support have no
 * `owners`, and then only the active authors are named.
 */
export function declaredOwnersOf(module: ReportModule): string[] {
  const owners = (module as ReportModule & { owners?: { declared?: string[] | null } }).owners;
  return owners?.declared ?? [];
}

export function activeAuthorsOf(module: ReportModule, names: ReadonlyMap<string, string>): string[] {
  return (module.history?.authors ?? [])
    .filter((a) => a.isAuthor && a.active)
    .sort((a, b) => b.doa - a.doa || compareText(a.id, b.id))
    .map((a) => names.get(a.id) ?? a.id);
}

export const authorNames = (report: Report): Map<string, string> => new Map(report.authors.map((a) => [a.id, a.name || a.email || a.id]));

/**
 * Who to ask: each changed module's active authors and declared owners, then each affected area's
 * (the active authors of its affected modules, most often named first; at most five).
 */
export function whoToAsk(report: Report, changed: readonly string[], affected: readonly string[]): { modules: Asked[]; areas: Asked[] } {
  const byPath = new Map(report.modules.map((m) => [m.path, m]));
  const names = authorNames(report);
  const modules: Asked[] = [];
  for (const path of changed) {
    const module = byPath.get(path);
    if (module) modules.push({ path, authors: activeAuthorsOf(module, names), declared: declaredOwnersOf(module) });
  }
  const areas = new Map<string, { count: Map<string, number>; declared: Set<string> }>();
  for (const path of affected) {
    const module = byPath.get(path);
    if (!module) continue;
    const entry = areas.get(module.area) ?? { count: new Map(), declared: new Set() };
    areas.set(module.area, entry);
    for (const name of activeAuthorsOf(module, names)) entry.count.set(name, (entry.count.get(name) ?? 0) + 1);
    for (const owner of declaredOwnersOf(module)) entry.declared.add(owner);
  }
  const areaList = [...areas]
    .map(([path, { count, declared }]) => ({
      path,
      authors: [...count].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, 5).map(([name]) => name),
      declared: [...declared].sort(compareText),
    }))
    .sort((a, b) => compareText(a.path, b.path));
  return { modules, areas: areaList };
}
