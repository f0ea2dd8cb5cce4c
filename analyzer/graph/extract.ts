import type { KeyedCache } from '../core/run-cache.js';
import { TimeSlicer } from '../core/time-slicer.js';
import { WarningSink } from '../core/warnings.js';
import type { FileStamps, ReadResult } from './file-stamps.js';
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
  /** files read in this run (the others had the stamp they had when last read) */
  read: number;
}

/**
 * Reads and parses every candidate once. A file that cannot be read is not a module (it gets a
 * warning); a file that does not parse stays a module with what could be read, and a warning.
 * Reading is cheap and parsing is not: with a cache, a file whose text was parsed before is not
 * parsed again, and a file whose stamp (size, times, inode) is as it was is not even read.
 */
export async function extractModules(
  root: string,
  candidates: string[],
  maxBytes: number,
  warnings: WarningSink,
  progress: (done: number, total?: number) => void,
  cache?: KeyedCache,
  stamps?: FileStamps,
): Promise<Extraction> {
  const extraction: Extraction = { modules: new Map(), parsed: 0, reused: 0, read: 0 };
  const slicer = new TimeSlicer();
  let parser: typeof import('./parse-outcome.js') | undefined;
  for (let i = 0; i < candidates.length; i += 1) {
    const path = candidates[i] as string;
    const abs = `${root}/${path}`;
    const { stamp, result: remembered } = stamps?.lookup(path, abs) ?? { stamp: null, result: null };
    const stored = remembered && 'key' in remembered ? (cache?.get(remembered.key) as ParseOutcome | undefined) : undefined;
    // a remembered reading is already kept under this stamp: nothing to record again
    if (remembered && 'warning' in remembered) {
      warnings.add(remembered.warning.code, remembered.warning.message, path);
    } else if (remembered && stored !== undefined) {
      extraction.reused += 1;
      extraction.modules.set(path, withWarnings(path, stored, warnings));
    } else {
      const read = readRecording(abs, path, maxBytes, warnings);
      extraction.read += 1;
      if (read.text === null) {
        if (read.warning) stamps?.record(path, stamp, { warning: read.warning });
      } else {
        const text = read.text;
        const key = cache ? parseKey(path, text) : '';
        stamps?.record(path, stamp, { key });
        let outcome = cache?.get(key) as ParseOutcome | undefined;
        if (outcome !== undefined) extraction.reused += 1;
        else {
          // The compiler loads on the first file that needs parsing (or earlier, in graph/index.ts's wait for git).
          parser ??= await import('./parse-outcome.js');
          outcome = parser.parseOutcome(path, text, sourceExtension(path) ?? '.ts');
          extraction.parsed += 1;
          cache?.set(key, outcome);
        }
        extraction.modules.set(path, withWarnings(path, outcome, warnings));
      }
    }
    progress(i + 1, candidates.length);
    if (slicer.due()) await slicer.yield();
  }
  return extraction;
}

/** Content-based reasons to leave a file out are remembered under its stamp; the others (missing, a link) are not. */
const CONTENT_WARNINGS = new Set(['size-cap', 'binary', 'minified', 'generated']);

function readRecording(abs: string, path: string, maxBytes: number, warnings: WarningSink): { text: string | null; warning: Extract<ReadResult, { warning: unknown }>['warning'] | null } {
  const local = new WarningSink();
  const text = readSource(abs, path, maxBytes, local);
  for (const w of local.items) warnings.add(w.code, w.message, w.path);
  const content = local.items.find((w) => CONTENT_WARNINGS.has(w.code));
  return { text, warning: content ? { code: content.code, message: content.message } : null };
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
