import { join } from 'node:path';
import type { AnalyzeOptions } from '../core/options.js';
import type { KeyedCache, StageMemo } from '../core/run-cache.js';
import { historyOptionsKey, repoKey } from './keys.js';
import { cacheDirInsideRepo } from './location.js';
import { MemoFile } from './memo-file.js';
import { JournalStore } from './journal-store.js';
import { pruneCache } from './prune.js';

export interface RunCache {
  parses: KeyedCache;
  /** the folder of history snapshots (history-store.ts) for these history options, opened by the history thread */
  historyDir: string;
  /** the graph stage's import resolutions, and the metrics of the last graph */
  resolutions: StageMemo;
  metrics: StageMemo;
  /** the symbol edges of the last run's export facts */
  symbols: StageMemo;
  /** what reading each file gave, under its stat stamp */
  stamps: KeyedCache;
  /** after the stages: writes what this run added to the parses and stamps, and prunes other repositories' entries */
  finish(): void;
}

/**
 * The cache of one run: `<cacheDir>/repos/<analyzed dir>/` holds `parses.jsonl`, `stamps.jsonl`, `resolutions.json`, `metrics.json`, `symbol-edges.json` and one
 * `history-<options>/` folder of snapshots per set of history options. Null when the folder
 * would be inside the analyzed repository, which blastmap never writes into.
 */
export async function openRunCache(cacheDir: string, analyzedRoot: string, options: AnalyzeOptions): Promise<RunCache | null> {
  if (await cacheDirInsideRepo(cacheDir, analyzedRoot)) return null;
  const key = repoKey(analyzedRoot);
  const reposDir = join(cacheDir, 'repos');
  const parses = new JournalStore(join(reposDir, key, 'parses.jsonl'), 'parses');
  const stamps = new JournalStore(join(reposDir, key, 'stamps.jsonl'), 'stamps');
  return {
    parses,
    historyDir: join(reposDir, key, `history-${historyOptionsKey(options)}`),
    resolutions: new MemoFile(join(reposDir, key, 'resolutions.json'), 'resolutions'),
    metrics: new MemoFile(join(reposDir, key, 'metrics.json'), 'metrics'),
    symbols: new MemoFile(join(reposDir, key, 'symbol-edges.json'), 'symbols'),
    stamps,
    finish: () => {
      parses.save();
      stamps.save();
      pruneCache(reposDir, key);
    },
  };
}
