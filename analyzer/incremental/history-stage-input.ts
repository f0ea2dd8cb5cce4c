import type { AnalyzerEmitter } from '../core/events.js';
import type { WarningSink } from '../core/warnings.js';
import type { MineHistoryInput } from '../history/index.js';
import type { AnalyzeOptions } from '../core/options.js';
import { resumingHistory } from './history/resuming-history.js';
import { HistoryDirStore } from './store/history-dir.js';

/** What the history stage is started with, on either thread (it crosses to a worker as workerData). */
export interface HistoryThreadInput {
  repoDir: string;
  options: AnalyzeOptions;
  /** the folder of history snapshots (store/history-dir.ts), or null when nothing is kept between runs */
  historyDir: string | null;
}

/** The history stage's input on either thread: it continues from a snapshot when later runs keep them. */
export function stageInput(input: HistoryThreadInput, emitter: AnalyzerEmitter, warnings: WarningSink, saves: (() => Promise<void>)[]): MineHistoryInput {
  return {
    repoDir: input.repoDir,
    options: input.options,
    emitter,
    warnings,
    ...(input.historyDir !== null && { readHistory: resumingHistory(input.repoDir, new HistoryDirStore(input.historyDir), emitter, saves) }),
  };
}

/** Writes the snapshots the stage left to write, one after another (after the model is delivered). */
export async function saveAll(saves: readonly (() => Promise<void>)[]): Promise<void> {
  for (const save of saves) await save();
}
