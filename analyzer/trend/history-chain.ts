import { availableParallelism } from 'node:os';
import type { AnalyzeOptions } from '../core/options.js';
import { HistoryAccumulator, type AccumulatorSettings } from '../history/accumulator.js';
import { finalizeModel } from '../history/finalize.js';
import type { CommitRecord } from '../history/commit-record.js';
import { listedLogArgs, walkOrderArgs } from '../history/log-format.js';
import { LogParser } from '../history/log-parser.js';
import type { MarkerRules } from '../history/marker-rules.js';
import type { HistoryModel } from '../history/model.js';
import { DEFAULT_STREAM_LIMITS } from '../history/real-git-source.js';
import { absorbSnapshot } from '../incremental/history/absorb.js';
import { COMMIT_ID, gitOk, streamGitBounded } from '../core/git.js';
import { walkContinues } from '../incremental/history/resume-git.js';
import { takeSnapshot, type HistorySnapshot } from '../incremental/history/snapshot.js';
import type { ScratchRepo } from './scratch-repo.js';
import { windowCounts, withWindow, type WindowCommit } from './window-figures.js';

/** What the history says at one point: the model a fresh run would finalize, and its AI share. */
export interface PointHistory {
  model: HistoryModel;
  aiCommitRatio: number | null;
  /**
   * how the log was read for this point: all of it from git, only the commits since an earlier
   * point, or all of it in git's order from the commits kept from earlier points (with git asked
   * only for those since the previous point)
   */
  mode: 'whole' | 'since-previous' | 'replayed';
  /** why the history could not continue from an earlier point, after the first point */
  reason: string | null;
  commitsStreamed: number;
}

/** Author date and AI verdict of every commit read so far (the window differs at every point). */
interface CommitMarks {
  times: number[];
  ai: boolean[];
}

/** A point already done, that a later point can continue from. */
interface Base {
  sha: string;
  /** committer date, unix seconds */
  time: number;
  /** the scratch repository's log rules at this point (.mailmap, .gitattributes) */
  logRules: string;
  snapshot: HistorySnapshot;
  /** the marks of this point's log: the first `length` entries of `marks` */
  marks: CommitMarks;
  length: number;
  /** this point's log in git log's order: its stretches, newest first */
  walk: WindowCommit[][];
}

/** A point's log taken into its accumulator: how many commits git diffed for it, and its stretch of the walk. */
interface Read {
  acc: HistoryAccumulator;
  streamed: number;
  stretch: WindowCommit[];
}

/** git log processes side by side when a point has many commits to read, and what makes a part worth its process. */
const MAX_LOG_PARTS = 4;
const COMMITS_PER_PART = 500;

/** Earlier points kept to continue from (a snapshot holds every file and person of its commit). */
const BASES_KEPT = 8;

/**
 * History at each point, oldest point first, in one pass over the log. git diffs each commit once:
 * the first point has it read the newest point's whole log (`ahead`), in parts side by side, and
 * every commit read is kept; a later point asks git only for commits no earlier reading reached.
 * The point then continues from an earlier point, taking the commits since it and absorbing its
 * accumulator as a warm run absorbs an earlier run's (analyzer/incremental/history), on the same
 * conditions: the walk order is the one a whole log of the point gives, and the log rules are
 * unchanged. When no kept point qualifies (a merged side branch older than them, a file added
 * again after a deletion), the point takes its whole log from the commits kept, in the order git
 * walks it (`rev-list`, no diffs). The log rules are .mailmap, which changes every commit's names,
 * and each .gitattributes, which can make a file's line counts `-` (`-diff`, `binary`) in every
 * commit: when they change, the kept commits are dropped and git reads the whole log again. The
 * accumulator counts no window (its own window figures are not the point's); the point's AI share
 * comes from the marks kept per commit, and each file's window figures (commits, lines, AI commits
 * in the point's 90 days) from the point's log kept in walk order (window-figures.ts): the
 * per-area risk reads them.
 */
export class HistoryChain {
  private bases: Base[] = [];
  private marks: CommitMarks = { times: [], ai: [] };
  private walk: WindowCommit[][] = [];
  private reason: string | null = null;
  /**
   * Every commit read so far, as parsed under the log rules `recordsRules` (%aN and %aE depend on
   * .mailmap, line counts on .gitattributes): a point whose log cannot continue an earlier one
   * takes them in its own order instead of having git diff the whole history again.
   */
  private records = new Map<string, CommitRecord>();
  private recordsRules: string | null = null;
  /** the previous point's commit: every commit it reaches is in `records` */
  private previous: string | null = null;

  constructor(
    private readonly scratch: ScratchRepo,
    private readonly options: AnalyzeOptions,
    private readonly rules: MarkerRules,
    /**
     * the newest point's commit: the first reading takes its whole log, every commit an earlier
     * point reaches included, so that later points ask git for no diff while the log rules stay
     */
    private ahead: string | null = null,
  ) {}

  /** The history of the scratch repository's HEAD (`sha`), seen at `now` with the window from `since`. */
  async at(sha: string, time: number, now: number, since: number): Promise<PointHistory> {
    const settings: AccumulatorSettings = {
      headFiles: this.scratch.headFiles(),
      since: Number.POSITIVE_INFINITY,
      rules: this.rules,
      coupling: this.options.coupling,
      resumable: true,
    };
    let rulesChanged = false;
    if (this.recordsRules !== this.scratch.logRules) {
      rulesChanged = this.records.size > 0;
      this.records.clear();
      this.recordsRules = this.scratch.logRules;
      this.previous = null;
    }
    let read: Read | null;
    let mode: PointHistory['mode'];
    this.reason = null;
    // git diffs only the commits the previous point does not reach (side branches merged since
    // included), in parts side by side; the others were kept
    const fetched = await this.fetch(this.previous ?? undefined);
    const streamed = fetched.read;
    if (this.previous === null) {
      read = null;
      mode = 'whole';
      if (rulesChanged) this.reason = '.mailmap or a .gitattributes changed';
    } else {
      read = await this.continued(settings, streamed);
      mode = read === null ? 'replayed' : 'since-previous';
    }
    if (read === null) {
      this.marks = { times: [], ai: [] };
      read = this.replayed(mode === 'whole' ? fetched.order : await this.walkOrder(), settings, streamed);
    }
    if (read === null) throw new Error('a commit of the log was never read');
    if (mode !== 'since-previous') this.walk = [read.stretch];
    this.previous = sha;
    this.bases.push({ sha, time, logRules: this.scratch.logRules, snapshot: takeSnapshot(read.acc, sha, ''), marks: this.marks, length: this.marks.times.length, walk: this.walk });
    if (this.bases.length > BASES_KEPT) this.bases.shift();
    const model = finalizeModel(read.acc, {
      head: sha,
      branch: null,
      shallow: this.scratch.shallow,
      complete: !this.scratch.shallow,
      now,
      activityDays: this.options.activityDays,
      mergeSameName: this.options.mergeSameName,
    });
    return { model: withWindow(model, this.windowOf(since, settings.headFiles)), aiCommitRatio: this.aiShare(since), mode, reason: mode === 'since-previous' ? null : this.reason, commitsStreamed: read.streamed };
  }

  /** The commits since an earlier point absorbed into it (the latest that qualifies), or null when none would be exact. */
  private async continued(settings: AccumulatorSettings, streamed: number): Promise<Read | null> {
    for (let i = this.bases.length - 1; i >= 0; i -= 1) {
      const base = this.bases[i] as Base;
      if (base.logRules !== this.scratch.logRules) {
        this.reason ??= '.mailmap or a .gitattributes changed';
        continue;
      }
      // resume-git.ts's `continues` for a base on HEAD's first-parent chain (an ancestor by
      // construction, its date known): one git call instead of three
      const listed = (await gitOk(this.scratch.top, ['rev-list', '--parents', '--timestamp', '--end-of-options', `${base.sha}..HEAD`, '--'])).toString('utf8');
      if (!walkContinues(listed, base.sha, base.time)) {
        this.reason ??= 'git log would walk the older commits in another order';
        continue;
      }
      this.marks = { times: base.marks.times.slice(0, base.length), ai: base.marks.ai.slice(0, base.length) };
      // rev-list's walk is git log's; a merge (a timestamp and three or more ids) is not in the log
      const order = listed.split('\n').flatMap((line) => {
        const parts = line.split(' ');
        return line === '' || parts.length > 3 ? [] : [parts[1] as string];
      });
      const read = this.replayed(order, settings, streamed);
      if (read === null) {
        this.reason ??= 'a commit since an earlier point was not kept';
        return null;
      }
      this.walk = [read.stretch, ...base.walk];
      let conflict: string | null;
      try {
        conflict = absorbSnapshot(read.acc, base.snapshot);
      } catch (error) {
        conflict = (error as Error).message;
      }
      if (conflict === null) return read;
      this.reason ??= conflict;
    }
    return null;
  }

  /** The ids of the commits `git log` (`base..tip`, or all from the tip, HEAD unless told) prints, in its order. */
  private async walkOrder(base?: string, tip = 'HEAD'): Promise<string[]> {
    const listed = await gitOk(this.scratch.dir, walkOrderArgs(base, tip), { timeoutMs: 600_000 });
    const ids = listed.toString('utf8').split('\n').filter((sha) => sha !== '');
    // they go to `git log --stdin`, where a line could also be an option or a range: ids only
    const odd = ids.find((sha) => !COMMIT_ID.test(sha));
    if (odd !== undefined) throw new Error(`git rev-list printed ${JSON.stringify(odd.slice(0, 80))}, not a commit id`);
    return ids;
  }

  /**
   * The commits of `order` (ids in git log's order) taken from those kept into a new accumulator;
   * null when one was never read (nothing is taken then).
   */
  private replayed(order: readonly string[], settings: AccumulatorSettings, streamed: number): Read | null {
    const records: CommitRecord[] = [];
    for (const sha of order) {
      const record = this.records.get(sha);
      if (record === undefined) return null;
      records.push(record);
    }
    const acc = new HistoryAccumulator(settings);
    const stretch: WindowCommit[] = [];
    for (const record of records) this.take(acc, record, stretch);
    return { acc, streamed, stretch };
  }

  /** One commit into the point's accumulator, its marks and its stretch of the walk. */
  private take(acc: HistoryAccumulator, commit: CommitRecord, stretch: WindowCommit[]): void {
    const cls = acc.add(commit);
    const ai = cls.ai.length > 0;
    this.marks.times.push(commit.authorTime);
    this.marks.ai.push(ai);
    stretch.push({ authorTime: commit.authorTime, ai, changes: commit.changes });
  }

  /**
   * Reads into `records` the commits of `base..HEAD` (all of HEAD's log without a base) that are
   * not kept yet, in up to one part per processor, each its own `git log` of the ids it is given;
   * returns the range's ids in the walk's order and how many commits git read.
   */
  private async fetch(base: string | undefined): Promise<{ order: string[]; read: number }> {
    const order = await this.walkOrder(base);
    let wanted = order.filter((sha) => !this.records.has(sha));
    if (this.ahead !== null && wanted.length > 0) {
      // once: in one reading, in parts side by side, git diffs fewer commits a second than in a
      // reading at each point (a process each, a few hundred commits)
      wanted = (await this.walkOrder(undefined, this.ahead)).filter((sha) => !this.records.has(sha));
      this.ahead = null;
    }
    const parts = Math.max(1, Math.min(MAX_LOG_PARTS, availableParallelism(), Math.ceil(wanted.length / COMMITS_PER_PART)));
    const size = Math.ceil(wanted.length / parts);
    // every part ends before a failure is told: none goes on writing into `records` after it
    const ended = await Promise.allSettled(
      Array.from({ length: parts }, async (_, i) => {
        const ids = wanted.slice(i * size, (i + 1) * size);
        if (ids.length === 0) return;
        const parser = new LogParser((commit) => this.records.set(commit.sha, commit));
        const outcome = await streamGitBounded(this.scratch.dir, listedLogArgs(), DEFAULT_STREAM_LIMITS, (chunk) => parser.push(chunk), `${ids.join('\n')}\n`);
        if (!outcome.complete) throw new Error(`git log stopped: ${outcome.reason ?? 'unknown reason'}`);
        parser.finish();
        if (parser.unexpectedTokens > 0) throw new Error(`${parser.unexpectedTokens} entries of git log output could not be read`);
      }),
    );
    const failed = ended.find((e): e is PromiseRejectedResult => e.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
    return { order, read: wanted.length };
  }

  /** Each file's window figures at this point (window-figures.ts), over its log in walk order. */
  private windowOf(since: number, headFiles: ReadonlyMap<string, string>): ReturnType<typeof windowCounts> {
    const walk = this.walk;
    function* commits(): Generator<WindowCommit> {
      for (const stretch of walk) yield* stretch;
    }
    let last = -1;
    let index = 0;
    for (const commit of commits()) {
      if (commit.authorTime >= since) last = index;
      index += 1;
    }
    const counts = windowCounts(commits(), since, headFiles, last);
    // Later points have later windows: no commit walked after this point's last window commit can
    // be in theirs (they walk this point's log, or an earlier point's, after their own commits),
    // so the stretches keep only what comes before it: memory stays at about a window's commits.
    let offset = 0;
    for (const stretch of walk) {
      stretch.length = Math.max(0, Math.min(stretch.length, last + 1 - offset));
      offset += stretch.length;
    }
    return counts;
  }

  /** summary.aiCommitRatio of a run with this --since: AI-marked share of the non-merge commits authored since then. */
  private aiShare(since: number): number | null {
    let commits = 0;
    let ai = 0;
    const { times, ai: marked } = this.marks;
    for (let i = 0; i < times.length; i += 1) {
      if ((times[i] as number) < since) continue;
      commits += 1;
      if (marked[i]) ai += 1;
    }
    return commits > 0 ? ai / commits : null;
  }
}
