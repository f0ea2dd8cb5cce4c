import type { AnalyzerWarning } from '../core/warnings.js';
import type { Lookup } from './lookups.js';
import type { SymbolEdge } from './model.js';
import type { ParseOutcome } from './parse-outcome.js';
import type { TrackedFile } from './list-files.js';
import type { Resolution } from './resolve/module-resolver.js';
import type { SymbolFacts } from './symbol-edges.js';
import type { ParsedModule } from './syntax/model.js';

/** What reading one file gave: its parse (null when it is not a module), and the warnings, in order. */
export interface FileReading {
  outcome: ParseOutcome | null;
  warnings: Omit<AnalyzerWarning, 'path'>[];
}

/** The repository as import resolution sees it. */
export interface ResolverSetup {
  root: string;
  files: readonly TrackedFile[];
  /** tracked in-repo symlinks and the tracked files they point at */
  aliases: Map<string, string>;
  modules: Set<string>;
  /** source files that are not modules (excluded, unreadable, too large…) */
  excluded: Set<string>;
}

export interface ImportResolver {
  resolve(from: string, lookup: Lookup): Resolution;
  /** after every lookup: the setup's warnings (workspace manifests, the tsconfigs the modules read) */
  finish(): AnalyzerWarning[];
}

/**
 * The graph stage's steps that do real work per file or per graph. Each has a plain default
 * (graph/index.ts); analyzer/incremental passes versions that take over earlier runs' results,
 * and must give exactly what the default gives.
 */
export interface GraphSteps {
  /**
   * reads and parses one file (repo-relative `path`, absolute `abs`), capped at `maxBytes`;
   * `generatedChecks` false when .gitattributes declares it `linguist-generated=false`
   */
  readParse(path: string, abs: string, maxBytes: number, generatedChecks: boolean): FileReading | Promise<FileReading>;
  /** import resolution for this tree and these parsed modules */
  makeResolver(setup: ResolverSetup, parsed: Map<string, ParsedModule>): Promise<ImportResolver>;
  /** symbol-level edges: each use followed through re-exports to its definition */
  symbolEdges(facts: Map<string, SymbolFacts>): SymbolEdge[];
}
