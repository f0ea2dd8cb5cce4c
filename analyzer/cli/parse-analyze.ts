import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCacheDir } from '../incremental/store/location.js';
import type { AnalyzeOptions } from '../core/options.js';
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

/** Parses `analyze` arguments strictly: an unknown option or a bad value is a UsageError. */
export function parseAnalyzeArgs(args: string[]): AnalyzeCommand {
  const { values, positionals } = parse(args);
  if (values.help) return { help: true, repo: '.', configFile: null, quiet: true, timings: false, baseline: null, flags: {} };
  if (positionals.length > 1) throw new UsageError(`analyze takes one path, got ${positionals.length}: ${positionals.join(' ')}`);
  const repo = resolve(positionals[0] ?? '.');
  let stat;
  try {
    stat = statSync(repo);
  } catch {
    throw new UsageError(`no such directory: ${repo}`);
  }
  if (!stat.isDirectory()) throw new UsageError(`not a directory: ${repo}`);
  const flags: Partial<AnalyzeOptions> = {};
  if (values.out !== undefined) flags.out = values.out;
  if (values.since !== undefined) flags.since = isoDate('--since', values.since);
  if (values.now !== undefined) flags.now = isoDate('--now', values.now);
  if (values['activity-days'] !== undefined) flags.activityDays = positiveInt('--activity-days', values['activity-days']);
  if (values.top !== undefined) flags.top = positiveInt('--top', values.top);
  if (values['max-file-bytes'] !== undefined) flags.maxFileBytes = positiveInt('--max-file-bytes', values['max-file-bytes']);
  if (values.exclude !== undefined) flags.exclude = values.exclude;
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
  flags.cacheDir = cacheDir(values['cache-dir'], values['no-cache'] ?? false);
  return { help: false, repo, configFile: values.config ?? null, quiet: values.quiet ?? false, timings: values.timings ?? false, baseline: values.baseline ?? null, flags };
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
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
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message || 'bad arguments');
  }
}

function cacheDir(dir: string | undefined, off: boolean): string | null {
  if (off && dir !== undefined) throw new UsageError('--cache-dir and --no-cache contradict each other');
  return off ? null : resolve(dir ?? defaultCacheDir());
}

export function positiveInt(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} takes a positive whole number, got '${value}'`);
  return Number(value);
}

export function isoDate(flag: string, value: string): string {
  const time = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new UsageError(`${flag} takes an ISO date such as 2025-01-31, got '${value}'`);
  return new Date(time).toISOString();
}

/** `--leaving` values: author ids, names or emails; who they are is checked against the history. */
function leavingPeople(values: string[]): string[] {
  for (const value of values) if (value.trim() === '') throw new UsageError('--leaving takes an author id, name or email, got an empty value');
  return values.map((v) => v.trim());
}
