import { join } from 'node:path';
import type { AnalyzeOptions } from '../core/options.js';
import { historyOptionsKey, repoKey } from './keys.js';
import { cacheDirInsideRepo } from './store/location.js';

/** `<cacheDir>/repos/<analyzed dir>/history-<history options>/`: the history snapshots of one set of options. */
export function snapshotsDir(cacheDir: string, analyzedRoot: string, options: AnalyzeOptions): string {
  return join(cacheDir, 'repos', repoKey(analyzedRoot), `history-${historyOptionsKey(options)}`);
}

/**
 * Where a run keeps its history snapshots, or null when the cache folder is inside the analyzed
 * repository (blastmap never writes there). Kept apart from index.ts and its imports: analyze.ts
 * asks this first, so the history thread (the longer path of a warm run) starts before the rest of
 * the pipeline has loaded.
 */
export async function historySnapshotsDir(cacheDir: string, analyzedRoot: string, options: AnalyzeOptions): Promise<string | null> {
  return (await cacheDirInsideRepo(cacheDir, analyzedRoot)) ? null : snapshotsDir(cacheDir, analyzedRoot, options);
}
