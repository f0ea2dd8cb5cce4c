/** Lookups the report.md sections share: people by id, importers by module, areas by module. */
import { ROOT } from '../metrics/area-tree.js';
import { ago, pct } from '../score/format.js';
import type { Report, ReportAuthor, ReportModule, ReportRisk } from './schema/index.js';
import { reportLimits, type Limit } from './wording/limits.js';
import { scoreLabel, thresholdsOf, type LevelThresholds } from './wording/score-text.js';

export interface Lookup {
  report: Report;
  people: Map<string, ReportAuthor>;
  sources: number;
  /** each module's index in report.modules */
  index: Map<string, number>;
  /** source importers per module, by index, for walks over the whole graph */
  importerIds: number[][];
  /** each module's own directory as a number (report.modules order), and the directories by number */
  areaIds: Int32Array;
  areaNames: string[];
  /** the level thresholds the report was scored with: scores print on the right side of them */
  thresholds: LevelThresholds | null;
  /** what the report could not see (wording/limits.ts) */
  limits: Limit[];
  /** false without git history: nothing has a risk level, and the tables rank by blast radius */
  hasHistory: boolean;
}

export function lookup(report: Report): Lookup {
  const index = new Map(report.modules.map((m, i) => [m.path, i]));
  const importerIds: number[][] = report.modules.map(() => []);
  for (const e of report.edges) {
    const source = index.get(e.source);
    const target = index.get(e.target);
    if (source === undefined || target === undefined || (report.modules[source] as ReportModule).kind !== 'source') continue;
    (importerIds[target] as number[]).push(source);
  }
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
    sources: report.modules.filter((m) => m.kind === 'source').length,
    index,
    importerIds,
    areaIds,
    areaNames: [...areaNumbers.keys()],
    thresholds: thresholdsOf(report.options),
    limits: reportLimits(report),
    hasHistory: report.repo.head !== null,
  };
}

/** The module at `path`, when it is one. */
export function moduleAt(l: Lookup, path: string): ReportModule | undefined {
  const i = l.index.get(path);
  return i === undefined ? undefined : l.report.modules[i];
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

/** "0.346 low" (as many decimals as the level takes), or "no risk level". */
export function riskLabel(l: Lookup, risk: ReportRisk): string {
  return scoreLabel(risk.score, risk.level, l.thresholds);
}
