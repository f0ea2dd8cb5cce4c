import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzerEmitter } from '../core/events.js';
import type { AnalyzeOptions } from '../core/options.js';
import type { ModuleGraph } from '../graph/model.js';
import type { GraphSteps } from '../graph/steps.js';
import type { GraphMetrics } from '../metrics/model.js';
import { rememberingReadParse, type ReadCounts } from './graph/read-parse.js';
import { rememberingResolver } from './graph/remembering-resolver.js';
import { rememberedSymbolEdges } from './graph/symbol-edges.js';
import { historyOptionsKey, repoKey } from './keys.js';
import { Memory } from './memory.js';
import { rememberedMetrics } from './metrics.js';
import { cacheDirInsideRepo } from './store/location.js';
import { pruneCache } from './store/prune.js';

/**
 * What a run takes over from earlier runs of the same directory, as the stages' own steps:
 * `analyze.ts` passes these instead of the plain ones, and gets the same report.
 */
export interface Reuse {
  graphSteps: GraphSteps;
  /** the folder of history snapshots for these history options (opened by the history thread) */
  historyDir: string;
  /** reads the stored parses, stamps and lookups and loads the parser, one per turn of the event loop, while git lists the files */
  preload(): Promise<void>;
  /** after the graph stage: writes what it added, and lets go of it */
  graphDone(): void;
  metrics(graph: ModuleGraph, options: AnalyzeOptions): GraphMetrics;
  /** at the end of the run: writes the metrics, and prunes other repositories' entries */
  finish(): void;
  /** after a run with these results failed: removes this directory's entry, so the next run starts afresh */
  discard(): void;
}

/**
 * Opens `<cacheDir>/repos/<analyzed dir>/`: one journal per kind of remembered result
 * (memory.ts) and one `history-<options>/` folder of snapshots per set of history options.
 * Null when the folder would be inside the analyzed repository, which blastmap never writes into.
 */
export async function openReuse(cacheDir: string, analyzedRoot: string, options: AnalyzeOptions, emitter: AnalyzerEmitter): Promise<Reuse | null> {
  if (await cacheDirInsideRepo(cacheDir, analyzedRoot)) return null;
  const key = repoKey(analyzedRoot);
  const reposDir = join(cacheDir, 'repos');
  const memory = new Memory(join(reposDir, key));
  const counts: ReadCounts = { read: 0, parsed: 0, reused: 0 };
  const nextTurn = (): Promise<void> => new Promise((turn) => setImmediate(turn));
  return {
    graphSteps: {
      readParse: rememberingReadParse(memory, counts),
      makeResolver: rememberingResolver(memory, (lookups) => emitter.emit('cache', { stage: 'graph', ...counts, ...lookups })),
      symbolEdges: rememberedSymbolEdges(memory),
    },
    historyDir: join(reposDir, key, `history-${historyOptionsKey(options)}`),
    preload: async () => {
      await nextTurn();
      memory.preload('stamps');
      await nextTurn();
      memory.preload('parses');
      await nextTurn();
      memory.preload('resolutions');
      // a re-run after a commit parses the files it changed: the parser (and its compiler) loads in the wait for git
      await import('../graph/parse-outcome.js');
    },
    graphDone: () => memory.save(),
    metrics: (graph, metricOptions) => {
      const { metrics, reused } = rememberedMetrics(memory, graph, metricOptions);
      emitter.emit('cache', { stage: 'metrics', reused });
      return metrics;
    },
    finish: () => {
      memory.save();
      pruneCache(reposDir, key);
    },
    discard: () => rmSync(join(reposDir, key), { recursive: true, force: true }),
  };
}
