import type { WarningSink } from '../../core/warnings.js';
import type { TrackedFile } from '../list-files.js';
import type { DiskCache } from './disk-cache.js';
import { FileTree } from './file-tree.js';
import { GoverningConfigs } from './governing-config.js';
import { ModuleResolver } from './module-resolver.js';
import { ResolutionHost } from './resolution-host.js';
import { ConfigLoader } from './tsconfig-loader.js';
import { findWorkspacePackages } from './workspaces.js';

export interface ResolverInput {
  root: string;
  files: readonly TrackedFile[];
  /** tracked in-repo symlinks and the tracked files they point at */
  aliases: Map<string, string>;
  modules: Set<string>;
  /** source files that are not modules (excluded, unreadable, too large…) */
  excluded: Set<string>;
  disk: DiskCache;
  /** tsconfig and workspace warnings */
  warnings: WarningSink;
}

/** Sets TypeScript's resolver up for the repo: its file tree, workspace packages and tsconfigs. */
export function createResolver({ root, files, aliases, modules, excluded, disk, warnings }: ResolverInput): ModuleResolver {
  const tree = new FileTree(root, [...files.filter((f) => !f.symlink).map((f) => f.path), ...aliases.keys()]);
  const manifests = files.filter((f) => /(^|\/)package\.json$/.test(f.path) && !f.path.includes('node_modules/'));
  const { packages, links } = findWorkspacePackages(
    manifests.map((f) => f.path),
    (p) => (tree.hasFile(`${root}/${p}`) ? disk.readFile(`${root}/${p}`) : undefined),
    warnings,
  );
  const configs = new GoverningConfigs(tree, new ConfigLoader(tree, disk, warnings));
  return new ModuleResolver(tree, new ResolutionHost(tree, disk, packages, links, aliases), configs, packages, modules, excluded);
}
