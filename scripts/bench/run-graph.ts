import { existsSync } from 'node:fs';
import { AnalyzerEmitter, type Phase } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../../analyzer/core/options.js';
import type { ModuleGraph } from '../../analyzer/graph/model.js';
import { buildBlastmapGraph, loadGraphBuilder } from '../oracle/blastmap-graph.js';

/**
 * Child-process runner for the bench, so peak RSS is blastmap's own. Runs the whole pipeline
 * (`analyze`) when it exists, else the graph phase alone; every phase reports through the emitter,
 * so new phases show up here without changes. Prints one JSON line.
 */
const ANALYZE_ENTRY = new URL('../../analyzer/analyze.ts', import.meta.url);

type Analyze = (repoDir: string, options: AnalyzeOptions, emitter: AnalyzerEmitter) => Promise<{ modules?: unknown[] }>;

const repoDir = process.argv[2];
if (!repoDir) throw new Error('usage: run-graph.ts <repoDir> [--graph-only]');
const graphOnly = process.argv.includes('--graph-only') || !existsSync(ANALYZE_ENTRY);

const emitter = new AnalyzerEmitter();
const phases: Partial<Record<Phase, number>> = {};
emitter.on('phase-end', ({ phase, ms }) => (phases[phase] = (phases[phase] ?? 0) + ms));

// loading (and tsx-compiling) the analyzer is not part of any phase
const analyze = graphOnly ? null : ((await import(ANALYZE_ENTRY.href)) as { analyze: Analyze }).analyze;
await loadGraphBuilder();

const started = performance.now();
let counts: Record<string, number>;
if (analyze === null) {
  const { graph } = await emitter.time('graph', () => buildBlastmapGraph(repoDir, emitter));
  counts = graphCounts(graph);
} else {
  // out is irrelevant: analyze builds the report model and writes nothing
  const report = await analyze(repoDir, { ...DEFAULT_OPTIONS, out: '' }, emitter);
  counts = { modules: Array.isArray(report.modules) ? report.modules.length : -1 };
}
const totalMs = performance.now() - started;

console.log(JSON.stringify({ mode: graphOnly ? 'graph' : 'analyze', totalMs, phases, maxRssKb: process.resourceUsage().maxRSS, ...counts }));

function graphCounts(graph: ModuleGraph): Record<string, number> {
  return { modules: graph.modules.length, edges: graph.edges.length, filesSeen: graph.filesSeen };
}
