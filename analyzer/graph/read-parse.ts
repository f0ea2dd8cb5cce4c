import { WarningSink } from '../core/warnings.js';
import { readSource } from './read-source.js';
import type { FileReading } from './steps.js';

let parser: typeof import('./parse-file.js') | undefined;

/** Reads one file and parses it; the parser (and its compiler) loads with the first file that has text. */
export async function readAndParse(path: string, abs: string, maxBytes: number, generatedChecks: boolean): Promise<FileReading> {
  const sink = new WarningSink();
  const text = readSource(abs, path, maxBytes, sink, generatedChecks);
  const warnings = sink.items.map(({ code, message }) => ({ code, message }));
  if (text === null) return { outcome: null, warnings };
  parser ??= await import('./parse-file.js');
  return { outcome: await parser.parseFile(path, text), warnings };
}
