import { realpathSync } from 'node:fs';
import { compareText } from '../core/compare-text.js';
import type { AnalyzerEmitter } from '../core/events.js';
import type { AnalyzeOptions } from '../core/options.js';
import type { WarningSink } from '../core/warnings.js';
import { withComponentAutoImports } from './components/auto-imports.js';
import { discover, type Discovery } from './discover.js';
import { extractModules } from './extract.js';
import { linkModules } from './link.js';
import type { GraphModule, ModuleGraph } from './model.js';
import { kindClassifier } from './module-kind.js';
import { readAndParse } from './read-parse.js';
import { makeResolver } from './resolve/make-resolver.js';
import { sourceExtension } from './source-extensions.js';
import type { GraphSteps } from './steps.js';
import { symbolEdges } from './symbol-edges.js';

export interface GraphInput {
  repoDir: string;
  options: AnalyzeOptions;
  emitter: AnalyzerEmitter;
  warnings: WarningSink;
  /** the per-file and per-graph work, when not the plain steps below */
  steps?: GraphSteps;
  /** what the files are, when not the work tree's listing (a review reads a commit's tree this way) */
  discover?: typeof discover;
}

const PLAIN_STEPS: GraphSteps = { readParse: readAndParse, makeResolver, symbolEdges };

/** Extraction: lists, reads, parses and resolves every module once, and returns the typed graph. */
export async function buildModuleGraph(input: GraphInput): Promise<ModuleGraph> {
  const root = realpathSync(input.repoDir);
  return assembleGraph(root, await (input.discover ?? discover)(root, input.options.exclude, input.warnings), input);
}

/** The graph of what discovery found: every candidate read and parsed, every import resolved and linked. */
export async function assembleGraph(root: string, found: Discovery, { options, emitter, warnings, steps = PLAIN_STEPS }: GraphInput): Promise<ModuleGraph> {
  const extracted = await extractModules(root, found.candidates, found.linguist.notGenerated, options.maxFileBytes, warnings, emitter.throttled('graph'), steps.readParse);
  const parsed = await withComponentAutoImports(root, found.autoImports, found.listing.files, extracted, options.maxFileBytes);

  const { aliases } = found;
  const excluded = new Set(found.listing.files.map((f) => f.path).filter((p) => sourceExtension(p) !== null && !parsed.has(p)));
  const resolver = await steps.makeResolver({ root, files: found.listing.files, aliases, modules: new Set(parsed.keys()), excluded }, parsed);
  const links = await linkModules(parsed, (from, lookup) => resolver.resolve(from, lookup), warnings);
  for (const warning of resolver.finish()) warnings.add(warning.code, warning.message, warning.path);

  const kindOf = kindClassifier(options, found.linguist.documentation);
  const modules: GraphModule[] = [...parsed].map(([path, module]) => {
    const kind = kindOf(path);
    return {
      path,
      kind,
      test: kind === 'test',
      size: module.size,
      externals: (links.externals.get(path) ?? []).sort(),
      barrel: !module.definesCode && module.reexports.length > 0,
    };
  });
  modules.sort((a, b) => compareText(a.path, b.path));
  return {
    modules,
    edges: links.edges,
    symbolEdges: steps.symbolEdges(links.symbolFacts),
    selfImports: links.selfImports.sort(),
    filesSeen: found.sourceFilesSeen,
  };
}
