import type { ts } from 'ts-morph';
import { componentOfDeclaration } from './component-declarations.js';
import type { DiskView } from './disk-view.js';
import type { FileTree } from './file-tree.js';
import type { WorkspacePackage } from './workspaces.js';

const NODE_MODULES = '/node_modules/';

/**
 * What TypeScript's resolver sees. Inside the repo the tracked files are the truth; node_modules
 * comes from the disk; and a workspace package that is not installed appears at
 * `<root>/node_modules/<name>` as it would after `npm install`, pointing at its source folder.
 */
export class ResolutionHost implements ts.ModuleResolutionHost {
  private readonly scopes = new Set<string>();

  constructor(
    private readonly tree: FileTree,
    private readonly disk: DiskView,
    private readonly packages: Map<string, WorkspacePackage>,
    /** per package folder (repo-relative), its `file:`/`link:` dependencies by name */
    private readonly links: Map<string, Map<string, string>> = new Map(),
    /** tracked in-repo symlinks (repo-relative) and the tracked files they point at */
    private readonly aliases: Map<string, string> = new Map(),
  ) {
    for (const name of packages.keys()) if (name.startsWith('@')) this.scopes.add(name.slice(0, name.indexOf('/')));
  }

  getCurrentDirectory = (): string => this.tree.root;

  fileExists = (raw: string): boolean => {
    const path = trimSlash(raw);
    if (this.tree.owns(path) && !path.includes(NODE_MODULES)) return this.inTree(path);
    if (this.disk.fileExists(path)) return true;
    const mapped = this.virtual(path);
    return mapped !== null && this.inTree(mapped);
  };

  /** a tracked file; a component's declaration (`Foo.d.vue.ts`) is there when the component is (component-declarations.ts) */
  private inTree(abs: string): boolean {
    return this.tree.hasFile(componentOfDeclaration(abs) ?? abs);
  }

  directoryExists = (raw: string): boolean => {
    const path = trimSlash(raw);
    if (this.tree.owns(path) && !path.includes(NODE_MODULES) && !path.endsWith('/node_modules'))
      return this.tree.hasDirectory(path);
    if (this.disk.directoryExists(path)) return true;
    if (path === `${this.tree.root}/node_modules`) return this.packages.size > 0;
    if (path.endsWith('/node_modules') && this.links.has(this.tree.relative(path.slice(0, -'/node_modules'.length)))) return true;
    if (this.scopes.has(path.slice(this.tree.root.length + NODE_MODULES.length))) return path.startsWith(this.tree.root + NODE_MODULES);
    const mapped = this.virtual(path);
    return mapped !== null && this.tree.hasDirectory(mapped);
  };

  readFile = (path: string): string | undefined => {
    const text = this.disk.readFile(path);
    if (text !== undefined) return text;
    const mapped = this.virtual(path);
    return mapped === null ? undefined : this.disk.readFile(mapped);
  };

  realpath = (raw: string): string => {
    const path = trimSlash(raw);
    if (this.tree.owns(path) && !path.includes(NODE_MODULES)) {
      const target = this.aliases.get(this.tree.relative(path));
      return target === undefined ? path : `${this.tree.root}/${target}`;
    }
    if (this.disk.fileExists(path) || this.disk.directoryExists(path)) return this.disk.realpath(path);
    return this.virtual(path) ?? path;
  };

  /**
   * The tracked path (repo-relative) whose presence answers whether `path` exists, or null when
   * the disk answers (outside the repo, or an installed node_modules).
   */
  trackedPathOf(path: string): string | null {
    if (!this.tree.owns(path)) return null;
    let inTree = path;
    const at = path.lastIndexOf(NODE_MODULES);
    if (at >= 0) {
      const base = path.slice(0, at);
      // most probes walk node_modules folders that no workspace package or link stands behind
      if (base !== this.tree.root && !this.links.has(this.tree.relative(base))) return null;
      const mapped = this.virtual(path);
      if (mapped === null) return null;
      inTree = mapped;
    }
    if (inTree === this.tree.root) return '';
    const relative = this.tree.relative(trimSlash(inTree));
    return componentOfDeclaration(relative) ?? relative;
  }

  /**
   * `<pkg>/node_modules/<name>/<rest>` → the folder a `file:`/`link:` dependency of that package
   * points at; `<root>/node_modules/<name>/<rest>` → the workspace package of that name; else null.
   */
  private virtual(path: string): string | null {
    const at = path.lastIndexOf(NODE_MODULES);
    if (at < 0 || !this.tree.owns(path)) return null;
    const base = path.slice(0, at);
    const rest = path.slice(at + NODE_MODULES.length).split('/');
    const nameLength = rest[0]?.startsWith('@') ? 2 : 1;
    const name = rest.slice(0, nameLength).join('/');
    const linked = this.links.get(base === this.tree.root ? '' : this.tree.relative(base))?.get(name);
    const dir = linked ?? (base === this.tree.root ? this.packages.get(name)?.dir : undefined);
    if (dir === undefined) return null;
    const folder = dir === '' ? this.tree.root : `${this.tree.root}/${dir}`;
    const tail = rest.slice(nameLength).join('/');
    return tail === '' ? folder : `${folder}/${tail}`;
  }
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}
