import type ts from 'typescript';
import type { DiskCache } from './disk-cache.js';
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
    private readonly disk: DiskCache,
    private readonly packages: Map<string, WorkspacePackage>,
  ) {
    for (const name of packages.keys()) if (name.startsWith('@')) this.scopes.add(name.slice(0, name.indexOf('/')));
  }

  getCurrentDirectory = (): string => this.tree.root;

  fileExists = (raw: string): boolean => {
    const path = trimSlash(raw);
    if (this.tree.owns(path) && !path.includes(NODE_MODULES)) return this.tree.hasFile(path);
    if (this.disk.fileExists(path)) return true;
    const mapped = this.virtual(path);
    return mapped !== null && this.tree.hasFile(mapped);
  };

  directoryExists = (raw: string): boolean => {
    const path = trimSlash(raw);
    if (this.tree.owns(path) && !path.includes(NODE_MODULES) && !path.endsWith('/node_modules'))
      return this.tree.hasDirectory(path);
    if (this.disk.directoryExists(path)) return true;
    if (path === `${this.tree.root}/node_modules`) return this.packages.size > 0;
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
    if (this.tree.owns(path) && !path.includes(NODE_MODULES)) return path;
    if (this.disk.fileExists(path) || this.disk.directoryExists(path)) return this.disk.realpath(path);
    return this.virtual(path) ?? path;
  };

  /** `<root>/node_modules/<workspace name>/<rest>` → the package's own folder, else null. */
  private virtual(path: string): string | null {
    const prefix = this.tree.root + NODE_MODULES;
    if (!path.startsWith(prefix)) return null;
    const rest = path.slice(prefix.length).split('/');
    const nameLength = rest[0]?.startsWith('@') ? 2 : 1;
    const pkg = this.packages.get(rest.slice(0, nameLength).join('/'));
    if (!pkg) return null;
    const base = pkg.dir === '' ? this.tree.root : `${this.tree.root}/${pkg.dir}`;
    const tail = rest.slice(nameLength).join('/');
    return tail === '' ? base : `${base}/${tail}`;
  }
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}
