import type { AnalyzeOptions } from '../core/options.js';
import { HistoryAccumulator, type AccumulatorSettings } from '../history/accumulator.js';
import { finalizeModel } from '../history/finalize.js';
import { LogParser } from '../history/log-parser.js';
import type { MarkerRules } from '../history/marker-rules.js';
import type { HistoryModel } from '../history/model.js';
import { realGitSource } from '../history/real-git-source.js';
import { absorbSnapshot } from '../incremental/history/absorb.js';
import { resumeGit } from '../incremental/history/resume-git.js';
import { takeSnapshot, type HistorySnapshot } from '../incremental/history/snapshot.js';
import type { ScratchRepo } from './scratch-repo.js';

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

/**
 * History at each point, oldest point first, in one pass over the log: the first point reads its
 * whole log; each later one reads only the commits since the previous point and absorbs that
 * point's accumulator, as a warm run absorbs an earlier run's (analyzer/incremental/history), on
 * the same conditions: the walk order is the one a whole log of the point gives, and .mailmap is
 * unchanged. Otherwise that point reads its whole log. The accumulator counts no window (its own
 * window figures are not the point's); the point's AI share comes from the marks kept per commit.
 */
export class HistoryChain {
  private previous: { sha: string; mailmap: string | null; snapshot: HistorySnapshot } | null = null;
  private marks: CommitMarks = { times: [], ai: [] };
  private reason: string | null = null;

  constructor(
    private readonly scratch: ScratchRepo,
    private readonly options: AnalyzeOptions,
    private readonly rules: MarkerRules,
  ) {}

  /** The history of the scratch repository's HEAD (`sha`), seen at `now` with the window from `since`. */
  async at(sha: string, now: number, since: number): Promise<PointHistory> {
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
    }
    this.previous = { sha, mailmap: this.scratch.mailmap, snapshot: takeSnapshot(read.acc, sha, '') };
    const model = finalizeModel(read.acc, {
      head: sha,
      branch: null,
      shallow: this.scratch.shallow,
      complete: !this.scratch.shallow,
      now,
      activityDays: this.options.activityDays,
      mergeSameName: this.options.mergeSameName,
    });
    return { model, aiCommitRatio: this.aiShare(since), mode, reason: mode === 'whole' ? this.reason : null, commitsStreamed: read.streamed };
  }

  /** The commits since the previous point absorbed into it, or null when that would not be exact. */
  private async continued(source: ReturnType<typeof realGitSource>, settings: AccumulatorSettings): Promise<{ acc: HistoryAccumulator; streamed: number } | null> {
    const previous = this.previous;
    this.reason = previous === null ? null : previous.mailmap !== this.scratch.mailmap ? '.mailmap changed' : 'git log would walk the older commits in another order';
    if (previous === null || previous.mailmap !== this.scratch.mailmap) return null;
    if (!(await resumeGit(this.scratch.top).continues(previous.sha))) return null;
    const saved = this.marks.times.length;
    const read = await this.read(source, settings, previous.sha);
    let conflict: string | null;
    try {
      conflict = absorbSnapshot(read.acc, previous.snapshot);
    } catch (error) {
      conflict = (error as Error).message;
    }
    if (conflict === null) return read;
    this.reason = conflict;
    // the marks of this read are read again with the whole log
    this.marks.times.length = saved;
    this.marks.ai.length = saved;
    return null;
  }

  private async read(source: ReturnType<typeof realGitSource>, settings: AccumulatorSettings, base?: string): Promise<{ acc: HistoryAccumulator; streamed: number }> {
    const acc = new HistoryAccumulator(settings);
    const parser = new LogParser((commit) => {
      const cls = acc.add(commit);
      this.marks.times.push(commit.authorTime);
      this.marks.ai.push(cls.ai.length > 0);
    });
    const outcome = await source.readLog((chunk) => parser.push(chunk), base);
    if (!outcome.complete) throw new Error(`git log stopped: ${outcome.reason ?? 'unknown reason'}`);
    parser.finish();
    if (parser.unexpectedTokens > 0) throw new Error(`${parser.unexpectedTokens} entries of git log output could not be read`);
    return { acc, streamed: acc.commitsRead };
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
