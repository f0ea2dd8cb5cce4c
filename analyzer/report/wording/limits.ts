/**
 * What a report could not see, derived from the report alone: report.md's section, the viewer's
 * banner and the CLI's closing lines all come from this one function, so they never disagree.
 * Pure and browser-safe (the viewer bundles it): it reads only the report's own fields.
 */
import type { Report } from '../schema/index.js';
import { count } from './count.js';
import { NO_RISK_LEVEL } from './score-text.js';
import { grouped } from '../../core/grouped.js';

export type LimitCode =
  | 'no-history'
  | 'history-incomplete'
  | 'shallow-clone'
  | 'now-before-commits'
  | 'unresolved-imports'
  | 'config-read-in-part'
  | 'files-left-out'
  | 'files-read-in-part'
  | 'ai-markers-ignored'
  | 'centrality-estimated'
  | 'other-warnings';

export interface Limit {
  code: LimitCode;
  /** one short line, lower case: the terminal prints it, report.md and the banner lead with it */
  headline: string;
  /** the figures it limits, and how */
  affects: string;
  /** how many of what the headline counts: commits read, imports, files, warnings */
  count: number;
  /** the warning messages behind it, verbatim, where they say what the headline cannot (git's reason) */
  details: string[];
}

export type LimitsInput = Pick<Report, 'repo' | 'authors' | 'warnings'>;

export const NO_HISTORY_HEADLINE = `no git history: structure only, ${NO_RISK_LEVEL}`;

/** Warning codes by what they limit; a code not listed here (from another version) is still counted, as an other warning. */
const FILE_GROUPS: { code: LimitCode; warnings: readonly string[]; what: string; affects: string; detailed?: true }[] = [
  {
    // few, and each says which option went unread: worth quoting
    code: 'config-read-in-part', warnings: ['tsconfig-error', 'workspace-error'], what: 'configuration file', detailed: true,
    affects: 'imports under them were resolved with the options that could be read, so some may be unresolved or land elsewhere than in the build',
  },
  {
    code: 'files-left-out',
    warnings: ['declaration-file', 'vendored', 'git-ignored', 'generated', 'minified', 'size-cap', 'binary', 'unreadable', 'file-name-not-utf8', 'submodule', 'symlink', 'missing-from-worktree', 'excluded-by-config'],
    what: 'file',
    affects: 'they are not modules: they have no figures, and imports of them are not edges',
  },
  {
    code: 'files-read-in-part', warnings: ['parse-error', 'parse-crash'], what: 'file',
    affects: 'their imports were found around the syntax error (or by scanning, where the parser gave up), so an import in the unreadable part is missing from the edges, and size and complexity may be off',
  },
  {
    code: 'ai-markers-ignored', warnings: ['bad-marker-pattern'], what: 'AI marker pattern',
    affects: 'AI-assisted shares miss the commits only those patterns would have marked',
  },
];
const HISTORY_WARNINGS = new Set(['not-a-git-repo', 'no-commits', 'shallow-clone', 'history-incomplete', 'now-before-commits']);
const KNOWN = new Set([...HISTORY_WARNINGS, 'unresolved-import', 'betweenness-sampled', ...FILE_GROUPS.flatMap((g) => g.warnings)]);

export function reportLimits(report: LimitsInput): Limit[] {
  return [...historyLimits(report), ...importLimits(report.warnings), ...fileLimits(report.warnings), ...otherLimits(report.warnings)];
}

function historyLimits(report: LimitsInput): Limit[] {
  const messages = (code: string) => report.warnings.filter((w) => w.code === code).map((w) => w.message);
  if (report.repo.head === null) {
    return [{
      code: 'no-history', headline: NO_HISTORY_HEADLINE, count: 0,
      affects: 'blast radius, centrality and fan-in/out come from the imports and are shown; without history nobody\'s knowledge of the code can be measured, so no module or area has a risk score or level, a bus factor, knowledge loss, churn or an AI share, and there is no truck factor',
      details: [...messages('not-a-git-repo'), ...messages('no-commits')],
    }];
  }
  const read = historyRead(report.authors);
  const out: Limit[] = [];
  const incomplete = messages('history-incomplete');
  if (incomplete.length > 0) {
    out.push({
      code: 'history-incomplete', count: read.commits, details: incomplete,
      headline: read.oldest === null ? 'git history incomplete: no commit could be read' : `git history incomplete: ${count(read.commits, 'commit')} read, back to ${read.oldest}`,
      affects: onlyThese(read, 'read'),
    });
  }
  const early = messages('now-before-commits');
  if (early.length > 0) {
    out.push({
      code: 'now-before-commits', count: early.length, details: early,
      headline: '"now" (--now) is before commits the history counts',
      affects: 'commits after "now" still count in churn, authorship and the AI share, and their authors as active; blastmap does not check out the past: to see the repository as it was on a date, analyze a checkout of the commit of that date with that --now',
    });
  }
  if (report.repo.shallow) {
    out.push({
      code: 'shallow-clone', count: read.commits, details: [],
      headline: read.oldest === null ? 'shallow clone' : `shallow clone: ${count(read.commits, 'commit')} present, back to ${read.oldest}`,
      affects: onlyThese(read, 'present'),
    });
  }
  return out;
}

/**
 * Every commit read has one author (people, agents and bots alike), so the authors' commits add up
 * to the commits read over the whole history, and the earliest first commit is how far back it
 * reaches. repo.commitsAnalyzed and firstCommitDate cover only the --since window, while
 * authorship is worked out over everything read.
 */
function historyRead(authors: LimitsInput['authors']): { commits: number; oldest: string | null } {
  let commits = 0;
  let oldest: string | null = null;
  for (const a of authors) {
    commits += a.commits;
    if (a.firstCommit !== null && (oldest === null || a.firstCommit < oldest)) oldest = a.firstCommit;
  }
  return { commits, oldest: oldest === null ? null : oldest.slice(0, 10) };
}

function onlyThese(read: { commits: number; oldest: string | null }, how: 'read' | 'present'): string {
  const span = read.oldest === null ? count(read.commits, 'commit') : `${count(read.commits, 'commit')} ${how}, back to ${read.oldest}`;
  return `bus factors, knowledge loss, authors and the truck factor count only the ${span}; authors of older commits are not seen`;
}

function importLimits(warnings: LimitsInput['warnings']): Limit[] {
  const causes = new Map<string, number>();
  let total = 0;
  for (const w of warnings) {
    if (w.code !== 'unresolved-import') continue;
    total++;
    const cause = unresolvedCause(w.message);
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
  }
  if (total === 0) return [];
  return [{
    code: 'unresolved-imports', count: total, details: [],
    headline: `${count(total, 'import')} not resolved (${ranked(causes).map(([cause, n]) => `${grouped(n)} ${cause}`).join('; ')})`,
    affects: 'they are not edges, so the fan-in, blast radius and centrality of what they would reach may be too low, and its risk with them',
  }];
}

/**
 * The cause of an unresolved import, from the message the graph stage writes: "cannot resolve
 * '<specifier>': <reason>". The specifier goes (one group per reason, not per import), and so does
 * the package name a workspace reason carries.
 */
export function unresolvedCause(message: string): string {
  const at = message.lastIndexOf("': ");
  if (at < 0) return 'other';
  return message.slice(at + 3).replace(/^workspace package \S+ has/, 'a workspace package has');
}

function fileLimits(warnings: LimitsInput['warnings']): Limit[] {
  const out: Limit[] = [];
  for (const group of FILE_GROUPS) {
    const byCode = new Map<string, number>();
    const details: string[] = [];
    for (const w of warnings) {
      if (!group.warnings.includes(w.code)) continue;
      byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
      if (group.detailed) details.push(w.path === undefined ? w.message : `${w.path}: ${w.message}`);
    }
    if (byCode.size === 0) continue;
    const total = [...byCode.values()].reduce((a, b) => a + b, 0);
    const verb = group.code === 'files-left-out' ? 'left out' : group.code === 'ai-markers-ignored' ? 'ignored' : 'read in part';
    out.push({
      code: group.code, count: total, details, affects: group.affects,
      headline: `${count(total, group.what)} ${verb} (${breakdown(byCode)})`,
    });
  }
  return out;
}

function otherLimits(warnings: LimitsInput['warnings']): Limit[] {
  const out: Limit[] = [];
  const sampled = warnings.filter((w) => w.code === 'betweenness-sampled');
  if (sampled.length > 0) {
    out.push({
      code: 'centrality-estimated', count: sampled.length, details: sampled.map((w) => w.message),
      headline: 'betweenness estimated by sampling',
      affects: 'centrality is an estimate, so modules of close centrality may rank either way',
    });
  }
  const byCode = new Map<string, number>();
  for (const w of warnings) if (!KNOWN.has(w.code)) byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
  if (byCode.size > 0) {
    const total = [...byCode.values()].reduce((a, b) => a + b, 0);
    out.push({
      code: 'other-warnings', count: total, details: [],
      headline: `${count(total, 'other warning')} (${breakdown(byCode)})`,
      affects: 'warnings[] in report.json names each one',
    });
  }
  return out;
}

/** "6 vendored, 2 size-cap": most first, then by code. */
function breakdown(byCode: Map<string, number>): string {
  return ranked(byCode).map(([code, n]) => `${grouped(n)} ${code}`).join(', ');
}

function ranked(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
