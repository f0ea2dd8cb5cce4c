/** Areas are directories: a module belongs to its own directory and to every ancestor, '.' last. */
export const ROOT = '.';

export function areaOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? ROOT : path.slice(0, slash);
}

/** `dir` and each of its ancestors, innermost first, ending with '.'. */
export function areaChain(dir: string): string[] {
  const chain: string[] = [];
  let current = dir;
  while (current !== ROOT) {
    chain.push(current);
    const slash = current.lastIndexOf('/');
    current = slash <= 0 ? ROOT : current.slice(0, slash);
  }
  chain.push(ROOT);
  return chain;
}

/** areaChain of a path's own directory, worked out once per directory (callers ask for every module). */
export function chainOfPath(): (path: string) => string[] {
  const chains = new Map<string, string[]>();
  return (path) => {
    const dir = areaOf(path);
    let chain = chains.get(dir);
    if (!chain) chains.set(dir, (chain = areaChain(dir)));
    return chain;
  };
}

function parentArea(dir: string): string | null {
  if (dir === ROOT) return null;
  return areaOf(dir);
}

export interface AreaIndex {
  /** every area, sorted by path with '.' first */
  paths: string[];
  /** modules directly in each area (indices into the module list) */
  direct: Map<string, number[]>;
  /** child areas of each area */
  children: Map<string, string[]>;
}

export function indexAreas(modulePaths: readonly string[]): AreaIndex {
  const direct = new Map<string, number[]>();
  const children = new Map<string, string[]>();
  const ensure = (dir: string): void => {
    if (children.has(dir)) return;
    children.set(dir, []);
    direct.set(dir, []);
    const parent = parentArea(dir);
    if (parent !== null) {
      ensure(parent);
      children.get(parent)!.push(dir);
    }
  };
  ensure(ROOT);
  modulePaths.forEach((path, i) => {
    const dir = areaOf(path);
    ensure(dir);
    direct.get(dir)!.push(i);
  });
  const paths = [...children.keys()].sort((a, b) => (a === ROOT ? -1 : b === ROOT ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const list of children.values()) list.sort();
  return { paths, direct, children };
}
