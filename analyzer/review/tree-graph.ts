import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyzerEmitter } from '../core/events.js';
import type { AnalyzeOptions } from '../core/options.js';
import type { WarningSink } from '../core/warnings.js';
import { autoImportSources } from '../graph/components/auto-imports.js';
import { linguistFlags, readDeclared } from '../graph/git-attributes.js';
import { buildModuleGraph } from '../graph/index.js';
import type { Discovery } from '../graph/discover.js';
import type { ModuleGraph } from '../graph/model.js';
import { inRepoAliases } from '../graph/resolve/symlink-aliases.js';
import { selectModules } from '../graph/select-modules.js';
import { sourceExtension } from '../graph/source-extensions.js';
import { openReuse } from '../incremental/index.js';
import { repoKey } from '../incremental/keys.js';
import { pruneReviewTrees } from '../incremental/store/prune.js';
import { listTree, treeListing } from '../tree/commit-tree.js';
import { materializeTree } from '../tree/materialize.js';

export interface TreeGraphInput {
  /** the analyzed folder (inside the repository's work tree) */
  dir: string;
  commit: string;
  options: AnalyzeOptions;
  emitter: AnalyzerEmitter;
  warnings: WarningSink;
}

/**
 * The module graph of a commit, without checking it out: its files are read from blobs into a
 * folder of blastmap's own (tree/materialize.ts) and the graph stage runs there with the commit's
 * listing. With a cache folder the tree is kept at `<cache>/review-trees/<repo>/` between runs, so
 * the graph stage takes over earlier runs' work there as analyze does for the work tree; other
 * repositories' trees that no review used for 30 days are removed (store/prune.ts).
 * The .gitattributes and .gitignore rules are the work tree's (git 2.39 reads no other tree's).
 */
export async function commitGraph({ dir, commit, options, emitter, warnings }: TreeGraphInput): Promise<ModuleGraph> {
  const tree = await listTree(dir, commit);
  const cached = options.cacheDir !== null;
  // without a cache the tree and its manifest (written beside it) live in one temporary folder
  const treesDir = cached ? join(options.cacheDir as string, 'review-trees') : mkdtempSync(join(tmpdir(), 'blastmap-review-'));
  const treeDir = join(treesDir, cached ? repoKey(dir) : 'tree');
  if (cached) pruneReviewTrees(treesDir, repoKey(dir));
  try {
    await materializeTree(dir, treeDir, tree.entries);
    const listing = await treeListing(dir, tree);
    const discoverTree = async (root: string, exclude: string[], sink: WarningSink): Promise<Discovery> => {
      const sources = listing.files.filter((f) => sourceExtension(f.path) !== null).map((f) => f.path);
      const linguist = linguistFlags(sources, await readDeclared(dir, sources, sink));
      return { listing, aliases: inRepoAliases(root, listing.files), linguist, autoImports: autoImportSources(listing.files), ...selectModules(listing, linguist, exclude, sink) };
    };
    const input = { repoDir: treeDir, options, emitter, warnings, discover: discoverTree };
    const reuse = cached ? await openReuse(options.cacheDir as string, treeDir, options, emitter) : null;
    if (reuse === null) return await buildModuleGraph(input);
    try {
      await reuse.preload();
      const graph = await reuse.buildGraph(input);
      reuse.graphDone();
      return graph;
    } catch {
      reuse.discard();
      return await buildModuleGraph(input);
    }
  } finally {
    if (!cached) rmSync(treesDir, { recursive: true, force: true });
  }
}
