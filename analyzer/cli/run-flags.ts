import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { AnalyzeOptions } from '../core/options.js';
import { defaultCacheDir } from '../incremental/store/location.js';
import { isCalendarDate } from '../core/calendar-date.js';
import { argumentFault } from './argument-error.js';
import { printable } from './printable.js';
import { UsageError } from './usage-error.js';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** The one folder a command that analyzes takes (this one when none is given); it must be a directory. */
export function analyzedFolder(command: string, positionals: readonly string[]): string {
  if (positionals.length > 1) throw new UsageError(`${command} takes one path, got ${positionals.length}: ${positionals.join(' ')}`);
  const repo = resolve(positionals[0] ?? '.');
  let stat;
  try {
    stat = statSync(repo);
  } catch {
    throw new UsageError(`no such directory: ${repo}`);
  }
  if (!stat.isDirectory()) throw new UsageError(`not a directory: ${repo}`);
  return repo;
}

/** The flags analyze and review both take, as their parseArgs values. */
export interface SharedFlagValues {
  since?: string;
  now?: string;
  'activity-days'?: string;
  'max-file-bytes'?: string;
  exclude?: string[];
  'cache-dir'?: string;
  'no-cache'?: boolean;
}

/** The analysis window, the file limits and the cache folder, checked the same way for every command. */
export function sharedFlags(values: SharedFlagValues): Partial<AnalyzeOptions> {
  const flags: Partial<AnalyzeOptions> = {};
  if (values.since !== undefined) flags.since = isoDate('--since', values.since);
  if (values.now !== undefined) flags.now = isoDate('--now', values.now);
  if (values['activity-days'] !== undefined) flags.activityDays = positiveInt('--activity-days', values['activity-days']);
  if (values['max-file-bytes'] !== undefined) flags.maxFileBytes = positiveInt('--max-file-bytes', values['max-file-bytes']);
  if (values.exclude !== undefined) flags.exclude = values.exclude;
  if (values['no-cache'] && values['cache-dir'] !== undefined) throw new UsageError('--cache-dir and --no-cache contradict each other');
  flags.cacheDir = values['no-cache'] ? null : resolve(values['cache-dir'] ?? defaultCacheDir());
  return flags;
}

export function positiveInt(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} takes a positive whole number, got '${value}'`);
  return Number(value);
}

/**
 * A date option (--since, --now, the config's since and now): an ISO date, alone or with a time
 * and an offset, as an ISO timestamp. Its day is checked on its own first (isCalendarDate), as
 * Date.parse rolls 2026-02-30 over to 2026-03-02 where it refuses 2026-13-01.
 */
export function isoDate(flag: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) throw badDate(flag, 'an ISO date', value);
  const time = isCalendarDate(value.slice(0, 10)) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw badDate(flag, 'an ISO date', value);
  return new Date(time).toISOString();
}

/** A day option (audit --date): YYYY-MM-DD only, a day the calendar has. */
export function calendarDay(flag: string, value: string): string {
  if (!isCalendarDate(value)) throw badDate(flag, 'a date', value);
  return value;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One wording for a bad date; one written right but naming no real day (2026-02-30) is told why. */
function badDate(flag: string, what: string, value: string): UsageError {
  const day = /^(\d{4})-(\d{2})-\d{2}/.exec(value);
  let why = '';
  if (day !== null && !isCalendarDate(day[0])) {
    const [year, month] = [Number(day[1]), Number(day[2])];
    const last = new Date(0);
    last.setUTCFullYear(year, month, 0); // day 0 of the next month: the month's last day (setUTCFullYear, as Date.UTC reads years below 100 as 19xx)
    why = month < 1 || month > 12 ? ` (there is no month ${day[2]})` : ` (${MONTHS[month - 1]} ${day[1]} has days 01 to ${last.getUTCDate()})`;
  }
  return new UsageError(`${flag} takes ${what} such as 2025-01-31, got '${printable(value)}'${why}`);
}

type StrictConfig<O extends ParseArgsOptionsConfig> = { args: string[]; allowPositionals: true; strict: true; allowNegative?: boolean; options: O };

/**
 * parseArgs as every command uses it: strict, with positionals; a bad argument is a UsageError of
 * one line naming it (`command` names the help to see), worded by argumentFault from the error's
 * code. `allowNegative`: --no-<name> sets a boolean option false (view's --no-open).
 */
export function strictArgs<const O extends ParseArgsOptionsConfig>(
  command: string,
  args: string[],
  options: O,
  { allowNegative = false }: { allowNegative?: boolean } = {},
): ReturnType<typeof parseArgs<StrictConfig<O>>> {
  try {
    return parseArgs<StrictConfig<O>>({ args, allowPositionals: true, strict: true, allowNegative, options });
  } catch (error) {
    const fault = argumentFault(command, args, options, allowNegative, (error as NodeJS.ErrnoException).code);
    // each retry attaches one more value, so this ends
    if (fault !== null && 'retry' in fault) return strictArgs(command, fault.retry, options, { allowNegative });
    throw new UsageError(fault?.message ?? ((error as Error).message || 'bad arguments'));
  }
}
