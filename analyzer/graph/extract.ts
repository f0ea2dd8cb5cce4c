import type { WarningSink } from '../core/warnings.js';
import { readSource } from './read-source.js';
import { sourceExtension } from './source-extensions.js';
import type { ParsedModule } from './syntax/model.js';
import { scanImports } from './syntax/parse-fallback.js';
import { parseModule } from './syntax/parse-module.js';

const EMPTY_SIZE = { loc: 0, complexity: 0, maxFunctionComplexity: 0, functions: 0 };

/**
 * Reads and parses every candidate once. A file that cannot be read is not a module (it gets a
 * warning); a file that does not parse stays a module with what could be read, and a warning.
 */
export async function extractModules(
  root: string,
  candidates: string[],
  maxBytes: number,
  warnings: WarningSink,
  progress: (done: number, total?: number) => void,
): Promise<Map<string, ParsedModule>> {
  const parsed = new Map<string, ParsedModule>();
  for (let i = 0; i < candidates.length; i += 1) {
    const path = candidates[i] as string;
    const text = readSource(`${root}/${path}`, path, maxBytes, warnings);
    if (text !== null) parsed.set(path, parseOne(path, text, warnings));
    progress(i + 1, candidates.length);
    // Let the history stream (another child process) drain while we parse.
    if (i % 64 === 63) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return parsed;
}

function parseOne(path: string, text: string, warnings: WarningSink): ParsedModule {
  try {
    const module = parseModule(path, text, sourceExtension(path) ?? '.ts');
    const [first] = module.problems;
    if (first) {
      const more = module.problems.length > 1 ? ` (and ${module.problems.length - 1} more)` : '';
      warnings.add('parse-error', `syntax error at line ${first.line}: ${first.message}${more}; imports found before and after it are kept`, path);
    }
    return module;
  } catch (error) {
    warnings.add('parse-crash', `the parser gave up (${(error as Error).message}); imports were found by scanning instead`, path);
    return { imports: safeScan(text), reexports: [], localExports: [], definesCode: true, size: EMPTY_SIZE, problems: [] };
  }
}

function safeScan(text: string): ParsedModule['imports'] {
  try {
    return scanImports(text);
  } catch {
    return [];
  }
}
