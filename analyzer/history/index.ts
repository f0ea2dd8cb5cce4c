import type { AnalyzerEmitter } from '../core/events.js';
import type { AnalyzeOptions } from '../core/options.js';
import type { HistoryStore } from '../core/run-cache.js';
import type { WarningSink } from '../core/warnings.js';
import type { AccumulatorSettings } from './accumulator.js';
import { emptyHistoryModel } from './empty-model.js';
import { finalizeModel } from './finalize.js';
import type { GitSource } from './git-source.js';
import { buildMarkerRules } from './marker-rules.js';
import type { HistoryModel } from './model.js';
import { readLog } from './read-log.js';
import { realGitSource } from './real-git-source.js';
import { resumeFromStore, type Resumption } from './resume.js';
import { takeSnapshot } from './snapshot.js';
import { isoOf, resolveNow, toUnixSeconds } from './time-window.js';

export type { HistoryModel } from './model.js';

export interface MineHistoryInput {
  repoDir: string;
  options: AnalyzeOptions;
  emitter: AnalyzerEmitter;
  warnings: WarningSink;
  /** snapshots of earlier runs to resume from; without it every run reads the whole log */
  store?: HistoryStore;
  /**
   * Takes the snapshot's save (when there is one to save) so the caller can run it after handing
   * the model on; without it the snapshot is saved before the model is returned.
   */
  saveLater?: (save: () => Promise<void>) => void;
}

export async function mineHistory(input: MineHistoryInput): Promise<HistoryModel> {
  return mineHistoryFrom(realGitSource(input.repoDir), input);
}


/** The stage itself, over any GitSource (tests pass canned log text). */
export async function mineHistoryFrom(source: GitSource, input: MineHistoryInput): Promise<HistoryModel> {
  const { options, warnings } = input;
  const probe = await source.probe();
  const now = resolveNow(options.now, probe.headTime, Date.now());
  if (probe.state === 'not-a-repo') {
    warnings.add('not-a-git-repo', `no git history: ${probe.message ?? 'not a git repository'}; the report has the import graph only`);
    return emptyHistoryModel(isoOf(now));
  }
  if (probe.state === 'no-commits') {
    warnings.add('no-commits', 'the repository has no commits yet; the report has the import graph only');
    return emptyHistoryModel(isoOf(now), probe.shallow);
  }
  if (probe.shallow) {
    warnings.add('shallow-clone', 'shallow clone: history before the shallow boundary is missing, so commits, authorship, bus factor and truck factor cover only the commits present');
  }
  // root-relative (as git log names files) → the path under the analyzed folder (as the graph and
  // every later stage name modules): the model is keyed by the latter
  const headFiles = new Map((await source.listFiles()).map((path) => [probe.prefix + path, path]));
  const settings: AccumulatorSettings = {
    headFiles,
    since: toUnixSeconds(options.since),
    rules: buildMarkerRules(options.aiMarkers, options.botPatterns, warnings),
    coupling: options.coupling,
    resumable: input.store !== undefined,
  };
  const progress = input.emitter.throttled('history');
  // a shallow clone's old history can grow under a snapshot (fetch --deepen): never resumed
  const cache = input.store && source.resume && !probe.shallow && probe.head !== null ? { store: input.store, git: source.resume, head: probe.head } : null;
  const gitConfig = cache ? await cache.git.configId() : '';
  const resumed: Resumption = cache
    ? await resumeFromStore(source, cache.git, cache.store, { head: cache.head, gitConfig, settings, progress })
    : { read: null, base: null, reason: null };
  const read = resumed.read ?? (await readLog(source, settings, progress));
  const { acc, outcome } = read;
  progress(acc.commitsRead, acc.commitsRead);
  if (!outcome.complete) {
    const where = read.oldestRead === null ? 'before the first commit was read' : `after ${acc.commitsRead} commits, at ${read.oldestRead.sha.slice(0, 12)} (${isoOf(read.oldestRead.time)})`;
    warnings.add('history-incomplete', `git log stopped ${where}: ${outcome.reason ?? 'unknown reason'}; older history is left out of every history figure`);
  }
  if (read.unexpectedTokens > 0) {
    warnings.add('history-incomplete', `${read.unexpectedTokens} entries of git log output could not be read and were skipped`);
  }
  const model = finalizeModel(acc, { head: probe.head, branch: probe.branch, shallow: probe.shallow, now, activityDays: options.activityDays });
  if (cache) {
    if (outcome.complete && read.unexpectedTokens === 0) {
      const save = () => cache.store.save(cache.head, takeSnapshot(acc, cache.head, gitConfig));
      if (input.saveLater) input.saveLater(save);
      else await save();
    }
    const mode = resumed.read ? 'incremental' : 'cold';
    input.emitter.emit('cache', { stage: 'history', mode, commitsRead: read.commitsStreamed, base: resumed.base, reason: resumed.reason });
  }
  return model;
}
