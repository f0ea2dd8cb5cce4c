import type { AccumulatorSettings } from '../../history/accumulator.js';
import type { GitSource } from '../../history/git-source.js';
import type { HistoryDirStore } from '../store/history-dir.js';
import { absorbSnapshot } from './absorb.js';
import type { ResumeGit } from './resume-git.js';
import { readLog, type LogRead } from '../../history/read-log.js';
import { readSnapshot, type HistorySnapshot } from './snapshot.js';

/** A snapshot read ahead (resuming-history.ts): the store's most recently used one. */
export interface ReadAhead {
  head: string;
  snapshot: HistorySnapshot | null;
}

export interface Resumption {
  /** null when the whole log has to be read */
  read: LogRead | null;
  base: string | null;
  /** why there was no resuming */
  reason: string | null;
}

/** Snapshots tried per run: each costs a few git calls. */
const MAX_CANDIDATES = 4;

/**
 * Reads only the commits after a stored snapshot's HEAD and absorbs the snapshot, when one fits:
 * its HEAD is an ancestor reached the way git log walks (resume-git.ts), and .mailmap and the
 * diff settings are the ones it was taken with.
 */
export async function resumeFromStore(
  source: GitSource,
  git: ResumeGit,
  store: HistoryDirStore,
  context: { head: string; gitConfig: Promise<string>; settings: AccumulatorSettings; progress: (done: number) => void; readAhead?: ReadAhead | null },
): Promise<Resumption> {
  const heads = (await store.heads()).sort((a, b) => Number(b === context.head) - Number(a === context.head)).slice(0, MAX_CANDIDATES);
  for (const head of heads) {
    // git answers while the snapshot is read
    const continues = git.continues(head);
    const snapshot = context.readAhead?.head === head ? context.readAhead.snapshot : readSnapshot(await store.load(head));
    if (!(await continues)) continue;
    if (snapshot === null || snapshot.head !== head || snapshot.gitConfig !== (await context.gitConfig)) continue;
    const read = await readLog(source, context.settings, context.progress, head);
    if (!read.outcome.complete || read.unexpectedTokens > 0) return { read: null, base: head, reason: 'the new commits could not be read completely' };
    let conflict: string | null;
    try {
      conflict = absorbSnapshot(read.acc, snapshot);
    } catch (error) {
      conflict = `the cached snapshot does not fit: ${(error as Error).message}`;
    }
    return conflict === null ? { read, base: head, reason: null } : { read: null, base: head, reason: conflict };
  }
  return { read: null, base: null, reason: heads.length === 0 ? 'nothing cached' : 'no cached HEAD is an ancestor reached in log order' };
}
