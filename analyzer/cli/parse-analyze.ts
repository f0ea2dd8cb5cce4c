import type { AnalyzeOptions } from '../core/options.js';
import { analyzedFolder, positiveInt, sharedFlags, strictArgs } from './run-flags.js';
import { UsageError } from './usage-error.js';

export interface AnalyzeCommand {
  help: boolean;
  repo: string;
  configFile: string | null;
  quiet: boolean;
  timings: boolean;
  /** --baseline: an earlier report.json to compare with (report.md's "Since the last review") */
  baseline: string | null;
  flags: Partial<AnalyzeOptions>;
}

/**
 * Parses `analyze` arguments strictly: an unknown option or a bad value is a UsageError.
 * `command`: the command they were given to (codeowners takes the same ones), named in errors.
 */
export function parseAnalyzeArgs(args: string[], command: 'analyze' | 'codeowners' = 'analyze'): AnalyzeCommand {
  const { values, positionals } = parse(command, args);
  if (values.help) return { help: true, repo: '.', configFile: null, quiet: true, timings: false, baseline: null, flags: {} };
  const repo = analyzedFolder(command, positionals);
  const flags = sharedFlags(values);
  if (values.out !== undefined) flags.out = values.out;
  if (values.top !== undefined) flags.top = positiveInt('--top', values.top);
  if (values.test !== undefined) flags.testPatterns = values.test;
  if (values.example !== undefined) flags.examplePatterns = values.example;
  if (values.tooling !== undefined) flags.toolingPatterns = values.tooling;
  if (values['no-merge-same-name']) flags.mergeSameName = false;
  if (values.anonymize) flags.anonymize = true;
  if (values.leaving !== undefined) flags.leaving = leavingPeople(values.leaving);
  if (values.trend) flags.trend = true;
  if (values['trend-every'] !== undefined) {
    flags.trendEvery = positiveInt('--trend-every', values['trend-every']);
    flags.trend = true;
  }
  return { help: false, repo, configFile: values.config ?? null, quiet: values.quiet ?? false, timings: values.timings ?? false, baseline: values.baseline ?? null, flags };
}

function parse(command: string, args: string[]) {
  return strictArgs(command, args, {
    out: { type: 'string', short: 'o' },
    config: { type: 'string', short: 'c' },
    since: { type: 'string' },
    now: { type: 'string' },
    'activity-days': { type: 'string' },
    top: { type: 'string' },
    exclude: { type: 'string', multiple: true },
    test: { type: 'string', multiple: true },
    example: { type: 'string', multiple: true },
    tooling: { type: 'string', multiple: true },
    'no-merge-same-name': { type: 'boolean' },
    'max-file-bytes': { type: 'string' },
    anonymize: { type: 'boolean' },
    leaving: { type: 'string', multiple: true },
    trend: { type: 'boolean' },
    'trend-every': { type: 'string' },
    'cache-dir': { type: 'string' },
    'no-cache': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    timings: { type: 'boolean' },
    baseline: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
}

/** `--leaving` values: author ids, names or emails; who they are is checked against the history. */
function leavingPeople(values: string[]): string[] {
  for (const value of values) if (value.trim() === '') throw new UsageError('--leaving takes an author id, name or email, got an empty value');
  return values.map((v) => v.trim());
}
