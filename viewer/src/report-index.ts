import { buildAreaTree, walkAreaTree, type AreaTreeNode } from '../../analyzer/report/layout/area-tree.js';
import { computeLayout, type Point } from '../../analyzer/report/layout/layout.js';
import type { Report, ReportArea, ReportAuthor, ReportModule } from '../../analyzer/report/schema/index.js';
import { thresholdsOf, type LevelThresholds } from '../../analyzer/report/wording/score-text.js';
import { riskyCutoff, type RiskyModules } from '../../analyzer/report/heat/area-heat.js';

/** Lookups the viewer needs again and again, built once from the report. */
export interface ReportIndex {
  report: Report;
  modules: Map<string, ReportModule>;
  /** report areas by directory path */
  areas: Map<string, ReportArea>;
  authors: Map<string, ReportAuthor>;
  /** direct importers of a module */
  dependents: Map<string, string[]>;
  /** what a module imports directly */
  dependencies: Map<string, string[]>;
  /** the drawn areas: the directory tree with single-child chains folded */
  tree: AreaTreeNode;
  areaNodes: Map<string, AreaTreeNode>;
  /** drawn area holding each module directly */
  areaOfModule: Map<string, AreaTreeNode>;
  positions: Map<string, Point>;
  maxBlastRadius: number;
  /** the thresholds the report was scored with: a printed score lands on the side of its level */
  thresholds: LevelThresholds | null;
  /** false when no module has a score (no git history): lists rank by blast radius instead */
  scored: boolean;
  /** which modules count toward an area's risk mass (analyzer/report/heat/area-heat.ts); null without scores */
  risky: RiskyModules | null;
}

export function indexReport(report: Report): ReportIndex {
  const modules = new Map(report.modules.map((m) => [m.path, m]));
  const dependents = new Map<string, string[]>();
  const dependencies = new Map<string, string[]>();
  for (const e of report.edges) {
    if (!modules.has(e.source) || !modules.has(e.target)) continue;
    push(dependents, e.target, e.source);
    push(dependencies, e.source, e.target);
  }
  const tree = buildAreaTree(report.modules);
  const areaNodes = new Map<string, AreaTreeNode>();
  const areaOfModule = new Map<string, AreaTreeNode>();
  walkAreaTree(tree, (node) => {
    areaNodes.set(node.path, node);
    for (const path of node.modules) areaOfModule.set(path, node);
  });
  return {
    report,
    modules,
    areas: new Map(report.areas.map((a) => [a.path, a])),
    authors: new Map(report.authors.map((a) => [a.id, a])),
    dependents,
    dependencies,
    tree,
    areaNodes,
    areaOfModule,
    positions: positionsOf(report),
    maxBlastRadius: report.modules.reduce((max, m) => Math.max(max, m.graph.blastRadius), 0),
    thresholds: thresholdsOf(report.options),
    scored: report.modules.some((m) => m.risk.score !== null),
    risky: riskyCutoff(report.modules),
  };
}

/** Positions from the report; a report written without them gets the analyzer's own layout. */
function positionsOf(report: Report): Map<string, Point> {
  if (report.modules.every((m) => m.layout)) return new Map(report.modules.map((m) => [m.path, m.layout!]));
  return computeLayout({
    modules: report.modules.map((m) => ({ path: m.path, area: m.area, blastRadius: m.graph.blastRadius })),
    edges: report.edges,
  });
}

/** Every module in the area and its sub-areas. */
export function modulesUnder(area: AreaTreeNode): string[] {
  const out: string[] = [];
  walkAreaTree(area, (node) => out.push(...node.modules));
  return out;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
