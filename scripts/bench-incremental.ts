/**
 * Incremental runs on a repository's own recent history: `npm run bench:incremental -- <clone>
 * [--commits N]`. Checks out the commit N first-parent steps back, fills an empty cache with one
 * run, then steps forward one real commit at a time, timing the built CLI's warm run after each;
 * at the end a cold run (`--no-cache`) of the last commit gives the ratio. It moves HEAD of the
 * given clone (use a scratch clone) and puts it back where it was. The checkouts run no hooks,
 * but filters your own git config defines (git-lfs) apply as in any checkout. The cold run is
 * repeated (`--cold-runs`, 3 by default) and the median taken: on a small shared machine one cold
 * run of a large repository varies by a second or two (mostly git log), which would move every
 * ratio by as many points. Each warm run is repeated the same way (`--warm-runs`, 3 by default):
 * every repeat but the last starts from a copy of the cache as the step found it, the last from the
 * cache itself (which the next step then continues), and the median is the step's figure.
 *
 * With `--review`, the same steps are also taken by `blastmap review --base <the commit before>`
 * with a cache of its own (filled by a review of the first commit), as a pull request's CI job
 * would after the one before; a cold review of the last commit closes, and the table gains the
 * review's time and its ratio to the warm analyze of the same commit (issue 15: at most 2× warm,
 * 1.3× cold).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBuiltCli, runBuiltReview } from './bench/run-cli.js';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(PROJECT, 'dist/analyzer/cli.js');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { review: { type: 'boolean', default: false }, commits: { type: 'string', default: '5' }, 'cold-runs': { type: 'string', default: '3' }, 'warm-runs': { type: 'string', default: '3' }, json: { type: 'string' } } });
const repoDir = path.resolve(positionals[0] ?? '.');
const steps = Number(values.commits);
if (!Number.isInteger(steps) || steps < 1) throw new Error('--commits takes a whole number of at least 1');
const coldRuns = Number(values['cold-runs']);
if (!Number.isInteger(coldRuns) || coldRuns < 1) throw new Error('--cold-runs takes a whole number of at least 1');
const warmRuns = Number(values['warm-runs']);
if (!Number.isInteger(warmRuns) || warmRuns < 1) throw new Error('--warm-runs takes a whole number of at least 1');

// the clone is the user's scratch copy, but its hooks still never run
const git = (args: string[]): string =>
  execFileSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', ...args], { cwd: repoDir, encoding: 'utf8' }).trim();
// git checkout carries local changes along (and stops on a conflict), so they are only noted
if (git(['status', '--porcelain', '--untracked-files=no']) !== '') process.stderr.write(`note: ${repoDir} has uncommitted changes; they stay in every checkout\n`);
const branch = git(['rev-parse', '--abbrev-ref', 'HEAD']);
const head = git(['rev-parse', 'HEAD']);
const commits = git(['rev-list', '--first-parent', `--max-count=${steps + 1}`, 'HEAD']).split('\n').reverse();
const checkout = (commit: string): void => void git(['checkout', '-q', '--detach', commit, '--']);
// Before each timed run the page cache's dirty pages (a checkout, the last run's cache files, a
// copy of the cache) go to disk, as they would have long before a user's next run; else a run
// pays for writing back what the bench itself just wrote.
const settle = (): void => {
  try {
    execFileSync('sync');
  } catch {
    // no sync(1) here: the runs are timed as they come
  }
};
const restore = (): void => (branch === 'HEAD' ? checkout(head) : void git(['checkout', '-q', branch, '--']));
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'blastmap-bench-cache-'));
const reviewCacheDir = values.review ? mkdtempSync(path.join(os.tmpdir(), 'blastmap-bench-review-cache-')) : null;

interface Step {
  commit: string;
  subject: string;
  filesChanged: number;
  /** the median of warmRunsMs */
  warmMs: number;
  warmRunsMs: number[];
  /** the warm review of this commit against the one before, with its own cache (`--review`) */
  reviewMs: number | null;
  /** `--timings` of the last warm run (the one from the cache itself) */
  phases: Record<string, number>;
}

try {
  checkout(commits[0] as string);
  process.stderr.write(`filling the cache at ${(commits[0] as string).slice(0, 10)}…\n`);
  const fill = await runBuiltCli(CLI, repoDir, [], cacheDir);
  const review = async (commit: string, previous: string, cache: string | null): Promise<number> => {
    const run = await runBuiltReview(CLI, repoDir, previous, cache);
    if (run.exitCode !== 0 && run.exitCode !== 1) throw new Error(`review failed at ${commit}: ${run.stderrTail}`);
    return run.ms;
  };
  if (reviewCacheDir !== null) {
    process.stderr.write('filling the review cache…\n');
    await review(commits[0] as string, `${commits[0] as string}^1`, reviewCacheDir);
  }
  const results: Step[] = [];
  for (const [i, commit] of commits.slice(1).entries()) {
    checkout(commit);
    const filesChanged = git(['diff', '--name-only', `${commits[i] as string}..${commit}`, '--']).split('\n').filter(Boolean).length;
    const warmRunsMs: number[] = [];
    let warm: Awaited<ReturnType<typeof runBuiltCli>> | undefined;
    for (let run = 1; run <= warmRuns; run++) {
      // every repeat but the last from a copy of the cache as this step found it
      const copy = run < warmRuns ? mkdtempSync(path.join(os.tmpdir(), 'blastmap-bench-cache-copy-')) : null;
      if (copy !== null) cpSync(cacheDir, copy, { recursive: true, preserveTimestamps: true });
      try {
        settle();
        warm = await runBuiltCli(CLI, repoDir, [], copy ?? cacheDir);
      } finally {
        if (copy !== null) rmSync(copy, { recursive: true, force: true });
      }
      if (warm.run.exitCode !== 0) throw new Error(`warm run failed at ${commit}: ${warm.run.stderrTail}`);
      warmRunsMs.push(warm.run.ms);
    }
    if (warm === undefined) throw new Error('no warm run');
    const warmMs = median(warmRunsMs);
    const reviewMs = reviewCacheDir === null ? null : await review(commit, commits[i] as string, reviewCacheDir);
    results.push({ commit, subject: git(['log', '-1', '--format=%s', commit]), filesChanged, warmMs, warmRunsMs, reviewMs, phases: { ...warm.timings?.phases, ...warm.timings?.outputs } });
    process.stderr.write(`${commit.slice(0, 10)} ${String(filesChanged).padStart(4)} files  warm ${(warmMs / 1000).toFixed(2)} s (${warmRunsMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')})${reviewMs === null ? '' : `  review ${(reviewMs / 1000).toFixed(2)} s`}\n`);
  }
  const coldRunsMs: number[] = [];
  for (let run = 1; run <= coldRuns; run++) {
    process.stderr.write(`cold run ${run} of ${coldRuns} of the last commit…\n`);
    settle();
    const cold = await runBuiltCli(CLI, repoDir);
    if (cold.run.exitCode !== 0) throw new Error(`cold run failed: ${cold.run.stderrTail}`);
    coldRunsMs.push(cold.run.ms);
  }
  const coldMs = median(coldRunsMs);
  let coldReviewMs: number | null = null;
  if (reviewCacheDir !== null) {
    process.stderr.write('cold review of the last commit…\n');
    coldReviewMs = await review(commits.at(-1) as string, commits.at(-2) as string, null);
  }
  const reviewCells = (r: Step): string => (r.reviewMs === null ? '' : ` ${(r.reviewMs / 1000).toFixed(2)} s | ${(r.reviewMs / r.warmMs).toFixed(2)}× |`);
  const rows = results.map((r) => `| ${r.commit.slice(0, 10)} | ${r.subject.slice(0, 50)} | ${r.filesChanged} | ${(r.warmMs / 1000).toFixed(2)} s | ${((100 * r.warmMs) / coldMs).toFixed(1)} % |${reviewCells(r)}`);
  const reviewHead = coldReviewMs === null ? ['', ''] : [' warm review | review / analyze |', '---|---|'];
  const colds = coldRunsMs.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ');
  console.log([`cold (no cache) at the last commit: ${(coldMs / 1000).toFixed(2)} s, the median of ${colds}; filling the cache: ${(fill.run.ms / 1000).toFixed(2)} s`, ...(coldReviewMs === null ? [] : [`cold review of the last commit: ${(coldReviewMs / 1000).toFixed(2)} s, ${(coldReviewMs / coldMs).toFixed(2)}× the cold analyze`]), '', `| commit | subject | files changed | warm | warm / cold |${reviewHead[0]}`, `|---|---|---|---|---|${reviewHead[1]}`, ...rows].join('\n'));
  const result = { name: path.basename(repoDir), date: new Date().toISOString(), host: { cpus: os.cpus().length, node: process.version, loadAvg1: os.loadavg()[0] }, coldMs, coldRunsMs, coldReviewMs, fillMs: fill.run.ms, steps: results };
  const jsonPath = values.json ?? path.join(PROJECT, 'bench-results', `incremental-${result.name}-${result.date.slice(0, 10)}.json`);
  mkdirSync(path.dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
  process.stderr.write(`results: ${jsonPath}\n`);
} finally {
  restore();
  rmSync(cacheDir, { recursive: true, force: true });
  if (reviewCacheDir !== null) rmSync(reviewCacheDir, { recursive: true, force: true });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
