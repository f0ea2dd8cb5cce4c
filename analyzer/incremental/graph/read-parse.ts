import { WarningSink } from '../../core/warnings.js';
import type { ParseOutcome } from '../../graph/parse-outcome.js';
import { readSource } from '../../graph/read-source.js';
import { sourceExtension } from '../../graph/source-extensions.js';
import type { FileReading } from '../../graph/steps.js';
import { parseKey } from '../keys.js';
import type { Memory } from '../memory.js';
import { FileStamps, type ReadResult } from './file-stamps.js';

/** Content-based reasons to leave a file out are remembered under its stamp; the others (missing, a link) are not. */
const CONTENT_WARNINGS = new Set(['size-cap', 'binary', 'minified', 'generated']);

export interface ReadCounts {
  /** files read in this run (the others had the stamp they had when last read) */
  read: number;
  /** files parsed in this run, and files whose parse an earlier run made */
  parsed: number;
  reused: number;
}

/**
 * The graph stage's readParse, taking over earlier runs' work: a file whose stamp (size, times,
 * inode) is as it was is not read again, and a text parsed before (same path, same text, same
 * compiler) is not parsed again. Gives exactly what graph/read-parse.ts gives.
 */
export function rememberingReadParse(memory: Memory, counts: ReadCounts): (path: string, abs: string, maxBytes: number) => Promise<FileReading> {
  const stamps = new FileStamps(memory);
  let parser: typeof import('../../graph/parse-outcome.js') | undefined;
  return async (path, abs, maxBytes) => {
    const { stamp, result: known } = stamps.lookup(path, abs, maxBytes);
    if (known && 'warning' in known) return { outcome: null, warnings: [known.warning] };
    const stored = known ? parseOutcomeOf(memory.recall('parses', known.key)) : undefined;
    if (stored !== undefined) {
      counts.reused += 1;
      return { outcome: stored, warnings: [] };
    }
    const sink = new WarningSink();
    const text = readSource(abs, path, maxBytes, sink);
    counts.read += 1;
    const warnings = sink.items.map(({ code, message }) => ({ code, message }));
    if (text === null) {
      const content = warnings.find((w) => CONTENT_WARNINGS.has(w.code));
      if (content) stamps.record(path, maxBytes, stamp, { warning: content } satisfies ReadResult);
      return { outcome: null, warnings };
    }
    const key = parseKey(path, text);
    stamps.record(path, maxBytes, stamp, { key });
    let outcome = parseOutcomeOf(memory.recall('parses', key));
    if (outcome !== undefined) counts.reused += 1;
    else {
      // the compiler loads on the first file that needs parsing (or earlier, while git lists the files)
      parser ??= await import('../../graph/parse-outcome.js');
      outcome = parser.parseOutcome(path, text, sourceExtension(path) ?? '.ts');
      memory.keep('parses', key, outcome);
      counts.parsed += 1;
    }
    return { outcome, warnings };
  };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const everyOf = <T>(v: unknown, each: (item: Record<string, unknown>) => boolean): v is T[] => Array.isArray(v) && v.every((item) => isObject(item) && each(item));

/**
 * A remembered parse when it has a parse's shape, else undefined (parsed again): the store only
 * gives back what this version wrote intact, and this keeps a value of another shape (a bug, a
 * hand edit) from dropping a module or its imports without a word.
 */
function parseOutcomeOf(value: unknown): ParseOutcome | undefined {
  if (!isObject(value) || !(value.crash === null || isString(value.crash)) || !isObject(value.module)) return undefined;
  const m = value.module;
  const size = m.size;
  const sized = isObject(size) && ['loc', 'complexity', 'maxFunctionComplexity', 'functions'].every((k) => typeof size[k] === 'number');
  const imports = everyOf(m.imports, (r) => isString(r.specifier) && isString(r.kind) && typeof r.typeOnly === 'boolean' && typeof r.dynamic === 'boolean' && Array.isArray(r.names) && r.names.every(isString));
  const reexports = everyOf(m.reexports, (r) => isString(r.specifier) && isString(r.imported) && isString(r.exported));
  const problems = everyOf(m.problems, (p) => typeof p.line === 'number' && isString(p.message));
  const exports = Array.isArray(m.localExports) && m.localExports.every(isString);
  return sized && imports && reexports && problems && exports && typeof m.definesCode === 'boolean' ? (value as unknown as ParseOutcome) : undefined;
}
