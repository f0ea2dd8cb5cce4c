import type { CommitRecord } from './commit-record.js';

/**
 * One record per commit: a record separator, fields split by unit separators, the raw body
 * last (it may hold anything but NUL). %aN/%aE apply .mailmap; %an/%ae keep what was recorded.
 */
const FIELDS = ['%H', '%at', '%aN', '%aE', '%an', '%ae', '%cn', '%ce', '%B'] as const;
export const RECORD_START = '\x1e';
const FIELD_SEPARATOR = '\x1f';
export const LOG_FORMAT = `%x1e${FIELDS.join('%x1f')}`;

/**
 * Every flag that an untrusted config could otherwise change is pinned: no textconv or external
 * diff, no colour, no relative paths, root commit shown, Myers diff (line counts depend on the
 * algorithm), renames only (no copies).
 */
const LOG_OPTIONS = [
  'log',
  '--use-mailmap',
  '--no-merges',
  '--root',
  '-M',
  '--raw',
  '--numstat',
  '-z',
  '--no-textconv',
  '--no-ext-diff',
  '--no-color',
  '--no-relative',
  '--no-show-signature',
  '--diff-algorithm=myers',
  '--encoding=UTF-8',
  `--format=${LOG_FORMAT}`,
] as const;

/**
 * Whole history from HEAD, oldest last (or only the commits after `base`, for a run that resumes
 * from a snapshot taken there).
 */
export function logArgs(base?: string): string[] {
  return [...LOG_OPTIONS, '--end-of-options', base === undefined ? 'HEAD' : `${base}..HEAD`, '--'];
}

/**
 * The same records for the commits listed on stdin (one id a line), in that order: a commit's
 * diff against its parent is the one the walk prints (git diffs each commit alone), so a log can
 * be read in parts side by side and put back in the walk's order (`walkOrderArgs`).
 */
export function listedLogArgs(): string[] {
  return [...LOG_OPTIONS, '--no-walk=unsorted', '--stdin', '--end-of-options', '--'];
}

/**
 * The commits `logArgs(base)` prints, in the same order and without their diffs: the walk is the
 * same (no merges, from HEAD, no pathspec); only the output differs. (`tip`: from another commit.)
 */
export function walkOrderArgs(base?: string, tip = 'HEAD'): string[] {
  return ['rev-list', '--no-merges', '--end-of-options', base === undefined ? tip : `${base}..${tip}`, '--'];
}

const HEADER = /^\x1e[0-9a-f]{40,64}\x1f/;

export function isHeaderToken(token: string): boolean {
  return HEADER.test(token);
}

/** Parses the header token (everything up to the first NUL of a record). */
export function parseHeader(token: string): CommitRecord {
  const parts = token.slice(RECORD_START.length).split(FIELD_SEPARATOR);
  const field = (i: number): string => parts[i] ?? '';
  // the body may itself contain the unit separator: everything after the 8th field is body
  const message = parts.slice(FIELDS.length - 1).join(FIELD_SEPARATOR);
  return {
    sha: field(0),
    authorTime: Number.parseInt(field(1), 10) || 0,
    authorName: field(2),
    authorEmail: field(3),
    rawAuthorName: field(4),
    rawAuthorEmail: field(5),
    committerName: field(6),
    committerEmail: field(7),
    message,
    changes: [],
  };
}
