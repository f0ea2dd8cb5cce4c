import { ROOT_AREA, type AreaTreeNode } from '../../analyzer/report/layout/area-tree.js';
import type { Box } from './area-boxes.js';
import type { ReportIndex } from './report-index.js';

/** Above this many modules the graph never opens completely, however large the screen. */
export const EXPAND_ALL_UP_TO = 1500;
/** Otherwise, expand whole levels of the area tree while the nodes on screen stay under this. */
export const OPENING_NODE_BUDGET = 150;
/**
 * The zoom from which modules have room: the smallest module is 16 units across and module names
 * are 10 units high, and the graph hides names smaller than 8 screen pixels.
 */
export const ROOM_FOR_MODULES_ZOOM = 0.8;

export interface Screen {
  width: number;
  height: number;
}

/** The zoom at which the whole map fits the screen (the viewer fits with 30 px of margin). */
export function fitZoom(boxes: ReadonlyMap<string, Box>, screen: Screen, margin = 30): number {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const b of boxes.values()) {
    x1 = Math.min(x1, b.x - b.width / 2);
    y1 = Math.min(y1, b.y - b.height / 2);
    x2 = Math.max(x2, b.x + b.width / 2);
    y2 = Math.max(y2, b.y + b.height / 2);
  }
  if (!Number.isFinite(x1) || screen.width <= 0 || screen.height <= 0) return 1;
  return Math.min((screen.width - 2 * margin) / Math.max(1, x2 - x1), (screen.height - 2 * margin) / Math.max(1, y2 - y1));
}

/**
 * The areas expanded when the viewer opens. Folders stay boxes until a box has room for its
 * modules: when the whole map, fitted to the screen, draws modules at a readable size (and the
 * repository is small enough to draw in full), everything opens; otherwise the shallowest levels
 * of the tree that fit the budget open, so the first picture is a map of coloured areas, never a
 * cloud of dots too small to see. Without a screen size, the repository's size alone decides.
 */
export function openingExpansion(index: ReportIndex, fit?: { boxes: ReadonlyMap<string, Box>; screen: Screen }): Set<string> {
  const all = new Set(index.areaNodes.keys());
  const n = index.report.modules.length;
  const room = fit ? fitZoom(fit.boxes, fit.screen) >= ROOM_FOR_MODULES_ZOOM : true;
  if (n <= EXPAND_ALL_UP_TO && room) return all;
  const expanded = new Set<string>([ROOT_AREA]);
  let level: AreaTreeNode[] = [index.tree];
  let shown = index.tree.children.length + index.tree.modules.length;
  for (;;) {
    const next = level.flatMap((node) => node.children);
    const growth = next.reduce((sum, node) => sum + node.children.length + node.modules.length, 0);
    // One lonely area on screen is never a useful picture, so it always opens.
    if (next.length === 0 || (shown + growth > OPENING_NODE_BUDGET && shown > 1)) return expanded;
    for (const node of next) expanded.add(node.path);
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
