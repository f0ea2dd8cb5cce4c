import { COMMIT_ID, gitOk, gitReason, runGit, splitNul, streamGitBounded } from '../core/git.js';
import type { GitSource, LogOutcome, RepoProbe } from './git-source.js';
import { logArgs } from './log-format.js';

export interface StreamLimits {
  /** kill git when it prints nothing for this long (a lazy fetch, a huge blob) */
  idleMs: number;
  /** and in any case after this long */
  totalMs: number;
}

export const DEFAULT_STREAM_LIMITS: StreamLimits = { idleMs: 120_000, totalMs: 60 * 60_000 };

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/** git's fatal or error line says why; its warnings (lazy fetching disabled...) say less. */
function gitMessage(error: unknown): string {
  return firstLine(error instanceof Error ? error.message : String(error));
}

/** git's answer (trimmed, unless told not to), or null when it failed. */
async function answer(repoDir: string, args: string[], trim = true): Promise<string | null> {
  const result = await runGit(repoDir, args, { timeoutMs: 30_000 });
  if (result.exitCode !== 0) return null;
  const text = result.stdout.toString('utf8');
  return trim ? text.trim() : text;
}

async function probe(repoDir: string): Promise<RepoProbe> {
  const none: RepoProbe = { state: 'not-a-repo', message: null, head: null, branch: null, shallow: false, headTime: null, prefix: '' };
  let asked: [Awaited<ReturnType<typeof runGit>>, string | null, string | null, string | null];
  try {
    // independent questions, asked side by side; outside a repository all but the first fail, and it says why
    asked = await Promise.all([
      runGit(repoDir, ['rev-parse', '--show-toplevel'], { timeoutMs: 30_000 }),
      answer(repoDir, ['rev-parse', '--is-shallow-repository', '--show-prefix'], false),
      // an unborn HEAD makes this fail
      answer(repoDir, ['log', '-1', '--format=%H %ct', '--end-of-options', 'HEAD', '--']),
      answer(repoDir, ['rev-parse', '--abbrev-ref', 'HEAD']),
    ]);
  } catch (error) {
    // git could not start there (a folder that does not exist)
    return { ...none, message: gitMessage(error) };
  }
  const [top, shallowAndPrefix, headLine, branchOut] = asked;
  if (top.exitCode !== 0) return { ...none, message: gitReason(top.stderr) || `git rev-parse exited with ${String(top.exitCode)}` };
  // the first line is the answer about shallowness; the prefix (a folder name may hold a newline) is the rest, less its newline
  const firstBreak = (shallowAndPrefix ?? '').indexOf('\n');
  const shallow = (shallowAndPrefix ?? '').slice(0, Math.max(firstBreak, 0)) === 'true';
  const prefix = firstBreak < 0 ? '' : (shallowAndPrefix as string).slice(firstBreak + 1).replace(/\n$/, '');
  const [head = '', time = ''] = (headLine ?? '').split(' ');
  if (!COMMIT_ID.test(head)) return { ...none, state: 'no-commits', message: 'HEAD names no commit', shallow, prefix };
  const branch = branchOut ?? 'HEAD';
  const headTime = Number.parseInt(time, 10);
  return {
    state: 'ok',
    message: null,
    head,
    branch: branch === 'HEAD' ? null : branch,
    shallow,
    headTime: Number.isFinite(headTime) ? headTime : null,
    prefix,
  };
}

function readLog(repoDir: string, limits: StreamLimits, onChunk: (chunk: Buffer) => void, base?: string): Promise<LogOutcome> {
  return streamGitBounded(repoDir, logArgs(base), limits, onChunk);
}

/**
 * Files in HEAD's tree plus the index (what ls-files prints, so the graph stage finds its keys),
 * both relative to the analyzed directory. The tree alone would miss staged files; the index
 * alone is empty when a checkout failed (a clone with missing blobs).
 */
async function listFiles(repoDir: string): Promise<string[]> {
  const [treeOut, indexOut] = await Promise.all([gitOk(repoDir, ['ls-tree', '-r', '-z', '--name-only', '--end-of-options', 'HEAD', '--', '.']), gitOk(repoDir, ['ls-files', '-z', '--', '.'])]);
  const tree = splitNul(treeOut);
  const index = splitNul(indexOut);
  return [...new Set([...tree, ...index])];
}

export function realGitSource(repoDir: string, limits: StreamLimits = DEFAULT_STREAM_LIMITS): GitSource {
  return {
    probe: () => probe(repoDir),
    listFiles: () => listFiles(repoDir),
    readLog: (onChunk, base) => readLog(repoDir, limits, onChunk, base),
  };
}
