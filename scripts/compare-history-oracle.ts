/**
 * Helpers of scripts/compare-history.ts: parsing `git log --raw --numstat -z`, a rename-only
 * re-walk of one file's history built from git alone, and the analysis of where
 * `git log --follow` jumped to another path (a copy taken for a rename, or another candidate).
 */
import { execFileSync } from 'node:child_process';
import { gitArgs, gitEnv } from '../analyzer/core/git.js';

export function git(repo: string, args: string[], input?: string): string {
  return execFileSync('git', gitArgs(args), { cwd: repo, env: gitEnv(), encoding: 'utf8', input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** The same diff settings as the history stage's own stream (analyzer/history/log-format.ts). */
export const DIFF_FLAGS = ['-M', '--raw', '--numstat', '-z', '--no-textconv', '--no-ext-diff', '--no-color', '--no-relative', '--diff-algorithm=myers'];

export interface RawChange {
  /** status letter: A, M, D, T, R, C */
  status: string;
  /** similarity for R/C ("051"), else '' */
  score: string;
  from: string | null;
  path: string;
}

export interface NumChange {
  added: number;
  deleted: number;
  from: string | null;
  path: string;
}

export interface LogCommit {
  sha: string;
  raw: RawChange[];
  num: NumChange[];
}

/** Parses `--format=%x01%H --raw --numstat -z` output (or diff-tree output, as one pseudo-commit ''). */
export function parseLogZ(out: string): LogCommit[] {
  const commits: LogCommit[] = [];
  const tokens = out.split('\0');
  let current: LogCommit | null = null;
  const ensure = (): LogCommit => {
    if (current === null) {
      current = { sha: '', raw: [], num: [] };
      commits.push(current);
    }
    return current;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = (tokens[i] ?? '').replace(/^\n+/, '');
    if (token === '') continue;
    const sha = /^\x01([0-9a-f]{40,64})$/.exec(token);
    if (sha) {
      current = { sha: sha[1] as string, raw: [], num: [] };
      commits.push(current);
      continue;
    }
    const raw = /^:\d+ \d+ [0-9a-f]+ [0-9a-f]+ ([A-Z])(\d*)$/.exec(token);
    if (raw) {
      const status = raw[1] as string;
      if (status === 'R' || status === 'C') {
        ensure().raw.push({ status, score: raw[2] ?? '', from: tokens[i + 1] ?? '', path: tokens[i + 2] ?? '' });
        i += 2;
      } else {
        ensure().raw.push({ status, score: '', from: null, path: tokens[i + 1] ?? '' });
        i += 1;
      }
      continue;
    }
    const num = /^(\d+|-)\t(\d+|-)\t([\s\S]*)$/.exec(token);
    if (num) {
      const added = num[1] === '-' ? 0 : Number(num[1]);
      const deleted = num[2] === '-' ? 0 : Number(num[2]);
      if (num[3] === '') {
        ensure().num.push({ added, deleted, from: tokens[i + 1] ?? '', path: tokens[i + 2] ?? '' });
        i += 2;
      } else ensure().num.push({ added, deleted, from: null, path: num[3] as string });
    }
  }
  return commits;
}

function gitError(error: unknown): { stdout: string; message: string } {
  const stdout = String((error as { stdout?: string }).stdout ?? '');
  const message = String((error as { stderr?: string }).stderr ?? error).trim().split('\n').pop() ?? 'failed';
  return { stdout, message };
}

/** The whole-tree diff of one non-merge commit with its parent (or the empty tree), renames only. */
export function commitDiff(repo: string, sha: string, cache: Map<string, LogCommit>): LogCommit {
  const known = cache.get(sha);
  if (known) return known;
  const out = git(repo, ['diff-tree', '-r', '--root', '--no-commit-id', ...DIFF_FLAGS, sha]);
  const parsed = parseLogZ(out)[0] ?? { sha, raw: [], num: [] };
  const result = { ...parsed, sha };
  cache.set(sha, result);
  return result;
}

export interface OracleTruth {
  /** newest first, in the log's order */
  commits: string[];
  linesAdded: number;
  linesDeleted: number;
  lines: Map<string, [number, number]>;
  /** renames followed: at commit sha, `from` became the followed path `to` */
  renames: { sha: string; from: string; to: string }[];
  paths: string[];
  error: string | null;
  /** where git failed (missing blobs): the position in the log's order of the first commit not read */
  failedAt: number | null;
}

/**
 * Where a per-path `git log` that failed stopped: the first commit touching `path` (listed without
 * diffs, which needs no blob) after the last commit it did print. A last commit printed without
 * line counts was cut in the middle and counts as not read.
 */
export function failurePoint(repo: string, path: string, printed: LogCommit[], order: Map<string, number>, after: number): number {
  const last = printed.at(-1);
  if (last && last.num.length === 0 && last.raw.length === 0) return order.get(last.sha) ?? 0;
  const from = last ? (order.get(last.sha) ?? after) : after;
  const touching = git(repo, ['log', '--full-history', '--no-merges', '--format=%H', 'HEAD', '--', path]).split('\n').filter(Boolean);
  const next = touching.map((sha) => order.get(sha) ?? -1).filter((i) => i > from).sort((a, b) => a - b)[0];
  return next ?? from + 1;
}

/**
 * The file's history following renames only, from git alone: `git log --full-history -- <path>`
 * (every non-merge commit that touched the path), and, where the path was added or deleted, the
 * commit's whole-tree `-M` diff to tell a rename from a creation. Walking back in the log's own
 * order (`order`: sha → position in `git rev-list --no-merges HEAD`):
 *  - the path added as the target of a rename q→path: that commit counts with the rename's line
 *    counts, and older commits are followed on q;
 *  - the path deleted as the source of a rename path→x: its older life is x's, the walk stops;
 *  - any other change counts (a path deleted and added again stays one file).
 * Copies are never followed. This is the contract of docs/history.md, independent of our code.
 */
export function renameOnlyTruth(repo: string, path: string, order: Map<string, number>, cache: Map<string, LogCommit>): OracleTruth {
  const truth: OracleTruth = { commits: [], linesAdded: 0, linesDeleted: 0, lines: new Map(), renames: [], paths: [path], error: null, failedAt: null };
  let current = path;
  let after = -1;
  const count = (sha: string, added: number, deleted: number): void => {
    truth.commits.push(sha);
    truth.linesAdded += added;
    truth.linesDeleted += deleted;
    truth.lines.set(sha, [added, deleted]);
  };
  for (let guard = 0; guard < 1000; guard++) {
    let out: string;
    try {
      out = git(repo, ['log', '--full-history', '--no-merges', ...DIFF_FLAGS, '--format=%x01%H', 'HEAD', '--', current]);
    } catch (error) {
      const e = gitError(error);
      out = e.stdout;
      truth.error = e.message;
    }
    let commits = parseLogZ(out)
      .filter((c) => c.sha !== '' && (order.get(c.sha) ?? -1) > after)
      .sort((a, b) => (order.get(a.sha) ?? 0) - (order.get(b.sha) ?? 0));
    if (truth.error !== null) {
      truth.failedAt = failurePoint(repo, current, commits, order, after);
      const limit = truth.failedAt;
      commits = commits.filter((c) => (order.get(c.sha) ?? 0) < limit);
    }
    let next: { from: string; at: number } | null = null;
    let stop = false;
    for (const commit of commits) {
      const raw = commit.raw.find((r) => r.path === current);
      const num = commit.num.find((n) => n.path === current);
      if (raw?.status === 'A' || raw?.status === 'D') {
        let whole: LogCommit;
        try {
          whole = commitDiff(repo, commit.sha, cache);
        } catch (error) {
          truth.error = gitError(error).message;
          truth.failedAt = order.get(commit.sha) ?? 0;
          stop = true;
          break;
        }
        if (raw.status === 'A') {
          const rename = whole.raw.find((r) => r.status === 'R' && r.path === current && r.from !== null);
          if (rename?.from) {
            const pair = whole.num.find((n) => n.path === current && n.from === rename.from);
            count(commit.sha, pair?.added ?? 0, pair?.deleted ?? 0);
            truth.renames.push({ sha: commit.sha, from: rename.from, to: current });
            next = { from: rename.from, at: order.get(commit.sha) ?? 0 };
            break;
          }
        } else if (whole.raw.some((r) => r.status === 'R' && r.from === current)) {
          stop = true;
          break;
        }
      }
      count(commit.sha, num?.added ?? 0, num?.deleted ?? 0);
    }
    if (stop || next === null || truth.error !== null) break;
    current = next.from;
    after = next.at;
    truth.paths.push(current);
  }
  return truth;
}

export interface FollowJump {
  sha: string;
  /** git's own status letter for the pair in `git log --follow` (C = copy, R = rename) */
  status: string;
  from: string;
  to: string;
  /** the old path is still in the commit's own tree: a copy, not a rename */
  sourceStillExists: boolean;
}

/** Where `git log --follow` switched to another path, and whether the old path survived that commit. */
export function followJumps(repo: string, commits: LogCommit[]): FollowJump[] {
  const jumps: FollowJump[] = [];
  for (const commit of commits) {
    for (const r of commit.raw) {
      if ((r.status === 'R' || r.status === 'C') && r.from !== null && r.from !== r.path) {
        const listed = git(repo, ['ls-tree', '-z', '--name-only', commit.sha, '--', r.from]).split('\0').filter(Boolean);
        jumps.push({ sha: commit.sha, status: `${r.status}${r.score}`, from: r.from, to: r.path, sourceStillExists: listed.includes(r.from) });
      }
    }
  }
  return jumps;
}

export type Verdict = 'copy taken for a rename by --follow' | 'different rename candidate by --follow' | 'rename missed by --follow' | 'other --follow difference (oracle agrees with us)' | 'genuine mismatch';

/**
 * Classifies one file where we and `git log --follow` disagree. It is a --follow artifact only
 * when the rename-only oracle agrees with us on all three figures; otherwise a genuine mismatch.
 */
export function classify(jumps: FollowJump[], oracle: OracleTruth, oracleAgrees: boolean): Verdict {
  if (!oracleAgrees) return 'genuine mismatch';
  if (jumps.some((j) => j.sourceStillExists)) return 'copy taken for a rename by --follow';
  const ours = new Set(oracle.renames.map((r) => `${r.sha} ${r.from} ${r.to}`));
  if (jumps.some((j) => !ours.has(`${j.sha} ${j.from} ${j.to}`))) return 'different rename candidate by --follow';
  const theirs = new Set(jumps.map((j) => `${j.sha} ${j.from} ${j.to}`));
  if (oracle.renames.some((r) => !theirs.has(`${r.sha} ${r.from} ${r.to}`))) return 'rename missed by --follow';
  return 'other --follow difference (oracle agrees with us)';
}
