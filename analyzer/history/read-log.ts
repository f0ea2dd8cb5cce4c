import { HistoryAccumulator, type AccumulatorSettings } from './accumulator.js';
import type { GitSource, LogOutcome } from './git-source.js';
import { LogParser } from './log-parser.js';

export interface LogRead {
  acc: HistoryAccumulator;
  outcome: LogOutcome;
  /** commits this read took from git (an absorbed snapshot adds to acc.commitsRead, not here) */
  commitsStreamed: number;
  oldestRead: { sha: string; time: number } | null;
  unexpectedTokens: number;
}

/** Streams git log (everything, or only `base..HEAD`) through a fresh accumulator. */
export async function readLog(source: GitSource, settings: AccumulatorSettings, progress: (done: number) => void, base?: string): Promise<LogRead> {
  const acc = new HistoryAccumulator(settings);
  let oldestRead: LogRead['oldestRead'] = null;
  const parser = new LogParser((commit) => {
    acc.add(commit);
    oldestRead = { sha: commit.sha, time: commit.authorTime };
    progress(acc.commitsRead);
  });
  const outcome = await source.readLog((chunk) => parser.push(chunk), base);
  if (outcome.complete) parser.finish();
  else parser.abandon();
  return { acc, outcome, commitsStreamed: acc.commitsRead, oldestRead, unexpectedTokens: parser.unexpectedTokens };
}
