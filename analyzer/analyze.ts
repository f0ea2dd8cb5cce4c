import { realpathSync } from 'node:fs';
import { openRunCache, type RunCache } from './cache/open-run-cache.js';
import { AnalyzerEmitter } from './core/events.js';
import type { AnalyzeOptions } from './core/options.js';
import { TOOL_VERSION } from './core/version.js';
import { WarningSink } from './core/warnings.js';
import { buildModuleGraph } from './graph/index.js';
import { startHistory, type HistoryThread } from './history-thread.js';
import { computeMetrics } from './metrics/index.js';
import { rememberedMetrics } from './metrics/remembered-metrics.js';
import { anonymizeReport } from './report/anonymize.js';
import { buildReport } from './report/build-report.js';
import { computeLayout } from './report/layout/layout.js';
import type { Report } from './report/schema/index.js';
import { reportErrors } from './report/validate.js';
import { areaOf, scoreRisk } from './score/index.js';

/**
 * The pipeline: graph and history side by side (independent; history-thread.ts says on which threads), then
 * metrics, score and the report model. Prints nothing; progress and phase timings go through the emitter.
 */
export async function analyze(repoDir: string, options: AnalyzeOptions, emitter = new AnalyzerEmitter(), clock = () => new Date()): Promise<Report> {
  const root = realpathSync(repoDir);
  const warnings = new WarningSink();
  const cache = options.cacheDir === null ? null : await openRunCache(options.cacheDir, root, options);
  const thread = await startHistory({ repoDir: root, options, historyDir: cache?.historyDir ?? null }, emitter, warnings);
  try {
    const report = await runStages({ root, repoDir, options, emitter, warnings, cache, thread, clock });
    // the history thread writes its snapshot while the scores were worked out; a run ends with it
    await thread.ended;
    return report;
  } catch (error) {
    await thread.stop();
    throw error;
  }
}

interface StageRun {
  root: string;
  repoDir: string;
  options: AnalyzeOptions;
  emitter: AnalyzerEmitter;
  warnings: WarningSink;
  cache: RunCache | null;
  thread: HistoryThread;
  clock: () => Date;
}

async function runStages({ root, repoDir, options, emitter, warnings, cache, thread, clock }: StageRun): Promise<Report> {
  const [graph, mined] = await Promise.all([
    emitter.time('graph', () => buildModuleGraph({ repoDir: root, options, emitter, warnings, ...(cache && { parses: cache.parses, resolutions: cache.resolutions, stamps: cache.stamps, symbols: cache.symbols }) })),
    emitter.time('history', () => thread.model),
  ]);
  cache?.finish();
  const history = mined.available ? mined : null;
  const metrics = await emitter.time('metrics', () => {
    if (!cache) return computeMetrics(graph, options);
    const { metrics: figures, reused } = rememberedMetrics(graph, options, cache.metrics);
    emitter.emit('cache', { stage: 'metrics', reused });
    return figures;
  });
  if (!metrics.betweenness.exact)
    warnings.add('betweenness-sampled', `betweenness estimated from ${String(metrics.betweenness.samples)} sampled sources over ${metrics.betweenness.nodes} modules (above betweennessExactUpTo)`);
  const score = await emitter.time('score', () => scoreRisk({ graph, metrics, history, options }));
  const report = await emitter.time('report', () => {
    const layout = computeLayout({
      modules: graph.modules.map((m) => ({ path: m.path, area: areaOf(m.path), blastRadius: metrics.modules.get(m.path)?.blastRadius ?? 0 })),
      edges: graph.edges,
    });
    const built = buildReport({ toolVersion: TOOL_VERSION, root: repoDir, options, graph, metrics, history, score, layout, warnings: warnings.items, clock });
    const report = options.anonymize ? anonymizeReport(built) : built;
    const errors = reportErrors(report);
    if (errors.length > 0) throw new Error(`internal error: the report does not match its schema: ${errors.join('; ')}`);
    return report;
  });
  return report;
}
