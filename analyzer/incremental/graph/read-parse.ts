import { WarningSink } from '../../core/warnings.js';
import type { ParseOutcome } from '../../graph/parse-outcome.js';
import { readSource } from '../../graph/read-source.js';
import type { FileReading, GraphSteps } from '../../graph/steps.js';
import { parseKey } from '../keys.js';
import { everyOf, isModuleSize, isObject, isString } from '../shapes.js';
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

type Warning = FileReading['warnings'][number];

/** What reading a file gives: its parse key (and its text, when it was read in this run), or the warnings that keep it out. */
export type Reading = { key: string; text: string | null; warnings: Warning[] } | { key: null; text: null; warnings: Warning[] };

/**
 * Each file's reading in this run: a file whose stamp (size, times, inode) is as it was is not
 * read again (its parse key, or the content warning that kept it out, is the one it had). What
 * a read gives is kept for the rest of the run, so the file is read once even when asked twice.
 */
export class Readings {
  private readonly stamps: FileStamps;
  private readonly fresh = new Map<string, Reading>();
  /** a file read again in this run gave another text than the reading taken first (it was written meanwhile) */
  drifted = false;

  constructor(memory: Memory, private readonly counts: ReadCounts) {
    this.stamps = new FileStamps(memory);
  }

  /**
   * The file's reading: the first one taken in this run, so every step of the run sees the same
   * text; `trustStamp` false reads the text when that first reading came from the stamp alone.
   * `generatedChecks` is readSource's (false for a file declared `linguist-generated=false`).
   */
  of(path: string, abs: string, maxBytes: number, generatedChecks: boolean, trustStamp = true): Reading {
    const earlier = this.fresh.get(path);
    if (earlier && (trustStamp || earlier.key === null || earlier.text !== null)) return earlier;
    const { stamp, result: remembered } = this.stamps.lookup(path, abs, maxBytes, generatedChecks);
    // a reading taken from the stamp earlier in this run is read for its text now, whatever the stamp says
    const known = earlier ? null : remembered;
    if (known && ('warning' in known || trustStamp)) {
      const reading: Reading = 'warning' in known ? { key: null, text: null, warnings: [known.warning] } : { key: known.key, text: null, warnings: [] };
      this.fresh.set(path, reading);
      return reading;
    }
    const sink = new WarningSink();
    const text = readSource(abs, path, maxBytes, sink, generatedChecks);
    this.counts.read += 1;
    const warnings = sink.items.map(({ code, message }) => ({ code, message }));
    let reading: Reading;
    if (text === null) {
      const content = warnings.find((w) => CONTENT_WARNINGS.has(w.code));
      if (content) this.stamps.record(path, maxBytes, stamp, { warning: content } satisfies ReadResult, generatedChecks);
      reading = { key: null, text: null, warnings };
    } else {
      const key = parseKey(path, text);
      this.stamps.record(path, maxBytes, stamp, { key }, generatedChecks);
      reading = { key, text, warnings };
    }
    if (earlier && earlier.key !== reading.key) this.drifted = true;
    this.fresh.set(path, reading);
    return reading;
  }
}

/**
 * The graph stage's readParse, taking over earlier runs' work: a file read before is not read
 * again while its stamp holds (Readings), and a text parsed before (same path, same text, same
 * compiler) is not parsed again. Gives exactly what graph/read-parse.ts gives.
 */
export function rememberingReadParse(memory: Memory, readings: Readings, counts: ReadCounts): GraphSteps['readParse'] {
  let parser: typeof import('../../graph/parse-file.js') | undefined;
  return async (path, abs, maxBytes, generatedChecks) => {
    let reading = readings.of(path, abs, maxBytes, generatedChecks);
    if (reading.key === null) return { outcome: null, warnings: reading.warnings };
    const stored = parseOutcomeOf(memory.recall('parses', reading.key));
    if (stored !== undefined) {
      counts.reused += 1;
      return { outcome: stored, warnings: reading.warnings };
    }
    // remembered under its stamp, but its parse is not: read it after all
    if (reading.text === null) reading = readings.of(path, abs, maxBytes, generatedChecks, false);
    if (reading.key === null || reading.text === null) return { outcome: null, warnings: reading.warnings };
    let outcome = parseOutcomeOf(memory.recall('parses', reading.key));
    if (outcome !== undefined) counts.reused += 1;
    else {
      // the compiler loads on the first file that needs parsing
      parser ??= await import('../../graph/parse-file.js');
      outcome = await parser.parseFile(path, reading.text);
      memory.keep('parses', reading.key, outcome);
      counts.parsed += 1;
    }
    return { outcome, warnings: reading.warnings };
  };
}

/**
 * A remembered parse when it has a parse's shape, else undefined (parsed again): the store only
 * gives back what this version wrote intact, and this keeps a value of another shape (a bug, a
 * hand edit) from dropping a module or its imports without a word.
 */
function parseOutcomeOf(value: unknown): ParseOutcome | undefined {
  if (!isObject(value) || !(value.crash === null || isString(value.crash)) || !isObject(value.module)) return undefined;
  const m = value.module;
  const sized = isModuleSize(m.size);
  const imports = everyOf(m.imports, (r) => isString(r.specifier) && isString(r.kind) && typeof r.typeOnly === 'boolean' && typeof r.dynamic === 'boolean' && Array.isArray(r.names) && r.names.every(isString));
  const reexports = everyOf(m.reexports, (r) => isString(r.specifier) && isString(r.imported) && isString(r.exported));
  const problems = everyOf(m.problems, (p) => typeof p.line === 'number' && isString(p.message));
  const exports = Array.isArray(m.localExports) && m.localExports.every(isString);
  return sized && imports && reexports && problems && exports && typeof m.definesCode === 'boolean' ? (value as unknown as ParseOutcome) : undefined;
}
