import type { ParseCache } from '../core/run-cache.js';
import { TimeSlicer } from '../core/time-slicer.js';
import type { WarningSink } from '../core/warnings.js';
import { parseKey } from './parse-key.js';
import type { ParseOutcome } from './parse-outcome.js';
import { readSource } from './read-source.js';
import { sourceExtension } from './source-extensions.js';
import type { ParsedModule } from './syntax/model.js';

export interface Extraction {
  modules: Map<string, ParsedModule>;
  /** files parsed in this run, and files whose parse came from the cache */
  parsed: number;
  reused: number;
}

/**
 * Reads and parses every candidate once. A file that cannot be read is not a module (it gets a
 * warning); a file that does not parse stays a module with what could be read, and a warning.
 * Reading is cheap and parsing is not: with a cache, a file whose text was parsed before is read
 * again (its warnings depend on it) but not parsed.
 */
export async function extractModules(
  root: string,
  candidates: string[],
  maxBytes: number,
  warnings: WarningSink,
  progress: (done: number, total?: number) => void,
  cache?: ParseCache,
): Promise<Extraction> {
  const extraction: Extraction = { modules: new Map(), parsed: 0, reused: 0 };
  const slicer = new TimeSlicer();
  let parser: typeof import('./parse-outcome.js') | undefined;
  for (let i = 0; i < candidates.length; i += 1) {
    const path = candidates[i] as string;
    const text = readSource(`${root}/${path}`, path, maxBytes, warnings);
    if (text !== null) {
      const key = cache ? parseKey(path, text) : '';
      let outcome = cache?.get(key) as ParseOutcome | undefined;
      if (outcome !== undefined) extraction.reused += 1;
      else {
        // The compiler loads on the first file that needs parsing: a fully cached run never loads it.
        parser ??= await import('./parse-outcome.js');
        outcome = parser.parseOutcome(path, text, sourceExtension(path) ?? '.ts');
        extraction.parsed += 1;
        cache?.set(key, outcome);
      }
      extraction.modules.set(path, withWarnings(path, outcome, warnings));
    }
    progress(i + 1, candidates.length);
    if (slicer.due()) await slicer.yield();
  }
  return extraction;
}

function withWarnings(path: string, { module, crash }: ParseOutcome, warnings: WarningSink): ParsedModule {
  if (crash !== null) {
    warnings.add('parse-crash', `the parser gave up (${crash}); imports were found by scanning instead`, path);
    return module;
  }
  const [first] = module.problems;
  if (first) {
    const more = module.problems.length > 1 ? ` (and ${module.problems.length - 1} more)` : '';
    warnings.add('parse-error', `syntax error at line ${first.line}: ${first.message}${more}; imports found before and after it are kept`, path);
  }
  return module;
}
