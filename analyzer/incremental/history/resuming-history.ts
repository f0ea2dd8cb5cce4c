import type { AnalyzerEmitter } from '../../core/events.js';
import type { ReadHistory } from '../../history/index.js';
import { readLog } from '../../history/read-log.js';
import type { HistoryDirStore } from '../store/history-dir.js';
import { resumeFromStore, type Resumption } from './resume.js';
import { resumeGit } from './resume-git.js';
import { takeSnapshot } from './snapshot.js';

/**
 * The history stage's readHistory, continuing from a snapshot of an earlier run when one fits
 * (resume.ts), else reading the whole log; either way it queues the snapshot of this HEAD, which
 * the caller saves once the model is on its way (`saves`).
 */
export function resumingHistory(repoDir: string, store: HistoryDirStore, emitter: AnalyzerEmitter, saves: (() => Promise<void>)[]): ReadHistory {
  return async ({ source, probe, settings, progress }) => {
    // a shallow clone's old history can grow under a snapshot (fetch --deepen): never resumed
    if (probe.shallow || probe.head === null) return readLog(source, settings, progress);
    const head = probe.head;
    const git = resumeGit(repoDir);
    const gitConfig = git.configId();
    gitConfig.catch(() => undefined); // awaited below; a failure is thrown there
    const kept = { ...settings, resumable: true };
    const resumed: Resumption = await resumeFromStore(source, git, store, { head, gitConfig, settings: kept, progress });
    const read = resumed.read ?? (await readLog(source, kept, progress));
    const config = await gitConfig;
    if (read.outcome.complete && read.unexpectedTokens === 0) saves.push(() => store.save(head, takeSnapshot(read.acc, head, config)));
    const mode = resumed.read ? 'incremental' : 'cold';
    emitter.emit('cache', { stage: 'history', mode, commitsRead: read.commitsStreamed, base: resumed.base, reason: resumed.reason });
    return read;
  };
}
