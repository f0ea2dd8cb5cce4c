import { walkAreaTree, type AreaTreeNode } from '../../analyzer/report/layout/area-tree.js';
import { AREA_PADDING } from '../../analyzer/report/layout/layout.js';
import { moduleDiameter } from '../../analyzer/report/layout/node-size.js';
import type { ReportIndex } from './report-index.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The footprint of every area: its modules and the boxes of its sub-areas, with padding. An area
 * is drawn as exactly this box, open or closed, so opening it fills the same place instead of
 * moving things.
 */
export function areaBoxes(index: ReportIndex): Map<string, Box> {
  const bounds = new Map<string, { x1: number; y1: number; x2: number; y2: number }>();
  const boundsOf = (node: AreaTreeNode) => {
    let b = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    for (const path of node.modules) {
      const p = index.positions.get(path);
      const m = index.modules.get(path);
      if (!p || !m) continue;
      const r = moduleDiameter(m.graph.blastRadius, index.maxBlastRadius) / 2;
      b = { x1: Math.min(b.x1, p.x - r), y1: Math.min(b.y1, p.y - r), x2: Math.max(b.x2, p.x + r), y2: Math.max(b.y2, p.y + r) };
    }
    for (const child of node.children) {
      const c = bounds.get(child.path);
      if (c) b = { x1: Math.min(b.x1, c.x1), y1: Math.min(b.y1, c.y1), x2: Math.max(b.x2, c.x2), y2: Math.max(b.y2, c.y2) };
    }
    return b;
  };
  const postOrder: AreaTreeNode[] = [];
  walkAreaTree(index.tree, (n) => postOrder.push(n));
  // Reversed pre-order puts every area after all the areas inside it.
  postOrder.reverse();
  const boxes = new Map<string, Box>();
  for (const node of postOrder) {
    const inner = boundsOf(node);
    if (!Number.isFinite(inner.x1)) continue;
    // The padding the layout leaves around each area's content (AREA_PADDING).
    const pad = AREA_PADDING.side;
    const b = { x1: inner.x1 - pad, y1: inner.y1 - pad, x2: inner.x2 + pad, y2: inner.y2 + pad };
    bounds.set(node.path, b);
    boxes.set(node.path, { x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2, width: b.x2 - b.x1, height: b.y2 - b.y1 });
  }
  return boxes;
}
