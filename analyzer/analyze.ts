import { realpathSync } from 'node:fs';
import { AnalyzerEmitter } from './core/events.js';
import type { AnalyzeOptions } from './core/options.js';
import { WarningSink } from './core/warnings.js';
import { UnknownPersonError } from './history/leaving.js';
import { startHistory } from './incremental/history-thread.js';
import { historySnapshotsDir } from './incremental/history-location.js';
import type { Reuse } from './incremental/index.js';
import type { Report } from './report/schema/index.js';

/**
 * The pipeline: graph and history side by side (independent; incremental/history-thread.ts says on
 * which threads), line-level AI provenance beside them when the repository records any (its
 * records read at once, its blames once the history model is there), then metrics, score and the
 * report model. With a cache folder, the stages get
 * the steps of analyzer/incremental, which take over earlier runs' work and give the same report.
 * Prints nothing; progress and phase timings go through the emitter.
 */
export async function analyze(repoDir: string, options: AnalyzeOptions, emitter = new AnalyzerEmitter(), clock = () => new Date()): Promise<Report> {
  return analyzeAnd(repoDir, options, async (report) => report, emitter, clock);
}

/**
 * analyze, then `use` of the report (the CLI writes its outputs) while the history thread writes
 * its snapshot for later runs; resolves with what `use` gives once both are done. A failure of
 * `use` is its own: the cache stays as the run left it. Should the thread fail after its model (the
 * snapshot's own writing never throws: core/atomic-file.ts), the report is whole, since every stage
 * had finished with it; the cache entry is dropped, as after any failure of a run with earlier
 * runs' results, and a 'snapshot' cache event says so.
 */
export async function analyzeAnd<T>(repoDir: string, options: AnalyzeOptions, use: (report: Report) => Promise<T>, emitter = new AnalyzerEmitter(), clock = () => new Date()): Promise<T> {
  const root = realpathSync(repoDir);
  const historyDir = options.cacheDir === null ? null : await historySnapshotsDir(options.cacheDir, root, options);
  if (historyDir === null) {
    const run = await analyzeOnce(root, repoDir, options, emitter, clock, null);
    await run.ended;
    return use(run.report);
  }
  const cacheDir = options.cacheDir as string;
  const open = async (): Promise<Reuse> => (await import('./incremental/index.js')).reuseEntry(cacheDir, root, options, emitter);
  const firstLine = (error: unknown): string => (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
  let run: Run;
  try {
    run = await analyzeOnce(root, repoDir, options, emitter, clock, { historyDir, open });
  } catch (error) {
    // a name --leaving does not find is the command's fault, not the cache's: it stays, and the run fails at once
    if (error instanceof UnknownPersonError) throw error;
    // Whatever is in the cache folder, the report is the one a cold run gives: a run that failed
    // with earlier runs' results drops them and runs again without (a cold failure fails again).
    (await open()).discard();
    emitter.emit('cache', { stage: 'run', discarded: firstLine(error) });
    const cold = await analyzeOnce(root, repoDir, options, emitter, clock, null);
    await cold.ended;
    return use(cold.report);
  }
  const snapshotFailed = async (error: unknown): Promise<void> => {
    let removed = true;
    try {
      (await open()).discard();
    } catch {
      removed = false;
    }
    emitter.emit('cache', { stage: 'snapshot', failed: firstLine(error), removed });
  };
  const [used] = await Promise.all([use(run.report), run.ended.catch(snapshotFailed)]);
  return used;
}

/** A run's report, and the end of its history thread (which writes the snapshot after the model). */
interface Run {
  report: Report;
  ended: Promise<void>;
}

/** A run's cache: where its history snapshots are, and the rest of its entry, opened on demand. */
interface CacheUse {
  historyDir: string;
  open(): Promise<Reuse>;
}

async function analyzeOnce(root: string, repoDir: string, options: AnalyzeOptions, emitter: AnalyzerEmitter, clock: () => Date, cache: CacheUse | null): Promise<Run> {
  const warnings = new WarningSink();
  // the history thread starts before the rest of the pipeline loads: on a warm run its path is the longer one
  const thread = await startHistory({ repoDir: root, options, historyDir: cache?.historyDir ?? null }, emitter, warnings);
  try {
    const [{ runStages }, reuse] = await Promise.all([import('./analyze-stages.js'), cache?.open() ?? null]);
    const report = await runStages({ root, repoDir, options, emitter, warnings, reuse, thread, clock });
    // the history thread writes its snapshot while the scores were worked out (and the outputs are written)
    return { report, ended: thread.ended };
  } catch (error) {
    await thread.stop();
    throw error;
  }
}

