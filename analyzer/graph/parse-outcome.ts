import type { ParsedModule } from './syntax/model.js';
import { scanImports } from './syntax/parse-fallback.js';
import { parseModule } from './syntax/parse-module.js';

const EMPTY_SIZE = { loc: 0, complexity: 0, maxFunctionComplexity: 0, functions: 0 };

/** What parsing one file gives, warnings included, so a parse taken over from an earlier run warns exactly as a fresh one. */
export interface ParseOutcome {
  module: ParsedModule;
  /** the parser's message when it gave up and imports were scanned instead */
  crash: string | null;
}

export function parseOutcome(path: string, text: string, extension: string): ParseOutcome {
  try {
    return { module: parseModule(path, text, extension), crash: null };
  } catch (error) {
    return { module: { imports: safeScan(text), reexports: [], localExports: [], definesCode: true, size: EMPTY_SIZE, problems: [] }, crash: (error as Error).message };
  }
}

function safeScan(text: string): ParsedModule['imports'] {
  try {
    return scanImports(text);
  } catch {
    return [];
  }
}
