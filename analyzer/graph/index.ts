import { realpathSync } from 'node:fs';
import { compareText } from '../core/compare-text.js';
import picomatch from 'picomatch';
import type { AnalyzerEmitter } from '../core/events.js';
import type { AnalyzeOptions } from '../core/options.js';
import type { KeyedCache, StageMemo } from '../core/run-cache.js';
import type { WarningSink } from '../core/warnings.js';
import { discover } from './discover.js';
import { extractModules } from './extract.js';
import { FileStamps } from './file-stamps.js';
import { linkModules } from './link.js';
import type { GraphModule, ModuleGraph } from './model.js';
import { RememberingResolver } from './resolve/remembering-resolver.js';
import { memoFor, resolutionKey } from './resolve/resolution-memo.js';
import { inRepoAliases } from './resolve/symlink-aliases.js';
import { sourceExtension } from './source-extensions.js';
import { rememberedSymbolEdges } from './remembered-symbol-edges.js';

export interface GraphInput {
  repoDir: string;
  options: AnalyzeOptions;
  emitter: AnalyzerEmitter;
  warnings: WarningSink;
  /** parses of earlier runs, by file text; without it every file is parsed */
  parses?: KeyedCache;
  /** the last run's import resolutions; without it every import is resolved */
  resolutions?: StageMemo;
  /** the last runs' file stamps; without it every file is read */
  stamps?: KeyedCache;
  /** the last run's symbol edges; without it the export chains are always followed */
  symbols?: StageMemo;
}

/** Extraction: lists, reads, parses and resolves every module once, and returns the typed graph. */
export async function buildModuleGraph({ repoDir, options, emitter, warnings, parses, resolutions, stamps, symbols }: GraphInput): Promise<ModuleGraph> {
  const root = realpathSync(repoDir);
  // git lists the files while this thread reads the run cache, one file per turn of the event loop
  // so each git call can start the next
  const discovering = discover(root, options.exclude, warnings);
  let listed = false;
  discovering.then(() => (listed = true), () => undefined); // a failure is thrown below, where it is awaited
  const nextTurn = (): Promise<void> => new Promise((turn) => setImmediate(turn));
  const fileStamps = parses && stamps ? new FileStamps(stamps, options.maxFileBytes) : undefined;
  stamps?.prepare?.();
  await nextTurn();
  parses?.prepare?.();
  await nextTurn();
  const storedResolutions = resolutions?.load();
  await nextTurn();
  // Still waiting for git: a re-run after a commit parses the files it changed, so the parser
  // (and its compiler) loads in the wait rather than after it.
  if (parses && !listed) await import('./parse-outcome.js');
  const found = await discovering;
  const extraction = await extractModules(root, found.candidates, options.maxFileBytes, warnings, emitter.throttled('graph'), parses, fileStamps);
  const parsed = extraction.modules;

  const aliases = inRepoAliases(root, found.listing.files);
  const excluded = new Set(found.listing.files.map((f) => f.path).filter((p) => sourceExtension(p) !== null && !parsed.has(p)));
  const key = resolutionKey(root, aliases);
  const input = { root, files: found.listing.files, aliases, modules: new Set(parsed.keys()), excluded };
  const resolver = new RememberingResolver(input, key, resolutions ? memoFor(storedResolutions, key) : null, resolutions !== undefined);
  if (resolver.needsTypeScript(parsed)) resolver.useTypeScript((await import('./resolve/create-resolver.js')).createResolver);
  const links = await linkModules(parsed, (from, lookup) => resolver.resolve(from, lookup), warnings);
  const { setupWarnings, memo } = resolver.finish(parsed);
  for (const warning of setupWarnings) warnings.add(warning.code, warning.message, warning.path);
  if (memo && resolutions) resolutions.save(memo);
  if (parses) emitter.emit('cache', { stage: 'graph', read: extraction.read, parsed: extraction.parsed, reused: extraction.reused, ...resolver.counts });

  const isTest = picomatch(options.testPatterns, { dot: true });
  const modules: GraphModule[] = [...parsed].map(([path, module]) => ({
    path,
    test: isTest(path),
    size: module.size,
    externals: (links.externals.get(path) ?? []).sort(),
    barrel: !module.definesCode && module.reexports.length > 0,
  }));
  modules.sort((a, b) => compareText(a.path, b.path));
  return {
    modules,
    edges: links.edges,
    symbolEdges: rememberedSymbolEdges(links.symbolFacts, symbols),
    selfImports: links.selfImports.sort(),
    filesSeen: found.sourceFilesSeen,
  };
}
