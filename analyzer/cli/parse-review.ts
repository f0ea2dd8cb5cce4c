import type { AnalyzeOptions } from '../core/options.js';
import { analyzedFolder, sharedFlags, strictArgs } from './run-flags.js';
import { UsageError } from './usage-error.js';

export const REVIEW_FORMATS = ['json', 'markdown', 'sarif', 'github'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

export interface ReviewCommand {
  help: boolean;
  repo: string;
  base: string;
  head: string;
  format: ReviewFormat;
  descriptionFile: string | null;
  baseline: string | null;
  writeBaseline: string | null;
  configFile: string | null;
  quiet: boolean;
  timings: boolean;
  flags: Partial<AnalyzeOptions>;
}

/** Parses `review` arguments strictly: an unknown option or a bad value is a UsageError. */
export function parseReviewArgs(args: string[]): ReviewCommand {
  const { values, positionals } = parse(args);
  const none = { repo: '.', base: '', head: 'HEAD', format: 'markdown' as const, descriptionFile: null, baseline: null, writeBaseline: null, configFile: null, quiet: true, timings: false, flags: {} };
  if (values.help) return { help: true, ...none };
  const repo = analyzedFolder('review', positionals);
  if (values.base === undefined) throw new UsageError('review needs --base <ref>: the branch the change goes into (for a pull request, origin/<its base branch>)');
  const format = values.format ?? 'markdown';
  if (!(REVIEW_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes ${REVIEW_FORMATS.join(', ')}, got '${format}'`);
  if (values.baseline !== undefined && values['write-baseline'] !== undefined) throw new UsageError('--baseline and --write-baseline contradict each other: write a baseline, then read it in later runs');
  const flags = sharedFlags(values);
  return {
    help: false,
    repo,
    base: values.base,
    head: values.head ?? 'HEAD',
    format: format as ReviewFormat,
    descriptionFile: values['description-file'] ?? null,
    baseline: values.baseline ?? null,
    writeBaseline: values['write-baseline'] ?? null,
    configFile: values.config ?? null,
    quiet: values.quiet ?? false,
    timings: values.timings ?? false,
    flags,
  };
}

function parse(args: string[]) {
  return strictArgs('review', args, {
    base: { type: 'string' },
    head: { type: 'string' },
    format: { type: 'string', short: 'f' },
    'description-file': { type: 'string' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'string' },
    config: { type: 'string', short: 'c' },
    since: { type: 'string' },
    now: { type: 'string' },
    'activity-days': { type: 'string' },
    exclude: { type: 'string', multiple: true },
    'max-file-bytes': { type: 'string' },
    'cache-dir': { type: 'string' },
    'no-cache': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    timings: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
}
