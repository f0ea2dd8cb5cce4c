export const ROOT_AREA = '.';

export interface AreaTreeNode {
  /** directory path; for a compacted chain (a/b/c with nothing but one sub-directory each) the deepest one */
  path: string;
  /** the path relative to the parent node, e.g. "core/graph" under "src" */
  label: string;
  parent: AreaTreeNode | null;
  children: AreaTreeNode[];
  /** module paths directly in this directory */
  modules: string[];
}

/**
 * The directory tree of the modules' areas, sorted by path, with chains of directories that hold
 * nothing but a single sub-directory folded into one node (as editors show "src/core"). Both the
 * layout and the viewer draw areas from this tree, so the boxes the layout leaves room for are
 * exactly the area boxes the viewer draws.
 */
export function buildAreaTree(modules: readonly { path: string; area: string }[]): AreaTreeNode {
  const root: AreaTreeNode = { path: ROOT_AREA, label: ROOT_AREA, parent: null, children: [], modules: [] };
  const byPath = new Map<string, AreaTreeNode>([[ROOT_AREA, root]]);
  for (const m of modules) {
    let node = root;
    for (const segment of areaSegments(m.area)) {
      const path = node === root ? segment : `${node.path}/${segment}`;
      let child = byPath.get(path);
      if (!child) {
        child = { path, label: segment, parent: node, children: [], modules: [] };
        byPath.set(path, child);
        node.children.push(child);
      }
      node = child;
    }
    node.modules.push(m.path);
  }
  sortAndCompact(root);
  return root;
}

function sortAndCompact(node: AreaTreeNode): void {
  node.children = node.children.map(compactChain).sort((a, b) => compare(a.path, b.path));
  for (const child of node.children) sortAndCompact(child);
}

function compactChain(node: AreaTreeNode): AreaTreeNode {
  let current = node;
  let label = node.label;
  while (current.modules.length === 0 && current.children.length === 1) {
    current = current.children[0]!;
    label = `${label}/${current.label}`;
  }
  if (current === node) return node;
  current.label = label;
  current.parent = node.parent;
  return current;
}

function areaSegments(area: string): string[] {
  if (area === ROOT_AREA || area === '') return [];
  return area.split('/').filter((s) => s !== '' && s !== ROOT_AREA);
}

/** Every node under (and including) `node`, parents before children. */
export function walkAreaTree(node: AreaTreeNode, visit: (n: AreaTreeNode) => void): void {
  visit(node);
  for (const child of node.children) walkAreaTree(child, visit);
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
