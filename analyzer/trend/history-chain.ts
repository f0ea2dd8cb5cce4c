import type { AnalyzeOptions } from '../core/options.js';
import { HistoryAccumulator, type AccumulatorSettings } from '../history/accumulator.js';
import { finalizeModel } from '../history/finalize.js';
import { LogParser } from '../history/log-parser.js';
import type { MarkerRules } from '../history/marker-rules.js';
import type { HistoryModel } from '../history/model.js';
import { realGitSource } from '../history/real-git-source.js';
import { absorbSnapshot } from '../incremental/history/absorb.js';
import { gitOk } from '../core/git.js';
import { walkContinues } from '../incremental/history/resume-git.js';
import { takeSnapshot, type HistorySnapshot } from '../incremental/history/snapshot.js';
import type { ScratchRepo } from './scratch-repo.js';
import { windowCounts, withWindow, type WindowCommit } from './window-figures.js';

/** What the history says at one point: the model a fresh run would finalize, and its AI share. */
export interface PointHistory {
  model: HistoryModel;
  aiCommitRatio: number | null;
  /** how the log was read for this point */
  mode: 'whole' | 'since-previous';
  /** why the whole log was read, after the first point */
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
  mailmap: string | null;
  snapshot: HistorySnapshot;
  /** the marks of this point's log: the first `length` entries of `marks` */
  marks: CommitMarks;
  length: number;
  /** this point's log in git log's order: its stretches, newest first */
  walk: WindowCommit[][];
}

/** Earlier points kept to continue from (a snapshot holds every file and person of its commit). */
const BASES_KEPT = 8;

/**
 * History at each point, oldest point first, in one pass over the log: the first point reads its
 * whole log; each later one reads only the commits since the previous point and absorbs that
 * point's accumulator, as a warm run absorbs an earlier run's (analyzer/incremental/history), on
 * the same conditions: the walk order is the one a whole log of the point gives, and .mailmap is
 * unchanged. When the previous point does not qualify (a merged side branch older than it), an
 * earlier one may; when none does, the point reads its whole log. The accumulator counts no
 * window (its own window figures are not the point's); the point's AI share comes from the marks
 * kept per commit, and each file's window figures (commits, lines, AI commits in the point's 90
 * days) from the point's log kept in walk order (window-figures.ts): the per-area risk reads them.
 */
export class HistoryChain {
  private bases: Base[] = [];
  private marks: CommitMarks = { times: [], ai: [] };
  private walk: WindowCommit[][] = [];
  private reason: string | null = null;

  constructor(
    private readonly scratch: ScratchRepo,
    private readonly options: AnalyzeOptions,
    private readonly rules: MarkerRules,
  ) {}

  /** The history of the scratch repository's HEAD (`sha`), seen at `now` with the window from `since`. */
  async at(sha: string, time: number, now: number, since: number): Promise<PointHistory> {
    const source = realGitSource(this.scratch.dir);
    const settings: AccumulatorSettings = {
      headFiles: this.scratch.headFiles(),
      since: Number.POSITIVE_INFINITY,
      rules: this.rules,
      coupling: this.options.coupling,
      resumable: true,
    };
    let read = await this.continued(source, settings);
    const mode = read === null ? 'whole' : 'since-previous';
    if (read === null) {
      this.marks = { times: [], ai: [] };
      read = await this.read(source, settings);
      this.walk = [read.stretch];
    }
    this.bases.push({ sha, time, mailmap: this.scratch.mailmap, snapshot: takeSnapshot(read.acc, sha, ''), marks: this.marks, length: this.marks.times.length, walk: this.walk });
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
    return { model: withWindow(model, this.windowOf(since, settings.headFiles)), aiCommitRatio: this.aiShare(since), mode, reason: mode === 'whole' ? this.reason : null, commitsStreamed: read.streamed };
  }

  /** The commits since an earlier point absorbed into it (the latest that qualifies), or null when none would be exact. */
  private async continued(source: ReturnType<typeof realGitSource>, settings: AccumulatorSettings): Promise<{ acc: HistoryAccumulator; streamed: number; stretch: WindowCommit[] } | null> {
    this.reason = null;
    for (let i = this.bases.length - 1; i >= 0; i -= 1) {
      const base = this.bases[i] as Base;
      if (base.mailmap !== this.scratch.mailmap) {
        this.reason ??= '.mailmap changed';
        continue;
      }
      if (!(await this.continues(base))) {
        this.reason ??= 'git log would walk the older commits in another order';
        continue;
      }
      this.marks = { times: base.marks.times.slice(0, base.length), ai: base.marks.ai.slice(0, base.length) };
      const read = await this.read(source, settings, base.sha);
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

  /**
   * resume-git.ts's `continues` for a base on HEAD's first-parent chain (an ancestor by
   * construction, its date known): one git call instead of three.
   */
  private async continues(base: Base): Promise<boolean> {
    const listed = await gitOk(this.scratch.top, ['rev-list', '--parents', '--timestamp', '--end-of-options', `${base.sha}..HEAD`, '--']);
    return walkContinues(listed.toString('utf8'), base.sha, base.time);
  }

  private async read(source: ReturnType<typeof realGitSource>, settings: AccumulatorSettings, base?: string): Promise<{ acc: HistoryAccumulator; streamed: number; stretch: WindowCommit[] }> {
    const acc = new HistoryAccumulator(settings);
    const stretch: WindowCommit[] = [];
    const parser = new LogParser((commit) => {
      const cls = acc.add(commit);
      this.marks.times.push(commit.authorTime);
      this.marks.ai.push(cls.ai.length > 0);
      stretch.push({ authorTime: commit.authorTime, ai: cls.ai.length > 0, changes: commit.changes });
    });
    const outcome = await source.readLog((chunk) => parser.push(chunk), base);
    if (!outcome.complete) throw new Error(`git log stopped: ${outcome.reason ?? 'unknown reason'}`);
    parser.finish();
    if (parser.unexpectedTokens > 0) throw new Error(`${parser.unexpectedTokens} entries of git log output could not be read`);
    return { acc, streamed: acc.commitsRead, stretch };
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
