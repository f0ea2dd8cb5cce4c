import path from 'node:path';
import ts from 'typescript';
import type { WorkspaceLinks } from './workspaces.js';

const NODE_MODULES = `${path.sep}node_modules${path.sep}`;

/**
 * A resolution host that behaves as if the workspace links npm/pnpm would create existed,
 * without writing anything to the repository. Real files win over the virtual links.
 */
export function workspaceLinkedHost(repoDir: string, links: WorkspaceLinks): ts.ModuleResolutionHost {
  const linked = (p: string): string | null => {
    const at = p.indexOf(NODE_MODULES);
    if (at < 0) return null;
    const names = links.get(p.slice(0, at + NODE_MODULES.length - 1));
    if (!names) return null;
    const parts = p.slice(at + NODE_MODULES.length).split(path.sep);
    const nameLength = parts[0]?.startsWith('@') ? 2 : 1;
    const pkgDir = names.get(parts.slice(0, nameLength).join('/'));
    return pkgDir === undefined ? null : path.join(pkgDir, ...parts.slice(nameLength));
  };
  const isVirtualDir = (p: string): boolean => {
    if (links.has(p)) return true;
    const names = links.get(path.dirname(p));
    const scope = path.basename(p);
    return names !== undefined && scope.startsWith('@') && [...names.keys()].some((n) => n.startsWith(`${scope}/`));
  };
  const real = (p: string): string | null => (ts.sys.fileExists(p) || ts.sys.directoryExists(p) ? p : linked(p));

  return {
    fileExists: (p) => ts.sys.fileExists(p) || ts.sys.fileExists(linked(p) ?? ''),
    readFile: (p) => ts.sys.readFile(p) ?? (linked(p) === null ? undefined : ts.sys.readFile(linked(p)!)),
    directoryExists: (p) => ts.sys.directoryExists(p) || isVirtualDir(p) || ts.sys.directoryExists(linked(p) ?? ''),
    realpath: (p) => {
      const target = real(p);
      return target === null ? p : ts.sys.realpath!(target);
    },
    getCurrentDirectory: () => repoDir,
    getDirectories: (p) => ts.sys.getDirectories(p),
    useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames,
  };
}
