import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { printable } from './printable.js';
import { calendarDay, strictArgs } from './run-flags.js';
import { UsageError } from './usage-error.js';

export interface AuditCommand {
  help: boolean;
  repo: string;
  /** who is rating: a name or email of an author; null: git config user.email, then user.name */
  as: string | null;
  /** one answer per line instead of the terminal */
  answers: string | null;
  /** YYYY-MM-DD written on each row; null: today, on this machine's calendar */
  date: string | null;
  configFile: string | null;
}

export function parseAuditArgs(args: string[]): AuditCommand {
  const { values, positionals } = strictArgs('audit', args, {
    as: { type: 'string' },
    answers: { type: 'string' },
    date: { type: 'string' },
    config: { type: 'string', short: 'c' },
    help: { type: 'boolean', short: 'h' },
  });
  const none: AuditCommand = { help: true, repo: '', as: null, answers: null, date: null, configFile: null };
  if (values.help) return none;
  if (positionals.length > 1) throw new UsageError('audit takes one repository path');
  const repo = resolve(positionals[0] ?? '.');
  if (!existsSync(repo) || !statSync(repo).isDirectory()) throw new UsageError(`${repo} is not a directory`);
  if (values.as !== undefined && values.as.trim() === '') throw new UsageError('--as takes a name or an email');
  if (values.date !== undefined) calendarDay('--date', values.date);
  if (values.answers !== undefined) checkAnswers(values.answers);
  return {
    help: false,
    repo,
    as: values.as ?? null,
    answers: values.answers === undefined ? null : resolve(values.answers),
    date: values.date ?? null,
    configFile: values.config ?? null,
  };
}

/**
 * `--answers` names something to read lines from: a file, a pipe or FIFO (a shell's `<(…)`), or
 * a character device (/dev/null, /dev/stdin on a terminal). Only its kind is checked here: opening
 * a FIFO would take what its writer sends; audit reads it once, before the analysis.
 */
function checkAnswers(path: string): void {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    // '-' reads as "standard input" elsewhere; here that is what audit reads without --answers
    throw new UsageError(`--answers: no such file: ${printable(path)}${path === '-' ? ' (without --answers, audit reads the answers from standard input)' : ''}`);
  }
  if (stat.isDirectory()) throw new UsageError(`--answers: ${printable(path)} is a directory, not a file of answers`);
  if (!stat.isFile() && !stat.isFIFO() && !stat.isCharacterDevice()) throw new UsageError(`--answers: ${printable(path)} is not a file, a pipe or a character device to read answers from`);
}
