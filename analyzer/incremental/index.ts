import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzerEmitter } from '../core/events.js';
import type { AnalyzeOptions } from '../core/options.js';
import type { ModuleGraph } from '../graph/model.js';
import type { GraphInput } from '../graph/index.js';
import type { DiskJournal } from './graph/disk-journal.js';
import { Readings, rememberingReadParse, type ReadCounts } from './graph/read-parse.js';
import { rememberingResolver, type ResolutionCounts } from './graph/remembering-resolver.js';
import { rememberedSymbolEdges } from './graph/symbol-edges.js';
import { rememberingGraph } from './graph/whole-graph.js';
import { snapshotsDir } from './history-location.js';
import { repoKey } from './keys.js';
import { Memory } from './memory.js';
import { rememberedFigures, type GraphFigures } from './metrics.js';
import { cacheDirInsideRepo } from './store/location.js';
import { pruneCache } from './store/prune.js';

/**
 * What a run takes over from earlier runs of the same directory, as the stages' own steps:
 * `analyze.ts` passes these instead of the plain ones, and gets the same report.
 */
export interface Reuse {
  /** the graph stage, taking over earlier runs' work */
  buildGraph(input: GraphInput): Promise<ModuleGraph>;
  /** the folder of history snapshots for these history options (opened by the history thread) */
  historyDir: string;
  /** reads the stored stamps and the last graph now, one per turn of the event loop, while git lists the files (the rest, and the compiler, load only when needed) */
  preload(): Promise<void>;
  /** after the graph stage: writes what it added, and lets go of it */
  graphDone(): void;
  /** the graph's metrics and the map's geometry: `compute`'s, or an earlier run's from the same graph */
  figures(graph: ModuleGraph, options: AnalyzeOptions, compute: () => GraphFigures): GraphFigures;
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
  return reuseEntry(cacheDir, analyzedRoot, options, emitter);
}

/** openReuse for a caller that has already checked where the cache folder is (history-location.ts). */
export function reuseEntry(cacheDir: string, analyzedRoot: string, options: AnalyzeOptions, emitter: AnalyzerEmitter): Reuse {
  const key = repoKey(analyzedRoot);
  const reposDir = join(cacheDir, 'repos');
  const memory = new Memory(join(reposDir, key));
  const counts: ReadCounts = { read: 0, parsed: 0, reused: 0 };
  const readings = new Readings(memory, counts);
  let resolution: { counts: ResolutionCounts; disk: () => DiskJournal } | null = null;
  const steps = {
    readParse: rememberingReadParse(memory, readings, counts),
    makeResolver: rememberingResolver(memory, (lookups, disk) => (resolution = { counts: lookups, disk })),
    symbolEdges: rememberedSymbolEdges(memory),
  };
  const lookupsOf = (c: ResolutionCounts | undefined): number => (c ? c.resolved + c.remembered : 0);
  const nextTurn = (): Promise<void> => new Promise((turn) => setImmediate(turn));
  return {
    buildGraph: rememberingGraph(
      memory,
      readings,
      steps,
      () => resolution?.disk() ?? null,
      () => lookupsOf(resolution?.counts),
      ({ reused, modules, lookups }) => {
        const event = reused ? { ...counts, reused: modules, resolved: 0, remembered: lookups } : { ...counts, ...(resolution?.counts ?? { resolved: 0, remembered: 0 }) };
        emitter.emit('cache', { stage: 'graph', ...event });
      },
    ),
    historyDir: snapshotsDir(cacheDir, analyzedRoot, options),
    preload: async () => {
      await nextTurn();
      memory.preload('stamps');
      await nextTurn();
      memory.preload('graph-key');
    },
    graphDone: () => memory.save(),
    figures: (graph, metricOptions, compute) => {
      const { figures, reused } = rememberedFigures(memory, graph, metricOptions, compute);
      emitter.emit('cache', { stage: 'metrics', reused });
      return figures;
    },
    finish: () => {
      memory.save();
      pruneCache(reposDir, key);
    },
    discard: () => rmSync(join(reposDir, key), { recursive: true, force: true }),
  };
}
