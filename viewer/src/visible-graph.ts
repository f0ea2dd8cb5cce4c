import { ROOT_AREA, type AreaTreeNode } from '../../analyzer/report/layout/area-tree.js';
import { areaId, moduleId } from './element-ids.js';
import { moduleMatches, type ModuleFilter } from './filters.js';
import type { ReportIndex } from './report-index.js';

/**
 * More links than this make a hairball that also takes seconds to draw; past it only the heaviest
 * (most imports) are drawn and the page says how many are left out.
 */
export const EDGE_LIMIT = 3000;

export interface VisibleEdge {
  id: string;
  source: string;
  target: string;
  /** how many module imports this drawn edge stands for */
  imports: number;
  /** true when an end is a collapsed area */
  aggregated: boolean;
}

export interface VisibleGraph {
  /** area node ids drawn, each with whether it is expanded (drawn open, its contents on top) */
  areas: Map<string, { node: AreaTreeNode; expanded: boolean }>;
  /** module paths drawn */
  modules: string[];
  edges: VisibleEdge[];
  /** links there would be without the cap (drawn ones are the heaviest) */
  totalEdges: number;
  /** the drawn node standing for each matching module: itself, or the collapsed area hiding it */
  representative: Map<string, string>;
  /**
   * Paths of the areas that carry their colour as a fill: the collapsed ones and the open ones with
   * no area drawn inside. Areas around them show theirs only as a border, so no fill sits on another.
   */
  heatBoxes: Set<string>;
}

/**
 * What is on screen for a set of expanded areas and a filter. An import between two modules is
 * drawn between whatever stands for them (the module, or the collapsed area it hides in); imports
 * that land on the same drawn node disappear, the rest are merged and counted.
 */
export function visibleGraph(index: ReportIndex, expanded: ReadonlySet<string>, filter: ModuleFilter, edgeLimit = EDGE_LIMIT): VisibleGraph {
  const matching = new Set(index.report.modules.filter((m) => moduleMatches(m, filter)).map((m) => m.path));
  const areas: VisibleGraph['areas'] = new Map();
  const modules: string[] = [];
  const representative = new Map<string, string>();

  const visit = (node: AreaTreeNode, hiddenIn: string | null): number => {
    const open = hiddenIn === null && (node.path === ROOT_AREA || expanded.has(node.path));
    const standIn = hiddenIn ?? (open ? null : areaId(node.path));
    const drawn = node.path !== ROOT_AREA && hiddenIn === null;
    // Set before the children so that parents come first in the map, as Cytoscape wants them.
    if (drawn) areas.set(areaId(node.path), { node, expanded: open });
    let count = 0;
    for (const path of node.modules) {
      if (!matching.has(path)) continue;
      count++;
      representative.set(path, standIn ?? moduleId(path));
      if (standIn === null) modules.push(path);
    }
    for (const child of node.children) count += visit(child, standIn);
    if (drawn && count === 0) areas.delete(areaId(node.path));
    return count;
  };
  visit(index.tree, null);

  const merged = new Map<string, VisibleEdge>();
  for (const e of index.report.edges) {
    const source = representative.get(e.source);
    const target = representative.get(e.target);
    if (!source || !target || source === target) continue;
    const id = `e:${source}\u0000${target}`;
    const edge = merged.get(id);
    if (edge) edge.imports++;
    else merged.set(id, { id, source, target, imports: 1, aggregated: source.startsWith('a:') || target.startsWith('a:') });
  }
  const heatBoxes = new Set<string>();
  const holdsArea = new Set<string>();
  for (const [, { node }] of areas) if (node.parent) holdsArea.add(node.parent.path);
  for (const [, { node, expanded: open }] of areas) if (!open || !holdsArea.has(node.path)) heatBoxes.add(node.path);

  const all = [...merged.values()];
  const edges = all.length <= edgeLimit ? all : all.sort((a, b) => b.imports - a.imports || (a.id < b.id ? -1 : 1)).slice(0, edgeLimit);
  return { areas, modules, edges, totalEdges: all.length, representative, heatBoxes };
}
