import { buildAreaTree, compare, ROOT_AREA, type AreaTreeNode } from './area-tree.js';
import { discBlock, shelfBlock, type Block } from './pack.js';
import { areaLabelRoom, moduleDiameter } from './node-size.js';

export interface LayoutInput {
  modules: { path: string; area: string; blastRadius: number }[];
  /** Not used by this layout: positions come from the directory tree, not from imports. */
  edges: { source: string; target: string }[];
}

export interface LayoutOptions {
  /** Accepted for callers that set one; the layout is O(n log n) (20,000 modules: well under a second). */
  timeBudgetMs?: number;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * The viewer draws a box with this padding around each area's content, its label above
 * the box; the layout leaves that much room so that sibling areas and labels never overlap.
 */
export const AREA_PADDING = { side: 24, gap: 28 };

/**
 * The whole map's shape (width / height) the top level is packed toward: the graph's canvas on a
 * landscape screen beside the lists (1,600 × 1,000 less the side bars is about 1,300 × 700). A
 * map stacked into a column would fill a quarter of that width.
 */
export const MAP_ASPECT = 1.7;

/**
 * Directory treemap: each directory's own modules form a sunflower disc (largest blast radius
 * in the middle), and a directory's disc and sub-directories are shelf-packed inside its box.
 * Deterministic: the output depends only on paths, areas and blast radii.
 */
export function computeLayout(input: LayoutInput, _options: LayoutOptions = {}): Map<string, Point> {
  const maxBlast = input.modules.reduce((max, m) => Math.max(max, m.blastRadius), 0);
  const blastOf = new Map(input.modules.map((m) => [m.path, m.blastRadius]));
  const positions = new Map<string, Point>();
  const onPlace = (id: string, x: number, y: number) => positions.set(id, { x: round(x), y: round(y) });
  const block = areaBlock(buildAreaTree(input.modules), (path) => moduleDiameter(blastOf.get(path) ?? 0, maxBlast), onPlace, MAP_ASPECT);
  block.place(-block.width / 2, -block.height / 2);
  return positions;
}

function areaBlock(area: AreaTreeNode, diameterOf: (path: string) => number, onPlace: (id: string, x: number, y: number) => void, aspect?: number): Block {
  const parts: Block[] = [];
  if (area.modules.length > 0) {
    const items = area.modules
      .map((path) => ({ id: path, diameter: diameterOf(path) }))
      .sort((a, b) => b.diameter - a.diameter || compare(a.id, b.id));
    parts.push(discBlock(`${area.path}#modules`, items, onPlace));
  }
  // an area that is all its parent holds takes on the map's shape in its place
  const only = area.modules.length === 0 && area.children.length === 1;
  for (const child of area.children) parts.push(areaBlock(child, diameterOf, onPlace, only ? aspect : undefined));
  const padding = area.path === ROOT_AREA
    ? { side: 0, gap: AREA_PADDING.gap, top: () => 0 }
    : { ...AREA_PADDING, top: (w: number, h: number) => AREA_PADDING.side + areaLabelRoom(w, h) };
  return shelfBlock(area.path, parts, padding, aspect);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
