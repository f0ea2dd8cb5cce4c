import { realpathSync } from 'node:fs';
import picomatch from 'picomatch';
import type { AnalyzerEmitter } from '../core/events.js';
import type { AnalyzeOptions } from '../core/options.js';
import type { ParseCache } from '../core/run-cache.js';
import type { WarningSink } from '../core/warnings.js';
import { discover } from './discover.js';
import { extractModules } from './extract.js';
import { linkModules } from './link.js';
import type { GraphModule, ModuleGraph } from './model.js';
import { DiskCache } from './resolve/disk-cache.js';
import { FileTree } from './resolve/file-tree.js';
import { GoverningConfigs } from './resolve/governing-config.js';
import { ModuleResolver } from './resolve/module-resolver.js';
import { ResolutionHost } from './resolve/resolution-host.js';
import { inRepoAliases } from './resolve/symlink-aliases.js';
import { ConfigLoader } from './resolve/tsconfig-loader.js';
import { findWorkspacePackages } from './resolve/workspaces.js';
import { sourceExtension } from './source-extensions.js';
import { symbolEdges } from './symbol-edges.js';

export interface GraphInput {
  repoDir: string;
  options: AnalyzeOptions;
  emitter: AnalyzerEmitter;
  warnings: WarningSink;
  /** parses of earlier runs, by file text; without it every file is parsed */
  parses?: ParseCache;
}

/** Extraction: lists, reads, parses and resolves every module once, and returns the typed graph. */
export async function buildModuleGraph({ repoDir, options, emitter, warnings, parses }: GraphInput): Promise<ModuleGraph> {
  const root = realpathSync(repoDir);
  const found = await discover(root, options.exclude, warnings);
  const extraction = await extractModules(root, found.candidates, options.maxFileBytes, warnings, emitter.throttled('graph'), parses);
  if (parses) emitter.emit('cache', { stage: 'graph', parsed: extraction.parsed, reused: extraction.reused });
  const parsed = extraction.modules;

  const aliases = inRepoAliases(root, found.listing.files);
  const tree = new FileTree(root, [...found.listing.files.filter((f) => !f.symlink).map((f) => f.path), ...aliases.keys()]);
  const disk = new DiskCache();
  const manifests = found.listing.files.filter((f) => /(^|\/)package\.json$/.test(f.path) && !f.path.includes('node_modules/'));
  const { packages, links: localDeps } = findWorkspacePackages(manifests.map((f) => f.path), (p) => (tree.hasFile(`${root}/${p}`) ? disk.readFile(`${root}/${p}`) : undefined), warnings);
  const excluded = new Set(found.listing.files.map((f) => f.path).filter((p) => sourceExtension(p) !== null && !parsed.has(p)));
  const configs = new GoverningConfigs(tree, new ConfigLoader(tree, disk, warnings));
  const resolver = new ModuleResolver(tree, new ResolutionHost(tree, disk, packages, localDeps, aliases), configs, packages, new Set(parsed.keys()), excluded);
  const links = await linkModules(parsed, resolver, warnings);

  const isTest = picomatch(options.testPatterns, { dot: true });
  const modules: GraphModule[] = [...parsed].map(([path, module]) => ({
    path,
    test: isTest(path),
    size: module.size,
    externals: (links.externals.get(path) ?? []).sort(),
    barrel: !module.definesCode && module.reexports.length > 0,
  }));
  modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    modules,
    edges: links.edges,
    symbolEdges: symbolEdges(links.symbolFacts),
    selfImports: links.selfImports.sort(),
    filesSeen: found.sourceFilesSeen,
  };
}
