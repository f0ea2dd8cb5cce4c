import { TimeSlicer } from '../core/time-slicer.js';
import type { WarningSink } from '../core/warnings.js';
import type { ParseOutcome } from './parse-outcome.js';
import type { GraphSteps } from './steps.js';
import type { ParsedModule } from './syntax/model.js';

/**
 * Reads and parses every candidate once. A file that cannot be read is not a module (it gets a
 * warning); a file that does not parse stays a module with what could be read, and a warning.
 */
export async function extractModules(
  root: string,
  candidates: string[],
  /** declared `linguist-generated=false`: read without the generated checks */
  notGenerated: ReadonlySet<string>,
  maxBytes: number,
  warnings: WarningSink,
  progress: (done: number, total?: number) => void,
  readParse: GraphSteps['readParse'],
): Promise<Map<string, ParsedModule>> {
  const modules = new Map<string, ParsedModule>();
  const slicer = new TimeSlicer();
  for (let i = 0; i < candidates.length; i += 1) {
    const path = candidates[i] as string;
    const reading = await readParse(path, `${root}/${path}`, maxBytes, !notGenerated.has(path));
    for (const warning of reading.warnings) warnings.add(warning.code, warning.message, path);
    if (reading.outcome !== null) modules.set(path, withWarnings(path, reading.outcome, warnings));
    progress(i + 1, candidates.length);
    if (slicer.due()) await slicer.yield();
  }
  return modules;
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
