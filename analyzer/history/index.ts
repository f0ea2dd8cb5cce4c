import type { AnalyzerEmitter } from '../core/events.js';
import type { AnalyzeOptions } from '../core/options.js';
import type { WarningSink } from '../core/warnings.js';
import type { AccumulatorSettings } from './accumulator.js';
import { emptyHistoryModel } from './empty-model.js';
import { finalizeAuthorship, finalizeCoupling } from './finalize.js';
import type { GitSource, RepoProbe } from './git-source.js';
import { buildMarkerRules } from './marker-rules.js';
import type { HistoryAuthorship, HistoryModel } from './model.js';
import { readLog, type LogRead } from './read-log.js';
import { realGitSource } from './real-git-source.js';
import { isoOf, resolveNow, toUnixSeconds } from './time-window.js';

export type { HistoryAuthorship, HistoryModel } from './model.js';

/** What reading the history needs: the repository, what git said of it, and how to accumulate. */
export interface LogContext {
  source: GitSource;
  probe: RepoProbe;
  settings: AccumulatorSettings;
  progress: (done: number) => void;
}

/**
 * Reads the log into an accumulator. The plain step reads the whole log; analyzer/incremental
 * passes one that reads only the commits since an earlier run and takes over the rest, giving
 * the same accumulator.
 */
export type ReadHistory = (context: LogContext) => Promise<LogRead>;

export const readWholeLog: ReadHistory = ({ source, settings, progress }) => readLog(source, settings, progress);

export interface MineHistoryInput {
  repoDir: string;
  options: AnalyzeOptions;
  emitter: AnalyzerEmitter;
  warnings: WarningSink;
  /** how the log is read, when not whole */
  readHistory?: ReadHistory;
  /**
   * Given the model without its co-change pairs as soon as that part is done, before the pairs are
   * counted (once, on every path: a run with no history gives its empty model): a caller on
   * another thread can hand it on so the score starts meanwhile.
   */
  onAuthorship?: (authorship: HistoryAuthorship) => void;
}

export async function mineHistory(input: MineHistoryInput): Promise<HistoryModel> {
  return mineHistoryFrom(realGitSource(input.repoDir), input);
}

/** The stage itself, over any GitSource (tests pass canned log text). */
export async function mineHistoryFrom(source: GitSource, input: MineHistoryInput): Promise<HistoryModel> {
  const { options, warnings } = input;
  // the listing needs nothing the probe finds: both are asked at once (outside a repository it fails, unread)
  const listing = source.listFiles();
  listing.catch(() => undefined);
  const probe = await source.probe();
  const now = resolveNow(options.now, probe.headTime, Date.now());
  const empty = (model: HistoryModel): HistoryModel => {
    const { coChanges: _pairs, couplingCommits: _commits, ...authorship } = model;
    input.onAuthorship?.(authorship);
    return model;
  };
  if (probe.state === 'not-a-repo') {
    warnings.add('not-a-git-repo', `no git history: ${probe.message ?? 'not a git repository'}; the report has the import graph only`);
    return empty(emptyHistoryModel(isoOf(now)));
  }
  if (probe.state === 'no-commits') {
    warnings.add('no-commits', 'the repository has no commits yet; the report has the import graph only');
    return empty(emptyHistoryModel(isoOf(now), probe.shallow));
  }
  if (probe.shallow) {
    warnings.add('shallow-clone', 'shallow clone: history before the shallow boundary is missing, so commits, authorship, bus factor and truck factor cover only the commits present');
  }
  // root-relative (as git log names files) → the path under the analyzed folder (as the graph and
  // every later stage name modules): the model is keyed by the latter
  const headFiles = new Map((await listing).map((path) => [probe.prefix + path, path]));
  const settings: AccumulatorSettings = {
    headFiles,
    since: toUnixSeconds(options.since),
    rules: buildMarkerRules(options.aiMarkers, options.botPatterns, warnings),
    coupling: options.coupling,
  };
  const progress = input.emitter.throttled('history');
  const read = await (input.readHistory ?? readWholeLog)({ source, probe, settings, progress });
  const { acc, outcome } = read;
  progress(acc.commitsRead, acc.commitsRead);
  if (!outcome.complete) {
    const where = read.oldestRead === null ? 'before the first commit was read' : `after ${acc.commitsRead} commits, at ${read.oldestRead.sha.slice(0, 12)} (${isoOf(read.oldestRead.time)})`;
    warnings.add('history-incomplete', `git log stopped ${where}: ${outcome.reason ?? 'unknown reason'}; older history is left out of every history figure`);
  }
  if (read.unexpectedTokens > 0) {
    warnings.add('history-incomplete', `${read.unexpectedTokens} entries of git log output could not be read and were skipped`);
  }
  const complete = !probe.shallow && outcome.complete && read.unexpectedTokens === 0;
  // --now does not check out the past: a date before commits read leaves them counted, and their
  // authors active, beside a "now" that precedes them; the reader must be told
  if (options.now !== null && acc.lastInWindow !== null && now < acc.lastInWindow) {
    warnings.add('now-before-commits', `--now ${isoOf(now)} is before the newest commit read (${isoOf(acc.lastInWindow)}): commits after it still count, and their authors as active`);
  }
  const authorship = finalizeAuthorship(acc, { head: probe.head, branch: probe.branch, shallow: probe.shallow, complete, now, activityDays: options.activityDays, mergeSameName: options.mergeSameName });
  input.onAuthorship?.(authorship);
  return { ...authorship, ...finalizeCoupling(acc) };
}
