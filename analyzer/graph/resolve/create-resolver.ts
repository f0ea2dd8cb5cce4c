import type { WarningSink } from '../../core/warnings.js';
import type { ResolverSetup } from '../steps.js';
import type { DiskView } from './disk-view.js';
import { FileTree } from './file-tree.js';
import { GoverningConfigs } from './governing-config.js';
import { ModuleResolver, type LookupWatch } from './module-resolver.js';
import { ResolutionHost } from './resolution-host.js';
import { ConfigLoader } from './tsconfig-loader.js';
import { findWorkspacePackages } from './workspaces.js';

export interface ResolverInput extends ResolverSetup {
  disk: DiskView;
  /** tsconfig and workspace warnings */
  warnings: WarningSink;
  /** a listener for what each lookup relied on, given the map from an absolute path to the tracked path that answers for it */
  watch?: (trackedPathOf: (abs: string) => string | null) => LookupWatch;
}

/** Sets TypeScript's resolver up for the repo: its file tree, workspace packages and tsconfigs. */
export function createResolver({ root, files, aliases, modules, excluded, disk, warnings, watch }: ResolverInput): ModuleResolver {
  const tree = new FileTree(root, [...files.filter((f) => !f.symlink).map((f) => f.path), ...aliases.keys()]);
  const manifests = files.filter((f) => /(^|\/)package\.json$/.test(f.path) && !f.path.includes('node_modules/'));
  const { packages, links } = findWorkspacePackages(
    manifests.map((f) => f.path),
    (p) => (tree.hasFile(`${root}/${p}`) ? disk.readFile(`${root}/${p}`) : undefined),
    warnings,
  );
  const configs = new GoverningConfigs(tree, new ConfigLoader(tree, disk, warnings));
  const host = new ResolutionHost(tree, disk, packages, links, aliases);
  return new ModuleResolver(tree, host, configs, packages, modules, excluded, watch?.((abs) => host.trackedPathOf(abs)));
}
