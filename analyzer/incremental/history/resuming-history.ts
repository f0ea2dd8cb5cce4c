import type { AnalyzerEmitter } from '../../core/events.js';
import type { ReadHistory } from '../../history/index.js';
import { readLog } from '../../history/read-log.js';
import type { HistoryDirStore } from '../store/history-dir.js';
import { resumeFromStore, type ReadAhead, type Resumption } from './resume.js';
import { resumeGit } from './resume-git.js';
import { readSnapshot, takeSnapshot } from './snapshot.js';

/**
 * The store's most recently used snapshot, read and decoded on the next turn of the event loop:
 * by then the stage has asked git its first questions (HEAD, the file listing), and the decoding
 * runs while git's processes answer them instead of after. Null without snapshots, or on any error
 * (the resume then reads as it would have).
 */
function readAhead(store: HistoryDirStore): Promise<ReadAhead | null> {
  return new Promise((resolve) => {
    setImmediate(() => {
      void (async () => {
        const [head] = await store.heads();
        return head === undefined ? null : { head, snapshot: readSnapshot(await store.load(head)) };
      })().then(resolve, () => resolve(null));
    });
  });
}

/**
 * The history stage's readHistory, continuing from a snapshot of an earlier run when one fits
 * (resume.ts), else reading the whole log; either way it queues the snapshot of this HEAD, which
 * the caller saves once the model is on its way (`saves`).
 */
export function resumingHistory(repoDir: string, store: HistoryDirStore, emitter: AnalyzerEmitter, saves: (() => Promise<void>)[]): ReadHistory {
  const ahead = readAhead(store);
  return async ({ source, probe, settings, progress }) => {
    // a shallow clone's old history can grow under a snapshot (fetch --deepen): never resumed
    if (probe.shallow || probe.head === null) return readLog(source, settings, progress);
    const head = probe.head;
    const git = resumeGit(repoDir);
    const gitConfig = git.configId();
    gitConfig.catch(() => undefined); // awaited below; a failure is thrown there
    const kept = { ...settings, resumable: true };
    const resumed: Resumption = await resumeFromStore(source, git, store, { head, gitConfig, settings: kept, progress, readAhead: await ahead });
    const read = resumed.read ?? (await readLog(source, kept, progress));
    const config = await gitConfig;
    if (read.outcome.complete && read.unexpectedTokens === 0) saves.push(() => store.save(head, takeSnapshot(read.acc, head, config)));
    const mode = resumed.read ? 'incremental' : 'cold';
    emitter.emit('cache', { stage: 'history', mode, commitsRead: read.commitsStreamed, base: resumed.base, reason: resumed.reason });
    return read;
  };
}
