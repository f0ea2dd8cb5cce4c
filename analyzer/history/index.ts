import type { AnalyzerEmitter } from '../core/events.js';
import type { AnalyzeOptions } from '../core/options.js';
import type { WarningSink } from '../core/warnings.js';
import { HistoryAccumulator } from './accumulator.js';
import { emptyHistoryModel } from './empty-model.js';
import { finalizeModel } from './finalize.js';
import type { GitSource } from './git-source.js';
import { LogParser } from './log-parser.js';
import { buildMarkerRules } from './marker-rules.js';
import type { HistoryModel } from './model.js';
import { realGitSource } from './real-git-source.js';
import { resolveNow, toUnixSeconds } from './time-window.js';

export type { HistoryModel } from './model.js';

export interface MineHistoryInput {
  repoDir: string;
  options: AnalyzeOptions;
  emitter: AnalyzerEmitter;
  warnings: WarningSink;
}

export async function mineHistory(input: MineHistoryInput): Promise<HistoryModel> {
  return mineHistoryFrom(realGitSource(input.repoDir), input);
}

const isoOf = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString();

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
  const headFiles = new Map((await source.listFiles()).map((path) => [probe.prefix + path, path]));
  const acc = new HistoryAccumulator({
    headFiles,
    since: toUnixSeconds(options.since),
    rules: buildMarkerRules(options.aiMarkers, options.botPatterns, warnings),
    coupling: options.coupling,
  });
  const progress = input.emitter.throttled('history');
  let oldestRead: { sha: string; time: number } | null = null;
  const parser = new LogParser((commit) => {
    acc.add(commit);
    oldestRead = { sha: commit.sha, time: commit.authorTime };
    progress(acc.commitsRead);
  });
  const outcome = await source.readLog((chunk) => parser.push(chunk));
  if (outcome.complete) parser.finish();
  else parser.abandon();
  progress(acc.commitsRead, acc.commitsRead);
  if (!outcome.complete) {
    const read = oldestRead as { sha: string; time: number } | null;
    const where = read === null ? 'before the first commit was read' : `after ${acc.commitsRead} commits, at ${read.sha.slice(0, 12)} (${isoOf(read.time)})`;
    warnings.add('history-incomplete', `git log stopped ${where}: ${outcome.reason ?? 'unknown reason'}; older history is left out of every history figure`);
  }
  if (parser.unexpectedTokens > 0) {
    warnings.add('history-incomplete', `${parser.unexpectedTokens} entries of git log output could not be read and were skipped`);
  }
  return finalizeModel(acc, { head: probe.head, branch: probe.branch, shallow: probe.shallow, now, activityDays: options.activityDays });
}
