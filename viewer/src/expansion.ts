import { ROOT_AREA, type AreaTreeNode } from '../../analyzer/report/layout/area-tree.js';
import type { ReportIndex } from './report-index.js';

/** Up to this many modules, the graph opens with every area expanded. */
export const EXPAND_ALL_UP_TO = 1500;
/** Otherwise, expand whole levels of the area tree while the nodes on screen stay under this. */
export const OPENING_NODE_BUDGET = 150;

/**
 * The areas expanded when the viewer opens: all of them for a small repo; for a large one the
 * shallowest levels of the tree that fit the budget, so the first picture is a map of areas.
 */
export function openingExpansion(index: ReportIndex): Set<string> {
  const all = new Set(index.areaNodes.keys());
  if (index.report.modules.length <= EXPAND_ALL_UP_TO) return all;
  const expanded = new Set<string>([ROOT_AREA]);
  let level: AreaTreeNode[] = [index.tree];
  let shown = index.tree.children.length + index.tree.modules.length;
  for (;;) {
    const next = level.flatMap((n) => n.children);
    const growth = next.reduce((sum, n) => sum + n.children.length + n.modules.length, 0);
    // One lonely area on screen is never a useful picture, so it always opens.
    if (next.length === 0 || (shown + growth > OPENING_NODE_BUDGET && shown > 1)) return expanded;
    for (const n of next) expanded.add(n.path);
    shown += growth;
    level = next;
  }
}

/** The area and every area above it (what must be open for a module in it to be seen). */
export function ancestorsOf(area: AreaTreeNode): string[] {
  const out: string[] = [];
  for (let n: AreaTreeNode | null = area; n; n = n.parent) out.push(n.path);
  return out;
}
